import type { ComponentType, ReactNode } from 'react';
import type { WorkspaceMode } from '../../shared/domain/workspace';
import { CompactPage } from '../features/action-plan/compact/CompactPage';
import { CustomersPage } from '../features/action-plan/customers/CustomersPage';
import { DashboardPage } from '../features/action-plan/dashboard/DashboardPage';
import { StandardsPage } from '../features/action-plan/standards/StandardsPage';
import { DepartmentHome } from '../features/department/DepartmentHome';
import { OfficeHome } from '../features/office/OfficeHome';
import { SettingsPage } from '../features/settings/SettingsPage';
import { SurveysPage } from '../features/surveys/SurveysPage';

/**
 * One navigable area of the app. To add a feature, write its screens under
 * `renderer/features/<feature>/` and add ONE entry below, before Settings; the navbar,
 * the router and the page title all come from this list.
 */
export interface Area {
  /** Address segment, `#/area/<id>`; unique among the areas of one mode. */
  id: string;
  /** Navbar label and the page's heading. */
  label: string;
  /** Workspace modes the area works in; it is hidden in the others. */
  modes: readonly WorkspaceMode[];
  /** Shown before the label in the navbar; none by default. */
  icon?: ReactNode;
  /** The screen. It reads route details with `useRoute()` when it has sub-screens. */
  element: ComponentType;
}

/** Only areas that really work are listed: a placeholder would promise what is not there. */
export const AREAS: readonly Area[] = [
  { id: 'home', label: 'Home', modes: ['department'], element: DepartmentHome },
  { id: 'home', label: 'Home', modes: ['office'], element: OfficeHome },
  {
    id: 'customers',
    label: 'Customers and services',
    modes: ['department'],
    element: CustomersPage,
  },
  {
    id: 'standards',
    label: 'Service standards',
    modes: ['department'],
    element: StandardsPage,
  },
  {
    id: 'dashboard',
    label: 'Standards dashboard',
    modes: ['department'],
    element: DashboardPage,
  },
  {
    id: 'compact',
    label: 'Compact with customers',
    modes: ['department'],
    element: CompactPage,
  },
  {
    id: 'surveys',
    label: 'Surveys',
    modes: ['department'],
    element: SurveysPage,
  },
  {
    id: 'settings',
    label: 'Settings and About',
    modes: ['department', 'office'],
    element: SettingsPage,
  },
];

export const HOME_AREA_ID = 'home';

export function areasFor(mode: WorkspaceMode): Area[] {
  const areas = AREAS.filter((area) => area.modes.includes(mode));
  const ids = new Set<string>();
  for (const area of areas) {
    // Two areas answering one address would make one unreachable; fail where it is written.
    if (ids.has(area.id)) throw new Error(`Two areas share the id ${area.id} in ${mode}`);
    ids.add(area.id);
  }
  return areas;
}

/** The area for an address, falling back to Home when the id is unknown in this mode. */
export function resolveArea(mode: WorkspaceMode, areaId: string | null): Area {
  const areas = areasFor(mode);
  const found = areas.find((area) => area.id === areaId);
  const home = areas.find((area) => area.id === HOME_AREA_ID);
  const area = found ?? home ?? areas[0];
  if (!area) throw new Error(`No area works in ${mode} mode`);
  return area;
}
