import type { Kysely } from "kysely";
import { newId, nowIso } from "../ids.ts";
import type { Database, ScenarioVersion } from "../schema.ts";

/** What the db needs to know of a built-in scenario definition (kept structural: no engine import). */
export interface BuiltInDefinition {
  id: string;
  version: number;
  title: string;
  category: string;
  competencies: string[];
}

/**
 * Publishes each built-in scenario whose content version is newer than the one last synced.
 * Published versions are immutable, so attempts keep the version they started with.
 */
export async function syncBuiltInScenarios(
  db: Kysely<Database>,
  defs: BuiltInDefinition[],
): Promise<string[]> {
  const published: string[] = [];
  for (const def of defs) {
    const json = JSON.stringify(def);
    await db.transaction().execute(async (trx) => {
      const existing = await trx
        .selectFrom("scenarios")
        .selectAll()
        .where("id", "=", def.id)
        .executeTakeFirst();
      if (existing && existing.builtin_version !== null && existing.builtin_version >= def.version) return;
      if (existing && existing.builtin_version === null) return; // an authored scenario owns this id
      const now = nowIso();
      if (!existing) {
        await trx
          .insertInto("scenarios")
          .values({
            id: def.id,
            title: def.title,
            category: def.category,
            competencies: JSON.stringify(def.competencies),
            status: "published",
            draft_json: json,
            builtin_version: def.version,
            created_by: null,
            created_at: now,
            updated_at: now,
          })
          .execute();
      } else {
        await trx
          .updateTable("scenarios")
          .set({
            title: def.title,
            category: def.category,
            competencies: JSON.stringify(def.competencies),
            draft_json: json,
            builtin_version: def.version,
            status: "published",
            updated_at: now,
          })
          .where("id", "=", def.id)
          .execute();
      }
      const last = await trx
        .selectFrom("scenario_versions")
        .select((eb) => eb.fn.max("version").as("v"))
        .where("scenario_id", "=", def.id)
        .executeTakeFirst();
      await trx
        .insertInto("scenario_versions")
        .values({
          id: newId(),
          scenario_id: def.id,
          version: Number(last?.v ?? 0) + 1,
          title: def.title,
          definition_json: json,
          published_by: null,
          published_at: now,
        })
        .execute();
      published.push(def.id);
    });
  }
  return published;
}

export interface PublishedScenario {
  scenario_id: string;
  version_id: string;
  version: number;
  title: string;
  category: string;
  competencies: string;
}

/** The latest published version of every scenario that is not archived. */
export async function listLatestPublished(db: Kysely<Database>): Promise<PublishedScenario[]> {
  return latestPublishedQuery(db).execute();
}

/** The same list with each version's definition JSON (for pages that show summaries). */
export async function listLatestPublishedDefinitions(
  db: Kysely<Database>,
): Promise<(PublishedScenario & { definition_json: string })[]> {
  return latestPublishedQuery(db).select("v.definition_json").execute();
}

function latestPublishedQuery(db: Kysely<Database>) {
  return db
    .selectFrom("scenario_versions as v")
    .innerJoin("scenarios as s", "s.id", "v.scenario_id")
    .select([
      "s.id as scenario_id",
      "v.id as version_id",
      "v.version",
      "v.title",
      "s.category",
      "s.competencies",
    ])
    .where("s.status", "!=", "archived")
    .where((eb) =>
      eb(
        "v.version",
        "=",
        eb
          .selectFrom("scenario_versions as v2")
          .select((e2) => e2.fn.max("v2.version").as("m"))
          .whereRef("v2.scenario_id", "=", "v.scenario_id"),
      ),
    )
    .orderBy("s.category")
    .orderBy("v.title");
}

export async function getScenarioVersion(
  db: Kysely<Database>,
  versionId: string,
): Promise<ScenarioVersion | undefined> {
  return db.selectFrom("scenario_versions").selectAll().where("id", "=", versionId).executeTakeFirst();
}
