import { Fieldset, SimpleGrid, Stack, Textarea, TextInput } from '@mantine/core';
import type { FieldErrors } from '../../components/errors';
import {
  DEPARTMENT_ERROR_KEYS,
  type DepartmentField,
  type DepartmentFormValues,
} from './profileForm';

export interface DepartmentFieldsProps {
  values: DepartmentFormValues;
  onChange: (field: DepartmentField, value: string) => void;
  /** Messages from the backend, keyed by input path; none by default. */
  errors?: FieldErrors;
  /** Shows mission, website, public phone and address; true by default. */
  withPublicProfile?: boolean;
}

/** The department's profile and its coordinator's designation, as form fields. */
export function DepartmentFields({
  values,
  onChange,
  errors = {},
  withPublicProfile = true,
}: DepartmentFieldsProps) {
  const field = (name: DepartmentField) => ({
    value: values[name],
    onChange: (event: { currentTarget: { value: string } }) =>
      onChange(name, event.currentTarget.value),
    error: errors[DEPARTMENT_ERROR_KEYS[name]],
  });

  return (
    <Stack gap="lg">
      <Fieldset legend="Department">
        <Stack gap="sm">
          <SimpleGrid cols={{ base: 1, sm: 3 }}>
            <TextInput
              label="Department code"
              description="The short public abbreviation, such as DMV"
              inputWrapperOrder={['label', 'input', 'description', 'error']}
              withAsterisk
              maxLength={12}
              {...field('code')}
            />
            <TextInput
              label="Department name"
              withAsterisk
              style={{ gridColumn: 'span 2' }}
              {...field('name')}
            />
          </SimpleGrid>
          {withPublicProfile && (
            <>
              <Textarea label="Mission" autosize minRows={2} {...field('mission')} />
              <SimpleGrid cols={{ base: 1, sm: 2 }}>
                <TextInput label="Website" type="url" {...field('website')} />
                <TextInput label="Public phone" type="tel" {...field('publicPhone')} />
              </SimpleGrid>
              <Textarea label="Address" autosize minRows={2} {...field('address')} />
            </>
          )}
        </Stack>
      </Fieldset>
      <Fieldset legend="Customer Service Coordinator">
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput
            label="Coordinator's name"
            withAsterisk
            {...field('coordinatorName')}
          />
          <TextInput label="Title" {...field('coordinatorTitle')} />
          <TextInput
            label="Email"
            type="email"
            withAsterisk
            {...field('coordinatorEmail')}
          />
          <TextInput label="Phone" type="tel" {...field('coordinatorPhone')} />
          <TextInput
            label="Reports to"
            description="The executive the coordinator reports to, by name and title"
            {...field('reportsTo')}
          />
          <TextInput
            label="Date designated"
            type="date"
            description="The day the coordinator was designated"
            {...field('designatedOn')}
          />
        </SimpleGrid>
      </Fieldset>
    </Stack>
  );
}
