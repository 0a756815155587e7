/**
 * Readiness queries. Each figure is one aggregate statement over the visible subtree (the
 * caller passes a unit path that lies inside `visiblePath(user)`); the roll-up of units to
 * their ancestors and the traffic light are computed in readiness.ts.
 */
import { type Database, type DbHandle, getDb, nowIso, writeAudit } from "@k2k/db";
import { type Kysely, type RawBuilder, sql } from "kysely";
import {
  type CadreStanding,
  COMPETENCIES,
  type Competency,
  countsByUnit,
  emptyCounts,
  evaluationTime,
  isReady,
  type LeaderStatus,
  type Light,
  needsFollowUp,
  type Period,
  type PositionLevel,
  parsePeriodKey,
  periodOf,
  type ReadinessTargets,
  rollUp,
  shiftPeriod,
  type UnitCounts,
  type UnitFigures,
  unitFigures,
  withDefaults,
} from "./readiness.ts";

interface ReadinessTargetsTable {
  key: string;
  value_json: string;
  updated_by: string | null;
  updated_at: string;
}
type ReadinessDb = Database & { readiness_targets: ReadinessTargetsTable };
const rdb = (h: DbHandle) => h.db as unknown as Kysely<ReadinessDb>;

const TARGETS_KEY = "targets";

export async function getTargets(handle: DbHandle = getDb()) {
  const row = await rdb(handle)
    .selectFrom("readiness_targets")
    .selectAll()
    .where("key", "=", TARGETS_KEY)
    .executeTakeFirst();
  let stored: unknown = null;
  try {
    stored = row ? JSON.parse(row.value_json) : null;
  } catch {
    stored = null; // a damaged document falls back to the defaults rather than breaking the page
  }
  return {
    targets: withDefaults(stored),
    updatedAt: row?.updated_at ?? null,
    updatedBy: row?.updated_by ?? null,
  };
}

export async function saveTargets(
  targets: ReadinessTargets,
  actor: { userId: string; ip?: string | null },
  handle: DbHandle = getDb(),
): Promise<void> {
  const db = rdb(handle);
  const value = { value_json: JSON.stringify(targets), updated_by: actor.userId, updated_at: nowIso() };
  await db.transaction().execute(async (trx) => {
    const before = await trx
      .selectFrom("readiness_targets")
      .select("value_json")
      .where("key", "=", TARGETS_KEY)
      .executeTakeFirst();
    if (before)
      await trx.updateTable("readiness_targets").set(value).where("key", "=", TARGETS_KEY).execute();
    else
      await trx
        .insertInto("readiness_targets")
        .values({ key: TARGETS_KEY, ...value })
        .execute();
    await writeAudit(trx as unknown as Kysely<Database>, {
      actorUserId: actor.userId,
      action: "readiness.targets",
      targetType: "readiness_targets",
      targetId: TARGETS_KEY,
      details: { before: before ? JSON.parse(before.value_json) : null, after: targets },
      ip: actor.ip ?? null,
    });
  });
}

// ---------------------------------------------------------------------------------------------

export interface VersionInfo {
  id: string;
  scenarioId: string;
  title: string;
  version: number;
  category: string;
  competencies: Competency[];
}

