import type Database from 'better-sqlite3';

/**
 * Fills every table of a database with a few rows worked out from its own definition:
 * foreign keys point at parent rows, `col in (...)` checks get one of their values and a
 * singleton table (`id = 1`) gets its one row. A column whose rule cannot be read from the
 * schema gets its value from COLUMN_VALUES below, keyed `table.column`.
 */
const COLUMN_VALUES: Record<string, (index: number) => unknown> = {};

interface ColumnInfo {
  name: string;
  type: string;
  pk: number;
  notnull: number;
}

interface ForeignKey {
  table: string;
  from: string;
  to: string | null;
}

export function userTables(sqlite: Database.Database): string[] {
  return (
    sqlite
      .prepare(
        "select name from sqlite_master where type = 'table' and name not like " +
          "'sqlite_%' and name <> '__drizzle_migrations' order by name",
      )
      .all() as { name: string }[]
  ).map((row) => row.name);
}

function quote(name: string): string {
  return `"${name.replace(/"/g, '""')}"`;
}

function foreignKeys(sqlite: Database.Database, table: string): ForeignKey[] {
  return sqlite
    .prepare(`select "table", "from", "to" from pragma_foreign_key_list(?)`)
    .all(table) as ForeignKey[];
}

function inDependencyOrder(sqlite: Database.Database, tables: string[]): string[] {
  const ordered: string[] = [];
  const visiting = new Set<string>();
  const visit = (table: string) => {
    if (ordered.includes(table) || visiting.has(table)) return;
    visiting.add(table);
    for (const key of foreignKeys(sqlite, table))
      if (key.table !== table) visit(key.table);
    visiting.delete(table);
    ordered.push(table);
  };
  tables.forEach(visit);
  return ordered;
}

function enumChecks(createSql: string): Map<string, string[]> {
  const found = new Map<string, string[]>();
  const pattern = /["`]?(\w+)["`]?\s+in\s*\(([^)]*)\)/gi;
  for (const match of createSql.matchAll(pattern)) {
    const values = [...(match[2] ?? '').matchAll(/'((?:[^']|'')*)'/g)].map((value) =>
      (value[1] ?? '').replace(/''/g, "'"),
    );
    if (values.length > 0 && match[1]) found.set(match[1], values);
  }
  return found;
}

function isSingleton(createSql: string): boolean {
  return /check\s*\(\s*["`]?\w+["`]?\.?["`]?id["`]?\s*=\s*1\s*\)/i.test(createSql);
}

function valueFor(
  sqlite: Database.Database,
  table: string,
  column: ColumnInfo,
  index: number,
  keys: ForeignKey[],
  enums: Map<string, string[]>,
): unknown {
  const override = COLUMN_VALUES[`${table}.${column.name}`];
  if (override) return override(index);
  const key = keys.find((candidate) => candidate.from === column.name);
  if (key) {
    const target = key.to ?? 'rowid';
    const parents = sqlite
      .prepare(`select ${quote(target)} as v from ${quote(key.table)} order by rowid`)
      .all() as { v: unknown }[];
    // A row pointing at its own table (a survey cloned from another) starts the chain empty.
    if (parents.length === 0 && key.table === table && !column.notnull) return null;
    if (parents.length === 0)
      throw new Error(
        `${table}.${column.name} refers to ${key.table}, which has no rows`,
      );
    return parents[index % parents.length]?.v;
  }
  const options = enums.get(column.name);
  if (options) return options[index % options.length];
  const type = column.type.toUpperCase();
  if (type.includes('INT')) return index + 1;
  if (
    type.includes('REAL') ||
    type.includes('NUM') ||
    type.includes('FLOA') ||
    type.includes('DOUB')
  )
    return index + 0.5;
  if (type.includes('BLOB')) return Buffer.from([index]);
  return `${table}.${column.name}.${index + 1}`;
}

export function fillEveryTable(sqlite: Database.Database, rowsPerTable = 3): void {
  const tables = inDependencyOrder(sqlite, userTables(sqlite));
  for (const table of tables) {
    const createSql = (
      sqlite.prepare('select sql from sqlite_master where name = ?').get(table) as {
        sql: string;
      }
    ).sql;
    const columns = sqlite
      .prepare('select name, type, pk, "notnull" from pragma_table_info(?)')
      .all(table) as ColumnInfo[];
    const keys = foreignKeys(sqlite, table);
    const enums = enumChecks(createSql);
    const singleton = isSingleton(createSql);
    const existing = (
      sqlite.prepare(`select count(*) as n from ${quote(table)}`).get() as { n: number }
    ).n;
    const rows = singleton ? 1 - Math.min(existing, 1) : rowsPerTable;
    const autoKey = columns.filter((column) => column.pk > 0).length === 1 && !singleton;
    for (let index = 0; index < rows; index += 1) {
      const filled = columns.filter(
        (column) =>
          !(autoKey && column.pk > 0 && column.type.toUpperCase() === 'INTEGER'),
      );
      const values = filled.map((column) =>
        singleton && column.pk > 0
          ? 1
          : valueFor(sqlite, table, column, index, keys, enums),
      );
      const statement =
        `insert into ${quote(table)} ` +
        `(${filled.map((column) => quote(column.name)).join(', ')}) values (${filled.map(() => '?').join(', ')})`;
      try {
        sqlite.prepare(statement).run(...values);
      } catch (error) {
        throw new Error(
          `The migration test could not fill ${table}: ${(error as Error).message}. ` +
            `Give the column a value in COLUMN_VALUES in test/integration/migrations/fill.ts.`,
        );
      }
    }
  }
}

/** Every row of every table, as text, so a migration can be shown to keep them all. */
export function snapshot(sqlite: Database.Database): Map<string, string[]> {
  const result = new Map<string, string[]>();
  for (const table of userTables(sqlite)) {
    const rows = sqlite
      .prepare(`select * from ${quote(table)} order by rowid`)
      .all() as Record<string, unknown>[];
    result.set(
      table,
      rows.map((row) =>
        JSON.stringify(row, (_key, value: unknown) =>
          Buffer.isBuffer(value) ? value.toString('hex') : value,
        ),
      ),
    );
  }
  return result;
}
