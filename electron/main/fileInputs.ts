import { contract, type MethodName } from '../../shared/contract';
import type { FileAccess, FilePurpose } from '../../shared/contract/define';
import { AppError } from '../../shared/errors';
import type { FileGrants, GrantCheck } from './fileGrants';

const USE_WORDS: Record<FileAccess, string> = {
  read: 'opened',
  write: 'saved to',
  create: 'created',
};

const PURPOSE_WORDS: Record<FilePurpose, string> = {
  'open-workspace': 'opening a workspace',
  'create-workspace': 'a new workspace',
  'save-backup': 'a backup',
  'import-data': 'an import',
  'save-export': 'an export',
};

function chosenFor(allows: readonly FileAccess[]): string {
  return allows.map((access) => USE_WORDS[access]).join(' or ');
}

function unknownFile(method: MethodName, key: string): AppError {
  return new AppError(
    'E_INPUT',
    `${method}: ${key}: this file was not chosen in this session, or was already ` +
      `saved to; choose it again.`,
  );
}

function refusal(
  method: MethodName,
  key: string,
  access: FileAccess,
  check: Extract<GrantCheck, { ok: false }>,
): AppError {
  if (check.refusal === 'unknown') return unknownFile(method, key);
  if (check.refusal === 'wrong-purpose') {
    const chosen = check.purposes.map((purpose) => PURPOSE_WORDS[purpose]).join(' or ');
    return new AppError(
      'E_FORBIDDEN',
      `${method}: ${key}: this file was chosen for ${chosen || 'another use'}; choose ` +
        `it again with this action's own dialog.`,
    );
  }
  return new AppError(
    'E_FORBIDDEN',
    `${method}: ${key}: this file was chosen to be ${chosenFor(check.allows)}, not to ` +
      `be ${USE_WORDS[access]}; choose it again with the matching dialog.`,
  );
}

export interface ResolvedFileInputs {
  input: Record<string, unknown>;
  /** Called once the call succeeded, so single-use grants are used up. */
  spend: () => void;
}

/**
 * Replaces each FileRef input key with the path main granted for it, after checking that
 * the grant allows the use the contract declares for that key. Nothing runs when any key
 * fails, so a refused call never reaches the backend or a host handler.
 */
export function resolveFileInputs(
  method: MethodName,
  input: Record<string, unknown>,
  grants: FileGrants,
): ResolvedFileInputs {
  const resolved = { ...input };
  const used: [string, FileAccess][] = [];
  for (const [key, access] of Object.entries(contract[method].files ?? {})) {
    const id = resolved[key];
    // An optional file the caller left out stays out.
    if (id === undefined || id === null) continue;
    if (typeof id !== 'string') throw unknownFile(method, key);
    const check = grants.check(id, access, contract[method].filePurposes);
    if (!check.ok) throw refusal(method, key, access, check);
    resolved[key] = check.path;
    used.push([id, access]);
  }
  return {
    input: resolved,
    spend: () => {
      for (const [id, access] of used) grants.spend(id, access);
    },
  };
}
