import {
  Alert,
  Button,
  Grid,
  Group,
  Select,
  Stack,
  Text,
  TextInput,
} from '@mantine/core';
import { useRef, useState, type KeyboardEvent } from 'react';
import type { ImportReport } from '../../../shared/domain/imports';
import {
  CHANNEL_LABELS,
  RESPONSE_CHANNELS,
  type ResponseChannel,
} from '../../../shared/domain/channels';
import {
  LANGUAGE_NAMES,
  textIn,
  type SurveyDetail,
  type SurveyLanguage,
} from '../../../shared/domain/surveys';
import { useBackendMutation } from '../../client/hooks';
import { messageOf } from '../../components/errors';
import { Section } from '../../components/Section';
import { SURVEY_PREFIXES } from './format';
import { answerHint, answerProblem, nextFormNumber } from './paperAnswers';

interface Sitting {
  channel: ResponseChannel | null;
  language: SurveyLanguage | null;
  submittedAt: string;
  formNumber: string;
}

type Answers = Record<string, string>;

function outcomeText(
  report: ImportReport,
  formNumber: string,
): { ok: boolean; text: string } {
  const which = formNumber ? `Form ${formNumber}` : 'The form';
  if (report.imported === 1) return { ok: true, text: `${which} was saved.` };
  if (report.duplicates === 1)
    return { ok: false, text: `${which} was entered before; it was not saved again.` };
  const rejection = report.rejected[0];
  return {
    ok: false,
    text: `${which} was not saved: ${rejection?.column ?? ''} ${rejection?.reason ?? ''}`.trim(),
  };
}

/**
 * Typing in paper forms with the keyboard only: type each answer's digits and press Enter to
 * move on; Enter on the last answer saves the form and starts the next one.
 */
export function PaperEntry({ survey }: { survey: SurveyDetail }) {
  const [sitting, setSitting] = useState<Sitting>({
    channel: 'mail',
    language: null,
    submittedAt: '',
    formNumber: '',
  });
  const [answers, setAnswers] = useState<Answers>({});
  const [problems, setProblems] = useState<Answers>({});
  const [saved, setSaved] = useState(0);
  const [outcome, setOutcome] = useState<{ ok: boolean; text: string } | null>(null);
  const fields = useRef<(HTMLInputElement | null)[]>([]);
  const languages = survey.languages;
  const questions = survey.questions;
  const enter = useBackendMutation('responses.enter', { invalidates: SURVEY_PREFIXES });

  const focus = (index: number) => {
    const field = fields.current[index];
    field?.focus();
    field?.select();
  };

  const save = async () => {
    const found = Object.fromEntries(
      questions.map((question) => [
        question.code,
        answerProblem(question, answers[question.code] ?? '', languages),
      ]),
    );
    const firstBad = questions.findIndex((question) => found[question.code]);
    setProblems(
      Object.fromEntries(
        Object.entries(found).filter(([, problem]) => problem),
      ) as Answers,
    );
    if (firstBad >= 0) return focus(firstBad);
    const typed = Object.fromEntries(
      questions
        .filter((question) => (answers[question.code] ?? '').trim() !== '')
        .map((question) => {
          const value = (answers[question.code] ?? '').trim();
          return [
            question.code,
            question.type === 'multiChoice'
              ? value.split(';').map((part) => part.trim())
              : value,
          ];
        }),
    );
    try {
      const report = await enter.mutateAsync({
        surveyId: survey.id,
        responses: [
          {
            formNumber: sitting.formNumber.trim() || null,
            submittedAt: sitting.submittedAt || null,
            channel: sitting.channel,
            language: sitting.language,
            answers: typed,
          },
        ],
      });
      const result = outcomeText(report, sitting.formNumber.trim());
      setOutcome(result);
      if (report.imported === 1 || report.duplicates === 1) {
        if (report.imported === 1) setSaved((count) => count + 1);
        setAnswers({});
        setSitting((current) => ({
          ...current,
          formNumber: nextFormNumber(current.formNumber),
        }));
        focus(0);
      }
    } catch (error) {
      setOutcome({ ok: false, text: messageOf(error) });
    }
  };

  const onKeyDown = (index: number) => (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key !== 'Enter') return;
    event.preventDefault();
    const question = questions[index];
    if (!question) return;
    const problem = answerProblem(question, answers[question.code] ?? '', languages);
    setProblems((current) => ({ ...current, [question.code]: problem ?? '' }));
    if (problem) return;
    if (index + 1 < questions.length) focus(index + 1);
    else void save();
  };

  return (
    <Stack gap="lg">
      <Section title="This stack of forms">
        <Grid>
          <Grid.Col span={{ base: 12, sm: 3 }}>
            <Select
              label="Channel"
              data={RESPONSE_CHANNELS.map((value) => ({
                value,
                label: CHANNEL_LABELS[value],
              }))}
              value={sitting.channel}
              onChange={(value) => setSitting({ ...sitting, channel: value })}
              clearable
            />
          </Grid.Col>
          <Grid.Col span={{ base: 12, sm: 3 }}>
            <Select
              label="Language of the forms"
              data={languages.map((value) => ({
                value,
                label: LANGUAGE_NAMES[value].english,
              }))}
              value={sitting.language}
              onChange={(value) => setSitting({ ...sitting, language: value })}
              clearable
            />
          </Grid.Col>
          <Grid.Col span={{ base: 12, sm: 3 }}>
            <TextInput
              label="Date on the forms"
              type="date"
              value={sitting.submittedAt}
              onChange={(event) =>
                setSitting({ ...sitting, submittedAt: event.currentTarget.value })
              }
            />
          </Grid.Col>
          <Grid.Col span={{ base: 12, sm: 3 }}>
            <TextInput
              label="Form number"
              description="Counts up after each form"
              value={sitting.formNumber}
              onChange={(event) =>
                setSitting({ ...sitting, formNumber: event.currentTarget.value })
              }
            />
          </Grid.Col>
        </Grid>
      </Section>
      <Section title={`Form ${sitting.formNumber || saved + 1}`}>
        <Text size="sm" c="dimmed">
          Type each answer and press Enter to move on. Leave an answer blank if the form
          has none. Enter on the last answer saves the form.
        </Text>
        <Stack gap="xs">
          {questions.map((question, index) => (
            <TextInput
              key={question.code}
              ref={(element) => {
                fields.current[index] = element;
              }}
              label={`${index + 1}. ${textIn(question.text, sitting.language ?? 'en')}`}
              description={answerHint(question)}
              value={answers[question.code] ?? ''}
              onChange={(event) => {
                const value = event.currentTarget.value;
                setAnswers((current) => ({ ...current, [question.code]: value }));
              }}
              onKeyDown={onKeyDown(index)}
              error={problems[question.code] || undefined}
              autoComplete="off"
              inputMode={
                question.type === 'agreement5' || question.type === 'scale0to10'
                  ? 'numeric'
                  : 'text'
              }
              data-question={question.code}
              autoFocus={index === 0}
            />
          ))}
        </Stack>
        <Group justify="space-between">
          <Text size="sm" aria-live="polite" data-testid="paper-saved">
            {saved === 1 ? '1 form' : `${saved} forms`} saved in this sitting
          </Text>
          <Button onClick={() => void save()} loading={enter.isPending}>
            Save form
          </Button>
        </Group>
        {outcome && (
          <Alert
            color={outcome.ok ? 'teal' : 'red'}
            role="status"
            data-testid="paper-outcome"
          >
            {outcome.text}
          </Alert>
        )}
      </Section>
    </Stack>
  );
}
