import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';

const WCAG_21_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
const BLOCKING = new Set(['serious', 'critical']);

interface Violation {
  id: string;
  impact?: string | null;
  help: string;
  nodes: { target: unknown[]; failureSummary?: string }[];
}

function describe(violation: Violation): string {
  const nodes = violation.nodes
    .slice(0, 5)
    .map((node) => {
      const summary = (node.failureSummary ?? '')
        .split('\n')
        .slice(1, 2)
        .join(' ')
        .trim();
      return `    at ${node.target.map(String).join(' ')}${summary ? `: ${summary}` : ''}`;
    })
    .join('\n');
  return `- ${violation.id} (${violation.impact ?? 'unknown'}): ${violation.help}\n${nodes}`;
}

/** Fails with a readable list when axe finds a serious or critical WCAG 2.1 AA violation. */
export async function assertAccessible(page: Page, screen: string): Promise<void> {
  const results = await new AxeBuilder({ page }).withTags(WCAG_21_AA).analyze();
  const blocking = (results.violations as Violation[]).filter((violation) =>
    BLOCKING.has(violation.impact ?? ''),
  );
  if (blocking.length > 0) {
    throw new Error(
      `Accessibility violations on "${screen}":\n${blocking.map(describe).join('\n')}`,
    );
  }
}
