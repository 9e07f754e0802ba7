import { NumberInput, Select, SimpleGrid, TextInput } from '@mantine/core';
import { useState } from 'react';
import {
  unitsFor,
  type Benchmark,
  type BenchmarkInput,
  type BenchmarkKind,
  type Measure,
  type Unit,
} from '../../../../shared/domain/actionPlanStandards';
import type { ServiceChannel } from '../../../../shared/domain/channels';
import { useBackendMutation } from '../../../client/hooks';
import { fieldErrorsOf } from '../../../components/errors';
import {
  BENCHMARK_KIND_CHOICES,
  CHANNEL_CHOICES,
  MEASURE_CHOICES,
  numberOrNull,
  UNIT_NAMES,
  withMeasure,
} from '../options';
import { FormModal } from '../../../components/FormModal';
import { CodeAndNameFields } from '../CodeAndNameFields';

interface BenchmarkFormValues {
  code: string;
  name: string;
  kind: BenchmarkKind;
  measure: Measure;
  unit: Unit;
  channel: string;
  value: string | number;
  source: string;
  asOf: string;
}

const ANY_CHANNEL = 'any';

const formFrom = (benchmark: Benchmark | null): BenchmarkFormValues => ({
  code: benchmark?.code ?? '',
  name: benchmark?.name ?? '',
  kind: benchmark?.kind ?? 'best-in-business',
  measure: benchmark?.measure ?? 'wait-time',
  unit: benchmark?.unit ?? 'minutes',
  channel: benchmark?.channel ?? ANY_CHANNEL,
  value: benchmark?.value ?? '',
  source: benchmark?.source ?? '',
  asOf: benchmark?.asOf ?? '',
});

const inputFrom = (values: BenchmarkFormValues): BenchmarkInput => ({
  ...values,
  channel: values.channel === ANY_CHANNEL ? null : (values.channel as ServiceChannel),
  value: numberOrNull(values.value) ?? Number.NaN,
});

/** Adds or edits a reference value: best in business, a peer department or a national figure. */
export function BenchmarkForm({
  benchmark,
  onClose,
}: {
  benchmark: Benchmark | null;
  onClose: () => void;
}) {
  const [values, setValues] = useState(() => formFrom(benchmark));
  const options = { invalidates: ['benchmarks.', 'standards.'], onSuccess: onClose };
  const create = useBackendMutation('benchmarks.create', options);
  const update = useBackendMutation('benchmarks.update', options);
  const mutation = benchmark ? update : create;
  const errors = fieldErrorsOf(mutation.error, benchmark ? ['benchmark'] : []);
  const set = <K extends keyof BenchmarkFormValues>(
    key: K,
    value: BenchmarkFormValues[K],
  ) => setValues((current) => ({ ...current, [key]: value }));
  const changeMeasure = (measure: Measure) =>
    setValues((current) => ({ ...current, ...withMeasure(current, measure) }));

  const submit = () => {
    if (benchmark) update.mutate({ id: benchmark.id, benchmark: inputFrom(values) });
    else create.mutate(inputFrom(values));
  };

  return (
    <FormModal
      title={benchmark ? `Edit ${benchmark.code}` : 'Add a benchmark'}
      size="lg"
      onClose={onClose}
      onSubmit={submit}
      failure={Object.keys(errors).length === 0 ? mutation.error : null}
      failureTitle="The benchmark was not saved"
      saving={mutation.isPending}
      submitLabel="Save benchmark"
    >
      <CodeAndNameFields
        code={values.code}
        name={values.name}
        errors={errors}
        onChange={set}
      />
      <SimpleGrid cols={{ base: 1, sm: 3 }}>
        <Select
          label="Kind of reference"
          data={BENCHMARK_KIND_CHOICES}
          value={values.kind}
          allowDeselect={false}
          onChange={(value) => value && set('kind', value as BenchmarkKind)}
        />
        <Select
          label="What is measured"
          data={MEASURE_CHOICES}
          value={values.measure}
          allowDeselect={false}
          onChange={(value) => value && changeMeasure(value as Measure)}
        />
        <Select
          label="Unit"
          data={unitsFor(values.measure).map((unit) => ({
            value: unit,
            label: UNIT_NAMES[unit],
          }))}
          value={values.unit}
          error={errors.unit}
          allowDeselect={false}
          onChange={(value) => value && set('unit', value)}
        />
      </SimpleGrid>
      <SimpleGrid cols={{ base: 1, sm: 3 }}>
        <NumberInput
          label="Value"
          withAsterisk
          value={values.value}
          error={errors.value}
          onChange={(value) => set('value', value)}
        />
        <Select
          label="Channel"
          data={[{ value: ANY_CHANNEL, label: 'Any channel' }, ...CHANNEL_CHOICES]}
          value={values.channel}
          allowDeselect={false}
          onChange={(value) => value && set('channel', value)}
        />
        <TextInput
          label="As of"
          type="date"
          withAsterisk
          value={values.asOf}
          error={errors.asOf}
          onChange={(event) => set('asOf', event.currentTarget.value)}
        />
      </SimpleGrid>
      <TextInput
        label="Source"
        withAsterisk
        value={values.source}
        error={errors.source}
        onChange={(event) => set('source', event.currentTarget.value)}
      />
    </FormModal>
  );
}
