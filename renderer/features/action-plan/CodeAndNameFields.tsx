import { SimpleGrid, TextInput } from '@mantine/core';

export interface CodeAndNameFieldsProps {
  code: string;
  name: string;
  errors: Partial<Record<'code' | 'name', string>>;
  onChange: (field: 'code' | 'name', value: string) => void;
}

/** The code and name every action-plan record starts with, the name twice as wide. */
export function CodeAndNameFields({
  code,
  name,
  errors,
  onChange,
}: CodeAndNameFieldsProps) {
  return (
    <SimpleGrid cols={{ base: 1, sm: 3 }}>
      <TextInput
        label="Code"
        withAsterisk
        value={code}
        error={errors.code}
        onChange={(event) => onChange('code', event.currentTarget.value)}
      />
      <TextInput
        label="Name"
        withAsterisk
        style={{ gridColumn: 'span 2' }}
        value={name}
        error={errors.name}
        onChange={(event) => onChange('name', event.currentTarget.value)}
      />
    </SimpleGrid>
  );
}
