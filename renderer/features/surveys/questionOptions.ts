import type { ChoiceOption, SurveyDetail } from '../../../shared/domain/surveys';

/**
 * Options typed one a line as `value: English label | Spanish label`; the labels follow
 * the survey's languages in order.
 */
export function parseOptions(
  text: string,
  languages: SurveyDetail['languages'],
): ChoiceOption[] {
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '')
    .map((line) => {
      const [value = '', labels = ''] = line.split(/:(.*)/s);
      const parts = labels.split('|').map((part) => part.trim());
      const label: ChoiceOption['label'] = {};
      languages.forEach((language, index) => {
        const text = parts[index] || parts[0];
        if (text) label[language] = text;
      });
      return { value: value.trim().toLowerCase(), label };
    });
}
