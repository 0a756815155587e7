// Frozen in time: this migration must never import app code or change once released.
import { type Kysely, PostgresAdapter, sql } from "kysely";

export async function up(db: Kysely<any>): Promise<void> {
  const isPostgres = db.getExecutor().adapter instanceof PostgresAdapter;
  const serial = isPostgres ? sql`bigserial primary key` : sql`integer primary key autoincrement`;

  await db.schema
    .createTable("units")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("parent_id", "text", (c) => c.references("units.id"))
    .addColumn("name", "text", (c) => c.notNull())
    .addColumn("kind", "text", (c) => c.notNull())
    .addColumn("path", "text", (c) => c.notNull().unique())
    .addColumn("depth", "integer", (c) => c.notNull())
    .addColumn("leader_user_id", "text")
    .addColumn("sort_order", "integer", (c) => c.notNull().defaultTo(0))
    .execute();
  await db.schema.createIndex("units_parent_idx").on("units").column("parent_id").execute();

  await db.schema
    .createTable("users")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("username", "text", (c) => c.notNull().unique())
    .addColumn("display_name", "text", (c) => c.notNull())
    .addColumn("password_hash", "text", (c) => c.notNull())
    .addColumn("unit_id", "text", (c) => c.notNull().references("units.id"))
    .addColumn("scope_unit_id", "text", (c) => c.references("units.id"))
    .addColumn("position", "text", (c) => c.notNull())
    .addColumn("position_level", "text", (c) => c.notNull().defaultTo("cadre"))
    .addColumn("disabled", "integer", (c) => c.notNull().defaultTo(0))
    .addColumn("created_at", "text", (c) => c.notNull())
    .execute();
  await db.schema.createIndex("users_unit_idx").on("users").column("unit_id").execute();

  await db.schema
    .createTable("user_roles")
    .addColumn("user_id", "text", (c) => c.notNull().references("users.id").onDelete("cascade"))
    .addColumn("role", "text", (c) => c.notNull())
    .addPrimaryKeyConstraint("user_roles_pk", ["user_id", "role"])
    .execute();

  await db.schema
    .createTable("sessions")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("user_id", "text", (c) => c.notNull().references("users.id").onDelete("cascade"))
    .addColumn("app", "text", (c) => c.notNull())
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("expires_at", "text", (c) => c.notNull())
    .execute();
  await db.schema.createIndex("sessions_user_idx").on("sessions").column("user_id").execute();

  await db.schema
    .createTable("scenarios")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("title", "text", (c) => c.notNull())
    .addColumn("category", "text", (c) => c.notNull())
    .addColumn("competencies", "text", (c) => c.notNull())
    .addColumn("status", "text", (c) => c.notNull())
    .addColumn("draft_json", "text", (c) => c.notNull())
    .addColumn("builtin_version", "integer")
    .addColumn("created_by", "text", (c) => c.references("users.id"))
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("updated_at", "text", (c) => c.notNull())
    .execute();

  await db.schema
    .createTable("scenario_versions")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("scenario_id", "text", (c) => c.notNull().references("scenarios.id"))
    .addColumn("version", "integer", (c) => c.notNull())
    .addColumn("title", "text", (c) => c.notNull())
    .addColumn("definition_json", "text", (c) => c.notNull())
    .addColumn("published_by", "text", (c) => c.references("users.id"))
    .addColumn("published_at", "text", (c) => c.notNull())
    .addUniqueConstraint("scenario_versions_unique", ["scenario_id", "version"])
    .execute();

  await db.schema
    .createTable("assignments")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("scenario_version_id", "text", (c) => c.notNull().references("scenario_versions.id"))
    .addColumn("title", "text", (c) => c.notNull())
    .addColumn("due_at", "text", (c) => c.notNull())
    .addColumn("time_mode", "text", (c) => c.notNull().defaultTo("turn"))
    .addColumn("time_scale", "integer", (c) => c.notNull().defaultTo(10))
    .addColumn("created_by", "text", (c) => c.notNull().references("users.id"))
    .addColumn("created_at", "text", (c) => c.notNull())
    .execute();

  await db.schema
    .createTable("assignment_targets")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("assignment_id", "text", (c) => c.notNull().references("assignments.id").onDelete("cascade"))
    .addColumn("unit_id", "text", (c) => c.references("units.id"))
    .addColumn("user_id", "text", (c) => c.references("users.id"))
    .execute();
  await db.schema
    .createIndex("assignment_targets_assignment_idx")
    .on("assignment_targets")
    .column("assignment_id")
    .execute();

  await db.schema
    .createTable("attempts")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("user_id", "text", (c) => c.notNull().references("users.id"))
    .addColumn("scenario_version_id", "text", (c) => c.notNull().references("scenario_versions.id"))
    .addColumn("assignment_id", "text", (c) => c.references("assignments.id"))
    .addColumn("seed", "integer", (c) => c.notNull())
    .addColumn("status", "text", (c) => c.notNull())
    .addColumn("time_mode", "text", (c) => c.notNull().defaultTo("turn"))
    .addColumn("time_scale", "integer", (c) => c.notNull().defaultTo(10))
    .addColumn("started_at", "text", (c) => c.notNull())
    .addColumn("ended_at", "text")
    .addColumn("stage_id", "text")
    .addColumn("outcome", "text")
    .addColumn("sim_minutes", "integer", (c) => c.notNull().defaultTo(0))
    .addColumn("total_score", "real")
    .addColumn("event_count", "integer", (c) => c.notNull().defaultTo(0))
    .execute();
  await db.schema
    .createIndex("attempts_user_idx")
    .on("attempts")
    .columns(["user_id", "started_at"])
    .execute();
  await db.schema.createIndex("attempts_version_idx").on("attempts").column("scenario_version_id").execute();
  await db.schema.createIndex("attempts_assignment_idx").on("attempts").column("assignment_id").execute();

  await db.schema
    .createTable("attempt_events")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("attempt_id", "text", (c) => c.notNull().references("attempts.id"))
    .addColumn("seq", "integer", (c) => c.notNull())
    .addColumn("idempotency_key", "text", (c) => c.notNull())
    .addColumn("type", "text", (c) => c.notNull())
    .addColumn("payload_json", "text", (c) => c.notNull())
    .addColumn("sim_minute", "integer", (c) => c.notNull())
    .addColumn("created_at", "text", (c) => c.notNull())
    .addUniqueConstraint("attempt_events_idempotency", ["attempt_id", "idempotency_key"])
    .addUniqueConstraint("attempt_events_seq", ["attempt_id", "seq"])
    .execute();

  await db.schema
    .createTable("scores")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("attempt_id", "text", (c) => c.notNull().references("attempts.id"))
    .addColumn("task_id", "text", (c) => c.notNull())
    .addColumn("task_type", "text", (c) => c.notNull())
    .addColumn("rubric_version", "text", (c) => c.notNull())
    .addColumn("total", "real", (c) => c.notNull())
    .addColumn("dimensions_json", "text", (c) => c.notNull())
    .addColumn("findings_json", "text", (c) => c.notNull())
    .addColumn("timeliness_json", "text")
    .addColumn("created_at", "text", (c) => c.notNull())
    .addUniqueConstraint("scores_attempt_task", ["attempt_id", "task_id"])
    .execute();

  await db.schema
    .createTable("score_overrides")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("score_id", "text", (c) => c.notNull().references("scores.id"))
    .addColumn("dimension", "text", (c) => c.notNull())
    .addColumn("old_value", "real", (c) => c.notNull())
    .addColumn("new_value", "real", (c) => c.notNull())
    .addColumn("reason", "text", (c) => c.notNull())
    .addColumn("by_user_id", "text", (c) => c.notNull().references("users.id"))
    .addColumn("created_at", "text", (c) => c.notNull())
    .execute();
  await db.schema.createIndex("score_overrides_score_idx").on("score_overrides").column("score_id").execute();

  await db.schema
    .createTable("attempt_comments")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("attempt_id", "text", (c) => c.notNull().references("attempts.id"))
    .addColumn("author_id", "text", (c) => c.notNull().references("users.id"))
    .addColumn("body", "text", (c) => c.notNull())
    .addColumn("created_at", "text", (c) => c.notNull())
    .execute();

  await db.schema
    .createTable("audit_log")
    .addColumn("id", serial)
    .addColumn("at", "text", (c) => c.notNull())
    .addColumn("actor_user_id", "text")
    .addColumn("action", "text", (c) => c.notNull())
    .addColumn("target_type", "text")
    .addColumn("target_id", "text")
    .addColumn("details_json", "text")
    .addColumn("ip", "text")
    .execute();

  await db.schema
    .createTable("login_attempts")
    .addColumn("id", serial)
    .addColumn("username", "text", (c) => c.notNull())
    .addColumn("ip", "text", (c) => c.notNull())
    .addColumn("success", "integer", (c) => c.notNull())
    .addColumn("at", "text", (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex("login_attempts_user_idx")
    .on("login_attempts")
    .columns(["username", "at"])
    .execute();
  await db.schema.createIndex("login_attempts_ip_idx").on("login_attempts").columns(["ip", "at"]).execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const t of [
    "login_attempts",
    "audit_log",
    "attempt_comments",
    "score_overrides",
    "scores",
    "attempt_events",
    "attempts",
    "assignment_targets",
    "assignments",
    "scenario_versions",
    "scenarios",
    "sessions",
    "user_roles",
    "users",
    "units",
  ]) {
    await db.schema.dropTable(t).execute();
  }
}
