import {
  Alert,
  Button,
  Checkbox,
  Grid,
  Group,
  MultiSelect,
  NumberInput,
  TextInput,
} from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { CHANNEL_LABELS, RESPONSE_CHANNELS } from '../../../shared/domain/channels';
import {
  LANGUAGE_NAMES,
  SURVEY_LANGUAGES,
  type SurveyDetail,
} from '../../../shared/domain/surveys';
import { useBackendMutation, useBackendQuery } from '../../client/hooks';
import { fieldErrorsOf, messageOf } from '../../components/errors';
import { notifySuccess } from '../../components/notify';
import { SURVEY_PREFIXES } from './format';

/** A survey's fielding period, reach, number offered and small-cell threshold. */
export function SurveySettingsForm({ survey }: { survey: SurveyDetail }) {
  const [values, setValues] = useState({
    title: survey.title,
    period: survey.period,
    fieldingStart: survey.fieldingStart ?? '',
    fieldingEnd: survey.fieldingEnd ?? '',
    offered: survey.offered,
    minCellSize: survey.minCellSize,
    channels: survey.channels,
    segments: survey.segments,
    languages: survey.languages,
  });
  const segments = useBackendQuery('segments.list', {});
  const update = useBackendMutation('surveys.update', {
    invalidates: SURVEY_PREFIXES,
    onSuccess: () => notifySuccess('Survey saved', 'The settings were saved.'),
  });
  const errors = fieldErrorsOf(update.error);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    update.mutate({
      id: survey.id,
      title: values.title,
      period: values.period,
      fieldingStart: values.fieldingStart || null,
      fieldingEnd: values.fieldingEnd || null,
      channels: values.channels,
      segments: values.segments,
      languages: values.languages,
      offered: values.offered,
      minCellSize:
        values.minCellSize === survey.defaultMinCellSize ? null : values.minCellSize,
    });
  };
  return (
    <form onSubmit={submit}>
      <Grid>
        <Grid.Col span={{ base: 12, sm: 8 }}>
          <TextInput
            label="Title"
            value={values.title}
            error={errors.title}
            required
            onChange={(event) =>
              setValues({ ...values, title: event.currentTarget.value })
            }
          />
        </Grid.Col>
        <Grid.Col span={{ base: 12, sm: 4 }}>
          <TextInput
            label="Quarter"
            value={values.period}
            error={errors.period}
            required
            onChange={(event) =>
              setValues({ ...values, period: event.currentTarget.value })
            }
          />
        </Grid.Col>
        <Grid.Col span={{ base: 12, sm: 3 }}>
          <TextInput
            label="Fielding starts"
            type="date"
            value={values.fieldingStart}
            error={errors.fieldingStart}
            onChange={(event) =>
              setValues({ ...values, fieldingStart: event.currentTarget.value })
            }
          />
        </Grid.Col>
        <Grid.Col span={{ base: 12, sm: 3 }}>
          <TextInput
            label="Fielding ends"
            type="date"
            value={values.fieldingEnd}
            error={errors.fieldingEnd}
            onChange={(event) =>
              setValues({ ...values, fieldingEnd: event.currentTarget.value })
            }
          />
        </Grid.Col>
        <Grid.Col span={{ base: 12, sm: 3 }}>
          <NumberInput
            label="Number offered the survey"
            description="For the response rate"
            min={0}
            value={values.offered ?? ''}
            error={errors.offered}
            onChange={(value) =>
              setValues({ ...values, offered: typeof value === 'number' ? value : null })
            }
          />
        </Grid.Col>
        <Grid.Col span={{ base: 12, sm: 3 }}>
          <NumberInput
            label="Smallest group shown"
            description={`At least ${survey.defaultMinCellSize}`}
            min={survey.defaultMinCellSize}
            max={1000}
            value={values.minCellSize}
            error={errors.minCellSize}
            onChange={(value) =>
              setValues({
                ...values,
                minCellSize:
                  typeof value === 'number' ? value : survey.defaultMinCellSize,
              })
            }
          />
        </Grid.Col>
        <Grid.Col span={{ base: 12, sm: 5 }}>
          <MultiSelect
            label="Channels it is offered in"
            data={RESPONSE_CHANNELS.map((value) => ({
              value,
              label: CHANNEL_LABELS[value],
            }))}
            value={values.channels}
            onChange={(value) => setValues({ ...values, channels: value })}
          />
        </Grid.Col>
        <Grid.Col span={{ base: 12, sm: 4 }}>
          <MultiSelect
            label="Customer segments it reaches"
            data={(segments.data ?? []).map((segment) => ({
              value: segment.code,
              label: `${segment.code} ${segment.name}`,
            }))}
            value={values.segments}
            onChange={(value) => setValues({ ...values, segments: value })}
            error={errors.segments}
          />
        </Grid.Col>
        <Grid.Col span={{ base: 12, sm: 3 }}>
          <Checkbox.Group
            label="Languages"
            value={values.languages}
            onChange={(value) => setValues({ ...values, languages: value })}
            error={errors.languages}
          >
            <Group mt="xs">
              {SURVEY_LANGUAGES.map((language) => (
                <Checkbox
                  key={language}
                  value={language}
                  label={LANGUAGE_NAMES[language].english}
                />
              ))}
            </Group>
          </Checkbox.Group>
        </Grid.Col>
      </Grid>
      {update.error && !Object.keys(errors).length && (
        <Alert color="red" role="alert" mt="md">
          {messageOf(update.error)}
        </Alert>
      )}
      <Group justify="flex-end" mt="md">
        <Button type="submit" loading={update.isPending}>
          Save settings
        </Button>
      </Group>
    </form>
  );
}
