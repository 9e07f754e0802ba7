import {
  Alert,
  Button,
  Group,
  Modal,
  NumberInput,
  SimpleGrid,
  Stack,
  TextInput,
} from '@mantine/core';
import { useState } from 'react';
import { periodLabel } from '../../../../shared/domain/periods';
import type {
  Measurement,
  Standard,
} from '../../../../shared/domain/actionPlanStandards';
import { useBackendMutation } from '../../../client/hooks';
import { fieldErrorsOf, messageOf } from '../../../components/errors';
import { numberOrNull } from '../options';

export interface MeasurementEditProps {
  standard: Standard;
  measurement: Measurement;
  onClose: () => void;
}

/** Corrects one period's value, sample size, source or note. */
export function MeasurementEdit({
  standard,
  measurement,
  onClose,
}: MeasurementEditProps) {
  const [value, setValue] = useState<string | number>(measurement.value);
  const [n, setN] = useState<string | number>(measurement.n ?? '');
  const [source, setSource] = useState(measurement.source ?? '');
  const [note, setNote] = useState(measurement.note ?? '');
  const save = useBackendMutation('measurements.save', {
    invalidates: ['measurements.', 'standards.'],
    onSuccess: onClose,
  });
  const errors = fieldErrorsOf(save.error);
  const period = periodLabel(measurement.period);
  return (
    <Modal opened onClose={onClose} title={`Correct ${standard.code} for ${period}`}>
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          save.mutate({
            standardId: standard.id,
            period: measurement.period,
            value: numberOrNull(value) ?? Number.NaN,
            n: numberOrNull(n),
            source,
            note,
          });
        }}
      >
        <Stack gap="sm">
          {save.error && Object.keys(errors).length === 0 && (
            <Alert color="red" role="alert" title="The correction was not saved">
              {messageOf(save.error)}
            </Alert>
          )}
          <SimpleGrid cols={2}>
            <NumberInput
              label="Value"
              withAsterisk
              value={value}
              error={errors.value}
              onChange={setValue}
              data-autofocus
            />
            <NumberInput
              label="Sample size"
              min={0}
              allowDecimal={false}
              value={n}
              error={errors.n}
              onChange={setN}
            />
          </SimpleGrid>
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
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              Cancel
            </Button>
            <Button type="submit" loading={save.isPending}>
              Save correction
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
