import {
  ActionIcon,
  Button,
  Checkbox,
  Group,
  NumberInput,
  Select,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core';
import { useState } from 'react';
import type {
  Priority,
  Segment,
  SegmentInput,
  SegmentKind,
} from '../../../../shared/domain/actionPlan';
import type { ServiceChannel } from '../../../../shared/domain/channels';
import { useBackendMutation } from '../../../client/hooks';
import { fieldErrorsOf } from '../../../components/errors';
import {
  CHANNEL_CHOICES,
  numberOrNull,
  PRIORITY_CHOICES,
  SEGMENT_KIND_CHOICES,
} from '../options';
import { FormModal } from '../../../components/FormModal';
import { CodeAndNameFields } from '../CodeAndNameFields';

interface LanguageRow {
  language: string;
  share: string | number;
}

interface SegmentFormValues {
  code: string;
  name: string;
  description: string;
  kind: SegmentKind;
  estimatedPerYear: string | number;
  languages: LanguageRow[];
  channels: ServiceChannel[];
  priority: Priority;
}

function formFrom(segment: Segment | null): SegmentFormValues {
  return {
    code: segment?.code ?? '',
    name: segment?.name ?? '',
    description: segment?.description ?? '',
    kind: segment?.kind ?? 'individual',
    estimatedPerYear: segment?.estimatedPerYear ?? '',
    languages: segment?.languages.map((entry) => ({
      language: entry.language,
      share: entry.share ?? '',
    })) ?? [{ language: 'en', share: '' }],
    channels: segment?.channels ?? [],
    priority: segment?.priority ?? 'medium',
  };
}

function inputFrom(values: SegmentFormValues): SegmentInput {
  return {
    ...values,
    estimatedPerYear: numberOrNull(values.estimatedPerYear),
    languages: values.languages
      .filter((row) => row.language.trim() !== '')
      .map((row) => ({ language: row.language, share: numberOrNull(row.share) })),
  };
}

export interface SegmentFormProps {
  /** The segment to edit, or null to add one. */
  segment: Segment | null;
  onClose: () => void;
}

/** Adds or edits a customer segment in a modal. */
export function SegmentForm({ segment, onClose }: SegmentFormProps) {
  const [values, setValues] = useState(() => formFrom(segment));
  const options = { invalidates: ['segments.', 'services.'], onSuccess: onClose };
  const create = useBackendMutation('segments.create', options);
  const update = useBackendMutation('segments.update', options);
  const mutation = segment ? update : create;
  const errors = fieldErrorsOf(mutation.error, segment ? ['segment'] : []);
  const set = <K extends keyof SegmentFormValues>(key: K, value: SegmentFormValues[K]) =>
    setValues((current) => ({ ...current, [key]: value }));
  const setLanguage = (index: number, row: LanguageRow) =>
    set(
      'languages',
      values.languages.map((current, at) => (at === index ? row : current)),
    );

  const submit = () => {
    const input = inputFrom(values);
    if (segment) update.mutate({ id: segment.id, segment: input });
    else create.mutate(input);
  };

  return (
    <FormModal
      title={segment ? `Edit ${segment.code}` : 'Add a customer segment'}
      size="lg"
      onClose={onClose}
      onSubmit={submit}
      failure={Object.keys(errors).length === 0 ? mutation.error : null}
      failureTitle="The segment was not saved"
      saving={mutation.isPending}
      submitLabel="Save segment"
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
      <SimpleGrid cols={{ base: 1, sm: 3 }}>
        <Select
          label="Kind"
          data={SEGMENT_KIND_CHOICES}
          value={values.kind}
          allowDeselect={false}
          onChange={(value) => value && set('kind', value as SegmentKind)}
        />
        <NumberInput
          label="Estimated customers per year"
          min={0}
          thousandSeparator=","
          value={values.estimatedPerYear}
          error={errors.estimatedPerYear}
          onChange={(value) => set('estimatedPerYear', value)}
        />
        <Select
          label="Priority"
          data={PRIORITY_CHOICES}
          value={values.priority}
          allowDeselect={false}
          onChange={(value) => value && set('priority', value as Priority)}
        />
      </SimpleGrid>
      <Checkbox.Group
        label="Channels they use"
        value={values.channels}
        onChange={(value) => set('channels', value)}
      >
        <Group mt="xs">
          {CHANNEL_CHOICES.map((choice) => (
            <Checkbox key={choice.value} value={choice.value} label={choice.label} />
          ))}
        </Group>
      </Checkbox.Group>
      <Stack gap={4}>
        <Text size="sm" fw={600} id="segment-languages">
          Languages spoken and their shares
        </Text>
        {errors.languages && (
          <Text size="sm" c="red.8" role="alert">
            {errors.languages}
          </Text>
        )}
        {values.languages.map((row, index) => (
          <Group
            key={index}
            gap="xs"
            align="flex-end"
            role="group"
            aria-labelledby="segment-languages"
          >
            <TextInput
              label={`Language ${index + 1} code`}
              placeholder="es"
              value={row.language}
              w={160}
              onChange={(event) =>
                setLanguage(index, { ...row, language: event.currentTarget.value })
              }
            />
            <NumberInput
              label={`Language ${index + 1} share (%)`}
              min={0}
              max={100}
              value={row.share}
              w={180}
              onChange={(share) => setLanguage(index, { ...row, share })}
            />
            <ActionIcon
              variant="default"
              size="lg"
              aria-label={`Remove language ${index + 1}`}
              onClick={() =>
                set(
                  'languages',
                  values.languages.filter((_row, at) => at !== index),
                )
              }
            >
              ×
            </ActionIcon>
          </Group>
        ))}
        <Group>
          <Button
            variant="subtle"
            onClick={() =>
              set('languages', [...values.languages, { language: '', share: '' }])
            }
          >
            Add a language
          </Button>
        </Group>
      </Stack>
    </FormModal>
  );
}