/** Competencies and category of every scenario version, from its definition (the scenario row as fallback). */
export async function listVersionInfo(handle: DbHandle = getDb()): Promise<VersionInfo[]> {
  const { db, dialect } = handle;
  const cat =
    dialect === "postgres"
      ? sql<string | null>`cast(v.definition_json as json)->>'category'`
      : sql<string | null>`json_extract(v.definition_json, '$.category')`;
  const comps =
    dialect === "postgres"
      ? sql<string | null>`cast(v.definition_json as json)->>'competencies'`
      : sql<string | null>`json_extract(v.definition_json, '$.competencies')`;
  const rows = await db
    .selectFrom("scenario_versions as v")
    .innerJoin("scenarios as s", "s.id", "v.scenario_id")
    .select([
      "v.id",
      "v.scenario_id",
      "v.title",
      "v.version",
      "s.category as s_category",
      "s.competencies as s_competencies",
      cat.as("d_category"),
      comps.as("d_competencies"),
    ])
    .execute();
  return rows.map((r) => {
    let list: unknown = null;
    for (const raw of [r.d_competencies, r.s_competencies]) {
      try {
        list = raw ? JSON.parse(raw) : null;
      } catch {
        list = null;
      }
      if (Array.isArray(list)) break;
    }
    const category = r.d_category || r.s_category;
    const competencies = COMPETENCIES.filter((c) => Array.isArray(list) && list.includes(c));
    if (competencies.length === 0 && (COMPETENCIES as readonly string[]).includes(category))
      competencies.push(category as Competency);
    return {
      id: r.id,
      scenarioId: r.scenario_id,
      title: r.title,
      version: Number(r.version),
      category,
      competencies,
    };
  });
}

function ageDays(handle: DbHandle, at: string, column: RawBuilder<unknown>) {
  return handle.dialect === "postgres"
    ? sql<number>`(extract(epoch from (cast(${at} as timestamptz) - cast(${column} as timestamptz))) / 86400.0)`
    : sql<number>`(julianday(${at}) - julianday(${column}))`;
}

function lookbackStart(at: string, days: number): string {
  return new Date(new Date(at).getTime() - days * 86_400_000).toISOString();
}

/**
 * The per-cadre statement: learners under `path` with their best effective score per
 * competency (columns e0…e5 in COMPETENCIES order) at `at` (readiness itself is judged in
 * readiness.ts, from these columns).
 */
function perCadreCte(
  handle: DbHandle,
  path: string,
  at: string,
  versions: VersionInfo[],
  t: ReadinessTargets,
  periodStart: string,
  onlyUsers?: string[],
) {
  const greatest = handle.dialect === "postgres" ? sql`greatest` : sql`max`;
  const age = ageDays(handle, at, sql`a.ended_at`);
  const lb = lookbackStart(at, t.lookbackDays);
  const from = lb < periodStart ? lb : periodStart;
  const eff = sql`case when (a.ended_at || '') > ${lb}
    then a.total_score * power(0.5, ${greatest}(0, ${age} - ${t.graceDays}) / ${t.halfLifeDays}) end`;
  const inPeriod = sql`(a.ended_at || '') >= ${periodStart}`;
  const pivots = COMPETENCIES.map((c, i) => {
    const ids = versions.filter((v) => v.competencies.includes(c)).map((v) => sql`${v.id}`);
    const match = ids.length ? sql`bv.vid in (${sql.join(ids)})` : sql`1 = 0`;
    return sql`max(case when ${match} then bv.eff end) as ${sql.ref(`e${i}`)}`;
  });
  // One pass over the attempts of the period and the look-back window, grouped by person and
  // scenario version. The "|| ''" keeps SQLite from range-scanning the status/ended_at index
  // and sorting every attempt: it reads attempts_readiness_idx in (user, version) order and
  // streams the groups. The period's score sum and count ride along for the average.
  const cte = sql`with cad as (
  select u.id, u.unit_id,
    case when u.position_level in ('leader', 'staff') then u.position_level else 'cadre' end as lvl
  from users u join units un on un.id = u.unit_id
  where un.path like ${`${path}%`} and u.disabled = 0
    and exists (select 1 from user_roles r where r.user_id = u.id and r.role = 'learner')
    ${onlyUsers ? sql`and u.id in (${sql.join(onlyUsers.length ? onlyUsers.map((id) => sql`${id}`) : [sql`''`])})` : sql``}
),
bv as (
  select a.user_id, a.scenario_version_id as vid, max(${eff}) as eff,
    sum(case when ${inPeriod} then a.total_score end) as ssum,
    count(case when ${inPeriod} then 1 end) as scnt
  from attempts a
  where (a.status || '') = 'completed' and a.total_score is not null
    and (a.ended_at || '') < ${at} and (a.ended_at || '') > ${from}
    and a.user_id in (select id from cad)
  group by a.user_id, a.scenario_version_id
),
pu as (
  select cad.id, cad.unit_id, cad.lvl, ${sql.join(pivots)},
    coalesce(sum(bv.ssum), 0) as ssum, coalesce(sum(bv.scnt), 0) as scnt
  from cad left join bv on bv.user_id = cad.id
  group by cad.id, cad.unit_id, cad.lvl
)`;
  return { cte };
}

