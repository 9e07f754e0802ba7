import '@mantine/charts/styles.css';
import { BarChart, LineChart } from '@mantine/charts';
import { Text } from '@mantine/core';
import type { QuestionResult, SurveyTrend } from '../../../shared/domain/surveyResults';
import { AGREEMENT_LABELS } from '../../../shared/domain/surveyTemplates';
import { periodText } from './format';

const POINT_COLORS = ['red.7', 'orange.6', 'gray.5', 'teal.5', 'teal.8'];
const LINE_COLORS = [
  'blue.7',
  'teal.7',
  'grape.7',
  'orange.7',
  'cyan.8',
  'pink.7',
  'indigo.7',
  'lime.8',
];

/** The share of each answer to every five-point question, as stacked bars. */
export function DistributionChart({ questions }: { questions: QuestionResult[] }) {
  const scale = questions.filter(
    (question) => question.type === 'agreement5' && !question.suppressed && question.n,
  );
  if (scale.length === 0) return null;
  const data = scale.map((question) => ({ question: question.code, ...question.counts }));
  const series = ['1', '2', '3', '4', '5'].map((point, index) => ({
    name: point,
    label: `${point} ${AGREEMENT_LABELS.en[index] ?? ''}`,
    color: POINT_COLORS[index] ?? 'gray.5',
  }));
  const summary = scale
    .map(
      (question) => `${question.code}: ${Math.round((question.top2 ?? 0) * 100)}% agree`,
    )
    .join('; ');
  return (
    <div role="img" aria-label={`Distribution of answers to each question. ${summary}.`}>
      <BarChart
        h={Math.max(160, scale.length * 44)}
        data={data}
        dataKey="question"
        type="percent"
        orientation="vertical"
        series={series}
        withLegend
        legendProps={{ verticalAlign: 'bottom' }}
        yAxisProps={{ width: 110 }}
        tooltipAnimationDuration={0}
      />
    </div>
  );
}

/** The top-two-box share of each question by quarter, across the survey's earlier copies. */
export function TrendChart({ trend }: { trend: SurveyTrend }) {
  const points = trend.points.filter((point) => !point.suppressed);
  const codes = (points[0]?.questions ?? [])
    .filter((question) => question.top2 !== null || question.type === 'agreement5')
    .map((question) => question.code);
  if (points.length === 0 || codes.length === 0) return null;
  const data = points.map((point) => {
    const row: Record<string, string | number | null> = {
      quarter: periodText(point.quarter),
    };
    for (const question of point.questions) {
      if (codes.includes(question.code)) {
        row[question.code] =
          question.top2 === null ? null : Math.round(question.top2 * 1000) / 10;
      }
    }
    return row;
  });
  if (points.length === 1) {
    return (
      <Text size="sm" c="dimmed">
        The trend appears once a second quarter has results: clone this survey for the
        next quarter.
      </Text>
    );
  }
  return (
    <div role="img" aria-label={`Top-two-box share by quarter for ${codes.join(', ')}.`}>
      <LineChart
        h={260}
        data={data}
        dataKey="quarter"
        unit="%"
        yAxisProps={{ domain: [0, 100] }}
        series={codes.map((code, index) => ({
          name: code,
          color: LINE_COLORS[index % LINE_COLORS.length] ?? 'blue.7',
        }))}
        withLegend
        connectNulls
        tooltipAnimationDuration={0}
      />
    </div>
  );
}
