import { describe } from 'vitest';
import { skipReason } from './hosts';

/**
 * The end-to-end kit. A spec reads:
 *
 *   describeE2E('creating a workspace', () => {
 *     test('…', async () => {
 *       const folder = makeTempFolder();
 *       const app = await launchApp();
 *       await app.chooseFile(folder.file('dmv.cfw'), () => button.click());
 *       await app.expectAccessible('welcome');
 *       await app.close();
 *     });
 *   });
 */
export {
  launchApp,
  SCREENSHOT_DIR,
  type LaunchOptions,
  type RunningApp,
} from './launchApp';
export { makeTempFolder, type TempFolder } from './tempFolder';
export { E2E_HOST, skipReason } from './hosts';
export * from './workspaceFiles';

/** `describe`, skipped where the chosen host cannot run (globalSetup prints why, once). */
export const describeE2E = describe.skipIf(skipReason() !== null);
