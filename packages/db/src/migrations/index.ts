/**
 * A static list: Kysely's FileMigrationProvider reads a folder at run time, which does not
 * survive a bundler. Add each new migration here, in order.
 */
import type { Migration } from "kysely";
import * as initial from "./2026-11-26-001-initial.ts";
import * as readiness from "./2026-11-26-002-readiness.ts";
import * as assignmentDone from "./2026-11-27-003-assignment-done-index.ts";

export const migrations: Record<string, Migration> = {
  "2026-11-26-001-initial": initial,
  "2026-11-26-002-readiness": readiness,
  "2026-11-27-003-assignment-done-index": assignmentDone,
};
