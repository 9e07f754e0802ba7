import { render, type RenderResult } from '@testing-library/react';
import type { ReactNode } from 'react';
import { Providers } from '../../renderer/app/Providers';
import type { Client } from '../../renderer/client/client';

/** Mounts `ui` inside the same providers the app uses, talking to `client`. */
export function renderWithClient(ui: ReactNode, client: Client): RenderResult {
  return render(<Providers client={client}>{ui}</Providers>);
}
