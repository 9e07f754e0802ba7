import { SimpleGrid, Text } from '@mantine/core';
import type { ReactNode } from 'react';

export interface Detail {
  label: string;
  /** Null or empty shows "Not given". */
  value: ReactNode;
}

/** Label and value pairs as a description list, two columns when there is room. */
export function DetailList({ details, cols = 2 }: { details: Detail[]; cols?: number }) {
  return (
    <SimpleGrid
      component="dl"
      cols={{ base: 1, sm: cols }}
      spacing="lg"
      verticalSpacing="md"
      m={0}
    >
      {details.map((detail) => (
        <div key={detail.label}>
          <Text component="dt" size="sm" c="dimmed" fw={500}>
            {detail.label}
          </Text>
          <Text
            component="dd"
            m={0}
            style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}
          >
            {detail.value === null || detail.value === '' ? (
              <Text span c="dimmed" fs="italic">
                Not given
              </Text>
            ) : (
              detail.value
            )}
          </Text>
        </div>
      ))}
    </SimpleGrid>
  );
}
