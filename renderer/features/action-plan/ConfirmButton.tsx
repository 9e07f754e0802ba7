import { Button, Group, Modal, Stack, Text, type ButtonProps } from '@mantine/core';
import { useState, type ReactNode } from 'react';

export interface ConfirmButtonProps extends Omit<ButtonProps, 'children'> {
  /** The button's text, such as "Delete". */
  label: string;
  /** The accessible name when the text alone is ambiguous, such as "Delete DRIVERS". */
  ariaLabel?: string;
  /** The dialog's title, a question: "Delete the standard PHONE?". */
  title: string;
  /** What will happen, in words; shown in the dialog. */
  consequence: ReactNode;
  /** The confirming button's text; the label by default. */
  confirmLabel?: string;
  onConfirm: () => void;
}

/** A destructive action that asks first, saying what will be lost. */
export function ConfirmButton({
  label,
  ariaLabel,
  title,
  consequence,
  confirmLabel,
  onConfirm,
  ...button
}: ConfirmButtonProps) {
  const [asking, setAsking] = useState(false);
  return (
    <>
      <Button
        variant="subtle"
        color="red"
        c="red.9"
        aria-label={ariaLabel}
        onClick={() => setAsking(true)}
        {...button}
      >
        {label}
      </Button>
      {asking && (
        <Modal opened onClose={() => setAsking(false)} title={title}>
          <Stack gap="md">
            <Text size="sm">{consequence}</Text>
            <Group justify="flex-end">
              <Button variant="default" onClick={() => setAsking(false)}>
                Keep it
              </Button>
              <Button
                color="red.9"
                onClick={() => {
                  setAsking(false);
                  onConfirm();
                }}
              >
                {confirmLabel ?? label}
              </Button>
            </Group>
          </Stack>
        </Modal>
      )}
    </>
  );
}
