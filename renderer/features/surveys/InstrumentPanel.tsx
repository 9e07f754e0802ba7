import {
  Alert,
  Button,
  Group,
  Modal,
  Stack,
  Table,
  Text,
  TextInput,
} from '@mantine/core';
import { useState, type FormEvent } from 'react';
import {
  LANGUAGE_NAMES,
  QUESTION_TYPE_LABELS,
  textIn,
  type SurveyDetail,
  type SurveyLanguage,
  type SurveyQuestion,
} from '../../../shared/domain/surveys';
import { navigate } from '../../app/router';
import { useBackendMutation } from '../../client/hooks';
import { messageOf } from '../../components/errors';
import { notifyFailure } from '../../components/notify';
import { Section } from '../../components/Section';
import { SURVEY_PREFIXES } from './format';
import { PaperForms } from './PaperForms';
import { AddQuestionModal, RemoveQuestionModal } from './QuestionEditor';
import { SurveySettingsForm } from './SurveySettingsForm';
import { TableHead } from '../../components/TableHead';

function WordingModal(props: {
  survey: SurveyDetail;
  question: SurveyQuestion;
  onClose: () => void;
}) {
  const { survey, question } = props;
  const [text, setText] = useState(question.text);
  const save = useBackendMutation('surveys.updateQuestions', {
    invalidates: SURVEY_PREFIXES,
    onSuccess: props.onClose,
  });
  const answered =
    survey.versions.find((version) => version.version === survey.version)?.responses ?? 0;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    save.mutate({
      id: survey.id,
      questions: survey.questions.map((entry) =>
        entry.code === question.code ? { ...entry, text } : entry,
      ),
    });
  };
  return (
    <Modal opened onClose={props.onClose} title={`Wording of ${question.code}`} size="lg">
      <form onSubmit={submit}>
        <Stack>
          {answered > 0 && (
            <Text size="sm">
              {answered} responses were given to the current wording, so saving makes
              version {survey.version + 1}; results that combine both wordings carry a
              warning.
            </Text>
          )}
          {survey.languages.map((language: SurveyLanguage) => (
            <TextInput
              key={language}
              label={LANGUAGE_NAMES[language].english}
              value={text[language] ?? ''}
              required
              onChange={(event) =>
                setText({ ...text, [language]: event.currentTarget.value })
              }
            />
          ))}
          {save.error && (
            <Alert color="red" role="alert">
              {messageOf(save.error)}
            </Alert>
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={props.onClose}>
              Cancel
            </Button>
            <Button type="submit" loading={save.isPending}>
              Save wording
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

/** The survey's instrument, versions and settings; copies it for the next quarter. */
export function InstrumentPanel({ survey }: { survey: SurveyDetail }) {
  const [editing, setEditing] = useState<SurveyQuestion | null>(null);
  const [removing, setRemoving] = useState<SurveyQuestion | null>(null);
  const [adding, setAdding] = useState(false);
  const clone = useBackendMutation('surveys.clone', {
    invalidates: SURVEY_PREFIXES,
    onSuccess: (copy) => navigate('surveys', copy.id),
    onError: (error) => notifyFailure('The survey was not copied', error),
  });
  return (
    <Stack gap="lg">
      <Section title="Settings">
        <SurveySettingsForm survey={survey} />
      </Section>
      <Section title="Paper forms" actions={<PaperForms survey={survey} />}>
        <Text size="sm">
          A printable form in each language of the survey, with boxes to tick and a form
          number to write.
        </Text>
      </Section>
      <Section
        title="Questions"
        actions={
          <Group gap="xs">
            <Button variant="default" onClick={() => setAdding(true)}>
              Add question
            </Button>
            <Button
              variant="default"
              loading={clone.isPending}
              onClick={() => clone.mutate({ id: survey.id })}
            >
              Copy for the next quarter
            </Button>
          </Group>
        }
      >
        <Table.ScrollContainer minWidth={640}>
          <Table striped aria-label="Questions">
            <TableHead headings={['Code', 'Type', 'Wording', 'Actions']} />
            <Table.Tbody>
              {survey.questions.map((question) => (
                <Table.Tr key={question.code}>
                  <Table.Td fw={600}>{question.code}</Table.Td>
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>
                    {QUESTION_TYPE_LABELS[question.type]}
                  </Table.Td>
                  <Table.Td>{textIn(question.text, 'en')}</Table.Td>
                  <Table.Td>
                    <Group gap="xs" wrap="nowrap">
                      <Button
                        size="xs"
                        variant="default"
                        onClick={() => setEditing(question)}
                        aria-label={`Edit the wording of ${question.code}`}
                      >
                        Edit wording
                      </Button>
                      <Button
                        size="xs"
                        variant="default"
                        onClick={() => setRemoving(question)}
                        aria-label={`Remove ${question.code}`}
                      >
                        Remove
                      </Button>
                    </Group>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
        <Text size="sm" c="dimmed">
          Versions:{' '}
          {survey.versions
            .map((version) => `${version.version} (${version.responses} responses)`)
            .join(', ')}
        </Text>
      </Section>
      {adding && <AddQuestionModal survey={survey} onClose={() => setAdding(false)} />}
      {removing && (
        <RemoveQuestionModal
          survey={survey}
          question={removing}
          onClose={() => setRemoving(null)}
        />
      )}
      {editing && (
        <WordingModal
          survey={survey}
          question={editing}
          onClose={() => setEditing(null)}
        />
      )}
    </Stack>
  );
}
