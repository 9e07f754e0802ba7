import {
  Alert,
  Button,
  Checkbox,
  Group,
  Modal,
  Select,
  Stack,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core';
import { useState, type FormEvent } from 'react';
import {
  LANGUAGE_NAMES,
  QUESTION_TYPE_LABELS,
  QUESTION_TYPES,
  type QuestionType,
  type SurveyDetail,
  type SurveyQuestion,
} from '../../../shared/domain/surveys';
import { useBackendMutation } from '../../client/hooks';
import { messageOf } from '../../components/errors';
import { SURVEY_PREFIXES } from './format';
import { parseOptions } from './questionOptions';

const isChoice = (type: QuestionType) =>
  type === 'singleChoice' || type === 'multiChoice';

function useSaveQuestions(survey: SurveyDetail, onDone: () => void) {
  return useBackendMutation('surveys.updateQuestions', {
    invalidates: SURVEY_PREFIXES,
    onSuccess: onDone,
  });
}

/** Adds a question of any type at the end of the instrument. */
export function AddQuestionModal({
  survey,
  onClose,
}: {
  survey: SurveyDetail;
  onClose: () => void;
}) {
  const [code, setCode] = useState('');
  const [type, setType] = useState<QuestionType>('agreement5');
  const [required, setRequired] = useState(false);
  const [text, setText] = useState<SurveyQuestion['text']>({});
  const [options, setOptions] = useState('');
  const save = useSaveQuestions(survey, onClose);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const question: SurveyQuestion = {
      code: code.trim(),
      type,
      required,
      text,
      options: isChoice(type) ? parseOptions(options, survey.languages) : [],
    };
    save.mutate({ id: survey.id, questions: [...survey.questions, question] });
  };
  return (
    <Modal opened onClose={onClose} title="Add a question" size="lg">
      <form onSubmit={submit}>
        <Stack>
          <TextInput
            label="Code"
            description="Lower-case letters, digits or _; the column name in import files"
            value={code}
            onChange={(event) => setCode(event.currentTarget.value)}
            required
          />
          <Select
            label="Type"
            data={QUESTION_TYPES.map((value) => ({
              value,
              label: QUESTION_TYPE_LABELS[value],
            }))}
            value={type}
            onChange={(value) => value && setType(value)}
            allowDeselect={false}
          />
          <Checkbox
            label="An answer is required"
            checked={required}
            onChange={(event) => setRequired(event.currentTarget.checked)}
          />
          {survey.languages.map((language) => (
            <TextInput
              key={language}
              label={`Wording in ${LANGUAGE_NAMES[language].english}`}
              value={text[language] ?? ''}
              onChange={(event) =>
                setText({ ...text, [language]: event.currentTarget.value })
              }
              required
            />
          ))}
          {isChoice(type) && (
            <Textarea
              label="Options"
              description={
                `One a line: value: ` +
                `${survey.languages.map((language) => `${LANGUAGE_NAMES[language].english} label`).join(' | ')}`
              }
              autosize
              minRows={3}
              value={options}
              onChange={(event) => setOptions(event.currentTarget.value)}
            />
          )}
          {survey.responses > 0 && (
            <Text size="sm">
              The survey has responses, so saving makes a new version.
            </Text>
          )}
          {save.error && (
            <Alert color="red" role="alert">
              {messageOf(save.error)}
            </Alert>
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              Cancel
            </Button>
            <Button type="submit" loading={save.isPending}>
              Add question
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

/** Asks before taking a question out of the instrument. */
export function RemoveQuestionModal(props: {
  survey: SurveyDetail;
  question: SurveyQuestion;
  onClose: () => void;
}) {
  const { survey, question, onClose } = props;
  const save = useSaveQuestions(survey, onClose);
  const remaining = survey.questions.filter((entry) => entry.code !== question.code);
  return (
    <Modal opened onClose={onClose} title={`Remove ${question.code}`}>
      <Stack>
        <Text size="sm">
          New responses will not be asked {question.code}.
          {survey.responses > 0 &&
            ' Answers already given stay with the version they were given to; saving ' +
              'makes a new version.'}
        </Text>
        {save.error && (
          <Alert color="red" role="alert">
            {messageOf(save.error)}
          </Alert>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            Keep it
          </Button>
          <Button
            color="red"
            loading={save.isPending}
            disabled={remaining.length === 0}
            onClick={() => save.mutate({ id: survey.id, questions: remaining })}
          >
            Remove question
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
