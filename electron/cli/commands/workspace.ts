import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { AppError } from '../../../shared/errors';
import type { Command } from '../command';
import { requireOption, requirePositional, stringOption, usageError } from '../command';

const INIT_USAGE =
  'init <file> --department <CODE> --name <text> --coordinator <text> --email <addr> ' +
  '[--title <text>] [--phone <text>] [--reports-to <text>] | init <file> --office [--name <text>] [--leader <text>]';

export const initCommand: Command = {
  words: ['init'],
  usage: INIT_USAGE,
  summary:
    'Create a department workspace or the office workspace (never overwrites a file)',
  options: {
    department: { type: 'string' },
    office: { type: 'boolean' },
    name: { type: 'string' },
    coordinator: { type: 'string' },
    email: { type: 'string' },
    title: { type: 'string' },
    phone: { type: 'string' },
    'reports-to': { type: 'string' },
    designated: { type: 'string' },
    leader: { type: 'string' },
  },
  async run(parsed, { call }) {
    const file = resolve(requirePositional(parsed, 0, 'file', INIT_USAGE));
    const office = parsed.values.office === true;
    const department = stringOption(parsed, 'department');
    if (office === (department !== undefined)) {
      throw usageError('give exactly one of --department <CODE> or --office', INIT_USAGE);
    }
    const summary = office
      ? await call('workspace.createOffice', {
          file,
          profile: {
            name: stringOption(parsed, 'name'),
            executiveLeader: stringOption(parsed, 'leader') ?? null,
          },
        })
      : await call('workspace.createDepartment', {
          file,
          profile: {
            code: department ?? '',
            name: requireOption(parsed, 'name', INIT_USAGE),
            coordinator: {
              name: requireOption(parsed, 'coordinator', INIT_USAGE),
              email: requireOption(parsed, 'email', INIT_USAGE),
              title: stringOption(parsed, 'title') ?? null,
              phone: stringOption(parsed, 'phone') ?? null,
            },
            reportsTo: stringOption(parsed, 'reports-to') ?? null,
            designatedOn: stringOption(parsed, 'designated') ?? null,
          },
        });
    return {
      json: {
        created: summary.path,
        mode: summary.mode,
        department: summary.departmentCode
          ? { code: summary.departmentCode, name: summary.title }
          : null,
        schemaVersion: summary.schemaVersion,
      },
      text: [`Created ${summary.mode} workspace ${summary.path} (${summary.title})`],
    };
  },
};

const INFO_USAGE = 'info <file> [--json]';

export const infoCommand: Command = {
  words: ['info'],
  usage: INFO_USAGE,
  summary: 'Show a workspace\u2019s mode, department, versions and row counts',
  options: {},
  async run(parsed, { call }) {
    const file = resolve(requirePositional(parsed, 0, 'file', INFO_USAGE));
    await call('workspace.open', { file });
    const about = await call('workspace.about', {});
    const summary = about.workspace;
    let coordinator: { name: string; email: string; title: string | null } | null = null;
    let office: { name: string; executiveLeader: string | null } | null = null;
    if (summary.mode === 'department') {
      const profile = await call('department.getProfile', {});
      coordinator = {
        name: profile.coordinator.name,
        email: profile.coordinator.email,
        title: profile.coordinator.title,
      };
    } else {
      const profile = await call('office.getProfile', {});
      office = { name: profile.name, executiveLeader: profile.executiveLeader };
    }
    const json = {
      file: summary.path,
      mode: summary.mode,
      department: summary.departmentCode
        ? { code: summary.departmentCode, name: summary.title }
        : null,
      office,
      coordinator,
      schemaVersion: summary.schemaVersion,
      appVersion: about.appVersion,
      createdAt: about.createdAt,
      createdByAppVersion: about.createdByAppVersion,
      lastBackup: about.lastBackup,
      integrity: about.integrityAtOpen.ok ? 'ok' : about.integrityAtOpen.messages,
      counts: about.counts,
    };
    const text = [
      `File:           ${summary.path}`,
      `Mode:           ${summary.mode}`,
      summary.departmentCode
        ? `Department:     ${summary.departmentCode} ${summary.title}`
        : `Office:         ${summary.title}`,
      ...(coordinator
        ? [`Coordinator:    ${coordinator.name} <${coordinator.email}>`]
        : []),
      `Schema version: ${summary.schemaVersion}`,
      `App version:    ${about.appVersion}`,
      `Last backup:    ` +
        `${about.lastBackup ? `${about.lastBackup.at} ${about.lastBackup.path}` : 'never'}`,
      'Rows:',
      ...Object.entries(about.counts).map(([table, count]) => `  ${table}: ${count}`),
    ];
    return { json, text };
  },
};

const BACKUP_USAGE = 'backup <file> <dest> [--json]';

export const backupCommand: Command = {
  words: ['backup'],
  usage: BACKUP_USAGE,
  summary: 'Write an online backup of a workspace that opens as a workspace',
  options: {},
  async run(parsed, { call }) {
    const file = resolve(requirePositional(parsed, 0, 'file', BACKUP_USAGE));
    const destination = resolve(requirePositional(parsed, 1, 'dest', BACKUP_USAGE));
    if (existsSync(destination)) {
      throw new AppError(
        'E_FILE_EXISTS',
        `${destination} already exists; choose a new file name.`,
      );
    }
    await call('workspace.open', { file });
    const record = await call('workspace.backup', { file: destination });
    return {
      json: { backup: record.path, bytes: record.bytes, at: record.at },
      text: [`Backed up ${file} to ${record.path} (${record.bytes} bytes)`],
    };
  },
};
