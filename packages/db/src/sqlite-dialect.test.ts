import { execFile } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import SQLite from "better-sqlite3";
import { sql } from "kysely";
import { afterEach, describe, expect, it } from "vitest";
import { openDatabase } from "./connection.ts";
import { withStatementCache } from "./sqlite-dialect.ts";

const here = path.dirname(fileURLToPath(import.meta.url));
const dirs: string[] = [];
afterEach(() => {
  while (dirs.length) fs.rmSync(dirs.pop()!, { recursive: true, force: true });
});
function tempFile() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "k2k-dialect-"));
  dirs.push(dir);
  return path.join(dir, "t.sqlite");
}

describe("SQLite statement cache", () => {
  it("prepares a SQL text once and drops the least recently used beyond its size", () => {
    const sqlite = new SQLite(":memory:");
    const db = withStatementCache(sqlite, 2);
    const a = db.prepare("select 1 as x");
    expect(db.prepare("select 1 as x")).toBe(a);
    const b = db.prepare("select 2 as x");
    db.prepare("select 1 as x"); // a is now the most recently used
    db.prepare("select 3 as x"); // evicts b
    expect(db.cachedStatements).toBe(2);
    expect(db.prepare("select 1 as x")).toBe(a);
    expect(db.prepare("select 2 as x")).not.toBe(b);
    expect(a.all([])).toEqual([{ x: 1 }]);
    db.close();
  });

  it("gives a fresh statement while the cached one is still being iterated", () => {
    const sqlite = new SQLite(":memory:");
    const db = withStatementCache(sqlite);
    const first = db.prepare("select value from json_each('[1,2,3]')");
    const iterator = first.iterate([]);
    iterator.next();
    const second = db.prepare("select value from json_each('[1,2,3]')");
    expect(second).not.toBe(first);
    expect(second.all([])).toHaveLength(3);
    iterator.return?.();
    db.close();
  });

  it("serves repeated Kysely queries with their parameters intact", async () => {
    const { db, close } = openDatabase(`file:${tempFile()}`);
    await sql`create table t (id integer primary key, name text)`.execute(db);
    for (let i = 1; i <= 3; i++) await sql`insert into t (id, name) values (${i}, ${`n${i}`})`.execute(db);
    for (let i = 1; i <= 3; i++) {
      const { rows } = await sql<{ name: string }>`select name from t where id = ${i}`.execute(db);
      expect(rows[0]?.name).toBe(`n${i}`);
    }
    await close();
  });
});

describe("several processes writing one SQLite file", () => {
  it("serialises read-then-write transactions instead of failing with SQLITE_BUSY", async () => {
    const file = tempFile();
    const setup = new SQLite(file);
    setup.pragma("journal_mode = WAL");
    setup.exec("create table counter (seq integer primary key, writer text not null)");
    setup.close();
    const run = promisify(execFile);
    const perWriter = 150;
    const writers = await Promise.all(
      ["a", "b", "c"].map((w) =>
        run(
          process.execPath,
          [
            "--import",
            "tsx",
            path.join(here, "testing/concurrent-writer.ts"),
            `file:${file}`,
            w,
            String(perWriter),
          ],
          { cwd: here },
        ),
      ),
    );
    for (const { stdout } of writers)
      expect(JSON.parse(stdout.trim().split("\n").at(-1)!)).toEqual({ failed: 0 });
    const check = new SQLite(file, { readonly: true });
    const rows = check.prepare("select seq from counter order by seq").all() as { seq: number }[];
    check.close();
    expect(rows).toHaveLength(3 * perWriter);
    expect(rows.every((r, i) => r.seq === i + 1)).toBe(true);
  }, 60_000);
});
