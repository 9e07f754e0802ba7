import { Group, Paper, Stack, Title } from '@mantine/core';
import type { ReactNode } from 'react';

export interface SectionProps {
  title: string;
  /** Buttons at the right of the heading; none by default. */
  actions?: ReactNode;
  children: ReactNode;
}

/** A titled panel on a page; its heading sits one level under the page's. */
export function Section({ title, actions, children }: SectionProps) {
  return (
    <Paper withBorder radius="md" p="lg" component="section" aria-label={title}>
      <Stack gap="md">
        <Group justify="space-between" align="center">
          <Title order={2} size="h4">
            {title}
          </Title>
          {actions}
        </Group>
        {children}
      </Stack>
    </Paper>
  );
}
