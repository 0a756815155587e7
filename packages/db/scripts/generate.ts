/**
 * A scale data set for load tests and benchmarks:
 *   npm run db:generate -- --cadres 10000 --units 500 --attempts 200000 [--db file:data/scale.sqlite]
 * Units (a city, departments and towns, villages under the towns), cadres with position levels
 * and a learner role, synthetic scenarios of every category, assignments and attempts spread
 * over the last year, each attempt a summary row with a few events and one score. The attempts
 * are not meant to be replayed (their scenarios have no stages); use the demo data for that.
 * Batched multi-row inserts inside transactions; works on SQLite and PostgreSQL.
 */
import { pathToFileURL } from "node:url";
import type { Kysely } from "kysely";
import { hashPassword } from "../src/accounts/password.ts";
import { type DbHandle, openDatabase } from "../src/connection.ts";
import { migrateToLatest } from "../src/migrate.ts";
import type { Database } from "../src/schema.ts";

export interface GenerateOptions {
  cadres: number;
  units: number;
  attempts: number;
  /** events stored per attempt */
  events: number;
  seed: number;
  now?: Date;
  log?: (line: string) => void;
}

export const DEFAULT_GENERATE: GenerateOptions = {
  cadres: 10_000,
  units: 500,
  attempts: 200_000,
  events: 3,
  seed: 42,
};

const CATEGORIES: [string, string[]][] = [
  ["netizen-reply", ["netizen-reply", "appeal"]],
  ["crisis", ["crisis", "netizen-reply"]],
  ["policy", ["policy", "netizen-reply"]],
  ["appeal", ["appeal", "netizen-reply"]],
  ["risk", ["risk", "policy"]],
  ["opinion", ["opinion", "appeal"]],
];
const SURNAMES =
  "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤";
const GIVEN = "建国伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀英华平刚桂兰文辉玲霞飞鹏宇浩然雪梅晓东海燕志红";

