import {
  type DbHandle,
  getAttempt,
  getDb,
  getScenarioVersion,
  listAttemptComments,
  listEvents,
  listScores,
  newId,
  nowIso,
} from "@k2k/db";
import type { DrillEvent, ScenarioDefinition } from "@k2k/scenarios";
import { notFound } from "@k2k/web/server";

/** An attempt for review, or 404 when its learner lies outside the reviewer's subtree. */
export async function loadReview(attemptId: string, scopePath: string, handle: DbHandle = getDb()) {
  const { db } = handle;
  const attempt = await getAttempt(db, attemptId);
  if (!attempt) throw notFound("演练不存在。");
  const learner = await db
    .selectFrom("users as u")
    .innerJoin("units as un", "un.id", "u.unit_id")
    .select(["u.id", "u.display_name", "un.name as unit_name", "un.path"])
    .where("u.id", "=", attempt.user_id)
    .executeTakeFirst();
  if (!learner?.path.startsWith(scopePath)) throw notFound("演练不存在。");
  const version = await getScenarioVersion(db, attempt.scenario_version_id);
  if (!version) throw notFound("演练所用的场景版本不存在。");
  const def = JSON.parse(version.definition_json) as ScenarioDefinition;
  const events = (await listEvents(db, attempt.id)).map((r) => JSON.parse(r.payload_json) as DrillEvent);
  const scores = await listScores(db, attempt.id);
  const comments = await listAttemptComments(db, attempt.id);
  const audit = await db
    .selectFrom("audit_log as a")
    .leftJoin("users as u", "u.id", "a.actor_user_id")
    .select(["a.id", "a.at", "a.action", "a.details_json", "u.display_name as actor"])
    .where("a.target_type", "=", "attempt")
    .where("a.target_id", "=", attempt.id)
    .orderBy("a.id", "desc")
    .execute();
  return { attempt, learner, version, def, events, scores, comments, audit };
}

export async function addComment(
  attemptId: string,
  authorId: string,
  body: string,
  handle: DbHandle = getDb(),
) {
  const id = newId();
  await handle.db
    .insertInto("attempt_comments")
    .values({ id, attempt_id: attemptId, author_id: authorId, body, created_at: nowIso() })
    .execute();
  return id;
}
