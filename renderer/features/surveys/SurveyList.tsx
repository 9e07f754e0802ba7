import {
  Anchor,
  Button,
  Group,
  Modal,
  Select,
  Stack,
  Table,
  Text,
  TextInput,
} from '@mantine/core';
import { useState, type FormEvent } from 'react';
import type { SurveyTemplateName } from '../../../shared/domain/surveys';
import { navigate, RouteLink } from '../../app/router';
import { useBackendMutation, useBackendQuery } from '../../client/hooks';
import { fieldErrorsOf, messageOf } from '../../components/errors';
import { QueryState } from '../../components/QueryState';
import { Section } from '../../components/Section';
import { percent, periodText, quarterNow, SURVEY_PREFIXES } from './format';

function CreateSurveyModal({ onClose }: { onClose: () => void }) {
  const templates = useBackendQuery('surveys.templates', {});
  const [template, setTemplate] = useState<SurveyTemplateName>('customer');
  const [period, setPeriod] = useState(quarterNow());
  const [title, setTitle] = useState('');
  const create = useBackendMutation('surveys.create', {
    invalidates: SURVEY_PREFIXES,
    onSuccess: (survey) => {
      onClose();
      navigate('surveys', survey.id);
    },
  });
  const errors = fieldErrorsOf(create.error);
  const chosen = templates.data?.find((entry) => entry.name === template);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    create.mutate({
      template,
      period,
      title:
        title.trim() ||
        `${template === 'customer' ? 'Customer' : 'Employee'} survey ${period}`,
    });
  };
  return (
    <Modal opened onClose={onClose} title="New survey" size="lg">
      <form onSubmit={submit}>
        <Stack>
          <Select
            label="Instrument"
            data={(templates.data ?? []).map((entry) => ({
              value: entry.name,
              label: entry.title,
            }))}
            value={template}
            onChange={(value) => value && setTemplate(value)}
            allowDeselect={false}
          />
          {chosen && (
            <Text size="sm" c="dimmed">
              {chosen.description}
            </Text>
          )}
          <TextInput
            label="Quarter fielded"
            description="Written YYYY-Qn, such as 2026-Q1"
            value={period}
            onChange={(event) => setPeriod(event.currentTarget.value)}
            error={errors.period}
            required
          />
          <TextInput
            label="Title"
            placeholder={`${template === 'customer' ? 'Customer' : 'Employee'} survey ${period}`}
            value={title}
            onChange={(event) => setTitle(event.currentTarget.value)}
            error={errors.title}
          />
          {create.error && !Object.keys(errors).length && (
            <Text c="red" role="alert">
              {messageOf(create.error)}
            </Text>
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              Cancel
            </Button>
            <Button type="submit" loading={create.isPending}>
              Create survey
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

/** Every survey of the department, newest quarter first, and the way to start a new one. */
export function SurveyList() {
  const surveys = useBackendQuery('surveys.list', {});
  const [creating, setCreating] = useState(false);
  const actions = <Button onClick={() => setCreating(true)}>New survey</Button>;
  return (
    <Stack gap="lg">
      <Section title="Surveys" actions={actions}>
        {!surveys.data ? (
          <QueryState error={surveys.error} what="surveys" />
        ) : surveys.data.length === 0 ? (
          <Text c="dimmed">
            No survey yet. Start one from the customer or front-line employee instrument.
          </Text>
        ) : (
          <Table.ScrollContainer minWidth={640}>
            <Table striped aria-label="Surveys">
              <Table.Thead>
                <Table.Tr>
                  {['Survey', 'Quarter', 'Audience', 'Responses', 'Response rate'].map(
                    (heading) => (
                      <Table.Th key={heading} scope="col">
                        {heading}
                      </Table.Th>
                    ),
                  )}
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {surveys.data.map((survey) => (
                  <Table.Tr key={survey.id}>
                    <Table.Td>
                      <Anchor component={RouteLink} area="surveys" path={[survey.id]}>
                        {survey.title}
                      </Anchor>
                    </Table.Td>
                    <Table.Td>{periodText(survey.period)}</Table.Td>
                    <Table.Td>
                      {survey.audience === 'customer'
                        ? 'Customers'
                        : 'Front-line employees'}
                    </Table.Td>
                    <Table.Td>{survey.responses.toLocaleString()}</Table.Td>
                    <Table.Td>{percent(survey.responseRate, 1)}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
      </Section>
      {creating && <CreateSurveyModal onClose={() => setCreating(false)} />}
    </Stack>
  );
}
