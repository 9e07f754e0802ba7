import { Alert, Button, Card, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useOpenAnother } from '../../app/useOpenAnother';
import { useWorkspaceSession } from '../../app/WorkspaceSession';
import { CreateDepartmentForm } from './CreateDepartmentForm';
import { CreateOfficeForm } from './CreateOfficeForm';
import { RecentList } from './RecentList';

type WelcomeView = 'choose' | 'department' | 'office';

interface Choice {
  heading: string;
  text: string;
  action: string;
  onClick: () => void;
}

function ChoiceCard({ choice }: { choice: Choice }) {
  return (
    <Card withBorder radius="md" padding="lg">
      <Stack gap="sm" h="100%" justify="space-between">
        <Stack gap="xs">
          <Title order={2} size="h4">
            {choice.heading}
          </Title>
          <Text size="sm">{choice.text}</Text>
        </Stack>
        <Button onClick={choice.onClick}>{choice.action}</Button>
      </Stack>
    </Card>
  );
}

/** The first-run screen, shown whenever no workspace is open. */
export function WelcomeScreen() {
  const session = useWorkspaceSession();
  const openAnother = useOpenAnother();
  const [view, setView] = useState<WelcomeView>('choose');
  const pending = session.fileToCreate;

  if (view === 'department') {
    return (
      <Stack gap="lg" maw={880}>
        <Title order={1} size="h2">
          Create a department workspace
        </Title>
        <Text>
          A department workspace holds one department&rsquo;s customer service work. Its
          Customer Service Coordinator keeps it.
        </Text>
        <CreateDepartmentForm initialFile={pending} onCancel={() => setView('choose')} />
      </Stack>
    );
  }
  if (view === 'office') {
    return (
      <Stack gap="lg" maw={880}>
        <Title order={1} size="h2">
          Create the GCSO office workspace
        </Title>
        <Text>
          The office workspace is kept by the Governor&rsquo;s Customer Service Office,
          which reviews what departments submit.
        </Text>
        <CreateOfficeForm initialFile={pending} onCancel={() => setView('choose')} />
      </Stack>
    );
  }

  const choices: Choice[] = [
    {
      heading: 'Department workspace',
      text:
        'For a department’s Customer Service Coordinator: the department’s ' +
        'profile, plans and surveys.',
      action: 'Create department workspace',
      onClick: () => setView('department'),
    },
    {
      heading: 'GCSO office workspace',
      text: 'For the Governor’s Customer Service Office, which reviews every department’s work.',
      action: 'Create office workspace',
      onClick: () => setView('office'),
    },
    {
      heading: 'Existing workspace',
      text: 'Open a workspace file made on this or another computer.',
      action: 'Open a workspace file…',
      onClick: () => void openAnother(),
    },
  ];

  return (
    <Stack gap="xl" maw={1040}>
      <Stack gap="xs">
        <Title order={1} size="h2">
          Welcome to Californians First
        </Title>
        <Text size="lg" c="dark.6">
          Plan, measure and report how your department serves Californians.
        </Text>
      </Stack>
      {pending && (
        <Alert color="blue" title="No workspace there yet" variant="light">
          There is no workspace at {pending.displayPath}. Create one there, or open
          another file.
        </Alert>
      )}
      <SimpleGrid cols={{ base: 1, md: 3 }} spacing="lg">
        {choices.map((choice) => (
          <ChoiceCard key={choice.heading} choice={choice} />
        ))}
      </SimpleGrid>
      <RecentList onOpen={(item) => void session.open(item)} />
    </Stack>
  );
}
