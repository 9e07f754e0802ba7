import { Alert, Group, SegmentedControl, Stack, Table, Text } from '@mantine/core';
import { useState } from 'react';
import type {
  Breakdown,
  QuestionResult,
  ResultGroup,
} from '../../../shared/domain/surveyResults';
import type { SurveyDetail } from '../../../shared/domain/surveys';
import { useBackendQuery } from '../../client/hooks';
import { QueryState } from '../../components/QueryState';
import { Section } from '../../components/Section';
import { decimal, interval, percent } from './format';
import { ExportResultsButton } from './ExportResultsButton';
import { DistributionChart, TrendChart } from './ResultCharts';
import { TableHead } from '../../components/TableHead';

const BREAKDOWN_CHOICES = [
  { value: 'overall', label: 'Overall' },
  { value: 'channel', label: 'Channel' },
  { value: 'segment', label: 'Segment' },
  { value: 'language', label: 'Language' },
  { value: 'period', label: 'Quarter' },
];

function changeText(question: QuestionResult): string {
  const change = question.change;
  if (!change) return '\u2013';
  const points = Math.round(change.delta * 1000) / 10;
  const sign = points > 0 ? '+' : '';
  const verdict = change.significant
    ? 'beyond the margin of error'
    : 'within the margin of error';
  return (
    `${sign}${points} points vs ${change.previous} (${verdict}, ` +
    `\u00b1${Math.round(change.marginOfError * 1000) / 10})`
  );
}

function QuestionTable({
  questions,
  label,
}: {
  questions: QuestionResult[];
  label: string;
}) {
  return (
    <Table.ScrollContainer minWidth={720}>
      <Table striped aria-label={label}>
        <TableHead
          headings={[
            'Question',
            'Answered',
            'Mean',
            'Top two / yes',
            '95 % interval',
            'Change',
          ]}
        />
        <Table.Tbody>
          {questions.map((question) => (
            <Table.Tr
              key={question.code}
              data-suppressed={question.suppressed || undefined}
            >
              <Table.Td>
                <Text fw={600} size="sm">
                  {question.code}
                  {question.wordingChanged && ' \u2020'}
                </Text>
                <Text size="xs" c="dimmed">
                  {question.text}
                </Text>
              </Table.Td>
              {question.suppressed ? (
                <Table.Td colSpan={5}>suppressed</Table.Td>
              ) : (
                <>
                  <Table.Td>{question.n?.toLocaleString()}</Table.Td>
                  <Table.Td>{decimal(question.mean)}</Table.Td>
                  <Table.Td>{percent(question.top2, 1)}</Table.Td>
                  <Table.Td>{interval(question.top2Low, question.top2High)}</Table.Td>
                  <Table.Td>{changeText(question)}</Table.Td>
                </>
              )}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

function GroupTable({ groups, codes }: { groups: ResultGroup[]; codes: string[] }) {
  return (
    <Table.ScrollContainer minWidth={720}>
      <Table striped aria-label="Top-two-box share by group">
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">Group</Table.Th>
            <Table.Th scope="col">Responses</Table.Th>
            {codes.map((code) => (
              <Table.Th key={code} scope="col">
                {code}
              </Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {groups.map((group) => (
            <Table.Tr key={group.value} data-suppressed={group.suppressed || undefined}>
              <Table.Th scope="row">{group.label}</Table.Th>
              {group.suppressed ? (
                <Table.Td colSpan={codes.length + 1}>suppressed</Table.Td>
              ) : (
                <>
                  <Table.Td>{group.responses?.toLocaleString()}</Table.Td>
                  {codes.map((code) => {
                    const question = group.questions.find((entry) => entry.code === code);
                    return (
                      <Table.Td key={code}>
                        {question?.suppressed ? 'suppressed' : percent(question?.top2, 0)}
                      </Table.Td>
                    );
                  })}
                </>
              )}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

/** Compiled results: overall or by one breakdown, with charts, never showing small cells. */
export function ResultsPanel({ survey }: { survey: SurveyDetail }) {
  const [by, setBy] = useState('overall');
  const breakdown = by === 'overall' ? undefined : (by as Breakdown);
  const compiled = useBackendQuery('surveys.compile', { id: survey.id, by: breakdown });
  const trend = useBackendQuery('surveys.trend', { id: survey.id });
  if (!compiled.data) return <QueryState error={compiled.error} what="results" />;
  const result = compiled.data;
  const scaleCodes = result.questions
    .filter((question) => question.type !== 'freeText')
    .map((question) => question.code);
  return (
    <Stack gap="lg">
      {result.warnings.length > 0 && (
        <Alert color="yellow" title="Read these results with care" role="note">
          <Stack gap={4}>
            {result.warnings.map((warning) => (
              <Text key={warning} size="sm">
                {warning}
              </Text>
            ))}
          </Stack>
        </Alert>
      )}
      <Group justify="space-between">
        <Text>
          <strong>{result.responses.toLocaleString()}</strong> responses
          {result.responseRate !== null &&
            ` · response rate ${percent(result.responseRate, 1)}`}
        </Text>
        <Group gap="sm" align="flex-start">
          <SegmentedControl
            aria-label="Break results down by"
            data={BREAKDOWN_CHOICES}
            value={by}
            onChange={setBy}
          />
          <ExportResultsButton survey={survey} />
        </Group>
      </Group>
      <Section title="Every question">
        {result.responses === 0 ? (
          <Text c="dimmed">No responses yet. Import a file or type in paper forms.</Text>
        ) : (
          <>
            <QuestionTable questions={result.questions} label="Results by question" />
            <DistributionChart questions={result.questions} />
          </>
        )}
      </Section>
      {result.groups && (
        <Section title="By group">
          <GroupTable groups={result.groups} codes={scaleCodes} />
        </Section>
      )}
      {trend.data && trend.data.points.length > 0 && (
        <Section title="Trend by quarter">
          <TrendChart trend={trend.data} />
        </Section>
      )}
    </Stack>
  );
}
