import { AppError } from '../../../shared/errors';
import type { HandlerContext } from '../rpc/types';
import { defineHandlers } from '../rpc/types';
import type { OpenWorkspace } from '../workspace/session';
import {
  deleteBenchmark,
  getBenchmark,
  insertBenchmark,
  listBenchmarks,
  updateBenchmark,
} from './benchmarks';
import { deleteMeasurement, pageOfMeasurements, saveMeasurement } from './measurements';
import {
  deleteSegment,
  getSegment,
  insertSegment,
  listSegments,
  updateSegment,
} from './segments';
import {
  deleteService,
  getService,
  insertService,
  listServices,
  replaceVolumes,
  updateService,
} from './services';
import {
  deleteStandard,
  getStandard,
  getStandardRow,
  insertStandard,
  listStandards,
  updateStandard,
} from './standards';
import { standardsStatus } from './status';
import { fillFromSurveys } from './surveyFill';
import { runImport } from './imports/run';

const messageOf = (error: unknown) =>
  error instanceof Error ? error.message : String(error);

/** The action plan lives in department workspaces only. */
export function departmentWorkspace(context: HandlerContext): OpenWorkspace {
  const open = context.workspace();
  open.requireMode('department');
  return open;
}

/** Runs a multi-row write as one transaction. */
export function write<T>(open: OpenWorkspace, work: () => T): T {
  return open.sqlite.transaction(work)();
}

export const customerHandlers = defineHandlers({
  'segments.list': (_input, context) => listSegments(departmentWorkspace(context).db),
  'segments.create': (input, context) => {
    const open = departmentWorkspace(context);
    return getSegment(
      open.db,
      write(open, () => insertSegment(open.db, input)),
    );
  },
  'segments.update': ({ id, segment }, context) => {
    const open = departmentWorkspace(context);
    write(open, () => updateSegment(open.db, id, segment));
    return getSegment(open.db, id);
  },
  'segments.delete': ({ id }, context) => {
    const open = departmentWorkspace(context);
    return { deleted: write(open, () => deleteSegment(open.db, id)) };
  },
  'services.list': (_input, context) => listServices(departmentWorkspace(context).db),
  'services.create': (input, context) => {
    const open = departmentWorkspace(context);
    return getService(
      open.db,
      write(open, () => insertService(open.db, input)),
    );
  },
  'services.update': ({ id, service }, context) => {
    const open = departmentWorkspace(context);
    write(open, () => updateService(open.db, id, service));
    return getService(open.db, id);
  },
  'services.delete': ({ id }, context) => {
    const open = departmentWorkspace(context);
    return { deleted: write(open, () => deleteService(open.db, id)) };
  },
  'services.setVolumes': ({ id, volumes }, context) => {
    const open = departmentWorkspace(context);
    write(open, () => replaceVolumes(open.db, id, volumes));
    return getService(open.db, id);
  },
});

export const standardHandlers = defineHandlers({
  'standards.list': (_input, context) => listStandards(departmentWorkspace(context).db),
  'standards.create': (input, context) => {
    const open = departmentWorkspace(context);
    return getStandard(
      open.db,
      write(open, () => insertStandard(open.db, input)),
    );
  },
  'standards.update': ({ id, standard }, context) => {
    const open = departmentWorkspace(context);
    write(open, () => updateStandard(open.db, id, standard));
    return getStandard(open.db, id);
  },
  'standards.delete': ({ id }, context) => {
    const open = departmentWorkspace(context);
    return { deleted: write(open, () => deleteStandard(open.db, id)) };
  },
  'standards.status': (input, context) => ({
    standards: standardsStatus(departmentWorkspace(context).db, input),
  }),
  'measurements.list': ({ standardId, offset, limit }, context) => {
    const open = departmentWorkspace(context);
    return pageOfMeasurements(
      open.db,
      getStandardRow(open.db, standardId),
      offset,
      limit,
    );
  },
  'measurements.save': (input, context) => {
    const open = departmentWorkspace(context);
    const standard = getStandardRow(open.db, input.standardId);
    return write(open, () => saveMeasurement(open.db, standard, input));
  },
  'measurements.saveMany': ({ standardId, measurements }, context) => {
    const open = departmentWorkspace(context);
    const standard = getStandardRow(open.db, standardId);
    write(open, () => {
      measurements.forEach((values, index) => {
        try {
          saveMeasurement(open.db, standard, { ...values, standardId });
        } catch (error) {
          throw new AppError(
            'E_INPUT',
            `Line ${index + 1} (${values.period}): ${messageOf(error)}`,
          );
        }
      });
    });
    return { saved: measurements.length };
  },
  'measurements.fillFromSurveys': ({ standardId }, context) => {
    const open = departmentWorkspace(context);
    const standard = getStandardRow(open.db, standardId);
    return write(open, () => fillFromSurveys(open, standard));
  },
  'measurements.delete': ({ id }, context) => {
    const open = departmentWorkspace(context);
    return { deleted: write(open, () => deleteMeasurement(open.db, id)) };
  },
  'benchmarks.list': (_input, context) => listBenchmarks(departmentWorkspace(context).db),
  'benchmarks.create': (input, context) => {
    const open = departmentWorkspace(context);
    return getBenchmark(
      open.db,
      write(open, () => insertBenchmark(open.db, input)),
    );
  },
  'benchmarks.update': ({ id, benchmark }, context) => {
    const open = departmentWorkspace(context);
    write(open, () => updateBenchmark(open.db, id, benchmark));
    return getBenchmark(open.db, id);
  },
  'benchmarks.delete': ({ id }, context) => {
    const open = departmentWorkspace(context);
    return { deleted: write(open, () => deleteBenchmark(open.db, id)) };
  },
});

export const actionPlanImportHandlers = defineHandlers({
  'imports.preview': ({ kind, file }, context) =>
    runImport({
      workspace: departmentWorkspace(context),
      kind,
      path: file,
      commit: false,
      signal: context.signal,
      progress: context.progress,
      log: context.log,
    }),
  'imports.run': async ({ kind, file }, context) => {
    const report = await runImport({
      workspace: departmentWorkspace(context),
      kind,
      path: file,
      commit: true,
      signal: context.signal,
      progress: context.progress,
      log: context.log,
    });
    if (report.imported > 0) context.emit('workspaceChanged', { reason: 'updated' });
    return report;
  },
});
