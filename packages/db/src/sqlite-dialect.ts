/**
 * Kysely's SQLite dialect with two changes for a server that may run several processes on one
 * database file:
 *
 * - Transactions begin IMMEDIATE. A plain BEGIN takes the write lock only at the first write; if
 *   another process wrote in between, SQLite cannot wait for the lock and fails at once with
 *   SQLITE_BUSY, whatever busy_timeout says. IMMEDIATE takes the lock up front, so a second
 *   process waits (busy_timeout) instead of failing.
 * - Prepared statements are reused. Kysely prepares every query afresh, and under load preparing
 *   was the largest single cost on the request path; the app issues a few hundred distinct SQL
 *   texts, so a bounded map keyed by the SQL text keeps them all.
 */
import type { Database as BetterSqlite } from "better-sqlite3";
import {
  CompiledQuery,
  type DatabaseConnection,
  type Driver,
  SqliteDialect,
  type SqliteDialectConfig,
  SqliteDriver,
  type SqliteStatement,
} from "kysely";

/** Distinct SQL texts kept prepared; the least recently used is dropped beyond this. */
export const STATEMENT_CACHE_SIZE = 500;

class ImmediateSqliteDriver extends SqliteDriver {
  override async beginTransaction(connection: DatabaseConnection): Promise<void> {
    await connection.executeQuery(CompiledQuery.raw("begin immediate"));
  }
}

export class K2kSqliteDialect extends SqliteDialect {
  readonly #config: SqliteDialectConfig;
  constructor(config: SqliteDialectConfig) {
    super(config);
    this.#config = config;
  }
  override createDriver(): Driver {
    return new ImmediateSqliteDriver(this.#config);
  }
}

/** The Kysely view of a better-sqlite3 database, with prepared statements kept by SQL text. */
export function withStatementCache(sqlite: BetterSqlite, size = STATEMENT_CACHE_SIZE) {
  const cache = new Map<string, ReturnType<BetterSqlite["prepare"]>>();
  return {
    close: () => {
      cache.clear();
      sqlite.close();
    },
    prepare(sql: string): SqliteStatement {
      const hit = cache.get(sql);
      // a statement still being iterated (a streamed query) cannot run again: prepare a fresh one
      if (hit && !hit.busy) {
        cache.delete(sql);
        cache.set(sql, hit); // most recently used goes last
        return hit as unknown as SqliteStatement;
      }
      const stmt = sqlite.prepare(sql);
      if (!hit) {
        cache.set(sql, stmt);
        if (cache.size > size) cache.delete(cache.keys().next().value as string);
      }
      return stmt as unknown as SqliteStatement;
    },
    /** for tests: how many statements are kept */
    get cachedStatements() {
      return cache.size;
    },
  };
}
