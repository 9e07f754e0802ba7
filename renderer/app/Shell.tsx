import {
  AppShell,
  Badge,
  Box,
  Group,
  NavLink,
  ScrollArea,
  Text,
  Title,
} from '@mantine/core';
import { useEffect, useRef } from 'react';
import type { WorkspaceSummary } from '../../shared/domain/workspace';
import { PRODUCT_NAME } from '../../shared/version';
import { areasFor, resolveArea } from './areas';
import { MODE_LABELS } from './modes';
import classes from './Shell.module.css';
import { hrefFor, useRoute } from './router';
import { WorkspaceMenu } from './WorkspaceMenu';

/** A band of the state's blue above every screen, as on California's own sites. */
export const HEADER_ACCENT = { borderTop: '4px solid var(--mantine-color-blue-9)' };
/** 64 pixels of header content under the band. */
export const HEADER_HEIGHT = 68;

/** The frame around every screen of an open workspace: header, navigation, content. */
export function Shell({ workspace }: { workspace: WorkspaceSummary }) {
  const route = useRoute();
  const area = resolveArea(workspace.mode, route.areaId);
  const Screen = area.element;
  const heading = useRef<HTMLHeadingElement>(null);
  const shownArea = useRef(area.id);

  useEffect(() => {
    document.title = `${area.label} \u2014 ${workspace.title} \u2014 ${PRODUCT_NAME}`;
    // A screen reader hears nothing when only the content changes; moving focus to the
    // new heading announces where the person has arrived.
    if (shownArea.current !== area.id) heading.current?.focus();
    shownArea.current = area.id;
  }, [area.id, area.label, workspace.title]);

  return (
    <AppShell
      header={{ height: HEADER_HEIGHT }}
      navbar={{ width: 240, breakpoint: 0 }}
      padding="xl"
    >
      <AppShell.Header style={HEADER_ACCENT}>
        <a
          className={classes.skipLink}
          href="#content"
          onClick={(event) => {
            // The hash belongs to the router; moving focus is all the link has to do.
            event.preventDefault();
            heading.current?.focus();
          }}
        >
          Skip to content
        </a>
        <Group h="100%" px="lg" justify="space-between" wrap="nowrap">
          <Group gap="sm" wrap="nowrap" miw={0}>
            <Text fw={700} c="blue.9" size="sm" tt="uppercase" lts={0.5}>
              {PRODUCT_NAME}
            </Text>
            <Text c="dimmed" aria-hidden>
              |
            </Text>
            <Text fw={600} truncate data-testid="workspace-title">
              {workspace.departmentCode
                ? `${workspace.departmentCode} \u00b7 ${workspace.title}`
                : workspace.title}
            </Text>
            <Badge
              variant="light"
              color={workspace.mode === 'office' ? 'grape' : 'blue'}
              data-mode={workspace.mode}
            >
              {MODE_LABELS[workspace.mode]}
            </Badge>
          </Group>
          <WorkspaceMenu workspace={workspace} />
        </Group>
      </AppShell.Header>
      <AppShell.Navbar p="sm" aria-label="Areas">
        <ScrollArea>
          {areasFor(workspace.mode).map((item) => (
            <NavLink
              key={item.id}
              href={hrefFor(item.id)}
              label={item.label}
              leftSection={item.icon}
              active={item.id === area.id}
              aria-current={item.id === area.id ? 'page' : undefined}
              variant="light"
            />
          ))}
        </ScrollArea>
      </AppShell.Navbar>
      <AppShell.Main bg="gray.0">
        <Box maw={1120}>
          <Title order={1} size="h2" mb="lg" ref={heading} tabIndex={-1}>
            {area.label}
          </Title>
          <Screen />
        </Box>
      </AppShell.Main>
    </AppShell>
  );
}
