import type {
  LocalizedText,
  SurveyAudience,
  SurveyLanguage,
  SurveyQuestion,
  SurveyTemplateName,
} from './surveys';

/** Labels of the five agreement points, in every survey language. */
export const AGREEMENT_LABELS: Record<SurveyLanguage, readonly string[]> = {
  en: [
    'Strongly disagree',
    'Disagree',
    'Neither agree nor disagree',
    'Agree',
    'Strongly agree',
  ],
  es: [
    'Totalmente en desacuerdo',
    'En desacuerdo',
    'Ni de acuerdo ni en desacuerdo',
    'De acuerdo',
    'Totalmente de acuerdo',
  ],
};

export const YES_NO_LABELS: Record<SurveyLanguage, { yes: string; no: string }> = {
  en: { yes: 'Yes', no: 'No' },
  es: { yes: 'Sí', no: 'No' },
};

/** Words around the 0 to 10 scale on paper and on screen. */
export const SCALE_ANCHORS: Record<SurveyLanguage, { low: string; high: string }> = {
  en: { low: 'Not at all', high: 'Completely' },
  es: { low: 'Nada', high: 'Totalmente' },
};

export interface SurveyTemplate {
  name: SurveyTemplateName;
  title: string;
  audience: SurveyAudience;
  description: string;
  languages: SurveyLanguage[];
  questions: SurveyQuestion[];
}

const agreement = (code: string, en: string, es: string): SurveyQuestion => ({
  code,
  type: 'agreement5',
  required: false,
  text: { en, es },
  options: [],
});

const freeText = (code: string, text: LocalizedText): SurveyQuestion => ({
  code,
  type: 'freeText',
  required: false,
  text,
  options: [],
});

const CUSTOMER: SurveyTemplate = {
  name: 'customer',
  title: 'Customer experience after a visit, call or online transaction',
  audience: 'customer',
  description:
    'Seven statements on the drivers of a good experience, answered on a five-point ' +
    'agreement scale, and a comment.',
  languages: ['en', 'es'],
  questions: [
    agreement(
      'satisfaction',
      'I am satisfied with the service I received.',
      'Estoy satisfecho o satisfecha con el servicio que recibí.',
    ),
    agreement(
      'trust',
      'This experience increased my confidence in this department.',
      'Esta experiencia aumentó mi confianza en este departamento.',
    ),
    agreement(
      'effectiveness',
      'I got what I needed, or I understand the next step.',
      'Obtuve lo que necesitaba, o entiendo cuál es el siguiente paso.',
    ),
    agreement(
      'ease',
      'It was easy to get what I needed.',
      'Fue fácil obtener lo que necesitaba.',
    ),
    agreement(
      'efficiency',
      'The time it took was reasonable.',
      'El tiempo que tomó fue razonable.',
    ),
    agreement(
      'equity',
      'I was treated fairly and with respect.',
      'Me trataron de manera justa y con respeto.',
    ),
    agreement(
      'employee',
      'The staff who helped me were courteous and knowledgeable.',
      'El personal que me atendió fue amable y conocedor.',
    ),
    freeText('comment', {
      en: 'Is there anything else you would like to tell us about your experience?',
      es: '¿Hay algo más que quiera contarnos sobre su experiencia?',
    }),
  ],
};

const EMPLOYEE: SurveyTemplate = {
  name: 'employee',
  title: 'Front-line employees on barriers to good service',
  audience: 'employee',
  description:
    'Four statements on what front-line staff need to serve customers, then the ' +
    'barriers they meet and their ideas to remove them.',
  languages: ['en', 'es'],
  questions: [
    agreement(
      'tools',
      'I have the tools and systems I need to serve customers well.',
      'Tengo las herramientas y los sistemas que necesito para atender bien a los clientes.',
    ),
    agreement(
      'training',
      'I have had the training I need to resolve what customers ask of me.',
      'He recibido la capacitación que necesito para resolver lo que me piden los clientes.',
    ),
    agreement(
      'staffing',
      'There are enough of us to serve customers without long waits.',
      'Somos suficientes para atender a los clientes sin largas esperas.',
    ),
    agreement(
      'policies',
      'Our policies and procedures let me give customers good service.',
      'Nuestras políticas y procedimientos me permiten dar un buen servicio a los clientes.',
    ),
    freeText('barrier', {
      en: 'What most often gets in the way of giving customers good service?',
      es: '¿Qué es lo que más a menudo le impide dar un buen servicio a los clientes?',
    }),
    freeText('idea', {
      en: 'What one change would most improve service for our customers?',
      es: '¿Qué cambio mejoraría más el servicio para nuestros clientes?',
    }),
  ],
};

export const TEMPLATES: Record<SurveyTemplateName, SurveyTemplate> = {
  customer: CUSTOMER,
  employee: EMPLOYEE,
};
