import { describe, expect, it } from 'vitest';
import { TEMPLATES } from '../../../shared/domain/surveyTemplates';
import type { SurveyQuestion } from '../../../shared/domain/surveys';
import {
  answerProblem,
  nextFormNumber,
} from '../../../renderer/features/surveys/paperAnswers';
import { parseOptions } from '../../../renderer/features/surveys/questionOptions';

const satisfaction = TEMPLATES.customer.questions[0] as SurveyQuestion;
const languages = ['en', 'es'] as const;

describe('checking an answer typed from a paper form', () => {
  it('accepts a scale digit, a label in either language and a blank', () => {
    expect(answerProblem(satisfaction, '4', languages)).toBeNull();
    expect(answerProblem(satisfaction, 'totalmente de acuerdo', languages)).toBeNull();
    expect(answerProblem(satisfaction, '', languages)).toBeNull();
  });

  it('says what to type when the answer is not on the scale', () => {
    expect(answerProblem(satisfaction, '7', languages)).toBe('Type 1 to 5');
  });

  it('refuses a blank answer to a required question', () => {
    const required = { ...satisfaction, required: true };

    expect(answerProblem(required, ' ', languages)).toBe('This question is required');
  });
});

describe('the next form number', () => {
  it('counts up and keeps leading zeros and a prefix', () => {
    expect(nextFormNumber('P-009')).toBe('P-010');
    expect(nextFormNumber('41')).toBe('42');
  });

  it('is blank when the number does not end in digits', () => {
    expect(nextFormNumber('')).toBe('');
    expect(nextFormNumber('A')).toBe('');
  });
});

describe('options typed for a choice question', () => {
  it('reads one option a line as value and labels in the survey languages', () => {
    const options = parseOptions('Web: Online | En línea\nphone: By phone\n\n', [
      'en',
      'es',
    ]);

    expect(options).toEqual([
      { value: 'web', label: { en: 'Online', es: 'En línea' } },
      { value: 'phone', label: { en: 'By phone', es: 'By phone' } },
    ]);
  });
});
