import { type DbHandle, getDb, listAssignmentsForUser, listLatestPublishedDefinitions } from "@k2k/db";
import { COMPETENCIES, type Competency, type ScenarioDefinition } from "@k2k/scenarios";

export interface PracticeScenario {
  versionId: string;
  scenarioId: string;
  title: string;
  summary: string;
  category: Competency;
  difficulty: number;
  estimatedMinutes: number;
  bestScore: number | null;
}

/** Everything the learner's home shows, in four queries. */
export async function loadHome(userId: string, handle: DbHandle = getDb()) {
  const { db } = handle;
  const assignments = await listAssignmentsForUser(db, userId);

  const latest = await listLatestPublishedDefinitions(db);

  const mine = await db
    .selectFrom("attempts as a")
    .innerJoin("scenario_versions as v", "v.id", "a.scenario_version_id")
    .innerJoin("scenarios as s", "s.id", "v.scenario_id")
    .select([
      "a.id",
      "a.status",
      "a.started_at",
      "a.ended_at",
      "a.total_score",
      "v.title",
      "v.scenario_id",
      "s.competencies",
    ])
    .where("a.user_id", "=", userId)
    .orderBy("a.started_at", "desc")
    .limit(300)
    .execute();

  const best = new Map<string, number>();
  for (const a of mine) {
    if (a.status === "completed" && a.total_score !== null)
      best.set(a.scenario_id, Math.max(best.get(a.scenario_id) ?? 0, a.total_score));
  }

  const practice: PracticeScenario[] = latest
    .map((v) => {
      const def = JSON.parse(v.definition_json) as ScenarioDefinition;
      return {
        versionId: v.version_id,
        scenarioId: v.scenario_id,
        title: def.title,
        summary: def.summary,
        category: def.category,
        difficulty: def.difficulty,
        estimatedMinutes: def.estimatedMinutes,
        bestScore: best.get(v.scenario_id) ?? null,
      };
    })
    .sort((a, b) => a.difficulty - b.difficulty || a.title.localeCompare(b.title, "zh-CN"));

  // progress per competency: each completed attempt counts for every competency of its scenario
  const completed = mine.filter((a) => a.status === "completed" && a.total_score !== null).reverse();
  const progress = COMPETENCIES.map((c) => {
    const points = completed
      .filter((a) => (JSON.parse(a.competencies) as string[]).includes(c))
      .map((a) => ({ at: a.ended_at ?? a.started_at, score: Math.round(a.total_score ?? 0) }));
    return {
      competency: c,
      best: points.length ? Math.max(...points.map((p) => p.score)) : null,
      attempts: points.length,
      points,
    };
  });

  return { assignments, practice, progress, recent: mine.slice(0, 6) };
}
