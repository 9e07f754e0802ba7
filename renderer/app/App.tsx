import { AppShell, Center, Group, Loader, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { PRODUCT_NAME } from '../../shared/version';
import { OpenFailureScreen } from '../features/welcome/OpenFailureScreen';
import { WelcomeScreen } from '../features/welcome/WelcomeScreen';
import { HEADER_ACCENT, HEADER_HEIGHT, Shell } from './Shell';
import { useOpenAnother } from './useOpenAnother';
import { useWorkspaceSession } from './WorkspaceSession';

/** The frame of the screens shown before a workspace is open. */
function FrontDoor({ children }: { children: ReactNode }) {
  return (
    <AppShell header={{ height: HEADER_HEIGHT }} padding="xl">
      <AppShell.Header style={HEADER_ACCENT}>
        <Group h="100%" px="lg">
          <Text fw={700} c="blue.9" size="sm" tt="uppercase" lts={0.5}>
            {PRODUCT_NAME}
          </Text>
        </Group>
      </AppShell.Header>
      <AppShell.Main bg="gray.0">{children}</AppShell.Main>
    </AppShell>
  );
}

export function App() {
  const session = useWorkspaceSession();
  const openAnother = useOpenAnother();

  if (session.starting) {
    return (
      <FrontDoor>
        <Center mih={240}>
          <Stack align="center" gap="sm" role="status">
            <Loader aria-hidden />
            <Text>Opening…</Text>
          </Stack>
        </Center>
      </FrontDoor>
    );
  }
  if (session.failure) {
    return (
      <FrontDoor>
        <OpenFailureScreen
          failure={session.failure}
          onOpenAnother={() => void openAnother()}
          onBack={session.dismissFailure}
        />
      </FrontDoor>
    );
  }
  if (session.workspace) return <Shell workspace={session.workspace} />;
  return (
    <FrontDoor>
      <WelcomeScreen />
    </FrontDoor>
  );
}
