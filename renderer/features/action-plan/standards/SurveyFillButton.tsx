import { Button } from '@mantine/core';
import type { MethodOutput } from '../../../../shared/contract';
import type { Standard } from '../../../../shared/domain/actionPlanStandards';
import { periodLabel } from '../../../../shared/domain/periods';
import { useBackendMutation } from '../../../client/hooks';
import { notifyFailure, notifySuccess } from '../../../components/notify';

type FillOutcome = MethodOutput<'measurements.fillFromSurveys'>;

export function fillSummary({ filled, skipped }: FillOutcome): string {
  if (filled === 0 && skipped.length === 0)
    return 'The surveys asking this question have no answers yet.';
  const recorded =
    filled === 1 ? 'One quarter recorded.' : `${filled} quarters recorded.`;
  const reasons = skipped.map(
    (skip) => `${periodLabel(skip.period)} skipped: ${skip.reason}.`,
  );
  return [recorded, ...reasons].join(' ');
}

/** Fills a survey-sourced standard's quarters from the survey results; nothing for others. */
export function SurveyFillButton({ standard }: { standard: Standard }) {
  const fill = useBackendMutation('measurements.fillFromSurveys', {
    invalidates: ['measurements.', 'standards.'],
    onSuccess: (outcome) =>
      notifySuccess('Filled from survey results', fillSummary(outcome)),
    onError: (error) => notifyFailure('Nothing was filled from the surveys', error),
  });
  if (standard.dataSource !== 'survey') return null;
  return (
    <Button
      variant="default"
      loading={fill.isPending}
      onClick={() => fill.mutate({ standardId: standard.id })}
    >
      Fill from survey results
    </Button>
  );
}
