import type { Command } from '../command';
import {
  compactExportCommand,
  importCommand,
  standardsStatusCommand,
} from './actionPlan';
import { SURVEY_COMMANDS } from './surveys';
import { backupCommand, infoCommand, initCommand } from './workspace';

/** Every pcf command. Longer word lists are matched first, so `survey import` beats `survey`. */
export const COMMANDS: Command[] = [
  initCommand,
  infoCommand,
  backupCommand,
  importCommand,
  standardsStatusCommand,
  compactExportCommand,
  ...SURVEY_COMMANDS,
];
