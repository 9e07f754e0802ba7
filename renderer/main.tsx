import '@mantine/core/styles.css';
import { MantineProvider } from '@mantine/core';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createClient } from './client/client';
import { ClientProvider } from './client/context';
import { detectTransport } from './client/transport';
import { theme } from './theme';

const client = createClient(detectTransport());
const queries = new QueryClient({
  defaultOptions: { queries: { retry: false, refetchOnWindowFocus: false } },
});

function App() {
  return <main>Californians First</main>;
}

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');

createRoot(root).render(
  <StrictMode>
    <MantineProvider theme={theme}>
      <QueryClientProvider client={queries}>
        <ClientProvider client={client}>
          <App />
        </ClientProvider>
      </QueryClientProvider>
    </MantineProvider>
  </StrictMode>,
);
