import { Alert, Button, Group, Modal, Stack, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import type { CompactDetail } from '../../../../shared/domain/actionPlanCompact';
import { useBackendMutation } from '../../../client/hooks';
import { fieldErrorsOf, messageOf } from '../../../components/errors';
import { notifySuccess } from '../../../components/notify';

/** Records who approved the draft and when; the compact adopted before it is superseded. */
export function AdoptModal({
  draft,
  onClose,
}: {
  draft: CompactDetail;
  onClose: () => void;
}) {
  const [adoptedOn, setAdoptedOn] = useState(() => new Date().toISOString().slice(0, 10));
  const [approvedBy, setApprovedBy] = useState('');
  const adopt = useBackendMutation('compact.adopt', {
    invalidates: ['compact.'],
    onSuccess: (adopted) => {
      notifySuccess(
        'Compact adopted',
        `Version ${adopted.version} is now the compact in force.`,
      );
      onClose();
    },
  });
  const errors = fieldErrorsOf(adopt.error);
  return (
    <Modal opened onClose={onClose} title={`Adopt version ${draft.version}`}>
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          adopt.mutate({ id: draft.id, adoptedOn, approvedBy });
        }}
      >
        <Stack gap="sm">
          <Text size="sm">
            Once adopted, this version can no longer change; amendments start a new draft.
          </Text>
          {adopt.error && Object.keys(errors).length === 0 && (
            <Alert color="red" role="alert" title="The compact was not adopted">
              {messageOf(adopt.error)}
            </Alert>
          )}
          <TextInput
            label="Adopted on"
            type="date"
            withAsterisk
            value={adoptedOn}
            error={errors.adoptedOn}
            onChange={(event) => setAdoptedOn(event.currentTarget.value)}
          />
          <TextInput
            label="Approved by"
            withAsterisk
            value={approvedBy}
            error={errors.approvedBy}
            onChange={(event) => setApprovedBy(event.currentTarget.value)}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              Cancel
            </Button>
            <Button type="submit" loading={adopt.isPending}>
              Adopt the compact
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
