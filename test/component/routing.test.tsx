import { describe, expect, test } from 'vitest';
import { AREAS, areasFor, resolveArea } from '../../renderer/app/areas';
import { hrefFor, parseHash } from '../../renderer/app/router';
import { fieldErrorsOf } from '../../renderer/components/errors';
import { CallError } from '../../renderer/client/client';

describe('the hash router', () => {
  test('reads the area and its sub-path from the address', () => {
    expect(parseHash('#/area/surveys/42/edit')).toEqual({
      areaId: 'surveys',
      rest: ['42', 'edit'],
    });
  });

  test('an address outside the app names no area', () => {
    expect(parseHash('')).toEqual({ areaId: null, rest: [] });
    expect(parseHash('#/elsewhere')).toEqual({ areaId: null, rest: [] });
  });

  test('links encode what they carry and read back the same', () => {
    const href = hrefFor('plans', 'a b/c');

    expect(parseHash(href)).toEqual({ areaId: 'plans', rest: ['a b/c'] });
  });
});

describe('the area registry', () => {
  test('each mode lists only its own areas, Home first, without duplicates', () => {
    for (const mode of ['department', 'office'] as const) {
      const ids = areasFor(mode).map((area) => area.id);

      expect(ids[0]).toBe('home');
      expect(new Set(ids).size).toBe(ids.length);
      expect(ids).toContain('settings');
    }
  });

  test('every area works in at least one mode', () => {
    expect(AREAS.every((area) => area.modes.length > 0)).toBe(true);
  });

  test('an unknown address falls back to Home', () => {
    expect(resolveArea('office', 'nowhere').id).toBe('home');
  });
});

describe('field errors from the backend', () => {
  test('E_INPUT issues land on their fields, without the input wrapper', () => {
    const error = new CallError('E_INPUT', 'bad', {
      issues: [
        { path: ['profile', 'coordinator', 'email'], message: 'enter an email address' },
        { path: ['file'], message: 'file is required' },
      ],
    });

    expect(fieldErrorsOf(error, ['profile'])).toEqual({
      'coordinator.email': 'Enter an email address',
    });
  });

  test('other failures are not field errors', () => {
    expect(fieldErrorsOf(new CallError('E_FILE_EXISTS', 'exists'))).toEqual({});
  });
});
