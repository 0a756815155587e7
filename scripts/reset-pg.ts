// Empties a PostgreSQL database (its public schema) so that a test run starts from nothing.
import { openDatabase } from "@k2k/db";
import { sql } from "kysely";

const url = process.argv[2];
if (!url?.startsWith("postgres")) {
  console.error("usage: reset-pg.ts postgres://…");
  process.exit(2);
}
const handle = openDatabase(url);
await sql`drop schema public cascade`.execute(handle.db);
await sql`create schema public`.execute(handle.db);
await handle.close();
