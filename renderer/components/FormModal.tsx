import { Alert, Button, Group, Modal, Stack, type ModalProps } from '@mantine/core';
import type { ReactNode } from 'react';
import type { CallError } from '../client/client';
import { messageOf } from './errors';

export interface FormModalProps {
  title: string;
  /** Modal width; defaults to 'lg'. */
  size?: ModalProps['size'];
  onClose: () => void;
  onSubmit: () => void;
  /** A failure to show above the fields; null when there is none or fields show it. */
  failure: CallError | null;
  /** The alert's heading, such as "The service was not saved". */
  failureTitle: string;
  /** True while the save is in flight. */
  saving: boolean;
  /** The submit button's words, such as "Save service". */
  submitLabel: string;
  children: ReactNode;
}

/** A form in a modal with one failure alert and Cancel / Save at the foot. */
export function FormModal({
  title,
  size = 'lg',
  onClose,
  onSubmit,
  failure,
  failureTitle,
  saving,
  submitLabel,
  children,
}: FormModalProps) {
  return (
    <Modal opened onClose={onClose} title={title} size={size}>
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          onSubmit();
        }}
      >
        <Stack gap="sm">
          {failure && (
            <Alert color="red" role="alert" title={failureTitle}>
              {messageOf(failure)}
            </Alert>
          )}
          {children}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              Cancel
            </Button>
            <Button type="submit" loading={saving}>
              {submitLabel}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
