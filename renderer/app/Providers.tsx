import { MantineProvider } from '@mantine/core';
import { Notifications } from '@mantine/notifications';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { useState, type ReactNode } from 'react';
import type { Client } from '../client/client';
import { ClientProvider } from '../client/context';
import { FilePickerProvider } from '../components/FilePicker';
import { JobProgressProvider } from '../components/JobProgress';
import { cssVariablesResolver, theme } from '../theme';
import { WorkspaceSessionProvider } from './WorkspaceSession';

function newQueryClient(): QueryClient {
  return new QueryClient({
    // A failed call is shown to the person, not retried behind their back.
    defaultOptions: { queries: { retry: false, refetchOnWindowFocus: false } },
  });
}

/** Every provider the screens rely on; component tests mount the same stack. */
export function Providers({ client, children }: { client: Client; children: ReactNode }) {
  const [queries] = useState(newQueryClient);
  return (
    <MantineProvider theme={theme} cssVariablesResolver={cssVariablesResolver}>
      <Notifications position="bottom-right" />
      <QueryClientProvider client={queries}>
        <ClientProvider client={client}>
          <FilePickerProvider>
            <JobProgressProvider>
              <WorkspaceSessionProvider>{children}</WorkspaceSessionProvider>
            </JobProgressProvider>
          </FilePickerProvider>
        </ClientProvider>
      </QueryClientProvider>
    </MantineProvider>
  );
}
