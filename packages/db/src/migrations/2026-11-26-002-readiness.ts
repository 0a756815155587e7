// Frozen in time: this migration must never import app code or change once released.
import type { Kysely } from "kysely";

/**
 * Readiness targets (one JSON document per key; the app reads key "targets" and falls back to
 * its defaults when the row is missing) and the indexes the readiness queries lean on.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable("readiness_targets")
    .addColumn("key", "text", (c) => c.primaryKey())
    .addColumn("value_json", "text", (c) => c.notNull())
    .addColumn("updated_by", "text")
    .addColumn("updated_at", "text", (c) => c.notNull())
    .execute();

  // completed attempts by end time: the period and lookback windows of the readiness model
  await db.schema
    .createIndex("attempts_status_ended_idx")
    .on("attempts")
    .columns(["status", "ended_at", "user_id"])
    .execute();
  // best score per person and scenario version: the readiness aggregate reads only this index,
  // already grouped by (user, version), so it streams instead of sorting every attempt
  await db.schema
    .createIndex("attempts_readiness_idx")
    .on("attempts")
    .columns(["user_id", "scenario_version_id", "status", "ended_at", "total_score"])
    .execute();
  // "did this person finish this assignment" for on-time and overdue figures
  await db.schema
    .createIndex("attempts_assignment_user_idx")
    .on("attempts")
    .columns(["assignment_id", "user_id", "status"])
    .execute();
  await db.schema.createIndex("assignments_due_idx").on("assignments").column("due_at").execute();
  await db.schema
    .createIndex("assignment_targets_unit_idx")
    .on("assignment_targets")
    .column("unit_id")
    .execute();
  await db.schema
    .createIndex("assignment_targets_user_idx")
    .on("assignment_targets")
    .column("user_id")
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const i of [
    "assignment_targets_user_idx",
    "assignment_targets_unit_idx",
    "assignments_due_idx",
    "attempts_assignment_user_idx",
    "attempts_readiness_idx",
    "attempts_status_ended_idx",
  ])
    await db.schema.dropIndex(i).execute();
  await db.schema.dropTable("readiness_targets").execute();
}
