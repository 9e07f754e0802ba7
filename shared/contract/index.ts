import type { z } from 'zod';
import { joinContracts, type MethodSpec } from './define';
import {
  actionPlanImportsContract,
  customersContract,
  standardsContract,
} from './actionPlan';
import { compactContract, compactHostContract } from './compact';
import { hostContract } from './host';
import { surveysContract, surveysHostContract } from './surveys';
import { workspaceContract } from './workspace';

/** Every call the page can make, declared once. Domains add their table here. */
export const contract = joinContracts(
  hostContract,
  compactHostContract,
  surveysHostContract,
  workspaceContract,
  customersContract,
  standardsContract,
  actionPlanImportsContract,
  compactContract,
  surveysContract,
);

export type Contract = typeof contract;
export type MethodName = Extract<keyof Contract, string>;
export type MethodInput<M extends MethodName> = z.input<Contract[M]['input']>;
export type ParsedInput<M extends MethodName> = z.output<Contract[M]['input']>;
export type MethodOutput<M extends MethodName> = z.output<Contract[M]['output']>;

export type HostMethodName = {
  [M in MethodName]: Contract[M] extends { side: 'host' } ? M : never;
}[MethodName];
export type BackendMethodName = Exclude<MethodName, HostMethodName>;

export const METHOD_NAMES = Object.keys(contract) as MethodName[];

export function isMethodName(name: unknown): name is MethodName {
  return typeof name === 'string' && Object.hasOwn(contract, name);
}

export function specOf(name: MethodName): MethodSpec {
  return contract[name];
}

export { fileRef, jobId } from './define';
export type { FileRef, MethodSpec } from './define';
export { events, EVENT_NAMES } from './events';
export type { EventName, EventPayload, ProgressEvent } from './events';
