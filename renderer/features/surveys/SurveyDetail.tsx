import { Anchor, Badge, Group, Stack, Tabs, Text, Title } from '@mantine/core';
import { navigate, RouteLink } from '../../app/router';
import { useBackendQuery } from '../../client/hooks';
import { QueryState } from '../../components/QueryState';
import { percent, periodText } from './format';
import { ImportResponses } from './ImportResponses';
import { InstrumentPanel } from './InstrumentPanel';
import { PaperEntry } from './PaperEntry';
import { ResultsPanel } from './ResultsPanel';
import { TextAnswers } from './TextAnswers';

const TABS = [
  { value: 'results', label: 'Results' },
  { value: 'import', label: 'Import responses' },
  { value: 'paper', label: 'Paper entry' },
  { value: 'text', label: 'Free text' },
  { value: 'instrument', label: 'Questions and settings' },
] as const;

/** One survey: its results, the ways responses come in, and its instrument. */
export function SurveyDetail({ surveyId, tab }: { surveyId: string; tab: string }) {
  const survey = useBackendQuery('surveys.get', { id: surveyId });
  if (!survey.data) return <QueryState error={survey.error} what="survey" />;
  const detail = survey.data;
  const active = TABS.some((entry) => entry.value === tab) ? tab : 'results';
  return (
    <Stack gap="lg">
      <Anchor component={RouteLink} area="surveys" size="sm">
        All surveys
      </Anchor>
      <Group justify="space-between" align="flex-end">
        <Stack gap={4}>
          <Title order={2}>{detail.title}</Title>
          <Text c="dimmed">
            {periodText(detail.period)} · {detail.responses.toLocaleString()} responses
            {detail.responseRate !== null &&
              ` · ${percent(detail.responseRate, 1)} of ` +
                `${detail.offered?.toLocaleString() ?? ''} offered`}
          </Text>
        </Stack>
        <Group gap="xs">
          <Badge variant="light" color="gray">
            Version {detail.version}
          </Badge>
          <Badge variant="light" color="gray">
            Groups under {detail.minCellSize} suppressed
          </Badge>
        </Group>
      </Group>
      <Tabs
        value={active}
        onChange={(value) => value && navigate('surveys', surveyId, value)}
        keepMounted={false}
      >
        <Tabs.List>
          {TABS.map((entry) => (
            <Tabs.Tab key={entry.value} value={entry.value}>
              {entry.label}
            </Tabs.Tab>
          ))}
        </Tabs.List>
        <Tabs.Panel value="results" pt="lg">
          <ResultsPanel survey={detail} />
        </Tabs.Panel>
        <Tabs.Panel value="import" pt="lg">
          <ImportResponses survey={detail} />
        </Tabs.Panel>
        <Tabs.Panel value="paper" pt="lg">
          <PaperEntry survey={detail} />
        </Tabs.Panel>
        <Tabs.Panel value="text" pt="lg">
          <TextAnswers survey={detail} />
        </Tabs.Panel>
        <Tabs.Panel value="instrument" pt="lg">
          <InstrumentPanel survey={detail} />
        </Tabs.Panel>
      </Tabs>
    </Stack>
  );
}
