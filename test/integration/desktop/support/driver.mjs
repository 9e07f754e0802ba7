import ExcelJS from 'exceljs';
import { existsSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';

/**
 * Starts the built main bundle (under the stand-in Electron), drives it like the page would,
 * then quits it and prints what happened as one JSON object.
 */
const [outDir, savedAs] = process.argv.slice(2);
await import(pathToFileURL(join(outDir, 'main', 'index.js')).href);
const state = globalThis.pcfFakeElectron;

async function until(check, what) {
  for (let attempt = 0; attempt < 600; attempt += 1) {
    if (check()) return;
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  throw new Error(`timed out waiting for ${what}`);
}

await until(() => state.windows.length === 1 && state.ipcHandlers.size > 0, 'the window');
const [window] = state.windows;

const call = (method, input, url = window.webContents.url) =>
  state.ipcHandlers.get(method)({ senderFrame: { url, parent: null } }, input);

const profile = {
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
};

const info = await call('host.info', {});
const created = await call('workspace.createDepartment', {
  file: info.value.startupFile.file,
  profile,
});
state.dialogPaths.push(savedAs);
const picked = await call('host.pickFile', {
  purpose: 'save-backup',
  mode: 'save',
  title: 'Back up to',
});
const backup = await call('workspace.backup', { file: picked.value.file });

// Response files are read by a worker thread the backend starts from its own bundle.
const survey = await call('surveys.create', {
  template: 'customer',
  title: 'Counter visits',
  period: '2026-Q1',
});
const folder = dirname(savedAs);
const csvPath = join(folder, 'responses.csv');
writeFileSync(
  csvPath,
  'response_id,submitted_at,channel,satisfaction\nR1,2026-01-08,phone,5\nR2,2026-01-09,web,4\n',
);
const xlsxPath = join(folder, 'responses.xlsx');
const workbook = new ExcelJS.Workbook();
const sheet = workbook.addWorksheet('Responses');
sheet.addRow(['response_id', 'satisfaction']);
sheet.addRow(['R3', 2]);
await workbook.xlsx.writeFile(xlsxPath);
const imports = [];
for (const path of [csvPath, xlsxPath]) {
  state.dialogPaths.push(path);
  const chosen = await call('host.pickFile', {
    purpose: 'import-data',
    mode: 'open',
    title: 'Import responses',
  });
  imports.push(
    await call('responses.import', {
      surveyId: survey.value.id,
      file: chosen.value.file,
    }),
  );
}
const current = await call('workspace.current', {});
const recent = await call('host.recentWorkspaces', {});
const backupOverRecent = await call('workspace.backup', { file: recent.value[0].file });
const backupAgain = await call('workspace.backup', { file: picked.value.file });
const madeUpPath = await call('workspace.open', { file: '/etc/passwd' });
const foreign = await call('workspace.current', {}, 'https://evil.example/');
const page = await state.protocolHandlers.get('app')(new Request('app://pcf/index.html'));
const escape = await state.protocolHandlers.get('app')(
  new Request('app://pcf/%2e%2e%2fmain/index.js'),
);
const navigation = { url: 'https://evil.example/', prevented: false };
window.webContents.emit('will-navigate', {
  url: navigation.url,
  preventDefault: () => (navigation.prevented = true),
});

let quitPrevented = false;
state.emitApp('will-quit', { preventDefault: () => (quitPrevented = true) });
await until(() => state.quits === 1, 'the backend to stop');

process.stdout.write(
  `${JSON.stringify({
    privileged: state.privileged,
    sessionHardened: state.sessionHardened,
    sandboxedAll: state.sandboxedAll === true,
    windowUrl: window.webContents.url,
    preloadExists: existsSync(window.options.webPreferences.preload),
    info,
    created,
    backup,
    backupExists: existsSync(savedAs),
    backupOverRecent,
    backupAgain,
    imports,
    current,
    recent,
    madeUpPath,
    foreign,
    events: window.webContents.sent,
    page: {
      status: page.status,
      csp: page.headers.get('content-security-policy'),
      body: await page.text(),
    },
    escapeStatus: escape.status,
    navigationPrevented: navigation.prevented,
    windowOpen: window.webContents.openHandler?.({ url: 'https://evil.example/' }),
    quitPrevented,
  })}\n`,
);
process.exit(0);
