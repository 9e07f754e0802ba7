import { describe, expect, test } from 'vitest';
import {
  departmentProfileInput,
  officeProfileInput,
} from '../../shared/domain/workspace';
import { folderOf } from '../../renderer/components/FilePicker';
import { suggestedPath } from '../../renderer/components/FilePicker/paths';
import {
  emptyDepartmentForm,
  formFromProfile,
  inputFromForm,
} from '../../renderer/features/department/profileForm';
import {
  emptyOfficeForm,
  officeInputFromForm,
} from '../../renderer/features/office/officeForm';

describe('department form values', () => {
  test('untouched optional fields reach the backend as "not given"', () => {
    const values = {
      ...emptyDepartmentForm(),
      code: 'dmv',
      name: 'Department of Motor Vehicles',
      coordinatorName: 'Maria Lopez',
      coordinatorEmail: 'maria.lopez@dmv.ca.gov',
    };

    const parsed = departmentProfileInput.parse(inputFromForm(values));

    expect(parsed).toMatchObject({
      code: 'DMV',
      mission: null,
      reportsTo: null,
      designatedOn: null,
      coordinator: { title: null, phone: null },
    });
  });

  test('a saved profile fills the form and comes back unchanged', () => {
    const profile = {
      ...departmentProfileInput.parse({
        code: 'FTB',
        name: 'Franchise Tax Board',
        coordinator: { name: 'Ana Ruiz', email: 'ana.ruiz@ftb.ca.gov' },
        designatedOn: '2026-02-01',
      }),
      updatedAt: '2026-02-01T00:00:00Z',
    };

    const roundTrip = departmentProfileInput.parse(
      inputFromForm(formFromProfile(profile)),
    );

    expect(roundTrip).toEqual(departmentProfileInput.parse(profile));
  });
});

describe('office form values', () => {
  test('an empty email is sent as none, not as an invalid address', () => {
    const parsed = officeProfileInput.parse(officeInputFromForm(emptyOfficeForm()));

    expect(parsed.email).toBeNull();
    expect(parsed.name).toBe('Governor’s Customer Service Office');
  });
});

describe('typed-path suggestions', () => {
  test('a suggested name is placed beside the given file', () => {
    const path = suggestedPath(
      {
        purpose: 'save-backup',
        mode: 'save',
        title: 't',
        suggestedName: 'copy.cfw',
        near: '/data/dmv.cfw',
      },
      null,
    );

    expect(path).toBe('/data/copy.cfw');
  });

  test('opening starts from the file the host was started with', () => {
    expect(
      suggestedPath(
        { purpose: 'open-workspace', mode: 'open', title: 't' },
        '/data/dmv.cfw',
      ),
    ).toBe('/data/dmv.cfw');
  });

  test('Windows folders are understood too', () => {
    expect(folderOf('C:\\Users\\maria\\dmv.cfw')).toBe('C:\\Users\\maria\\');
    expect(folderOf('dmv.cfw')).toBeNull();
  });
});
