import { type DbHandle, getDb, newId, nowIso, writeAudit } from "@k2k/db";
import type { ScenarioDefinition } from "@k2k/scenarios";
import { analyseDraft, blankScenario } from "./studio.ts";

export interface LibraryFilters {
  q?: string;
  category?: string;
  competency?: string;
  status?: string;
}

export async function listLibrary(f: LibraryFilters, handle: DbHandle = getDb()) {
  let q = handle.db
    .selectFrom("scenarios as s")
    .leftJoin("users as u", "u.id", "s.created_by")
    .select([
      "s.id",
      "s.title",
      "s.category",
      "s.competencies",
      "s.status",
      "s.updated_at",
      "s.builtin_version",
      "u.display_name as author",
      (eb) =>
        eb
          .selectFrom("scenario_versions as v")
          .select((e2) => e2.fn.max("v.version").as("m"))
          .whereRef("v.scenario_id", "=", "s.id")
          .as("latest_version"),
    ]);
  if (f.q) q = q.where("s.title", "like", `%${f.q}%`);
  if (f.category) q = q.where("s.category", "=", f.category);
  if (f.competency) q = q.where("s.competencies", "like", `%"${f.competency.replace(/["%_]/g, "")}"%`);
  if (f.status) q = q.where("s.status", "=", f.status as "draft");
  else q = q.where("s.status", "!=", "archived");
  return q.orderBy("s.updated_at", "desc").execute();
}

export async function getScenarioRow(id: string, handle: DbHandle = getDb()) {
  return handle.db.selectFrom("scenarios").selectAll().where("id", "=", id).executeTakeFirst();
}

export async function listVersions(scenarioId: string, handle: DbHandle = getDb()) {
  return handle.db
    .selectFrom("scenario_versions as v")
    .leftJoin("users as u", "u.id", "v.published_by")
    .select(["v.id", "v.version", "v.title", "v.published_at", "u.display_name as published_by_name"])
    .where("v.scenario_id", "=", scenarioId)
    .orderBy("v.version", "desc")
    .execute();
}

/** A free scenario id based on a wish ("my-drill" → "my-drill-2" if taken). */
export async function freeScenarioId(wish: string, handle: DbHandle = getDb()): Promise<string> {
  const base =
    wish
      .trim()
      .replace(/[\s.#@]+/g, "-")
      .replace(/^-+|-+$/g, "")
      .slice(0, 60) || `s-${newId().slice(0, 8)}`;
  for (let n = 1; n < 1000; n++) {
    const id = n === 1 ? base : `${base}-${n}`;
    const taken = await getScenarioRow(id, handle);
    if (!taken) return id;
  }
  return `s-${newId()}`;
}

function metaOf(draft: Record<string, unknown> | null) {
  const title = typeof draft?.title === "string" && draft.title.trim() ? draft.title.trim() : "未命名场景";
  const category = typeof draft?.category === "string" ? draft.category : "";
  const competencies = Array.isArray(draft?.competencies)
    ? draft.competencies.filter((c): c is string => typeof c === "string")
    : [];
  return { title, category, competencies: JSON.stringify(competencies) };
}

/** Inserts a new authored scenario whose draft is `def` with its id set to the new row's id. */
export async function createScenario(
  def: Record<string, unknown>,
  userId: string,
  audit: { action: string; details?: Record<string, unknown>; ip?: string | null },
  handle: DbHandle = getDb(),
): Promise<string> {
  const id = await freeScenarioId(typeof def.id === "string" ? def.id : "", handle);
  const draft = { ...def, id };
  const now = nowIso();
  await handle.db
    .insertInto("scenarios")
    .values({
      id,
      ...metaOf(draft),
      status: "draft",
      draft_json: JSON.stringify(draft, null, 2),
      builtin_version: null,
      created_by: userId,
      created_at: now,
      updated_at: now,
    })
    .execute();
  await writeAudit(handle.db, {
    actorUserId: userId,
    action: audit.action,
    targetType: "scenario",
    targetId: id,
    details: audit.details,
    ip: audit.ip,
  });
  return id;
}

export function newBlank(): ScenarioDefinition {
  return blankScenario(`s-${newId().slice(0, 8)}`);
}

/** Stores the draft as given (even when invalid). The scenario id inside the draft is kept equal to the row. */
export async function saveDraft(scenarioId: string, text: string, handle: DbHandle = getDb()) {
  const analysis = analyseDraft(text);
  let stored = text;
  if (analysis.draft && analysis.draft.id !== scenarioId) {
    stored = JSON.stringify({ ...analysis.draft, id: scenarioId }, null, 2);
  }
  const meta = analysis.draft ? metaOf(analysis.draft) : {};
  await handle.db
    .updateTable("scenarios")
    .set({ draft_json: stored, updated_at: nowIso(), ...meta })
    .where("id", "=", scenarioId)
    .execute();
  return analyseDraft(stored);
}

/**
 * Publishes the stored draft as version max+1. Refused (returns the analysis) when the draft
 * has validation errors or static-check errors.
 */
export async function publishDraft(
  scenarioId: string,
  userId: string,
  ip: string | null,
  handle: DbHandle = getDb(),
) {
  const row = await getScenarioRow(scenarioId, handle);
  if (!row) return { ok: false as const, message: "场景不存在。" };
  const analysis = analyseDraft(row.draft_json);
  if (!analysis.valid) return { ok: false as const, message: "草稿存在错误，不能发布。", analysis };
  const def = analysis.valid;
  const version = await handle.db.transaction().execute(async (trx) => {
    const last = await trx
      .selectFrom("scenario_versions")
      .select((eb) => eb.fn.max("version").as("v"))
      .where("scenario_id", "=", scenarioId)
      .executeTakeFirst();
    const v = Number(last?.v ?? 0) + 1;
    const id = newId();
    await trx
      .insertInto("scenario_versions")
      .values({
        id,
        scenario_id: scenarioId,
        version: v,
        title: def.title,
        definition_json: JSON.stringify(def),
        published_by: userId,
        published_at: nowIso(),
      })
      .execute();
    await trx
      .updateTable("scenarios")
      .set({
        status: "published",
        updated_at: nowIso(),
        ...metaOf(def as unknown as Record<string, unknown>),
      })
      .where("id", "=", scenarioId)
      .execute();
    return { id, v };
  });
  await writeAudit(handle.db, {
    actorUserId: userId,
    action: "scenario.publish",
    targetType: "scenario",
    targetId: scenarioId,
    details: { version: version.v, versionId: version.id, title: def.title },
    ip,
  });
  return { ok: true as const, version: version.v };
}

export async function setScenarioStatus(
  scenarioId: string,
  status: "archived" | "draft" | "published",
  userId: string,
  ip: string | null,
  handle: DbHandle = getDb(),
) {
  await handle.db
    .updateTable("scenarios")
    .set({ status, updated_at: nowIso() })
    .where("id", "=", scenarioId)
    .execute();
  await writeAudit(handle.db, {
    actorUserId: userId,
    action: status === "archived" ? "scenario.archive" : "scenario.restore",
    targetType: "scenario",
    targetId: scenarioId,
    ip,
  });
}

export async function listScenarioAudit(scenarioId: string, handle: DbHandle = getDb()) {
  return handle.db
    .selectFrom("audit_log as a")
    .leftJoin("users as u", "u.id", "a.actor_user_id")
    .select(["a.id", "a.at", "a.action", "a.details_json", "u.display_name as actor"])
    .where("a.target_type", "=", "scenario")
    .where("a.target_id", "=", scenarioId)
    .orderBy("a.id", "desc")
    .limit(200)
    .execute();
}
