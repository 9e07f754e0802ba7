import { Badge, Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import type { RecentWorkspace } from '../../../shared/contract/host';
import { useBackendQuery } from '../../client/hooks';
import { MODE_LABELS } from '../../app/modes';
import { useForgetRecent } from './useForgetRecent';
import { formatMoment } from '../../components/format';

export interface RecentListProps {
  onOpen: (item: RecentWorkspace) => void;
}

/** Workspaces opened on this computer, newest first, each one click away. */
export function RecentList({ onOpen }: RecentListProps) {
  const recent = useBackendQuery('host.recentWorkspaces', {});

  const forget = useForgetRecent();

  const items = recent.data ?? [];
  return (
    <section aria-labelledby="recent-heading">
      <Title order={2} size="h4" id="recent-heading" mb="sm">
        Recent workspaces
      </Title>
      {items.length === 0 ? (
        <Text c="dimmed" size="sm">
          Workspaces you open or create on this computer will be listed here.
        </Text>
      ) : (
        <Stack gap="xs" component="ul" p={0} m={0} style={{ listStyle: 'none' }}>
          {items.map((item) => (
            <Card component="li" key={item.file} withBorder padding="sm" radius="md">
              <Group justify="space-between" wrap="nowrap" gap="md">
                <Stack gap={2} miw={0}>
                  <Group gap="xs">
                    <Text fw={600}>{item.title}</Text>
                    <Badge size="sm" variant="light" color="gray">
                      {MODE_LABELS[item.mode]}
                    </Badge>
                    {!item.found && (
                      <Badge size="sm" variant="filled" color="yellow.4" autoContrast>
                        Not found
                      </Badge>
                    )}
                  </Group>
                  <Text size="sm" c="dimmed" truncate title={item.displayPath}>
                    {item.displayPath}
                  </Text>
                  <Text size="xs" c="dimmed">
                    {item.found
                      ? `Last opened ${formatMoment(item.lastOpenedAt)}`
                      : 'Nothing is at this location any more: the file was moved, ' +
                        'renamed or deleted.'}
                  </Text>
                </Stack>
                <Group gap="xs" wrap="nowrap">
                  <Button
                    size="sm"
                    onClick={() => onOpen(item)}
                    aria-label={`Open ${item.title}`}
                  >
                    Open
                  </Button>
                  <Button
                    size="sm"
                    variant="subtle"
                    color="gray"
                    onClick={() => void forget(item.file)}
                    aria-label={`Forget ${item.title}`}
                  >
                    Forget
                  </Button>
                </Group>
              </Group>
            </Card>
          ))}
        </Stack>
      )}
    </section>
  );
}