export interface CadreRow extends CadreStanding {
  ready: number;
}

/** Each cadre's standing under `path` at `at` (only `onlyUsers`, when given). */
async function queryStandings(
  handle: DbHandle,
  path: string,
  at: string,
  versions: VersionInfo[],
  t: ReadinessTargets,
  periodStart: string,
  onlyUsers?: string[],
): Promise<CadreStanding[]> {
  const { cte } = perCadreCte(handle, path, at, versions, t, periodStart, onlyUsers);
  const rows = (await sql<Record<string, unknown>>`${cte} select pu.* from pu`.execute(handle.db)).rows;
  return rows.map((r) => {
    const eff = {} as Record<Competency, number | null>;
    COMPETENCIES.forEach((c, i) => {
      const v = r[`e${i}`];
      eff[c] = v === null || v === undefined ? null : Number(v);
    });
    return {
      id: String(r.id),
      unit_id: String(r.unit_id),
      lvl: r.lvl as PositionLevel,
      eff,
      scoreSum: Number(r.ssum ?? 0),
      scoreCount: Number(r.scnt ?? 0),
    };
  });
}

export async function readinessByCadre(
  handle: DbHandle,
  path: string,
  at: string,
  versions: VersionInfo[],
  t: ReadinessTargets,
  periodStart: string = at,
): Promise<CadreRow[]> {
  const rows = await queryStandings(handle, path, at, versions, t, periodStart);
  return rows.map((r) => ({ ...r, ready: isReady(r, t) ? 1 : 0 }));
}

// Standings of a running period, kept up to date. Recomputing every cadre after each finished
// drill took ~0.3 s at 10,000 cadres and 200,000 attempts; a finished drill changes one person.
// The snapshot remembers the newest completion it has seen (the watermark) and how many
// completions ended before the watermark minus a margin. On the next read, only the people with
// completions after that point are recomputed. If the older count changed (a back-dated or
// removed attempt), everything is recomputed. The margin covers drills that ended just before
// the watermark but were committed after it by another worker. The cache's age limit
// (CACHE_TTL_MS) bounds the drift of decayed scores between full recomputations.
const WATERMARK_MARGIN_MS = 2 * 60_000;

interface StandingsSnapshot {
  standings: Map<string, CadreStanding>;
  /** ISO time: completions after (watermark − margin) are re-read on every check */
  watermark: string;
  /** completed attempts ended at or before (watermark − margin) when the snapshot was taken */
  settled: number;
}

/** How often each path was taken, for tests. */
export const standingsStats = { full: 0, incremental: 0 };

const minusMargin = (iso: string) =>
  iso ? new Date(Date.parse(iso) - WATERMARK_MARGIN_MS).toISOString() : "";

async function completionsSince(handle: DbHandle, since: string, before: string) {
  return handle.db
    .selectFrom("attempts")
    .select(["user_id", "ended_at"])
    .where("status", "=", "completed")
    .where("ended_at", ">", since)
    .where("ended_at", "<", before)
    .execute();
}

async function settledCount(handle: DbHandle, upTo: string): Promise<number> {
  const row = await handle.db
    .selectFrom("attempts")
    .select((eb) => eb.fn.countAll<number>().as("n"))
    .where("status", "=", "completed")
    .where("ended_at", "<=", upTo)
    .executeTakeFirst();
  return Number(row?.n ?? 0);
}

