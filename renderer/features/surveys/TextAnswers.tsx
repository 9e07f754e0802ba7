import {
  Badge,
  Checkbox,
  Group,
  Pagination,
  Select,
  Stack,
  Table,
  Text,
  TextInput,
} from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';
import { textIn, type SurveyDetail } from '../../../shared/domain/surveys';
import { useBackendMutation, useBackendQuery } from '../../client/hooks';
import { notifyFailure } from '../../components/notify';
import { QueryState } from '../../components/QueryState';
import { Section } from '../../components/Section';
import { SURVEY_PREFIXES } from './format';

const PAGE = 25;

/**
 * Free-text answers, newest first, searchable, with their most frequent words; employee
 * barriers and ideas can be marked for the improvement plan.
 */
export function TextAnswers({ survey }: { survey: SurveyDetail }) {
  const textQuestions = survey.questions.filter(
    (question) => question.type === 'freeText',
  );
  const [questionCode, setQuestionCode] = useState<string | null>(
    textQuestions[0]?.code ?? null,
  );
  const [search, setSearch] = useState('');
  const [onlyForPlan, setOnlyForPlan] = useState(false);
  const [page, setPage] = useState(1);
  const [debounced] = useDebouncedValue(search, 250);
  const answers = useBackendQuery('responses.textAnswers', {
    surveyId: survey.id,
    questionCode,
    search: debounced,
    onlyForPlan,
    offset: (page - 1) * PAGE,
    limit: PAGE,
  });
  const mark = useBackendMutation('responses.markForPlan', {
    invalidates: SURVEY_PREFIXES,
    onError: (error) => notifyFailure('The answer was not marked', error),
  });
  if (textQuestions.length === 0) {
    return <Text c="dimmed">This survey has no free-text question.</Text>;
  }
  const data = answers.data;
  return (
    <Stack gap="lg">
      <Group align="flex-end">
        <Select
          label="Question"
          data={textQuestions.map((question) => ({
            value: question.code,
            label: `${question.code}: ${textIn(question.text, 'en')}`,
          }))}
          value={questionCode}
          onChange={(value) => {
            setQuestionCode(value);
            setPage(1);
          }}
          allowDeselect={false}
          w={360}
        />
        <TextInput
          label="Search the answers"
          value={search}
          onChange={(event) => {
            setSearch(event.currentTarget.value);
            setPage(1);
          }}
          w={260}
        />
        <Checkbox
          label="Only those marked for the improvement plan"
          checked={onlyForPlan}
          onChange={(event) => {
            setOnlyForPlan(event.currentTarget.checked);
            setPage(1);
          }}
        />
      </Group>
      {!data ? (
        <QueryState error={answers.error} what="answers" />
      ) : (
        <>
          <Section title="Most frequent words">
            {data.topWords.length === 0 ? (
              <Text c="dimmed">No words yet.</Text>
            ) : (
              <Group gap="xs" aria-label="Most frequent words" role="list">
                {data.topWords.map((entry) => (
                  <Badge
                    key={entry.word}
                    variant="light"
                    color="gray"
                    role="listitem"
                    tt="none"
                  >
                    {entry.word} · {entry.count}
                  </Badge>
                ))}
              </Group>
            )}
            {data.wordsSampled && (
              <Text size="xs">Counted over the first 20,000 answers.</Text>
            )}
          </Section>
          <Section
            title={
              data.total === 1 ? '1 answer' : `${data.total.toLocaleString()} answers`
            }
          >
            <Table striped aria-label="Free-text answers">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">Answer</Table.Th>
                  <Table.Th scope="col">Received</Table.Th>
                  <Table.Th scope="col">For the plan</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {data.items.map((item) => (
                  <Table.Tr key={item.id}>
                    <Table.Td
                      style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}
                    >
                      {item.text}
                    </Table.Td>
                    <Table.Td style={{ whiteSpace: 'nowrap' }}>
                      {[item.submittedAt?.slice(0, 10), item.channel]
                        .filter(Boolean)
                        .join(' · ')}
                    </Table.Td>
                    <Table.Td>
                      <Checkbox
                        aria-label={`Mark for the improvement plan: ${item.text.slice(0, 60)}`}
                        checked={item.forPlan}
                        onChange={(event) =>
                          mark.mutate({
                            id: item.id,
                            forPlan: event.currentTarget.checked,
                          })
                        }
                      />
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
            {data.total > PAGE && (
              <Pagination
                total={Math.ceil(data.total / PAGE)}
                value={page}
                onChange={setPage}
                getControlProps={(control) => ({ 'aria-label': `${control} page` })}
              />
            )}
          </Section>
        </>
      )}
    </Stack>
  );
}
