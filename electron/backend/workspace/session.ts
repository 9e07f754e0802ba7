import { eq } from 'drizzle-orm';
import { basename } from 'node:path';
import type { WorkspaceMode, WorkspaceSummary } from '../../../shared/domain/workspace';
import { AppError } from '../../../shared/errors';
import type { Logger } from '../../common/logger';
import type { WorkspaceDb } from '../db/connection';
import type { ShippedMigrations } from '../db/migrations';
import { openWorkspaceFile, type IntegrityResult } from '../db/open';
import { departmentProfile, officeProfile, workspaceMeta } from '../db/schema';
import type Database from 'better-sqlite3';

export interface OpenWorkspace {
  path: string;
  mode: WorkspaceMode;
  db: WorkspaceDb;
  sqlite: Database.Database;
  integrity: IntegrityResult;
  schemaVersion: number;
  summary(): WorkspaceSummary;
  /** Fails with E_WRONG_MODE unless this is a workspace of the given mode. */
  requireMode(mode: WorkspaceMode): void;
}

function titleOf(
  db: WorkspaceDb,
  mode: WorkspaceMode,
): { title: string; code: string | null } {
  if (mode === 'department') {
    const row = db
      .select()
      .from(departmentProfile)
      .where(eq(departmentProfile.id, 1))
      .get();
    return { title: row?.name ?? 'Department', code: row?.code ?? null };
  }
  const row = db.select().from(officeProfile).where(eq(officeProfile.id, 1)).get();
  return { title: row?.name ?? 'Office', code: null };
}

const MODE_WORDS: Record<WorkspaceMode, string> = {
  department: 'a department workspace',
  office: 'the office workspace',
};

/** The one workspace this backend has open, if any. */
export class WorkspaceSession {
  private current: OpenWorkspace | null = null;

  constructor(
    private readonly shipped: ShippedMigrations,
    private readonly appVersion: string,
    private readonly log: Logger,
  ) {}

  get migrations(): ShippedMigrations {
    return this.shipped;
  }

  get version(): string {
    return this.appVersion;
  }

  peek(): OpenWorkspace | null {
    return this.current;
  }

  require(): OpenWorkspace {
    if (!this.current) {
      throw new AppError(
        'E_NO_WORKSPACE',
        'No workspace is open. Open or create one first.',
      );
    }
    return this.current;
  }

  async open(path: string): Promise<OpenWorkspace> {
    const opened = await openWorkspaceFile(path, {
      shipped: this.shipped,
      appVersion: this.appVersion,
      log: this.log.child('open'),
    });
    const meta = opened.db
      .select()
      .from(workspaceMeta)
      .where(eq(workspaceMeta.id, 1))
      .get();
    if (!meta) {
      opened.sqlite.close();
      throw new AppError(
        'E_WORKSPACE_DAMAGED',
        `${basename(path)} is missing its workspace record and cannot be opened.`,
      );
    }
    this.close();
    const mode = meta.mode;
    const workspace: OpenWorkspace = {
      path,
      mode,
      db: opened.db,
      sqlite: opened.sqlite,
      integrity: opened.integrity,
      schemaVersion: opened.schemaVersion,
      summary: () => {
        const { title, code } = titleOf(opened.db, mode);
        return {
          mode,
          title,
          departmentCode: code,
          path,
          fileName: basename(path),
          schemaVersion: opened.schemaVersion,
        };
      },
      requireMode: (wanted) => {
        if (mode !== wanted) {
          throw new AppError(
            'E_WRONG_MODE',
            `This is ${MODE_WORDS[mode]}; that needs ${MODE_WORDS[wanted]}.`,
          );
        }
      },
    };
    this.current = workspace;
    this.log.info('workspace opened', {
      file: path,
      mode,
      schemaVersion: opened.schemaVersion,
    });
    return workspace;
  }

  close(): boolean {
    if (!this.current) return false;
    const { sqlite, path } = this.current;
    this.current = null;
    try {
      sqlite.pragma('wal_checkpoint(TRUNCATE)');
    } catch (error) {
      this.log.warn('checkpoint before close failed', { file: path, error });
    }
    sqlite.close();
    this.log.info('workspace closed', { file: path });
    return true;
  }
}