async function standingsAt(
  handle: DbHandle,
  path: string,
  period: Period,
  at: string,
  versions: VersionInfo[],
  t: ReadinessTargets,
  structure: string,
): Promise<Iterable<CadreStanding>> {
  const cache = cacheOf(handle);
  const key = `standings|${path}|${period.key}|${JSON.stringify(t)}`;
  const hit = cache.get(key);
  const snap =
    hit && hit.fp === structure && Date.now() - hit.at < CACHE_TTL_MS
      ? (hit.value as StandingsSnapshot)
      : undefined;
  if (snap) {
    const recent = await completionsSince(handle, minusMargin(snap.watermark), at);
    const settled = await settledCount(handle, minusMargin(snap.watermark));
    if (settled === snap.settled) {
      const changed = [...new Set(recent.map((r) => r.user_id))].filter((id) => snap.standings.has(id));
      if (changed.length) {
        for (const row of await queryStandings(handle, path, at, versions, t, period.start, changed))
          snap.standings.set(row.id, row);
        standingsStats.incremental++;
      }
      // the margin window moves forward only as far as what was read; the completions it passes
      // over are all in `recent` (they end before the newest one, so before `at`)
      const newest = recent.reduce((m, r) => (r.ended_at && r.ended_at > m ? r.ended_at : m), snap.watermark);
      if (newest !== snap.watermark) {
        const passed = minusMargin(newest);
        snap.settled = settled + recent.filter((r) => r.ended_at && r.ended_at <= passed).length;
        snap.watermark = newest;
      }
      return snap.standings.values();
    }
  }
  // full computation: read the watermark first, so that anything finishing during the query
  // is re-read on the next check
  const newest = await handle.db
    .selectFrom("attempts")
    .select((eb) => eb.fn.max("ended_at").as("m"))
    .where("status", "=", "completed")
    .where("ended_at", "<", at)
    .executeTakeFirst();
  const watermark = (newest?.m as string | null | undefined) ?? "";
  const settled = await settledCount(handle, minusMargin(watermark));
  const rows = await queryStandings(handle, path, at, versions, t, period.start);
  const value: StandingsSnapshot = { standings: new Map(rows.map((r) => [r.id, r])), watermark, settled };
  putCache(cache, key, structure, value);
  standingsStats.full++;
  return value.standings.values();
}

/**
 * Assignment × person pairs under `path` with a due date in [from, to) (unit targets cover the
 * subtree), with each pair's first completion and number of attempts on that assignment.
 */
function targetPairs(path: string, from: string, to: string) {
  return sql`due as (
  select id, title, due_at from assignments where due_at >= ${from} and due_at < ${to}
),
tunits as materialized (
  select t.assignment_id, uu.id as unit_id
  from assignment_targets t
  join due on due.id = t.assignment_id
  join units tu on tu.id = t.unit_id
  join units uu on uu.path like tu.path || '%'
  where uu.path like ${`${path}%`}
),
tusers as materialized (
  select tunits.assignment_id, u.id as user_id
  from tunits join users u on u.unit_id = tunits.unit_id
  where u.disabled = 0 and exists (select 1 from user_roles r where r.user_id = u.id and r.role = 'learner')
  union
  select t.assignment_id, u.id
  from assignment_targets t
  join due on due.id = t.assignment_id
  join users u on u.id = t.user_id
  join units uu on uu.id = u.unit_id
  where uu.path like ${`${path}%`} and u.disabled = 0
),
pairs as (
  -- per pair lookups in attempts_assignment_done_idx: a grouped join made SQLite scan every
  -- attempt (~125 ms at 200,000 attempts) for ~10,000 pairs. The status test stays inside the
  -- aggregate: as a WHERE term it sends SQLite down the status index instead.
  select due.id as aid, due.title, due.due_at, tusers.user_id as uid, u.unit_id,
    (select count(*) from attempts a
      where a.assignment_id = tusers.assignment_id and a.user_id = tusers.user_id) as tries,
    (select min(case when a.status = 'completed' then a.ended_at end) from attempts a
      where a.assignment_id = tusers.assignment_id and a.user_id = tusers.user_id) as first_done
  from tusers
  join due on due.id = tusers.assignment_id
  join users u on u.id = tusers.user_id
)`;
}

