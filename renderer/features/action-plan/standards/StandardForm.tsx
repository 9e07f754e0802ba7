import {
  NumberInput,
  SegmentedControl,
  Select,
  SimpleGrid,
  Stack,
  Switch,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core';
import { useState } from 'react';
import type { Service } from '../../../../shared/domain/actionPlan';
import {
  unitsFor,
  type Benchmark,
  type DataSource,
  type Measure,
  type Standard,
  type StandardInput,
  type StandardStatus,
  type Unit,
} from '../../../../shared/domain/actionPlanStandards';
import type { Comparator } from '../../../../shared/domain/adherence';
import type { ServiceChannel } from '../../../../shared/domain/channels';
import type { PeriodKind } from '../../../../shared/domain/periods';
import { useBackendMutation } from '../../../client/hooks';
import { fieldErrorsOf } from '../../../components/errors';
import {
  channelLabel,
  DATA_SOURCE_CHOICES,
  MEASURE_CHOICES,
  numberOrNull,
  STATUS_CHOICES,
  UNIT_NAMES,
  withMeasure,
} from '../options';
import { FormModal } from '../../../components/FormModal';

interface StandardFormValues {
  code: string;
  serviceId: string | null;
  channel: string;
  measure: Measure;
  unit: Unit;
  comparator: Comparator;
  target: string | number;
  periodKind: PeriodKind;
  dataSource: DataSource;
  sourceReference: string;
  effectiveFrom: string;
  effectiveTo: string;
  status: StandardStatus;
  published: boolean;
  wording: string;
  baseline: string | number;
  baselinePeriod: string;
  goal: string | number;
  goalPeriod: string;
  benchmarkId: string;
}

const EVERY_CHANNEL = 'every';
const NEWEST_BENCHMARK = 'newest';

function formFrom(standard: Standard | null, services: Service[]): StandardFormValues {
  return {
    code: standard?.code ?? '',
    serviceId: standard
      ? String(standard.service.id)
      : services[0]
        ? String(services[0].id)
        : null,
    channel: standard?.channel ?? EVERY_CHANNEL,
    measure: standard?.measure ?? 'wait-time',
    unit: standard?.unit ?? 'minutes',
    comparator: standard?.comparator ?? 'at-most',
    target: standard?.target ?? '',
    periodKind: standard?.periodKind ?? 'month',
    dataSource: standard?.dataSource ?? 'manual',
    sourceReference: standard?.sourceReference ?? '',
    effectiveFrom: standard?.effectiveFrom ?? '',
    effectiveTo: standard?.effectiveTo ?? '',
    status: standard?.status ?? 'draft',
    published: standard?.published ?? false,
    wording: standard?.wording ?? '',
    baseline: standard?.baseline ?? '',
    baselinePeriod: standard?.baselinePeriod ?? '',
    goal: standard?.goal ?? '',
    goalPeriod: standard?.goalPeriod ?? '',
    benchmarkId: standard?.benchmarkId ? String(standard.benchmarkId) : NEWEST_BENCHMARK,
  };
}

const textOrNull = (text: string) => (text.trim() === '' ? null : text.trim());

function inputFrom(values: StandardFormValues): StandardInput {
  return {
    ...values,
    serviceId: Number(values.serviceId ?? 0),
    channel: values.channel === EVERY_CHANNEL ? null : (values.channel as ServiceChannel),
    target: numberOrNull(values.target) ?? Number.NaN,
    effectiveFrom: textOrNull(values.effectiveFrom),
    effectiveTo: textOrNull(values.effectiveTo),
    baseline: numberOrNull(values.baseline),
    baselinePeriod: textOrNull(values.baselinePeriod),
    goal: numberOrNull(values.goal),
    goalPeriod: textOrNull(values.goalPeriod),
    benchmarkId:
      values.benchmarkId === NEWEST_BENCHMARK ? null : Number(values.benchmarkId),
  };
}

export interface StandardFormProps {
  /** The standard to edit, or null to add one. */
  standard: Standard | null;
  services: Service[];
  benchmarks: Benchmark[];
  onClose: () => void;
}

/** Adds or edits a service standard: what is promised, how it is measured and published. */
export function StandardForm({
  standard,
  services,
  benchmarks,
  onClose,
}: StandardFormProps) {
  const [values, setValues] = useState(() => formFrom(standard, services));
  const options = {
    invalidates: ['standards.', 'services.', 'measurements.'],
    onSuccess: onClose,
  };
  const create = useBackendMutation('standards.create', options);
  const update = useBackendMutation('standards.update', options);
  const mutation = standard ? update : create;
  const errors = fieldErrorsOf(mutation.error, standard ? ['standard'] : []);
  const set = <K extends keyof StandardFormValues>(
    key: K,
    value: StandardFormValues[K],
  ) => setValues((current) => ({ ...current, [key]: value }));
  const service = services.find((candidate) => String(candidate.id) === values.serviceId);
  const channels = service?.channels.length ? service.channels : null;
  const units = unitsFor(values.measure);

  const changeMeasure = (measure: Measure) =>
    setValues((current) => ({ ...current, ...withMeasure(current, measure) }));

  const submit = () => {
    if (standard) update.mutate({ id: standard.id, standard: inputFrom(values) });
    else create.mutate(inputFrom(values));
  };

  return (
    <FormModal
      title={standard ? `Edit ${standard.code}` : 'Add a service standard'}
      size="xl"
      onClose={onClose}
      onSubmit={submit}
      failure={Object.keys(errors).length === 0 ? mutation.error : null}
      failureTitle="The standard was not saved"
      saving={mutation.isPending}
      submitLabel="Save standard"
    >
      <SimpleGrid cols={{ base: 1, sm: 3 }}>
        <TextInput
          label="Code"
          withAsterisk
          value={values.code}
          error={errors.code}
          onChange={(event) => set('code', event.currentTarget.value)}
        />
        <Select
          label="Service"
          withAsterisk
          data={services.map((item) => ({
            value: String(item.id),
            label: `${item.code} \u2014 ${item.name}`,
          }))}
          value={values.serviceId}
          error={errors.serviceId}
          allowDeselect={false}
          onChange={(value) => set('serviceId', value)}
        />
        <Select
          label="Channel"
          data={[
            { value: EVERY_CHANNEL, label: 'Every channel' },
            ...(channels ?? ['in-person', 'phone', 'web', 'mail', 'email', 'chat']).map(
              (value) => ({ value, label: channelLabel(value) }),
            ),
          ]}
          value={values.channel}
          error={errors.channel}
          allowDeselect={false}
          onChange={(value) => value && set('channel', value)}
        />
      </SimpleGrid>
      <SimpleGrid cols={{ base: 1, sm: 4 }}>
        <Select
          label="What is measured"
          data={MEASURE_CHOICES}
          value={values.measure}
          allowDeselect={false}
          onChange={(value) => value && changeMeasure(value as Measure)}
        />
        <Select
          label="Unit"
          data={units.map((unit) => ({ value: unit, label: UNIT_NAMES[unit] }))}
          value={values.unit}
          error={errors.unit}
          allowDeselect={false}
          onChange={(value) => value && set('unit', value)}
        />
        <Stack gap={4}>
          <Text size="sm" fw={600} id="comparator-label">
            Comparator
          </Text>
          <SegmentedControl
            aria-labelledby="comparator-label"
            data={[
              { value: 'at-most', label: 'At most' },
              { value: 'at-least', label: 'At least' },
            ]}
            value={values.comparator}
            onChange={(value) => set('comparator', value)}
          />
        </Stack>
        <NumberInput
          label="Target"
          withAsterisk
          value={values.target}
          error={errors.target}
          onChange={(value) => set('target', value)}
        />
      </SimpleGrid>
      <SimpleGrid cols={{ base: 1, sm: 3 }}>
        <Stack gap={4}>
          <Text size="sm" fw={600} id="period-label">
            Measured every
          </Text>
          <SegmentedControl
            aria-labelledby="period-label"
            data={[
              { value: 'month', label: 'Month' },
              { value: 'quarter', label: 'Quarter' },
            ]}
            value={values.periodKind}
            onChange={(value) => set('periodKind', value)}
          />
        </Stack>
        <Select
          label="Data source"
          data={DATA_SOURCE_CHOICES}
          value={values.dataSource}
          allowDeselect={false}
          onChange={(value) => value && set('dataSource', value as DataSource)}
        />
        <TextInput
          label="Source reference"
          description="Survey question code or complaint category"
          value={values.sourceReference}
          onChange={(event) => set('sourceReference', event.currentTarget.value)}
        />
      </SimpleGrid>
      <SimpleGrid cols={{ base: 1, sm: 4 }}>
        <NumberInput
          label="Baseline"
          value={values.baseline}
          error={errors.baseline}
          onChange={(value) => set('baseline', value)}
        />
        <TextInput
          label="Baseline period"
          placeholder="2025-Q4"
          value={values.baselinePeriod}
          error={errors.baselinePeriod}
          onChange={(event) => set('baselinePeriod', event.currentTarget.value)}
        />
        <NumberInput
          label="Goal"
          value={values.goal}
          error={errors.goal}
          onChange={(value) => set('goal', value)}
        />
        <TextInput
          label="Goal by"
          placeholder="2026-Q4"
          value={values.goalPeriod}
          error={errors.goalPeriod}
          onChange={(event) => set('goalPeriod', event.currentTarget.value)}
        />
      </SimpleGrid>
      <SimpleGrid cols={{ base: 1, sm: 4 }}>
        <TextInput
          label="Effective from"
          type="date"
          value={values.effectiveFrom}
          error={errors.effectiveFrom}
          onChange={(event) => set('effectiveFrom', event.currentTarget.value)}
        />
        <TextInput
          label="Effective to"
          type="date"
          value={values.effectiveTo}
          error={errors.effectiveTo}
          onChange={(event) => set('effectiveTo', event.currentTarget.value)}
        />
        <Select
          label="Status"
          data={STATUS_CHOICES}
          value={values.status}
          allowDeselect={false}
          onChange={(value) => value && set('status', value as StandardStatus)}
        />
        <Select
          label="Benchmark"
          data={[
            { value: NEWEST_BENCHMARK, label: 'Newest of the same measure' },
            ...benchmarks.map((benchmark) => ({
              value: String(benchmark.id),
              label: `${benchmark.code} \u2014 ${benchmark.name}`,
            })),
          ]}
          value={values.benchmarkId}
          allowDeselect={false}
          onChange={(value) => value && set('benchmarkId', value)}
        />
      </SimpleGrid>
      <Switch
        label="Published in the compact with customers"
        checked={values.published}
        onChange={(event) => set('published', event.currentTarget.checked)}
      />
      <Textarea
        label="Public wording"
        placeholder="We answer the phone within 3 minutes."
        autosize
        minRows={2}
        value={values.wording}
        error={errors.wording}
        onChange={(event) => set('wording', event.currentTarget.value)}
      />
    </FormModal>
  );
}
