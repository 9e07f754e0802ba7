import { answerChoices } from '../../../shared/domain/surveyAnswers';
import { SCALE_ANCHORS } from '../../../shared/domain/surveyTemplates';
import {
  quarterLabel,
  textIn,
  type SurveyLanguage,
  type SurveyQuestion,
} from '../../../shared/domain/surveys';
import { assertNever } from '../../../shared/assert';

const WORDS: Record<
  SurveyLanguage,
  {
    intro: string;
    form: string;
    date: string;
    optional: string;
    required: string;
    many: string;
  }
> = {
  en: {
    intro:
      'Thank you for telling us about your experience. Mark one box for each ' +
      'statement. Your answers are anonymous.',
    form: 'Form no.',
    date: 'Date',
    optional: 'Leave blank any question you prefer not to answer.',
    required: 'required',
    many: 'Mark all that apply.',
  },
  es: {
    intro:
      'Gracias por contarnos sobre su experiencia. Marque una casilla para cada ' +
      'afirmación. Sus respuestas son anónimas.',
    form: 'Formulario n.º',
    date: 'Fecha',
    optional: 'Deje en blanco cualquier pregunta que prefiera no contestar.',
    required: 'obligatoria',
    many: 'Marque todas las que correspondan.',
  },
};

export function escapeHtml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

function box(number: string | null, label: string): string {
  const digit = number === null ? '' : `<span class="digit">${escapeHtml(number)}</span>`;
  return (
    `<li><span class="box" aria-hidden="true"></span>${digit}<span ` +
    `class="label">${escapeHtml(label)}</span></li>`
  );
}

function answersHtml(question: SurveyQuestion, language: SurveyLanguage): string {
  const choices = answerChoices(question);
  switch (question.type) {
    case 'agreement5':
      return `<ul class="choices points">${choices
        .map((choice) =>
          box(String(choice.number), choice.labels[language] ?? choice.key),
        )
        .join('')}</ul>`;
    case 'yesNo':
    case 'singleChoice':
    case 'multiChoice':
      return `<ul class="choices">${choices
        .map((choice) =>
          box(
            choice.number === null ? null : String(choice.number),
            choice.labels[language] ?? choice.key,
          ),
        )
        .join(
          '',
        )}</ul>${question.type === 'multiChoice' ? `<p class="hint">${WORDS[language].many}</p>` : ''}`;
    case 'scale0to10':
      return `<ul class="choices scale">${choices
        .map((choice) => box(String(choice.number), ''))
        .join(
          '',
        )}</ul><p class="anchors"><span>0 = ${escapeHtml(SCALE_ANCHORS[language].low)}</span><span>10 = ${escapeHtml(SCALE_ANCHORS[language].high)}</span></p>`;
    case 'freeText':
      return '<div class="lines"><span></span><span></span><span></span><span></span></div>';
    default:
      return assertNever(question.type, 'question type');
  }
}

const STYLE = `
  @page { size: letter; margin: 0.6in; }
  body { font-family: "Liberation Sans", Arial, sans-serif; color: #111; font-size: 11pt; }
  header { display: flex; justify-content: space-between; align-items: flex-start; border-bottom: 2px solid #111; margin-bottom: 12pt; }
  h1 { font-size: 16pt; margin: 0 0 4pt; }
  .meta { font-size: 10pt; text-align: right; }
  .meta span { display: inline-block; min-width: 1.4in; border-bottom: 1px solid #111; margin-left: 4pt; }
  ol { padding-left: 18pt; }
  ol > li { margin-bottom: 12pt; page-break-inside: avoid; }
  .question { font-weight: bold; margin-bottom: 4pt; }
  .choices { list-style: none; padding: 0; margin: 0; display: flex; flex-wrap: wrap; gap: 4pt 14pt; }
  .choices li { display: flex; align-items: center; gap: 4pt; }
  .box { width: 11pt; height: 11pt; border: 1.2px solid #111; display: inline-block; flex: none; }
  .digit { font-weight: bold; }
  .points { display: grid; grid-template-columns: repeat(5, minmax(0, 1fr)); font-size: 9.5pt; }
  .points li { align-items: flex-start; }
  .scale li { gap: 2pt; }
  .anchors { display: flex; justify-content: space-between; font-size: 9pt; margin: 2pt 0 0; }
  .hint, .note { font-size: 9pt; color: #333; margin: 2pt 0 0; }
  .lines span { display: block; border-bottom: 1px solid #555; height: 20pt; }
`;

export interface PaperFormContent {
  title: string;
  department: string;
  period: string;
  language: SurveyLanguage;
  questions: readonly SurveyQuestion[];
}

/** A printable form: a self-contained page with no scripts and nothing fetched. */
export function paperFormHtml(content: PaperFormContent): string {
  const { language } = content;
  const words = WORDS[language];
  const items = content.questions
    .map((question) => {
      const required = question.required
        ? ` <span class="note">(${words.required})</span>`
        : '';
      return `<li><div class="question">${escapeHtml(textIn(question.text, language))}${required}</div>${answersHtml(question, language)}</li>`;
    })
    .join('\n');
  return `<!doctype html>
<html lang="${language}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<title>${escapeHtml(content.title)}</title>
<style>${STYLE}</style>
</head>
<body>
<header>
  <div><h1>${escapeHtml(content.title)}</h1><div>${escapeHtml(content.department)} · ${escapeHtml(quarterLabel(content.period))}</div></div>
  <div class="meta"><div>${words.form}<span></span></div><div>${words.date}<span></span></div></div>
</header>
<p>${escapeHtml(words.intro)}</p>
<p class="note">${escapeHtml(words.optional)}</p>
<ol>
${items}
</ol>
</body>
</html>
`;
}
