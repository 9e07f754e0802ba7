import type {
  DepartmentProfile,
  DepartmentProfileInput,
} from '../../../shared/domain/workspace';

/** The department form as typed: every field a string, empty when not given. */
export interface DepartmentFormValues {
  code: string;
  name: string;
  mission: string;
  website: string;
  publicPhone: string;
  address: string;
  coordinatorName: string;
  coordinatorTitle: string;
  coordinatorEmail: string;
  coordinatorPhone: string;
  reportsTo: string;
  designatedOn: string;
}

export type DepartmentField = keyof DepartmentFormValues;

/** Where the backend reports a field's problem, as a dotted input path. */
export const DEPARTMENT_ERROR_KEYS: Record<DepartmentField, string> = {
  code: 'code',
  name: 'name',
  mission: 'mission',
  website: 'website',
  publicPhone: 'publicPhone',
  address: 'address',
  coordinatorName: 'coordinator.name',
  coordinatorTitle: 'coordinator.title',
  coordinatorEmail: 'coordinator.email',
  coordinatorPhone: 'coordinator.phone',
  reportsTo: 'reportsTo',
  designatedOn: 'designatedOn',
};

export function emptyDepartmentForm(): DepartmentFormValues {
  return {
    code: '',
    name: '',
    mission: '',
    website: '',
    publicPhone: '',
    address: '',
    coordinatorName: '',
    coordinatorTitle: '',
    coordinatorEmail: '',
    coordinatorPhone: '',
    reportsTo: '',
    designatedOn: '',
  };
}

export function formFromProfile(profile: DepartmentProfile): DepartmentFormValues {
  return {
    code: profile.code,
    name: profile.name,
    mission: profile.mission ?? '',
    website: profile.website ?? '',
    publicPhone: profile.publicPhone ?? '',
    address: profile.address ?? '',
    coordinatorName: profile.coordinator.name,
    coordinatorTitle: profile.coordinator.title ?? '',
    coordinatorEmail: profile.coordinator.email,
    coordinatorPhone: profile.coordinator.phone ?? '',
    reportsTo: profile.reportsTo ?? '',
    designatedOn: profile.designatedOn ?? '',
  };
}

/** Empty optional fields are sent as empty text, which the backend stores as "not given". */
export function inputFromForm(values: DepartmentFormValues): DepartmentProfileInput {
  return {
    code: values.code,
    name: values.name,
    mission: values.mission,
    website: values.website,
    publicPhone: values.publicPhone,
    address: values.address,
    coordinator: {
      name: values.coordinatorName,
      title: values.coordinatorTitle,
      email: values.coordinatorEmail,
      phone: values.coordinatorPhone,
    },
    reportsTo: values.reportsTo,
    designatedOn: values.designatedOn.trim() === '' ? null : values.designatedOn.trim(),
  };
}
