import type { OfficeProfile, OfficeProfileInput } from '../../../shared/domain/workspace';

export interface OfficeFormValues {
  name: string;
  executiveLeader: string;
  email: string;
  website: string;
}

export type OfficeField = keyof OfficeFormValues;

export const DEFAULT_OFFICE_NAME = 'Governor\u2019s Customer Service Office';

export function emptyOfficeForm(): OfficeFormValues {
  return { name: DEFAULT_OFFICE_NAME, executiveLeader: '', email: '', website: '' };
}

export function officeFormFromProfile(profile: OfficeProfile): OfficeFormValues {
  return {
    name: profile.name,
    executiveLeader: profile.executiveLeader ?? '',
    email: profile.email ?? '',
    website: profile.website ?? '',
  };
}

/** The office email is optional, but an empty one must arrive as null, not as bad text. */
export function officeInputFromForm(values: OfficeFormValues): OfficeProfileInput {
  const email = values.email.trim();
  return {
    name: values.name,
    executiveLeader: values.executiveLeader,
    email: email === '' ? null : email,
    website: values.website,
  };
}
