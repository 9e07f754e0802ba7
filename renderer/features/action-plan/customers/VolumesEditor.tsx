import {
  ActionIcon,
  Alert,
  Button,
  Group,
  Modal,
  NumberInput,
  Select,
  Stack,
  Table,
  Text,
  TextInput,
  VisuallyHidden,
} from '@mantine/core';
import { useState } from 'react';
import type { Service, ServiceVolume } from '../../../../shared/domain/actionPlan';
import type { ServiceChannel } from '../../../../shared/domain/channels';
import { useBackendMutation } from '../../../client/hooks';
import { messageOf } from '../../../components/errors';
import { CHANNEL_CHOICES, numberOrNull } from '../options';

interface VolumeRow {
  channel: ServiceChannel;
  period: string;
  transactions: string | number;
}

/** Transactions per channel and period, typed in as a small table. */
export function VolumesEditor({
  service,
  onClose,
}: {
  service: Service;
  onClose: () => void;
}) {
  const [rows, setRows] = useState<VolumeRow[]>(() =>
    service.volumes.length > 0
      ? service.volumes
      : [{ channel: service.channels[0] ?? 'phone', period: '', transactions: '' }],
  );
  const save = useBackendMutation('services.setVolumes', {
    invalidates: ['services.'],
    onSuccess: onClose,
  });
  const change = (index: number, row: VolumeRow) =>
    setRows(rows.map((current, at) => (at === index ? row : current)));

  const submit = () => {
    const volumes: ServiceVolume[] = rows
      .filter((row) => row.period.trim() !== '' || row.transactions !== '')
      .map((row) => ({
        channel: row.channel,
        period: row.period.trim(),
        transactions: numberOrNull(row.transactions) ?? -1,
      }));
    save.mutate({ id: service.id, volumes });
  };

  return (
    <Modal opened onClose={onClose} title={`Transactions for ${service.code}`} size="lg">
      <Stack gap="sm">
        <Text size="sm">
          One row per channel and period (2026-03 for a month, 2026-Q1 for a quarter).
        </Text>
        {save.error && (
          <Alert color="red" role="alert" title="The volumes were not saved">
            {messageOf(save.error)}
          </Alert>
        )}
        <Table aria-label="Transactions per channel and period">
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">Channel</Table.Th>
              <Table.Th scope="col">Period</Table.Th>
              <Table.Th scope="col">Transactions</Table.Th>
              <Table.Th scope="col">
                <VisuallyHidden>Remove</VisuallyHidden>
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((row, index) => (
              <Table.Tr key={index}>
                <Table.Td>
                  <Select
                    aria-label={`Row ${index + 1} channel`}
                    data={CHANNEL_CHOICES}
                    value={row.channel}
                    allowDeselect={false}
                    onChange={(value) =>
                      value && change(index, { ...row, channel: value as ServiceChannel })
                    }
                  />
                </Table.Td>
                <Table.Td>
                  <TextInput
                    aria-label={`Row ${index + 1} period`}
                    value={row.period}
                    onChange={(event) =>
                      change(index, { ...row, period: event.currentTarget.value })
                    }
                  />
                </Table.Td>
                <Table.Td>
                  <NumberInput
                    aria-label={`Row ${index + 1} transactions`}
                    min={0}
                    allowDecimal={false}
                    thousandSeparator=","
                    value={row.transactions}
                    onChange={(transactions) => change(index, { ...row, transactions })}
                  />
                </Table.Td>
                <Table.Td>
                  <ActionIcon
                    variant="default"
                    aria-label={`Remove row ${index + 1}`}
                    onClick={() => setRows(rows.filter((_row, at) => at !== index))}
                  >
                    ×
                  </ActionIcon>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
        <Group justify="space-between">
          <Button
            variant="subtle"
            onClick={() =>
              setRows([
                ...rows,
                {
                  channel: rows.at(-1)?.channel ?? 'phone',
                  period: '',
                  transactions: '',
                },
              ])
            }
          >
            Add a row
          </Button>
          <Group>
            <Button variant="default" onClick={onClose}>
              Cancel
            </Button>
            <Button onClick={submit} loading={save.isPending}>
              Save transactions
            </Button>
          </Group>
        </Group>
      </Stack>
    </Modal>
  );
}