async function onTimeByUnit(handle: DbHandle, path: string, p: Period, at: string) {
  const q = sql<{ unit_id: string; assigned: number; on_time: number }>`with ${targetPairs(path, p.start, at)}
select unit_id, count(*) as assigned,
  sum(case when first_done is not null and first_done <= due_at then 1 else 0 end) as on_time
from pairs group by unit_id`;
  return (await q.execute(handle.db)).rows;
}

export interface OverdueRow {
  assignment_id: string;
  title: string;
  due_at: string;
  user_id: string;
  display_name: string;
  unit_id: string;
  unit_name: string;
  started: number;
}

/** Assigned drills past due and not completed, by person, oldest first. */
export async function listOverdue(handle: DbHandle, path: string, now: Date, limit = 200) {
  const fp = await dataFingerprint(handle, now);
  return cached(handle, `overdue|${path}|${limit}`, `${fp.structure}|${fp.assigned}`, () =>
    queryOverdue(handle, path, now, limit),
  );
}

async function queryOverdue(handle: DbHandle, path: string, now: Date, limit: number) {
  const q = sql<OverdueRow>`with ${targetPairs(path, "0000", now.toISOString())}
select pairs.aid as assignment_id, pairs.title, pairs.due_at, pairs.uid as user_id, u.display_name,
  pairs.unit_id, un.name as unit_name, case when pairs.tries > 0 then 1 else 0 end as started
from pairs
join users u on u.id = pairs.uid
join units un on un.id = pairs.unit_id
where pairs.first_done is null
order by pairs.due_at, un.path, u.display_name`;
  const rows = (await q.execute(handle.db)).rows;
  return { total: rows.length, rows: rows.slice(0, limit) };
}

/** Best crisis-drill total of each responsible leader under `path` in the period. */
async function leaderCrisis(handle: DbHandle, path: string, p: Period, at: string, crisisVersions: string[]) {
  if (crisisVersions.length === 0) return new Map<string, number>();
  const rows = await handle.db
    .selectFrom("attempts as a")
    .select((eb) => ["a.user_id", eb.fn.max<number>("a.total_score").as("best")])
    .where("a.status", "=", "completed")
    .where("a.ended_at", ">=", p.start)
    .where("a.ended_at", "<", at)
    .where("a.scenario_version_id", "in", crisisVersions)
    .where("a.user_id", "in", (eb) =>
      eb
        .selectFrom("units")
        .select("leader_user_id")
        .where("path", "like", `${path}%`)
        .where("leader_user_id", "is not", null),
    )
    .groupBy("a.user_id")
    .execute();
  return new Map(rows.map((r) => [r.user_id, Number(r.best)]));
}

// ---------------------------------------------------------------------------------------------
// A small in-process cache. Every figure is a function of the data and the clock; the
// fingerprint below changes whenever an attempt is added or finished, a person, role, unit,
// assignment or target is added or removed, or an assignment falls due. Changes it cannot see
// (a new responsible leader, a disabled account) show within CACHE_TTL_MS.

export const CACHE_TTL_MS = 5 * 60_000;
const CACHE_MAX = 300;
const caches = new WeakMap<object, Cache>();

/** Forgets every cached figure (after bulk imports; benchmarks measure cold queries with it). */
export function clearReadinessCache(handle: DbHandle = getDb()): void {
  caches.delete(handle.db);
}

type Cache = Map<string, { fp: string; at: number; value: unknown }>;

function cacheOf(handle: DbHandle): Cache {
  let cache = caches.get(handle.db);
  if (!cache) {
    cache = new Map();
    caches.set(handle.db, cache);
  }
  return cache;
}

