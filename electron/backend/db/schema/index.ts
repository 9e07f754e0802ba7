/**
 * The workspace schema: one module, composed of one file per domain so each domain's tables
 * read together. drizzle-kit generates migrations from this module alone.
 */
export * from './workspace';
export * from './actionPlan';
export * from './surveys';
