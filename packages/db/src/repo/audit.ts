import type { Kysely } from "kysely";
import { nowIso } from "../ids.ts";
import type { Database } from "../schema.ts";

export interface AuditInput {
  actorUserId: string | null;
  action: string;
  targetType?: string;
  targetId?: string;
  details?: Record<string, unknown>;
  ip?: string | null;
}

/** Append-only: the app inserts audit entries and never updates or deletes them. */
export async function writeAudit(db: Kysely<Database>, e: AuditInput): Promise<void> {
  await db
    .insertInto("audit_log")
    .values({
      at: nowIso(),
      actor_user_id: e.actorUserId,
      action: e.action,
      target_type: e.targetType ?? null,
      target_id: e.targetId ?? null,
      details_json: e.details ? JSON.stringify(e.details) : null,
      ip: e.ip ?? null,
    })
    .execute();
}
