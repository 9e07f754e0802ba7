import { Button, Menu } from '@mantine/core';
import type { WorkspaceSummary } from '../../shared/domain/workspace';
import { useClient } from '../client/context';
import { useBackendQuery } from '../client/hooks';
import { notifyFailure, notifySuccess } from '../components/notify';
import { useBackupNow } from '../features/settings/useBackupNow';
import { useOpenAnother } from './useOpenAnother';
import { useWorkspaceSession } from './WorkspaceSession';

const RECENT_IN_MENU = 8;

/** Open another, recent, back up, reveal and close: what a person does with the file. */
export function WorkspaceMenu({ workspace }: { workspace: WorkspaceSummary }) {
  const client = useClient();
  const session = useWorkspaceSession();
  const openAnother = useOpenAnother();
  const backUpNow = useBackupNow(workspace);
  const recent = useBackendQuery('host.recentWorkspaces', {});
  const others = (recent.data ?? []).filter(
    (item) => item.displayPath !== workspace.path,
  );

  const reveal = async () => {
    try {
      const result = await client.call('host.revealWorkspace', {});
      if (!result.revealed)
        notifySuccess('Workspace file', `The file is ${result.path}.`);
    } catch (error) {
      notifyFailure('The file could not be shown', error);
    }
  };

  const close = async () => {
    try {
      await session.close();
    } catch (error) {
      notifyFailure('The workspace could not be closed', error);
    }
  };

  return (
    // The focus placeholder is an element with role presentation inside role menu, which
    // assistive technology rejects (axe: aria-required-children).
    <Menu
      position="bottom-end"
      width={260}
      shadow="md"
      withInitialFocusPlaceholder={false}
    >
      <Menu.Target>
        <Button variant="default">Workspace</Button>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Item onClick={() => void openAnother()}>Open another…</Menu.Item>
        <Menu.Sub>
          <Menu.Sub.Target>
            <Menu.Sub.Item disabled={others.length === 0}>Recent</Menu.Sub.Item>
          </Menu.Sub.Target>
          <Menu.Sub.Dropdown>
            {others.slice(0, RECENT_IN_MENU).map((item) => (
              <Menu.Item
                key={item.file}
                onClick={() => void session.open(item)}
                title={item.displayPath}
              >
                {item.title}
              </Menu.Item>
            ))}
          </Menu.Sub.Dropdown>
        </Menu.Sub>
        <Menu.Divider />
        <Menu.Item onClick={() => void backUpNow()}>Back up now…</Menu.Item>
        <Menu.Item onClick={() => void reveal()}>Reveal file</Menu.Item>
        <Menu.Divider />
        <Menu.Item onClick={() => void close()}>Close workspace</Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}
