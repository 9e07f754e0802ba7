import { notifications } from '@mantine/notifications';
import { messageOf } from './errors';

// Mantine's close button has no accessible name of its own (axe: button-name).
const closeButtonProps = { 'aria-label': 'Dismiss notification' };

export function notifySuccess(title: string, message: string): void {
  notifications.show({ title, message, color: 'teal', closeButtonProps });
}

export function notifyFailure(title: string, error: unknown): void {
  notifications.show({
    title,
    message: messageOf(error),
    color: 'red',
    autoClose: false,
    closeButtonProps,
  });
}
