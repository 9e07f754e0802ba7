import { Alert, Button, Group, Modal, Stack, Table, Text } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import type { ImportKind } from '../../../shared/contract/actionPlan';
import type { ImportReport } from '../../../shared/domain/imports';
import { errorCodeOf, messageOf } from '../../components/errors';
import { useFilePicker } from '../../components/FilePicker';
import { useJob } from '../../components/JobProgress';
import { notifySuccess } from '../../components/notify';

const SPREADSHEET_FILTERS = [
  { name: 'Spreadsheets (CSV or Excel)', extensions: ['csv', 'xlsx'] },
];

const KIND_WORDS: Record<ImportKind, string> = {
  segments: 'customer segments',
  services: 'services',
  standards: 'service standards',
  measurements: 'measurements',
  benchmarks: 'benchmarks',
};

/** Every cached read of the action plan, refreshed after an import. */
const ACTION_PLAN_PREFIXES = [
  'segments.',
  'services.',
  'standards.',
  'measurements.',
  'benchmarks.',
  'compact.',
];

interface Pending {
  file: string;
  displayPath: string;
  preview: ImportReport;
}

export interface ImportButtonProps {
  kind: ImportKind;
}

/** Pick a spreadsheet, see what importing it would do, then import it in one transaction. */
export function ImportButton({ kind }: ImportButtonProps) {
  const pick = useFilePicker();
  const runJob = useJob();
  const queries = useQueryClient();
  const [pending, setPending] = useState<Pending | null>(null);
  const [error, setError] = useState<unknown>(null);
  const words = KIND_WORDS[kind];

  const choose = async () => {
    setError(null);
    const picked = await pick({
      purpose: 'import-data',
      mode: 'open',
      title: `Import ${words} from a spreadsheet`,
      filters: SPREADSHEET_FILTERS,
    });
    if (!picked) return;
    try {
      const preview = await runJob(
        'imports.preview',
        { kind, file: picked.file },
        { title: `Reading ${picked.displayPath}` },
      );
      setPending({ file: picked.file, displayPath: picked.displayPath, preview });
    } catch (caught) {
      if (errorCodeOf(caught) !== 'E_CANCELLED') setError(caught);
    }
  };

  const confirm = async () => {
    if (!pending) return;
    try {
      const report = await runJob(
        'imports.run',
        { kind, file: pending.file },
        { title: `Importing ${words}` },
      );
      setPending(null);
      notifySuccess(
        'Import finished',
        `Imported: ${report.imported}. Already present: ${report.duplicates}. ` +
          `Rejected: ${report.rejectedTotal}.`,
      );
    } catch (caught) {
      if (errorCodeOf(caught) !== 'E_CANCELLED') setError(caught);
    } finally {
      await queries.invalidateQueries({
        predicate: (query) =>
          ACTION_PLAN_PREFIXES.some((prefix) =>
            String(query.queryKey[0]).startsWith(prefix),
          ),
      });
    }
  };

  return (
    <>
      <Button variant="default" onClick={() => void choose()}>
        Import {words}
      </Button>
      {error !== null && !pending && (
        <Modal opened onClose={() => setError(null)} title="The file was not imported">
          <Stack>
            <Alert color="red" role="alert" title="Nothing was changed">
              {messageOf(error)}
            </Alert>
            <Group justify="flex-end">
              <Button onClick={() => setError(null)}>Close</Button>
            </Group>
          </Stack>
        </Modal>
      )}
      {pending && (
        <PreviewModal
          words={words}
          pending={pending}
          error={error}
          onCancel={() => {
            setPending(null);
            setError(null);
          }}
          onConfirm={() => void confirm()}
        />
      )}
    </>
  );
}

function PreviewModal(props: {
  words: string;
  pending: Pending;
  error: unknown;
  onCancel: () => void;
  onConfirm: () => void;
}) {
  const { preview, displayPath } = props.pending;
  return (
    <Modal opened onClose={props.onCancel} title={`Import ${props.words}`} size="xl">
      <Stack gap="md">
        <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
          {displayPath}
        </Text>
        <Group gap="xl" role="group" aria-label="What the import would do">
          <Text data-testid="preview-imported">
            <strong>{preview.imported}</strong> new
          </Text>
          <Text data-testid="preview-duplicates">
            <strong>{preview.duplicates}</strong> already present
          </Text>
          <Text data-testid="preview-rejected">
            <strong>{preview.rejectedTotal}</strong> rejected
          </Text>
        </Group>
        {preview.rejected.length > 0 && <RejectedTable report={preview} />}
        {props.error !== null && (
          <Alert color="red" role="alert" title="The import failed; nothing was changed">
            {messageOf(props.error)}
          </Alert>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={props.onCancel}>
            Cancel
          </Button>
          <Button onClick={props.onConfirm} disabled={preview.imported === 0}>
            Import {preview.imported} {preview.imported === 1 ? 'row' : 'rows'}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}

function RejectedTable({ report }: { report: ImportReport }) {
  return (
    <Table.ScrollContainer minWidth={500} maxHeight={320}>
      <Table striped withTableBorder aria-label="Rejected rows">
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">Row</Table.Th>
            <Table.Th scope="col">Column</Table.Th>
            <Table.Th scope="col">Reason</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {report.rejected.map((rejection) => (
            <Table.Tr key={`${rejection.row}-${rejection.column}`}>
              <Table.Td>{rejection.row}</Table.Td>
              <Table.Td>{rejection.column || '(whole row)'}</Table.Td>
              <Table.Td>{rejection.reason}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
