import { type DbHandle, getDb } from "@k2k/db";

export interface AttemptListFilters {
  q?: string;
  scenarioId?: string;
  status?: string;
  unitId?: string;
  userId?: string;
  minScore?: number;
  maxScore?: number;
  from?: string;
  to?: string;
}

/** Attempts of people inside the visible subtree, newest first. */
export async function listAttempts(
  scopePath: string,
  f: AttemptListFilters,
  limit = 200,
  handle: DbHandle = getDb(),
) {
  let q = handle.db
    .selectFrom("attempts as a")
    .innerJoin("users as u", "u.id", "a.user_id")
    .innerJoin("units as un", "un.id", "u.unit_id")
    .innerJoin("scenario_versions as v", "v.id", "a.scenario_version_id")
    .select([
      "a.id",
      "a.status",
      "a.started_at",
      "a.ended_at",
      "a.total_score",
      "a.outcome",
      "a.sim_minutes",
      "u.display_name",
      "u.id as user_id",
      "un.name as unit_name",
      "v.title as scenario_title",
      "v.version",
      "v.scenario_id",
    ])
    .where("un.path", "like", `${scopePath}%`);
  if (f.scenarioId) q = q.where("v.scenario_id", "=", f.scenarioId);
  if (f.status) q = q.where("a.status", "=", f.status as "active");
  if (f.userId) q = q.where("u.id", "=", f.userId);
  if (f.unitId) {
    const unit = await handle.db
      .selectFrom("units")
      .select("path")
      .where("id", "=", f.unitId)
      .executeTakeFirst();
    q = q.where("un.path", "like", `${unit?.path ?? "/nonexistent/"}%`);
  }
  if (f.q)
    q = q.where((eb) => eb.or([eb("u.display_name", "like", `%${f.q}%`), eb("v.title", "like", `%${f.q}%`)]));
  if (f.minScore !== undefined) q = q.where("a.total_score", ">=", f.minScore);
  if (f.maxScore !== undefined) q = q.where("a.total_score", "<=", f.maxScore);
  if (f.from) q = q.where("a.started_at", ">=", f.from);
  if (f.to) q = q.where("a.started_at", "<", f.to);
  return q.orderBy("a.started_at", "desc").limit(limit).execute();
}
