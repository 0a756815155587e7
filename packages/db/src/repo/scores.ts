import type { Kysely } from "kysely";
import { newId, nowIso } from "../ids.ts";
import type { Database, Score, ScoreOverride } from "../schema.ts";

export interface ScoreWithOverrides extends Score {
  overrides: ScoreOverride[];
  /** dimension → the latest instructor value, beside the automatic one */
  adjusted: Record<string, number>;
}

export async function listScores(db: Kysely<Database>, attemptId: string): Promise<ScoreWithOverrides[]> {
  const scores = await db
    .selectFrom("scores")
    .selectAll()
    .where("attempt_id", "=", attemptId)
    .orderBy("created_at")
    .execute();
  if (scores.length === 0) return [];
  const overrides = await db
    .selectFrom("score_overrides")
    .selectAll()
    .where(
      "score_id",
      "in",
      scores.map((s) => s.id),
    )
    .orderBy("created_at")
    .execute();
  return scores.map((s) => {
    const own = overrides.filter((o) => o.score_id === s.id);
    const adjusted: Record<string, number> = {};
    for (const o of own) adjusted[o.dimension] = o.new_value;
    return { ...s, overrides: own, adjusted };
  });
}

/** Adds an override beside the automatic score; the automatic value is never changed. */
export async function addScoreOverride(
  db: Kysely<Database>,
  o: {
    scoreId: string;
    dimension: string;
    oldValue: number;
    newValue: number;
    reason: string;
    byUserId: string;
  },
): Promise<ScoreOverride> {
  const row: ScoreOverride = {
    id: newId(),
    score_id: o.scoreId,
    dimension: o.dimension,
    old_value: o.oldValue,
    new_value: o.newValue,
    reason: o.reason,
    by_user_id: o.byUserId,
    created_at: nowIso(),
  };
  await db.insertInto("score_overrides").values(row).execute();
  return row;
}

export async function listAttemptComments(db: Kysely<Database>, attemptId: string) {
  return db
    .selectFrom("attempt_comments as c")
    .innerJoin("users as u", "u.id", "c.author_id")
    .select(["c.id", "c.body", "c.created_at", "u.display_name as author"])
    .where("c.attempt_id", "=", attemptId)
    .orderBy("c.created_at")
    .execute();
}
