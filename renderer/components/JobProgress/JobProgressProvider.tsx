import { Button, Group, Modal, Progress, Stack, Text } from '@mantine/core';
import {
  createContext,
  useCallback,
  useContext,
  useEffect,
  useRef,
  useState,
  type ReactNode,
} from 'react';
import type { MethodInput, MethodName, MethodOutput } from '../../../shared/contract';
import type { ProgressEvent } from '../../../shared/contract/events';
import { useClient } from '../../client/context';

/** Methods that report progress and can be cancelled: their input takes a `jobId`. */
export type JobMethodName = {
  [M in MethodName]: 'jobId' extends keyof MethodInput<M> ? M : never;
}[MethodName];

export interface JobOptions {
  /** The modal's heading, such as "Backing up the workspace". */
  title: string;
}

export type RunJob = <M extends JobMethodName>(
  method: M,
  input: Omit<MethodInput<M>, 'jobId'>,
  options: JobOptions,
) => Promise<MethodOutput<M>>;

interface ActiveJob {
  jobId: string;
  title: string;
  progress: ProgressEvent | null;
  cancelling: boolean;
}

const JobContext = createContext<RunJob | null>(null);

// A quick job finishing before this delay never flashes a modal at the person.
const SHOW_AFTER_MS = 300;

export function newJobId(): string {
  return `job_${crypto.randomUUID()}`;
}

/**
 * Runs long calls with a progress modal and a Cancel button. The backend runs one call at a
 * time, so one modal at a time is enough: a second job waits behind the first anyway.
 * The window stays responsive because the work happens in the backend; this only listens
 * to its `progress` events.
 */
export function JobProgressProvider({ children }: { children: ReactNode }) {
  const client = useClient();
  const [job, setJob] = useState<ActiveJob | null>(null);
  const [visible, setVisible] = useState(false);
  const activeId = useRef<string | null>(null);

  useEffect(
    () =>
      client.on('progress', (event) => {
        if (event.jobId !== activeId.current) return;
        setJob((current) =>
          current?.jobId === event.jobId ? { ...current, progress: event } : current,
        );
      }),
    [client],
  );

  const run = useCallback<RunJob>(
    async (method, input, options) => {
      const jobId = newJobId();
      activeId.current = jobId;
      setJob({ jobId, title: options.title, progress: null, cancelling: false });
      const timer = setTimeout(() => setVisible(true), SHOW_AFTER_MS);
      try {
        return await client.call(method, { ...input, jobId } as MethodInput<
          typeof method
        >);
      } finally {
        clearTimeout(timer);
        activeId.current = null;
        setJob(null);
        setVisible(false);
      }
    },
    [client],
  );

  const cancel = () => {
    if (!job) return;
    setJob({ ...job, cancelling: true });
    void client.call('jobs.cancel', { jobId: job.jobId });
  };

  return (
    <JobContext.Provider value={run}>
      {children}
      {job && visible && <JobModal job={job} onCancel={cancel} />}
    </JobContext.Provider>
  );
}

const sentenceCase = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

function JobModal({ job, onCancel }: { job: ActiveJob; onCancel: () => void }) {
  const { progress } = job;
  const total = progress?.total ?? null;
  const percent = total ? Math.min(100, (100 * (progress?.done ?? 0)) / total) : 100;
  return (
    <Modal
      opened
      onClose={() => undefined}
      withCloseButton={false}
      closeOnClickOutside={false}
      closeOnEscape={false}
      title={job.title}
    >
      <Stack gap="md">
        <Text size="sm" aria-live="polite">
          {progress ? sentenceCase(progress.phase) : 'Starting\u2026'}
          {progress && total ? ` \u2014 ${progress.done} of ${total}` : ''}
        </Text>
        <Progress
          value={percent}
          animated={total === null}
          striped={total === null}
          aria-label={job.title}
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onCancel} loading={job.cancelling}>
            Cancel
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}

/** Runs a progress-reporting call with the shared progress modal. */
export function useJob(): RunJob {
  const run = useContext(JobContext);
  if (!run) throw new Error('useJob must be used inside JobProgressProvider');
  return run;
}
