/**
 * The few words the page itself adds around the compact's blocks. They are kept for the
 * languages the app ships; in any other language they count as untranslated like a block.
 */
export interface PageText {
  draft: string;
  draftNote: string;
  version: (version: number) => string;
  adopted: (date: string, by: string) => string;
  languages: string;
  partialHeading: string;
  partialNote: string;
  outdated: string;
}

const PAGE_TEXT: Record<string, PageText> = {
  en: {
    draft: 'Draft',
    draftNote: 'This compact is a draft. It has not been adopted and may change.',
    version: (version) => `Version ${version}`,
    adopted: (date, by) => `Adopted on ${date}; approved by ${by}`,
    languages: 'This compact is available in',
    partialHeading: 'Not yet translated',
    partialNote:
      'These parts are shown in English because they have not been translated yet:',
    outdated: 'the translation is out of date',
  },
  es: {
    draft: 'Borrador',
    draftNote: 'Este compromiso es un borrador. Aún no ha sido adoptado y puede cambiar.',
    version: (version) => `Versión ${version}`,
    adopted: (date, by) => `Adoptado el ${date}; aprobado por ${by}`,
    languages: 'Este compromiso está disponible en',
    partialHeading: 'Aún sin traducir',
    partialNote: 'Estas partes se muestran en inglés porque aún no se han traducido:',
    outdated: 'la traducción está desactualizada',
  },
};

export function pageTextFor(language: string): PageText | null {
  return PAGE_TEXT[language] ?? PAGE_TEXT[language.split('-')[0] ?? ''] ?? null;
}

export const ENGLISH_PAGE_TEXT = PAGE_TEXT.en as PageText;

const RIGHT_TO_LEFT = new Set(['ar', 'fa', 'he', 'ur', 'ps', 'yi']);

export function directionOf(language: string): 'rtl' | 'ltr' {
  return RIGHT_TO_LEFT.has(language.split('-')[0] ?? '') ? 'rtl' : 'ltr';
}
