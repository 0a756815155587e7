/** Opens a throwaway database for tests: a real SQLite file in the OS temp folder, migrated. */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { type DbHandle, openDatabase } from "./connection.ts";
import { migrateToLatest } from "./migrate.ts";

export async function openTestDatabase(): Promise<DbHandle & { cleanup: () => Promise<void> }> {
  const url = process.env.TEST_DATABASE_URL;
  if (url?.startsWith("postgres")) {
    const handle = openDatabase(url);
    await resetPostgres(handle);
    await migrateToLatest(handle.db);
    return { ...handle, cleanup: () => handle.close() };
  }
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "k2k-test-"));
  const handle = openDatabase(`file:${path.join(dir, "test.sqlite")}`);
  await migrateToLatest(handle.db);
  return {
    ...handle,
    cleanup: async () => {
      await handle.close();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

async function resetPostgres(handle: DbHandle) {
  const { sql } = await import("kysely");
  await sql`drop schema public cascade`.execute(handle.db);
  await sql`create schema public`.execute(handle.db);
}
