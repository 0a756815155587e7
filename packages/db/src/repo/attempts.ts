import type { Kysely } from "kysely";
import { newId, nowIso } from "../ids.ts";
import type { Attempt, AttemptEvent, AttemptUpdate, Database, TimeMode } from "../schema.ts";

export async function createAttempt(
  db: Kysely<Database>,
  a: {
    userId: string;
    versionId: string;
    assignmentId?: string | null;
    seed: number;
    timeMode?: TimeMode;
    timeScale?: number;
  },
): Promise<Attempt> {
  const row: Attempt = {
    id: newId(),
    user_id: a.userId,
    scenario_version_id: a.versionId,
    assignment_id: a.assignmentId ?? null,
    seed: a.seed,
    status: "active",
    time_mode: a.timeMode ?? "turn",
    time_scale: a.timeScale ?? 10,
    started_at: nowIso(),
    ended_at: null,
    stage_id: null,
    outcome: null,
    sim_minutes: 0,
    total_score: null,
    event_count: 0,
  };
  await db.insertInto("attempts").values(row).execute();
  return row;
}

export async function getAttempt(db: Kysely<Database>, id: string): Promise<Attempt | undefined> {
  return db.selectFrom("attempts").selectAll().where("id", "=", id).executeTakeFirst();
}

export async function listEvents(db: Kysely<Database>, attemptId: string): Promise<AttemptEvent[]> {
  return db
    .selectFrom("attempt_events")
    .selectAll()
    .where("attempt_id", "=", attemptId)
    .orderBy("seq")
    .execute();
}

export interface AppendResult {
  event: AttemptEvent;
  /** true when the idempotency key had been stored before: nothing new was written */
  duplicate: boolean;
}

export interface NewEvent {
  idempotencyKey: string;
  type: string;
  payload: unknown;
  simMinute: number;
}

/**
 * Appends one event. A repeated idempotency key returns the stored event instead of a second
 * one; `expectedSeq` guards against two writers deciding on the same prior state.
 */
export async function appendEvent(
  db: Kysely<Database>,
  attemptId: string,
  expectedCount: number,
  e: NewEvent,
  after?: (trx: Kysely<Database>, event: AttemptEvent) => Promise<void>,
): Promise<AppendResult> {
  const existing = await findByKey(db, attemptId, e.idempotencyKey);
  if (existing) return { event: existing, duplicate: true };
  try {
    return await db.transaction().execute(async (trx) => {
      const again = await findByKey(trx, attemptId, e.idempotencyKey);
      if (again) return { event: again, duplicate: true };
      const count = await trx
        .selectFrom("attempt_events")
        .select((eb) => eb.fn.countAll<number>().as("n"))
        .where("attempt_id", "=", attemptId)
        .executeTakeFirstOrThrow();
      if (Number(count.n) !== expectedCount) throw new ConcurrentChangeError();
      const event: AttemptEvent = {
        id: newId(),
        attempt_id: attemptId,
        seq: expectedCount + 1,
        idempotency_key: e.idempotencyKey,
        type: e.type,
        payload_json: JSON.stringify(e.payload),
        sim_minute: e.simMinute,
        created_at: nowIso(),
      };
      await trx.insertInto("attempt_events").values(event).execute();
      if (after) await after(trx, event);
      return { event, duplicate: false };
    });
  } catch (err) {
    // A concurrent insert of the same key lost the race on the unique index: return the winner.
    const winner = await findByKey(db, attemptId, e.idempotencyKey);
    if (winner) return { event: winner, duplicate: true };
    throw err;
  }
}

export class ConcurrentChangeError extends Error {
  constructor() {
    super("attempt changed concurrently");
  }
}

function findByKey(db: Kysely<Database>, attemptId: string, key: string) {
  return db
    .selectFrom("attempt_events")
    .selectAll()
    .where("attempt_id", "=", attemptId)
    .where("idempotency_key", "=", key)
    .executeTakeFirst();
}

export async function updateAttempt(db: Kysely<Database>, id: string, patch: AttemptUpdate): Promise<void> {
  await db.updateTable("attempts").set(patch).where("id", "=", id).execute();
}

export async function upsertScore(
  db: Kysely<Database>,
  s: {
    attemptId: string;
    taskId: string;
    taskType: string;
    rubricVersion: string;
    total: number;
    dimensions: unknown;
    findings: unknown;
    timeliness?: unknown;
  },
): Promise<void> {
  const values = {
    rubric_version: s.rubricVersion,
    task_type: s.taskType,
    total: s.total,
    dimensions_json: JSON.stringify(s.dimensions),
    findings_json: JSON.stringify(s.findings),
    timeliness_json: s.timeliness === undefined ? null : JSON.stringify(s.timeliness),
  };
  const existing = await db
    .selectFrom("scores")
    .select("id")
    .where("attempt_id", "=", s.attemptId)
    .where("task_id", "=", s.taskId)
    .executeTakeFirst();
  if (existing) {
    await db.updateTable("scores").set(values).where("id", "=", existing.id).execute();
  } else {
    await db
      .insertInto("scores")
      .values({ id: newId(), attempt_id: s.attemptId, task_id: s.taskId, created_at: nowIso(), ...values })
      .execute();
  }
}