function putCache(cache: Cache, key: string, fp: string, value: unknown): void {
  cache.delete(key);
  cache.set(key, { fp, at: Date.now(), value });
  // Map keeps insertion order: drop the oldest entries beyond the cap
  for (const k of cache.keys()) {
    if (cache.size <= CACHE_MAX) break;
    cache.delete(k);
  }
}

async function cached<T>(handle: DbHandle, key: string, fp: string, compute: () => Promise<T>): Promise<T> {
  const cache = cacheOf(handle);
  const hit = cache.get(key);
  if (hit && hit.fp === fp && Date.now() - hit.at < CACHE_TTL_MS) return hit.value as T;
  const value = await compute();
  putCache(cache, key, fp, value);
  return value;
}

/**
 * Cheap aggregate counts that change with any data a readiness figure reads. `structure`
 * covers people, roles, units and assignments; `activity` covers attempts; `assigned` covers
 * attempts made for an assignment, the only ones that on-time and overdue figures read (free
 * practice leaves them cached). A finished period depends on structure only: new attempts end
 * now, after it, so they cannot change it.
 */
type Fingerprint = { structure: string; activity: string; assigned: string };

async function dataFingerprint(handle: DbHandle, now: Date): Promise<Fingerprint> {
  const q = sql<Record<string, unknown>>`select
  (select count(*) from users) as u,
  (select count(*) from user_roles) as r,
  (select count(*) from units) as un,
  (select count(*) from assignments) as asg,
  (select count(*) from assignments where due_at < ${now.toISOString()}) as due,
  (select count(*) from assignment_targets) as t,
  (select count(*) from attempts) as a,
  (select count(*) from attempts where status = 'completed') as c,
  (select max(ended_at) from attempts where status = 'completed') as m`;
  const assigned = sql<Record<string, unknown>>`select count(*) as aa,
  sum(case when status = 'completed' then 1 else 0 end) as ac
  from attempts where assignment_id is not null`;
  const [row, arow] = await Promise.all([
    q.execute(handle.db).then((r) => r.rows[0] ?? {}),
    assigned.execute(handle.db).then((r) => r.rows[0] ?? {}),
  ]);
  const v = (k: string) => String(row[k]);
  return {
    structure: ["u", "r", "un", "asg", "due", "t"].map(v).join("|"),
    activity: ["a", "c", "m"].map(v).join("|"),
    assigned: `${Number(arow.aa ?? 0)}|${Number(arow.ac ?? 0)}`,
  };
}

export interface UnitNode {
  id: string;
  parent_id: string | null;
  name: string;
  kind: string;
  path: string;
  depth: number;
  leader_user_id: string | null;
  leader_name: string | null;
}

/** Units under `path` in tree order (parent before children, siblings by sort order). */
export async function listUnitsUnder(handle: DbHandle, path: string): Promise<UnitNode[]> {
  const rows = await handle.db
    .selectFrom("units as un")
    .leftJoin("users as l", "l.id", "un.leader_user_id")
    .select([
      "un.id",
      "un.parent_id",
      "un.name",
      "un.kind",
      "un.path",
      "un.depth",
      "un.leader_user_id",
      "un.sort_order",
      "l.display_name as leader_name",
    ])
    .where("un.path", "like", `${path}%`)
    .execute();
  const children = new Map<string | null, typeof rows>();
  const ids = new Set(rows.map((r) => r.id));
  for (const r of rows) {
    const parent = r.parent_id && ids.has(r.parent_id) ? r.parent_id : null;
    const list = children.get(parent) ?? [];
    list.push(r);
    children.set(parent, list);
  }
  const out: UnitNode[] = [];
  const visit = (parent: string | null) => {
    const list = (children.get(parent) ?? []).sort(
      (a, b) => a.sort_order - b.sort_order || a.name.localeCompare(b.name),
    );
    for (const r of list) {
      const { sort_order: _s, ...node } = r;
      out.push({ ...node, depth: Number(node.depth) });
      visit(r.id);
    }
  };
  visit(null);
  return out;
}

