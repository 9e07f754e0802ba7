import {
  Alert,
  Button,
  Group,
  NumberInput,
  SimpleGrid,
  Stack,
  Textarea,
  TextInput,
} from '@mantine/core';
import { useState } from 'react';
import type { Standard } from '../../../../shared/domain/actionPlanStandards';
import { useBackendMutation } from '../../../client/hooks';
import { fieldErrorsOf, messageOf } from '../../../components/errors';
import { notifySuccess } from '../../../components/notify';
import { numberOrNull } from '../options';
import { parsePastedMeasurements } from './paste';

const INVALIDATES = ['measurements.', 'standards.'];

/** One period's value typed in; saving a period that has a value corrects it. */
export function MeasurementEntry({ standard }: { standard: Standard }) {
  const example = standard.periodKind === 'month' ? '2026-03' : '2026-Q1';
  const [period, setPeriod] = useState('');
  const [value, setValue] = useState<string | number>('');
  const [n, setN] = useState<string | number>('');
  const [source, setSource] = useState('');
  const [note, setNote] = useState('');
  const save = useBackendMutation('measurements.save', {
    invalidates: INVALIDATES,
    onSuccess: () => {
      setPeriod('');
      setValue('');
      setN('');
      setNote('');
    },
  });
  const errors = fieldErrorsOf(save.error);
  return (
    <form
      aria-label="Record a measurement"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        save.mutate({
          standardId: standard.id,
          period: period.trim(),
          value: numberOrNull(value) ?? Number.NaN,
          n: numberOrNull(n),
          source,
          note,
        });
      }}
    >
      <Stack gap="xs">
        {save.error && Object.keys(errors).length === 0 && (
          <Alert color="red" role="alert" title="The measurement was not saved">
            {messageOf(save.error)}
          </Alert>
        )}
        <SimpleGrid cols={{ base: 1, sm: 5 }}>
          <TextInput
            label="Period"
            placeholder={example}
            withAsterisk
            value={period}
            error={errors.period}
            onChange={(event) => setPeriod(event.currentTarget.value)}
          />
          <NumberInput
            label="Value"
            withAsterisk
            value={value}
            error={errors.value}
            onChange={setValue}
          />
          <NumberInput
            label="Sample size"
            min={0}
            allowDecimal={false}
            value={n}
            error={errors.n}
            onChange={setN}
          />
          <TextInput
            label="Source"
            value={source}
            onChange={(event) => setSource(event.currentTarget.value)}
          />
          <TextInput
            label="Note"
            value={note}
            onChange={(event) => setNote(event.currentTarget.value)}
          />
        </SimpleGrid>
        <Group justify="flex-end">
          <Button type="submit" loading={save.isPending}>
            Save measurement
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

/** Rows copied from a spreadsheet (period, value and optionally sample size), saved all or none. */
export function MeasurementPaste({ standard }: { standard: Standard }) {
  const [text, setText] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const save = useBackendMutation('measurements.saveMany', {
    invalidates: INVALIDATES,
    onSuccess: ({ saved }) => {
      setText('');
      notifySuccess(
        'Measurements saved',
        `${saved} periods of ${standard.code} were saved.`,
      );
    },
  });
  const submit = () => {
    const parsed = parsePastedMeasurements(text);
    setProblem(parsed.problem);
    if (!parsed.problem)
      save.mutate({ standardId: standard.id, measurements: parsed.rows });
  };
  const error = problem ?? (save.error ? messageOf(save.error) : null);
  return (
    <Stack gap="xs">
      <Textarea
        label="Paste from a spreadsheet"
        description="One period per line: period, value and optionally sample size, separated by tabs (as copied from a spreadsheet) or commas."
        autosize
        minRows={3}
        value={text}
        error={error}
        onChange={(event) => setText(event.currentTarget.value)}
        styles={{ input: { fontFamily: 'monospace' } }}
      />
      <Group justify="flex-end">
        <Button
          variant="default"
          onClick={submit}
          loading={save.isPending}
          disabled={text.trim() === ''}
        >
          Save pasted rows
        </Button>
      </Group>
    </Stack>
  );
}
