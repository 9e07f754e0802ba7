import { Checkbox, Group, MultiSelect, Textarea, TextInput } from '@mantine/core';
import { useState } from 'react';
import type {
  Segment,
  Service,
  ServiceInput,
  Weekday,
} from '../../../../shared/domain/actionPlan';
import type { ServiceChannel } from '../../../../shared/domain/channels';
import { useBackendMutation } from '../../../client/hooks';
import { fieldErrorsOf } from '../../../components/errors';
import { CHANNEL_CHOICES, HOUR_CHOICES, WEEKDAY_CHOICES } from '../options';
import { FormModal } from '../../../components/FormModal';
import { CodeAndNameFields } from '../CodeAndNameFields';

interface ServiceFormValues {
  code: string;
  name: string;
  description: string;
  segmentIds: string[];
  channels: ServiceChannel[];
  peakDays: Weekday[];
  peakHours: string[];
  peakNote: string;
}

function formFrom(service: Service | null): ServiceFormValues {
  return {
    code: service?.code ?? '',
    name: service?.name ?? '',
    description: service?.description ?? '',
    segmentIds: service?.segments.map((segment) => String(segment.id)) ?? [],
    channels: service?.channels ?? [],
    peakDays: service?.peakDays ?? [],
    peakHours: service?.peakHours.map(String) ?? [],
    peakNote: service?.peakNote ?? '',
  };
}

const inputFrom = (values: ServiceFormValues): ServiceInput => ({
  ...values,
  segmentIds: values.segmentIds.map(Number),
  peakHours: values.peakHours.map(Number),
});

export interface ServiceFormProps {
  /** The service to edit, or null to add one. */
  service: Service | null;
  segments: Segment[];
  onClose: () => void;
}

/** Adds or edits a service: who it serves, through which channels, and when it peaks. */
export function ServiceForm({ service, segments, onClose }: ServiceFormProps) {
  const [values, setValues] = useState(() => formFrom(service));
  const options = {
    invalidates: ['services.', 'segments.', 'standards.'],
    onSuccess: onClose,
  };
  const create = useBackendMutation('services.create', options);
  const update = useBackendMutation('services.update', options);
  const mutation = service ? update : create;
  const errors = fieldErrorsOf(mutation.error, service ? ['service'] : []);
  const set = <K extends keyof ServiceFormValues>(key: K, value: ServiceFormValues[K]) =>
    setValues((current) => ({ ...current, [key]: value }));

  const submit = () => {
    if (service) update.mutate({ id: service.id, service: inputFrom(values) });
    else create.mutate(inputFrom(values));
  };

  return (
    <FormModal
      title={service ? `Edit ${service.code}` : 'Add a service'}
      size="lg"
      onClose={onClose}
      onSubmit={submit}
      failure={Object.keys(errors).length === 0 ? mutation.error : null}
      failureTitle="The service was not saved"
      saving={mutation.isPending}
      submitLabel="Save service"
    >
      <CodeAndNameFields
        code={values.code}
        name={values.name}
        errors={errors}
        onChange={set}
      />
      <Textarea
        label="Description"
        autosize
        minRows={2}
        value={values.description}
        onChange={(event) => set('description', event.currentTarget.value)}
      />
      <MultiSelect
        label="Customer segments served"
        data={segments.map((segment) => ({
          value: String(segment.id),
          label: `${segment.code} \u2014 ${segment.name}`,
        }))}
        value={values.segmentIds}
        searchable
        onChange={(value) => set('segmentIds', value)}
      />
      <Checkbox.Group
        label="Channels offered"
        value={values.channels}
        onChange={(value) => set('channels', value)}
      >
        <Group mt="xs">
          {CHANNEL_CHOICES.map((choice) => (
            <Checkbox key={choice.value} value={choice.value} label={choice.label} />
          ))}
        </Group>
      </Checkbox.Group>
      <Checkbox.Group
        label="Busiest days"
        value={values.peakDays}
        onChange={(value) => set('peakDays', value)}
      >
        <Group mt="xs">
          {WEEKDAY_CHOICES.map((choice) => (
            <Checkbox key={choice.value} value={choice.value} label={choice.label} />
          ))}
        </Group>
      </Checkbox.Group>
      <MultiSelect
        label="Busiest hours"
        data={HOUR_CHOICES}
        value={values.peakHours}
        onChange={(value) => set('peakHours', value)}
      />
      <TextInput
        label="Note on peak workload"
        placeholder="Such as: the week after renewal notices go out"
        value={values.peakNote}
        onChange={(event) => set('peakNote', event.currentTarget.value)}
      />
    </FormModal>
  );
}
