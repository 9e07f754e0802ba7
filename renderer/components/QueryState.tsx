import { Alert, Center, Loader, VisuallyHidden } from '@mantine/core';
import { messageOf } from './errors';

/** What a screen shows while its data loads or when it could not be read. */
export function QueryState({ error, what }: { error: unknown; what: string }) {
  if (error) {
    return (
      <Alert color="red" title={`The ${what} could not be read`} role="alert">
        {messageOf(error)}
      </Alert>
    );
  }
  return (
    <Center mih={160} role="status">
      <Loader aria-hidden />
      <VisuallyHidden>Loading the {what}</VisuallyHidden>
    </Center>
  );
}
