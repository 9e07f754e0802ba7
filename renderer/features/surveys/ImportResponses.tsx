import {
  Alert,
  Badge,
  Button,
  Group,
  List,
  Modal,
  Stack,
  Table,
  Text,
} from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import type { ImportReport } from '../../../shared/domain/imports';
import type { ImportPreview } from '../../../shared/domain/surveyResponses';
import { METADATA_COLUMNS, type SurveyDetail } from '../../../shared/domain/surveys';
import { useClient } from '../../client/context';
import { errorCodeOf, messageOf } from '../../components/errors';
import { useFilePicker } from '../../components/FilePicker';
import { useJob } from '../../components/JobProgress';
import { Section } from '../../components/Section';
import { SURVEY_PREFIXES } from './format';

const FILTERS = [{ name: 'Responses (CSV or Excel)', extensions: ['csv', 'xlsx'] }];

interface Pending {
  file: string;
  displayPath: string;
  preview: ImportPreview;
}

export function RejectedRows({ report }: { report: Pick<ImportReport, 'rejected'> }) {
  return (
    <Table.ScrollContainer minWidth={520} maxHeight={360}>
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

function PreviewModal(props: {
  pending: Pending;
  onCancel: () => void;
  onConfirm: () => void;
}) {
  const { preview, displayPath } = props.pending;
  const questions = preview.headers.filter(
    (header) => !(METADATA_COLUMNS as readonly string[]).includes(header.toLowerCase()),
  );
  return (
    <Modal opened onClose={props.onCancel} title="Import responses" size="xl">
      <Stack gap="md">
        <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
          {displayPath}
        </Text>
        <List size="sm" spacing={4}>
          <List.Item>
            Answers to <strong>{questions.length}</strong> questions:{' '}
            {questions.join(', ')}
          </List.Item>
          <List.Item>
            Details:{' '}
            {preview.metadataColumns.length ? preview.metadataColumns.join(', ') : 'none'}
          </List.Item>
          {preview.missingQuestions.length > 0 && (
            <List.Item>
              Not in the file (counted as not answered):{' '}
              {preview.missingQuestions.join(', ')}
            </List.Item>
          )}
        </List>
        <Text size="sm">
          The first {preview.sample.length} rows were checked:{' '}
          {preview.sampleRejected.length === 0
            ? 'all are valid.'
            : `${preview.sampleRejected.length} would be rejected.`}
        </Text>
        {preview.sampleRejected.length > 0 && (
          <RejectedRows report={{ rejected: preview.sampleRejected }} />
        )}
        <Text size="sm" c="dimmed">
          Every row is checked when importing; the file goes in whole as one change or not
          at all, and responses already imported are skipped.
        </Text>
        <Group justify="flex-end">
          <Button variant="default" onClick={props.onCancel}>
            Cancel
          </Button>
          <Button onClick={props.onConfirm}>Import</Button>
        </Group>
      </Stack>
    </Modal>
  );
}

function ReportSection({ report, file }: { report: ImportReport; file: string }) {
  return (
    <Section title="Last import">
      <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
        {file}
      </Text>
      <Group gap="lg" role="group" aria-label="Import report">
        <Badge size="lg" color="teal" variant="light" data-testid="report-imported">
          {report.imported} imported
        </Badge>
        <Badge size="lg" color="gray" variant="light" data-testid="report-duplicates">
          {report.duplicates} duplicates skipped
        </Badge>
        <Badge
          size="lg"
          color={report.rejectedTotal ? 'red' : 'gray'}
          variant="light"
          data-testid="report-rejected"
        >
          {report.rejectedTotal} rows rejected
        </Badge>
      </Group>
      {report.rejected.length > 0 && <RejectedRows report={report} />}
      {report.rejectedTotal > report.rejected.length && (
        <Text size="sm">
          The first {report.rejected.length} rejected rows are listed.
        </Text>
      )}
    </Section>
  );
}

/** Choose a response file, preview it, import it with progress; Cancel writes nothing. */
export function ImportResponses({ survey }: { survey: SurveyDetail }) {
  const pick = useFilePicker();
  const runJob = useJob();
  const client = useClient();
  const queries = useQueryClient();
  const [pending, setPending] = useState<Pending | null>(null);
  const [last, setLast] = useState<{ report: ImportReport; file: string } | null>(null);
  const [error, setError] = useState<unknown>(null);

  const choose = async () => {
    setError(null);
    const picked = await pick({
      purpose: 'import-data',
      mode: 'open',
      title: 'Import survey responses',
      filters: FILTERS,
    });
    if (!picked) return;
    try {
      const preview = await client.call('responses.preview', {
        surveyId: survey.id,
        file: picked.file,
      });
      setPending({ file: picked.file, displayPath: picked.displayPath, preview });
    } catch (caught) {
      setError(caught);
    }
  };

  const confirm = async () => {
    if (!pending) return;
    const { file, displayPath } = pending;
    setPending(null);
    try {
      const report = await runJob(
        'responses.import',
        { surveyId: survey.id, file },
        { title: `Importing ${displayPath}` },
      );
      setLast({ report, file: displayPath });
    } catch (caught) {
      setError(caught);
    } finally {
      await queries.invalidateQueries({
        predicate: (query) =>
          SURVEY_PREFIXES.some((prefix) => String(query.queryKey[0]).startsWith(prefix)),
      });
    }
  };

  return (
    <Stack gap="lg">
      <Section
        title="Import responses"
        actions={<Button onClick={() => void choose()}>Choose a file</Button>}
      >
        <Text size="sm">
          A CSV or Excel file whose first row names the question codes (
          {survey.questions.map((question) => question.code).join(', ')}) and, optionally,
          response_id, submitted_at, channel, segment and language. Answers may be the
          scale number or its label in English or Spanish; a blank cell is not answered.
        </Text>
      </Section>
      {error !== null && (
        <Alert
          color="red"
          role="alert"
          title={
            errorCodeOf(error) === 'E_CANCELLED'
              ? 'Import cancelled'
              : 'The file was not imported'
          }
        >
          {messageOf(error)} Nothing was changed.
        </Alert>
      )}
      {last && <ReportSection report={last.report} file={last.file} />}
      {pending && (
        <PreviewModal
          pending={pending}
          onCancel={() => setPending(null)}
          onConfirm={() => void confirm()}
        />
      )}
    </Stack>
  );
}
