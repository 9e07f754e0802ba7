import '@mantine/core/styles.css';
import '@mantine/notifications/styles.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { Providers } from './app/Providers';
import { createClient } from './client/client';
import { detectTransport, type Transport } from './client/transport';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');

function start(container: HTMLElement): void {
  let transport: Transport;
  try {
    transport = detectTransport();
  } catch (error) {
    // Opened outside the desktop app and without the harness's address: say so in the page.
    container.textContent = error instanceof Error ? error.message : String(error);
    return;
  }
  createRoot(container).render(
    <StrictMode>
      <Providers client={createClient(transport)}>
        <App />
      </Providers>
    </StrictMode>,
  );
}

start(root);
