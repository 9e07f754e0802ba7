import type { WorkspaceMode } from '../../shared/domain/workspace';

export const MODE_LABELS: Record<WorkspaceMode, string> = {
  department: 'Department',
  office: 'GCSO office',
};
