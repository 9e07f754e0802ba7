import type { DepartmentProfile } from '../../../../shared/domain/workspace';
import type { Standard } from '../../../../shared/domain/actionPlanStandards';
import type { BlockDraft } from './repository';

const block = (kind: BlockDraft['kind'], en: string, es?: string): BlockDraft => ({
  kind,
  standardCode: null,
  texts: es ? { en, es } : { en },
});

function contactText(profile: DepartmentProfile): string {
  const lines = [profile.name];
  if (profile.publicPhone) lines.push(`Phone: ${profile.publicPhone}`);
  if (profile.website) lines.push(`Web: ${profile.website}`);
  if (profile.address) lines.push(`Mail or visit: ${profile.address}`);
  lines.push(
    `Customer Service Coordinator: ${profile.coordinator.name}, ${profile.coordinator.email}`,
  );
  return lines.join('\n');
}

/** The standards a compact quotes: adopted, published, with public wording. */
export function publishedStandards(standards: readonly Standard[]): Standard[] {
  return standards.filter(
    (standard) => standard.status === 'adopted' && standard.published && standard.wording,
  );
}

export function standardBlock(standard: Standard): BlockDraft {
  return {
    kind: 'standard',
    standardCode: standard.code,
    texts: { en: standard.wording ?? '' },
  };
}

/**
 * A first draft a coordinator edits rather than a blank page: the usual sections of a
 * compact, the department's contact details and every published standard. Headings come
 * with a Spanish translation; the department's own text is for the coordinator to write.
 */
export function starterBlocks(
  profile: DepartmentProfile,
  standards: readonly Standard[],
): BlockDraft[] {
  return [
    block('title', `${profile.name}: Our Compact with Customers`),
    block(
      'introduction',
      `This compact tells you what you can expect from ${profile.name}: the service ` +
        `standards we keep, how to reach us, and what to do if we fall short.`,
    ),
    block('heading', 'Our promises', 'Nuestros compromisos'),
    block('promise', 'We treat every customer with courtesy and respect.'),
    block('heading', 'Our service standards', 'Nuestras normas de servicio'),
    ...publishedStandards(standards).map(standardBlock),
    block('heading', 'How to reach us', 'Cómo comunicarse con nosotros'),
    block('contact', contactText(profile)),
    block(
      'heading',
      'How to complain and what happens next',
      'Cómo presentar una queja y qué sucede después',
    ),
    block(
      'complaints',
      'Tell us when we do not meet a standard. We acknowledge every complaint within ' +
        '2 business days and tell you what we will do about it.',
    ),
  ];
}