export interface UnitResult {
  unit: UnitNode;
  counts: UnitCounts;
  figures: UnitFigures;
  leader: LeaderStatus | null;
}

export interface PeriodResult {
  period: Period;
  evaluatedAt: string;
  units: Map<string, UnitResult>;
}

/** All units under `path` for one period, rolled up and judged. */
export async function computePeriod(
  handle: DbHandle,
  units: UnitNode[],
  path: string,
  period: Period,
  t: ReadinessTargets,
  now: Date,
  versions: VersionInfo[],
  fp: Fingerprint,
): Promise<PeriodResult> {
  const at = evaluationTime(period, now);
  const crisisVersions = versions.filter((v) => v.category === "crisis").map((v) => v.id);
  const [standings, onTime, leaders] = await Promise.all([
    standingsAt(handle, path, period, at, versions, t, fp.structure),
    period.start < at
      ? cached(
          handle,
          `ontime|${path}|${period.key}|${at.slice(0, 10)}`,
          `${fp.structure}|${fp.assigned}`,
          () => onTimeByUnit(handle, path, period, at),
        )
      : Promise.resolve([]),
    leaderCrisis(handle, path, period, at, crisisVersions),
  ]);
  const own = countsByUnit(standings, t);
  const get = (id: string) => {
    let c = own.get(id);
    if (!c) {
      c = emptyCounts();
      own.set(id, c);
    }
    return c;
  };
  for (const r of onTime) {
    const c = get(r.unit_id);
    c.assigned = Number(r.assigned);
    c.onTime = Number(r.on_time);
  }
  const total = rollUp(units, own);
  const out = new Map<string, UnitResult>();
  for (const unit of units) {
    const counts = total.get(unit.id)!;
    const leader: LeaderStatus | null = unit.leader_user_id
      ? {
          userId: unit.leader_user_id,
          name: unit.leader_name ?? "",
          crisisBest: leaders.get(unit.leader_user_id) ?? null,
          crisisPassed: (leaders.get(unit.leader_user_id) ?? -1) >= t.passScore,
        }
      : null;
    out.set(unit.id, { unit, counts, figures: unitFigures(counts, leader, t), leader });
  }
  return { period, evaluatedAt: at, units: out };
}

// ---------------------------------------------------------------------------------------------

export class OutOfScopeError extends Error {}

/**
 * The unit a page is about: the one asked for if it lies inside the scope (otherwise
 * OutOfScopeError), else the top unit of the scope.
 */
export async function resolveUnit(handle: DbHandle, scopePath: string, unitId: string | null | undefined) {
  if (unitId) {
    const u = await handle.db.selectFrom("units").selectAll().where("id", "=", unitId).executeTakeFirst();
    if (!u) return null;
    if (!u.path.startsWith(scopePath)) throw new OutOfScopeError();
    return u;
  }
  return handle.db
    .selectFrom("units")
    .selectAll()
    .where("path", "like", `${scopePath}%`)
    .orderBy("depth")
    .orderBy("sort_order")
    .executeTakeFirst();
}

export const TREND_PERIODS = 4;

export interface ReadinessReport {
  targets: ReadinessTargets;
  root: UnitNode;
  units: UnitNode[];
  period: Period;
  /** oldest first, ending with `period` */
  history: PeriodResult[];
  current: PeriodResult;
  followUp: Set<string>;
}

/**
 * Everything the dashboard and the exports show for one unit subtree and period: the period
 * and the three before it (trend and the two-period escalation), all in aggregate statements.
 */
