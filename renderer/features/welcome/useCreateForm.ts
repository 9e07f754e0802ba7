import { useState } from 'react';
import type { PickedFile } from '../../../shared/contract/host';
import type { WorkspaceSummary } from '../../../shared/domain/workspace';
import {
  errorCodeOf,
  fieldErrorsOf,
  messageOf,
  type FieldErrors,
} from '../../components/errors';
import { useFilePicker, WORKSPACE_FILTERS } from '../../components/FilePicker';
import { useWorkspaceSession } from '../../app/WorkspaceSession';

export interface CreateFormState {
  file: PickedFile | null;
  /** Asks for the file; the current choice stays when the person cancels. */
  chooseFile: () => Promise<PickedFile | null>;
  fieldErrors: FieldErrors;
  fileError: string | undefined;
  formError: string | null;
  submitting: boolean;
  /** Chooses a file if none was, creates the workspace, and opens it. */
  submit: (create: (file: PickedFile) => Promise<WorkspaceSummary>) => Promise<void>;
}

const FILE_ERRORS = new Set(['E_FILE_EXISTS', 'E_FILE_NOT_FOUND', 'E_FORBIDDEN']);

/** What both create forms share: the file, the submission and where errors are shown. */
export function useCreateForm(
  initialFile: PickedFile | null,
  suggestedName: string,
): CreateFormState {
  const pick = useFilePicker();
  const session = useWorkspaceSession();
  const [file, setFile] = useState<PickedFile | null>(initialFile);
  const [fieldErrors, setFieldErrors] = useState<FieldErrors>({});
  const [fileError, setFileError] = useState<string | undefined>();
  const [formError, setFormError] = useState<string | null>(null);
  const [submitting, setSubmitting] = useState(false);

  const chooseFile = async () => {
    const chosen = await pick({
      purpose: 'create-workspace',
      mode: 'save',
      title: 'Save the new workspace as',
      suggestedName,
      filters: WORKSPACE_FILTERS,
    });
    if (chosen) {
      setFile(chosen);
      setFileError(undefined);
    }
    return chosen;
  };

  const submit: CreateFormState['submit'] = async (create) => {
    const target = file ?? (await chooseFile());
    if (!target) return;
    setSubmitting(true);
    try {
      session.adopt(await create(target));
    } catch (error) {
      const fields = fieldErrorsOf(error, ['profile']);
      const code = errorCodeOf(error);
      const aboutFile = code !== null && FILE_ERRORS.has(code);
      setFieldErrors(fields);
      setFileError(aboutFile ? messageOf(error) : fieldErrorsOf(error).file);
      setFormError(
        Object.keys(fields).length > 0
          ? 'Some fields need attention; see the messages below each one.'
          : aboutFile
            ? null
            : messageOf(error),
      );
    } finally {
      setSubmitting(false);
    }
  };

  return { file, chooseFile, fieldErrors, fileError, formError, submitting, submit };
}
