import { Fieldset, SimpleGrid, Stack, TextInput } from '@mantine/core';
import type { FieldErrors } from '../../components/errors';
import type { OfficeField, OfficeFormValues } from './officeForm';

export interface OfficeFieldsProps {
  values: OfficeFormValues;
  onChange: (field: OfficeField, value: string) => void;
  /** Messages from the backend, keyed by field; none by default. */
  errors?: FieldErrors;
  /** Shows the office's email and website; true by default. */
  withContact?: boolean;
}

export function OfficeFields({
  values,
  onChange,
  errors = {},
  withContact = true,
}: OfficeFieldsProps) {
  const field = (name: OfficeField) => ({
    value: values[name],
    onChange: (event: { currentTarget: { value: string } }) =>
      onChange(name, event.currentTarget.value),
    error: errors[name],
  });

  return (
    <Fieldset legend="Office">
      <Stack gap="sm">
        <TextInput label="Office name" withAsterisk {...field('name')} />
        <TextInput
          label="Executive leader"
          description="The person who leads the office, by name and title"
          {...field('executiveLeader')}
        />
        {withContact && (
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextInput label="Email" type="email" {...field('email')} />
            <TextInput label="Website" type="url" {...field('website')} />
          </SimpleGrid>
        )}
      </Stack>
    </Fieldset>
  );
}
