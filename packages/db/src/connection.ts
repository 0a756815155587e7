/**
 * One way to open the database: DATABASE_URL decides the dialect. SQLite is the embedded
 * default (file:data/k2k.sqlite under the repo root); postgres://… uses the same code.
 */
import fs from "node:fs";
import path from "node:path";
import SQLite from "better-sqlite3";
import { Kysely, PostgresDialect } from "kysely";
import pg from "pg";
import type { Database } from "./schema.ts";
import { K2kSqliteDialect, withStatementCache } from "./sqlite-dialect.ts";

export type DialectName = "sqlite" | "postgres";

export interface DbHandle {
  db: Kysely<Database>;
  dialect: DialectName;
  /** the SQLite file, for backups; null for PostgreSQL */
  file: string | null;
  close: () => Promise<void>;
}

export const DEFAULT_DATABASE_URL = "file:data/k2k.sqlite";

/** The monorepo root: the nearest ancestor whose package.json declares workspaces. */
export function findRepoRoot(start = process.cwd()): string {
  let dir = path.resolve(start);
  for (;;) {
    const pkg = path.join(dir, "package.json");
    if (fs.existsSync(pkg)) {
      try {
        if (JSON.parse(fs.readFileSync(pkg, "utf8")).workspaces) return dir;
      } catch {
        // an unreadable package.json is not the root; keep walking up
      }
    }
    const parent = path.dirname(dir);
    if (parent === dir) return path.resolve(start);
    dir = parent;
  }
}

export function dialectOf(url: string): DialectName {
  return /^postgres(ql)?:\/\//.test(url) ? "postgres" : "sqlite";
}

/** Resolves `file:relative/path` against the repo root; `:memory:` stays in memory. */
export function sqlitePathOf(url: string, root = findRepoRoot()): string {
  const raw = url.startsWith("file:") ? url.slice("file:".length) : url;
  if (raw === ":memory:") return raw;
  return path.isAbsolute(raw) ? raw : path.join(root, raw);
}

// Postgres returns bigint counts as strings; the app only counts small numbers.
pg.types.setTypeParser(20, (v) => Number.parseInt(v, 10));
// REAL (float4) and NUMERIC to numbers, as SQLite returns them.
pg.types.setTypeParser(700, (v) => Number.parseFloat(v));
pg.types.setTypeParser(1700, (v) => Number.parseFloat(v));

export function openDatabase(url = process.env.DATABASE_URL || DEFAULT_DATABASE_URL): DbHandle {
  if (dialectOf(url) === "postgres") {
    const pool = new pg.Pool({ connectionString: url, max: Number(process.env.PG_POOL_MAX ?? 10) });
    const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
    return { db, dialect: "postgres", file: null, close: () => db.destroy() };
  }
  const file = sqlitePathOf(url);
  if (file !== ":memory:") fs.mkdirSync(path.dirname(file), { recursive: true });
  const sqlite = new SQLite(file);
  // WAL lets readers proceed during a write; busy_timeout waits instead of failing on a lock.
  sqlite.pragma("journal_mode = WAL");
  sqlite.pragma("busy_timeout = 5000");
  sqlite.pragma("foreign_keys = ON");
  sqlite.pragma("synchronous = NORMAL");
  const db = new Kysely<Database>({
    dialect: new K2kSqliteDialect({ database: withStatementCache(sqlite) }),
  });
  return { db, dialect: "sqlite", file: file === ":memory:" ? null : file, close: () => db.destroy() };
}

let shared: DbHandle | undefined;

/** The process-wide handle used by the apps (one pool, one SQLite connection). */
export function getDb(): DbHandle {
  shared ??= openDatabase();
  return shared;
}
