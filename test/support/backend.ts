import type { MethodInput, MethodName, MethodOutput } from '../../shared/contract';
import type { DepartmentProfileInput } from '../../shared/domain/workspace';
import { AppError } from '../../shared/errors';
import { createBackend, type Backend } from '../../electron/backend/backend';
import { silentLogger } from '../../electron/common/logger';

export interface TestBackend {
  backend: Backend;
  /** Calls through the contract, throwing the backend's error as an AppError. */
  call: <M extends MethodName>(
    method: M,
    input: MethodInput<M>,
  ) => Promise<MethodOutput<M>>;
}

export function startTestBackend(appVersion?: string): TestBackend {
  const backend = createBackend({ log: silentLogger, appVersion });
  return {
    backend,
    async call(method, input) {
      const result = await backend.call(method, input);
      if (!result.ok)
        throw new AppError(result.error.code, result.error.message, result.error.details);
      return result.value as never;
    },
  };
}

export const sampleDepartment = (
  overrides: Partial<DepartmentProfileInput> = {},
): DepartmentProfileInput => ({
  code: 'DMV',
  name: 'Department of Motor Vehicles',
  coordinator: {
    name: 'Ana Ruiz',
    title: 'Customer Service Coordinator',
    email: 'ana.ruiz@dmv.ca.gov',
    phone: '916-555-0100',
  },
  reportsTo: 'Director',
  designatedOn: '2026-01-15',
  ...overrides,
});

/** Creates a department workspace at `file`, leaving it open in the returned backend. */
export async function createDepartmentWorkspace(file: string): Promise<TestBackend> {
  const test = startTestBackend();
  await test.call('workspace.createDepartment', { file, profile: sampleDepartment() });
  return test;
}