function prng(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Inserts rows in statements of at most ~30,000 bound values (SQLite's default limit is 32,766). */
async function insertBatched(db: Kysely<Database>, table: keyof Database, rows: Record<string, unknown>[]) {
  if (!rows.length) return;
  const per = Math.max(1, Math.floor(30_000 / Object.keys(rows[0]!).length));
  for (let i = 0; i < rows.length; i += per)
    await db
      .insertInto(table)
      .values(rows.slice(i, i + per) as never)
      .execute();
}

export async function generate(handle: DbHandle, options: Partial<GenerateOptions> = {}) {
  const o = { ...DEFAULT_GENERATE, ...options };
  const log = o.log ?? (() => {});
  const { db } = handle;
  const rand = prng(o.seed);
  const int = (n: number) => Math.floor(rand() * n);
  const now = (o.now ?? new Date()).getTime();
  const day = 86_400_000;
  const createdAt = new Date(now - 400 * day).toISOString();
  const tag = `g${o.seed}`;
  await migrateToLatest(db);

  // units: a city, departments and towns below it, villages below the towns
  const units: {
    id: string;
    parent_id: string | null;
    name: string;
    kind: string;
    path: string;
    depth: number;
    leader_user_id: string | null;
    sort_order: number;
  }[] = [];
  const root = {
    id: `${tag}-u0`,
    parent_id: null,
    name: "规模测试市",
    kind: "city",
    path: `/${tag}-u0/`,
    depth: 0,
    leader_user_id: null,
    sort_order: 0,
  };
  units.push(root);
  const top = Math.max(1, Math.round((o.units - 1) * 0.2));
  const towns: typeof units = [];
  for (let i = 0; i < top && units.length < o.units; i++) {
    const town = i % 2 === 1;
    const id = `${tag}-u${units.length}`;
    const u = {
      id,
      parent_id: root.id,
      name: town ? `第${i}镇` : `第${i}局`,
      kind: town ? "town" : "department",
      path: `${root.path}${id}/`,
      depth: 1,
      leader_user_id: null,
      sort_order: i,
    };
    units.push(u);
    if (town) towns.push(u);
  }
  for (let i = 0; units.length < o.units; i++) {
    const parent = towns.length ? towns[i % towns.length]! : root;
    const id = `${tag}-u${units.length}`;
    units.push({
      id,
      parent_id: parent.id,
      name: `${parent.name}第${i}村`,
      kind: "village",
      path: `${parent.path}${id}/`,
      depth: parent.depth + 1,
      leader_user_id: null,
      sort_order: i,
    });
  }

  // cadres: the first of each unit is its leader, then cadres and staff
  const hash = await hashPassword(`${tag}-password`);
  const users: Record<string, unknown>[] = [];
  const roles: Record<string, unknown>[] = [];
  const userIds: string[] = [];
  const userUnit: number[] = [];
  for (let i = 0; i < o.cadres; i++) {
    const unitIndex = i < units.length ? i : int(units.length);
    const unit = units[unitIndex]!;
    const leader = !unit.leader_user_id;
    const id = `${tag}-p${i}`;
    if (leader) unit.leader_user_id = id;
    const level = leader ? "leader" : rand() < 0.6 ? "cadre" : "staff";
    users.push({
      id,
      username: `${tag}-${i}`,
      display_name: `${SURNAMES[int(SURNAMES.length)]}${GIVEN[int(GIVEN.length)]}${rand() < 0.5 ? GIVEN[int(GIVEN.length)] : ""}`,
      password_hash: hash,
      unit_id: unit.id,
      scope_unit_id: null,
      position: leader ? "主要负责人" : level === "cadre" ? "科长" : "科员",
      position_level: level,
      disabled: 0,
      created_at: createdAt,
    });
    roles.push({ user_id: id, role: "learner" });
    userIds.push(id);
    userUnit.push(unitIndex);
  }
  const reviewerId = `${tag}-reviewer`;
  users.push({
    id: reviewerId,
    username: `${tag}-reviewer`,
    display_name: "规模测试组织部",
    password_hash: hash,
    unit_id: root.id,
    scope_unit_id: root.id,
    position: "干部科科长",
    position_level: "cadre",
    disabled: 0,
    created_at: createdAt,
  });
  roles.push({ user_id: reviewerId, role: "reviewer" });

  // scenarios: two per category, one published version each
  const versions: { id: string; category: string }[] = [];
  const scenarioRows: Record<string, unknown>[] = [];
  const versionRows: Record<string, unknown>[] = [];
  for (const [ci, [category, competencies]] of CATEGORIES.entries()) {
    for (let k = 0; k < 2; k++) {
      const id = `${tag}-s${ci}-${k}`;
      const def = { id, version: 1, title: `规模测试场景 ${category} ${k + 1}`, category, competencies };
      scenarioRows.push({
        id,
        title: def.title,
        category,
        competencies: JSON.stringify(competencies),
        status: "published",
        draft_json: JSON.stringify(def),
        builtin_version: null,
        created_by: null,
        created_at: createdAt,
        updated_at: createdAt,
      });
      versionRows.push({
        id: `${id}-v1`,
        scenario_id: id,
        version: 1,
        title: def.title,
        definition_json: JSON.stringify(def),
        published_by: null,
        published_at: createdAt,
      });
      versions.push({ id: `${id}-v1`, category });
    }
  }

  // assignments: each targets one top-level unit's subtree, due dates over the last year
  const topUnits = units.filter((u) => u.depth === 1);
  const assignmentRows: Record<string, unknown>[] = [];
  const targetRows: Record<string, unknown>[] = [];
  const byTop = new Map<string, { id: string; version: string; due: number }[]>();
  const assignmentCount = Math.max(1, Math.round(o.units / 5));
  for (let i = 0; i < assignmentCount; i++) {
    const t = topUnits.length ? topUnits[i % topUnits.length]! : root;
    const v = versions[int(versions.length)]!;
    const due = now - int(360) * day + 15 * day;
    const id = `${tag}-a${i}`;
    assignmentRows.push({
      id,
      scenario_version_id: v.id,
      title: `规模测试任务 ${i + 1}`,
      due_at: new Date(due).toISOString(),
      time_mode: "turn",
      time_scale: 10,
      created_by: reviewerId,
      created_at: new Date(due - 30 * day).toISOString(),
    });
    targetRows.push({ id: `${id}-t`, assignment_id: id, unit_id: t.id, user_id: null });
    const list = byTop.get(t.id) ?? [];
    list.push({ id, version: v.id, due });
    byTop.set(t.id, list);
  }
  const topOf = (unitIndex: number) => {
    const u = units[unitIndex]!;
    const ids = u.path.split("/").filter(Boolean);
    return ids[1] ?? ids[0]!;
  };

  const t0 = Date.now();
  await db.transaction().execute(async (trx) => {
    // parents before children; leaders are set after the users exist
    await insertBatched(
      trx,
      "units",
      units.map((u) => ({ ...u, leader_user_id: null })),
    );
    await insertBatched(trx, "users", users);
    await insertBatched(trx, "user_roles", roles);
    for (const u of units)
      if (u.leader_user_id)
        await trx
          .updateTable("units")
          .set({ leader_user_id: u.leader_user_id })
          .where("id", "=", u.id)
          .execute();
    await insertBatched(trx, "scenarios", scenarioRows);
    await insertBatched(trx, "scenario_versions", versionRows);
    await insertBatched(trx, "assignments", assignmentRows);
    await insertBatched(trx, "assignment_targets", targetRows);
  });
  log(
    `单位 ${units.length}、干部 ${o.cadres}、场景 ${versions.length}、任务 ${assignmentRows.length}（${Date.now() - t0} ms）`,
  );

  // attempts in chunks, each chunk one transaction
  const chunk = 20_000;
  let written = 0;
  for (let start = 0; start < o.attempts; start += chunk) {
    const attempts: Record<string, unknown>[] = [];
    const events: Record<string, unknown>[] = [];
    const scores: Record<string, unknown>[] = [];
    for (let i = start; i < Math.min(o.attempts, start + chunk); i++) {
      // some cadres drill far more than others
      const ui = Math.floor(userIds.length * rand() ** 1.6);
      const userId = userIds[ui]!;
      let startedMs = now - rand() * 365 * day;
      let version = versions[int(versions.length)]!.id;
      let assignmentId: string | null = null;
      const offers = byTop.get(topOf(userUnit[ui]!));
      if (offers && rand() < 0.3) {
        // an assigned drill: done in the 30 days before its due date, one in six late
        const a = offers[int(offers.length)]!;
        assignmentId = a.id;
        version = a.version;
        startedMs = Math.min(now - 3_600_000, a.due - rand() * 30 * day + (rand() < 1 / 6 ? 12 * day : 0));
      }
      const r = rand();
      const recent = now - startedMs < 2 * day;
      const status = recent && r < 0.5 ? "active" : r < 0.05 ? "abandoned" : "completed";
      const minutes = 10 + int(50);
      const endedMs = startedMs + minutes * 60_000;
      const score = Math.max(
        0,
        Math.min(100, Math.round((62 + 16 * (rand() + rand() + rand() - 1.5)) * 10) / 10),
      );
      const id = `${tag}-at${i}`;
      attempts.push({
        id,
        user_id: userId,
        scenario_version_id: version,
        assignment_id: assignmentId,
        seed: int(2 ** 31),
        status,
        time_mode: "turn",
        time_scale: 10,
        started_at: new Date(startedMs).toISOString(),
        ended_at: status === "active" ? null : new Date(endedMs).toISOString(),
        stage_id: status === "active" ? "s1" : "end",
        outcome:
          status === "completed"
            ? score >= 60
              ? "success"
              : "failure"
            : status === "abandoned"
              ? "abandoned"
              : null,
        sim_minutes: 60 + int(600),
        total_score: status === "completed" ? score : null,
        event_count: o.events,
      });
      for (let e = 0; e < o.events; e++) {
        const kind = e % 3;
        const payload =
          kind === 0
            ? { type: "learner.action", actionId: "verify" }
            : kind === 1
              ? {
                  type: "learner.task",
                  taskId: "t1",
                  text: "您好，感谢您的反映。我们已核实情况，将于三日内答复。",
                }
              : { type: "clock.wait", minutes: 30 };
        events.push({
          id: `${id}-e${e + 1}`,
          attempt_id: id,
          seq: e + 1,
          idempotency_key: `g-${e + 1}`,
          type: payload.type,
          payload_json: JSON.stringify(payload),
          sim_minute: 30 * (e + 1),
          created_at: new Date(startedMs + ((e + 1) * (endedMs - startedMs)) / (o.events + 1)).toISOString(),
        });
      }
      if (status === "completed")
        scores.push({
          id: `${id}-s`,
          attempt_id: id,
          task_id: "t1",
          task_type: "netizen-reply",
          rubric_version: "scale",
          total: score,
          dimensions_json: "{}",
          findings_json: "[]",
          timeliness_json: null,
          created_at: new Date(endedMs).toISOString(),
        });
    }
    await db.transaction().execute(async (trx) => {
      await insertBatched(trx, "attempts", attempts);
      await insertBatched(trx, "attempt_events", events);
      await insertBatched(trx, "scores", scores);
    });
    written += attempts.length;
    log(`演练 ${written}/${o.attempts}（${Date.now() - t0} ms）`);
  }
  return {
    units: units.length,
    cadres: o.cadres,
    attempts: written,
    reviewerId,
    rootPath: root.path,
    towns: towns.map((t) => t.id),
  };
}

function parseArgs(argv: string[]) {
  const out: Partial<GenerateOptions> & { db?: string } = {};
  for (let i = 0; i < argv.length; i++) {
    const [flag, inline] = argv[i]!.split("=", 2);
    const value = inline ?? argv[++i];
    const n = Number(value);
    switch (flag) {
      case "--cadres":
      case "--units":
      case "--attempts":
      case "--events":
      case "--seed":
        if (!Number.isInteger(n) || n < 0) throw new Error(`${flag} 需要一个非负整数`);
        out[flag.slice(2) as "cadres"] = n;
        break;
      case "--db":
        out.db = value;
        break;
      default:
        throw new Error(`未知参数：${flag}`);
    }
  }
  return out;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const args = parseArgs(process.argv.slice(2));
  const handle = openDatabase(args.db ?? process.env.DATABASE_URL ?? "file:data/scale.sqlite");
  const t0 = Date.now();
  try {
    const r = await generate(handle, { ...args, log: (l) => console.log(l) });
    console.log(
      `已生成：${r.units} 个单位、${r.cadres} 名干部、${r.attempts} 次演练，用时 ${((Date.now() - t0) / 1000).toFixed(1)} 秒`,
    );
    const tag = `g${args.seed ?? DEFAULT_GENERATE.seed}`;
    console.log(`数据库：${handle.file ?? "PostgreSQL"}；组织部账号 ${tag}-reviewer，密码 ${tag}-password`);
  } catch (err) {
    console.error(`生成失败：${(err as Error).message}`);
    process.exitCode = 1;
  } finally {
    await handle.close();
  }
}