export async function buildReport(
  handle: DbHandle,
  opts: {
    scopePath: string;
    unitId?: string | null;
    periodKey?: string | null;
    now?: Date;
    periods?: number;
  },
): Promise<ReadinessReport | null> {
  const now = opts.now ?? new Date();
  const { targets } = await getTargets(handle);
  const rootRow = await resolveUnit(handle, opts.scopePath, opts.unitId);
  if (!rootRow) return null;
  const units = await listUnitsUnder(handle, rootRow.path);
  const root = units[0]!;
  const period = parsePeriodKey(opts.periodKey, targets.periodMonths) ?? periodOf(now, targets.periodMonths);
  const versions = await listVersionInfo(handle);
  const n = Math.max(2, opts.periods ?? TREND_PERIODS);
  const fp = await dataFingerprint(handle, now);
  const history: PeriodResult[] = [];
  for (let i = n - 1; i >= 0; i--) {
    const p = shiftPeriod(period, -i);
    history.push(
      await cached(
        handle,
        `period|${root.path}|${p.key}|${JSON.stringify(targets)}`,
        p.end <= now.toISOString() ? fp.structure : `${fp.structure}|${fp.activity}`,
        () => computePeriod(handle, units, root.path, p, targets, now, versions, fp),
      ),
    );
  }
  const current = history[history.length - 1]!;
  const previous = history[history.length - 2];
  const followUp = new Set<string>();
  for (const [id, r] of current.units)
    if (needsFollowUp(r.figures.status, previous?.units.get(id)?.figures.status)) followUp.add(id);
  return { targets, root, units, period, history, current, followUp };
}

export function statusCounts(report: ReadinessReport): Record<Light, number> {
  const out: Record<Light, number> = { green: 0, yellow: 0, red: 0, none: 0 };
  for (const r of report.current.units.values()) out[r.figures.status]++;
  return out;
}

export interface CadreDetail {
  id: string;
  display_name: string;
  position: string;
  lvl: PositionLevel;
  unit_id: string;
  unit_name: string;
  ready: boolean;
  eff: Record<Competency, number | null>;
  attempts: number;
  last_at: string | null;
}

/** Cadres under a unit with their effective competency scores at the period's evaluation time. */
export async function listCadres(
  handle: DbHandle,
  path: string,
  period: Period,
  t: ReadinessTargets,
  now: Date,
  versions?: VersionInfo[],
): Promise<CadreDetail[]> {
  const at = evaluationTime(period, now);
  const rows = await readinessByCadre(handle, path, at, versions ?? (await listVersionInfo(handle)), t);
  const people = await handle.db
    .selectFrom("users as u")
    .innerJoin("units as un", "un.id", "u.unit_id")
    .leftJoin(
      (eb) =>
        eb
          .selectFrom("attempts as a")
          .select((e) => [
            "a.user_id",
            e.fn.countAll<number>().as("n"),
            e.fn.max("a.started_at").as("last_at"),
          ])
          .where("a.started_at", "<", at)
          .where("a.user_id", "in", (e) =>
            e
              .selectFrom("users as u2")
              .innerJoin("units as un2", "un2.id", "u2.unit_id")
              .select("u2.id")
              .where("un2.path", "like", `${path}%`),
          )
          .groupBy("a.user_id")
          .as("st"),
      (j) => j.onRef("st.user_id", "=", "u.id"),
    )
    .select(["u.id", "u.display_name", "u.position", "un.name as unit_name", "un.path", "st.n", "st.last_at"])
    .where("un.path", "like", `${path}%`)
    .execute();
  const byId = new Map(people.map((p) => [p.id, p]));
  return rows
    .map((r) => {
      const p = byId.get(r.id);
      return {
        id: r.id,
        display_name: p?.display_name ?? r.id,
        position: p?.position ?? "",
        lvl: r.lvl,
        unit_id: r.unit_id,
        unit_name: p?.unit_name ?? "",
        ready: r.ready === 1,
        eff: r.eff,
        attempts: Number(p?.n ?? 0),
        last_at: (p?.last_at as string | null | undefined) ?? null,
        _path: p?.path ?? "",
      };
    })
    .sort((a, b) => a._path.localeCompare(b._path) || a.display_name.localeCompare(b.display_name, "zh-CN"))
    .map(({ _path, ...rest }) => rest);
}
