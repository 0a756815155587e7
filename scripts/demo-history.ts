/**
 * Demo history for a fresh demo database: four quarters of drills played through the scenario
 * engine, so that every attempt replays exactly as the apps replay it, plus assignments with
 * due dates. The story on first start (relative to today):
 * - most units green; 市教育局 and 市住房和城乡建设局 yellow (a third of their cadres lag);
 * - 梅李镇: its responsible leader has never done a crisis drill (unit capped at yellow);
 * - 白塔镇 and its villages: red for the last three quarters (two in a row → 约谈);
 * - 市城市管理局: red this quarter only (nobody finished the assigned drills on time);
 * - overdue people on a city-wide assignment and on a crisis assignment for the two red units.
 * Deterministic apart from the dates (a fixed pseudo-random sequence).
 */
import { type Database, newId } from "@k2k/db";
import {
  createDrill,
  type DrillEvent,
  type DrillView,
  type ScenarioDefinition,
  scoreTask,
} from "@k2k/scenarios";
import type { Kysely } from "kysely";
import {
  type Competency,
  DEFAULT_TARGETS,
  type PositionLevel,
  periodOf,
  positionLevelOf,
  shiftPeriod,
} from "../apps/admin/app/lib/readiness.ts";

type Quality = "high" | "low" | "none";
type Profile = "strong" | "mixed" | "weak";

/** Unit key (id without "u-") → profile in [3 quarters ago, 2 ago, last, this] quarter. */
const PROFILES: Record<string, Profile[]> = {
  jyj: ["mixed", "mixed", "mixed", "mixed"],
  zjj: ["strong", "mixed", "mixed", "mixed"],
  btz: ["strong", "weak", "weak", "weak"],
  "btz-office": ["strong", "weak", "weak", "weak"],
  "btz-btc": ["strong", "weak", "weak", "weak"],
  "btz-dhc": ["strong", "weak", "weak", "weak"],
  cgj: ["strong", "strong", "strong", "weak"],
};
/** Leaders who never do a crisis drill. */
const NO_CRISIS_LEADERS = new Set(["p-mlz-01"]);
/** Accounts the other demos start from: no history for them. */
const SKIP_USERS = new Set(["p-demo-learner", "p-demo-instructor"]);

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

interface Run {
  seed: number;
  events: { event: DrillEvent; simMinute: number }[];
  view: DrillView;
  total: number;
}

interface Scenario {
  versionId: string;
  def: ScenarioDefinition;
  competencies: Competency[];
  category: string;
  high: Run[];
  low: Run[];
}

/**
 * Plays a scenario many times with varied choices and texts (the model answer, a truncated one,
 * or a stock non-answer) and keeps finished runs by score band. Each run is a real event log.
 */
function playRuns(def: ScenarioDefinition, passScore: number, count: number): { high: Run[]; low: Run[] } {
  const tasks = def.stages.flatMap((s) => s.tasks ?? []);
  const runs: Run[] = [];
  for (let n = 0; n < count; n++) {
    const r = prng(n * 7919 + 17);
    const quality = n % 3 === 0 ? 1 : n % 3 === 1 ? 0.1 : r();
    const seed = 100_000 + n;
    const drill = createDrill(def, { seed });
    const events: Run["events"] = [];
    const send = (event: DrillEvent) => {
      if (drill.send(event).ok) events.push({ event, simMinute: drill.view().simMinutes });
    };
    for (let i = 0; i < 150; i++) {
      const v = drill.view();
      if (v.status === "ended") break;
      if (v.tasks.length && (r() < 0.7 || !v.actions.length)) {
        const t = v.tasks[Math.floor(r() * v.tasks.length)]!;
        const model = tasks.find((x) => x.id === t.id)?.exemplar ?? "";
        const text =
          r() < quality && model
            ? model
            : r() < 0.5 && model
              ? model.slice(0, Math.max(20, Math.floor(model.length / 3)))
              : "您好，来信收悉，我们会尽快为您处理的。";
        send({ type: "learner.task", taskId: t.id, text, score: scoreTask(def, v, t.id, text) });
      } else if (v.actions.length && r() < 0.85) {
        send({ type: "learner.action", actionId: v.actions[Math.floor(r() * v.actions.length)]!.id });
      } else if (v.canWait) {
        send({ type: "clock.wait", minutes: 30 });
      } else if (v.actions.length) {
        send({ type: "learner.action", actionId: v.actions[0]!.id });
      } else break;
    }
    const view = drill.view();
    const totals = view.submissions.map((s) => s.score.total);
    if (view.status !== "ended" || view.ending?.outcome === "abandoned" || totals.length === 0) continue;
    const total = Math.round((totals.reduce((a, b) => a + b, 0) / totals.length) * 10) / 10;
    runs.push({ seed, events, view, total });
  }
  runs.sort((a, b) => b.total - a.total);
  const top = runs[0]?.total ?? 0;
  return {
    // the best runs that pass with a margin; "high" needs to pass even after some decay
    high: runs.filter((x) => x.total >= passScore + 3 && x.total >= top - 12),
    low: runs.filter((x) => x.total < passScore - 15),
  };
}

/** Greedy cover: the fewest scenarios whose competencies include every required one. */
function coverFor(required: Competency[], scenarios: Scenario[], needCrisis: boolean): Scenario[] {
  const usable = scenarios.filter((s) => s.high.length);
  const picked: Scenario[] = [];
  const left = new Set(required);
  if (needCrisis) {
    const crisis = usable
      .filter((s) => s.category === "crisis")
      .sort(
        (a, b) =>
          b.competencies.filter((c) => left.has(c)).length -
            a.competencies.filter((c) => left.has(c)).length || b.high[0]!.total - a.high[0]!.total,
      )[0];
    if (crisis) {
      picked.push(crisis);
      for (const c of crisis.competencies) left.delete(c);
    }
  }
  while (left.size) {
    const best = usable
      .filter((s) => !picked.includes(s))
      .map((s) => ({ s, gain: s.competencies.filter((c) => left.has(c)).length }))
      .filter((x) => x.gain > 0)
      .sort((a, b) => b.gain - a.gain || b.s.high[0]!.total - a.s.high[0]!.total)[0];
    if (!best) break;
    picked.push(best.s);
    for (const c of best.s.competencies) left.delete(c);
  }
  return picked;
}

export async function seedDemoHistory(db: Kysely<Database>, fresh: boolean, now = new Date()): Promise<void> {
  if (!fresh) return;
  const t0 = Date.now();
  const targets = DEFAULT_TARGETS;
  const rand = prng(20261126);
  const pick = <T>(list: T[]): T => list[Math.floor(rand() * list.length)]!;

  // the latest published version of each built-in scenario
  const versions = await db
    .selectFrom("scenario_versions as v")
    .innerJoin("scenarios as s", "s.id", "v.scenario_id")
    .select(["v.id", "v.scenario_id", "v.version", "v.definition_json", "s.category"])
    .where("s.builtin_version", "is not", null)
    .orderBy("v.version", "desc")
    .execute();
  const seen = new Set<string>();
  const scenarios: Scenario[] = [];
  for (const v of versions) {
    if (seen.has(v.scenario_id)) continue;
    seen.add(v.scenario_id);
    const def = JSON.parse(v.definition_json) as ScenarioDefinition;
    const { high, low } = playRuns(def, targets.passScore, 24);
    scenarios.push({
      versionId: v.id,
      def,
      competencies: (def.competencies ?? []) as Competency[],
      category: def.category ?? v.category,
      high,
      low,
    });
  }
  if (!scenarios.some((s) => s.high.length)) {
    console.warn("演示历史：内置场景中没有可达标的演练记录，已跳过。");
    return;
  }
  const crisisScenarios = scenarios.filter((s) => s.category === "crisis" && s.high.length);
  const plans: Record<PositionLevel, Scenario[]> = {
    leader: coverFor(targets.required.leader, scenarios, true),
    cadre: coverFor(targets.required.cadre, scenarios, false),
    staff: coverFor(targets.required.staff, scenarios, false),
  };
  // the city-wide assignment of this quarter: the crisis drill that covers most of the cadres' needs
  const cityDrill = plans.cadre.find((s) => s.category === "crisis") ?? crisisScenarios[0] ?? plans.cadre[0]!;
  const crisisDrill = crisisScenarios.find((s) => s !== cityDrill) ?? cityDrill;
  const replyDrill = plans.staff[0] ?? cityDrill;

  const people = await db
    .selectFrom("users as u")
    .innerJoin("units as un", "un.id", "u.unit_id")
    .select(["u.id", "u.position_level", "un.id as unit_id", "un.path"])
    .where((eb) =>
      eb.exists(
        eb
          .selectFrom("user_roles as r")
          .select("r.user_id")
          .whereRef("r.user_id", "=", "u.id")
          .where("r.role", "=", "learner"),
      ),
    )
    .orderBy("un.path")
    .orderBy("u.id")
    .execute();
  const admin = await db
    .selectFrom("users")
    .select("id")
    .where("username", "=", "demo-instructor")
    .executeTakeFirst();
  const creator = admin?.id ?? people[0]?.id;
  if (!creator) return;

  const q0 = periodOf(now, 3);
  const quarters = [shiftPeriod(q0, -3), shiftPeriod(q0, -2), shiftPeriod(q0, -1), q0];
  const nowMs = now.getTime();
  const day = 86_400_000;
  const clampPast = (ms: number) => Math.min(ms, nowMs - 2 * 3_600_000);
  const q0Start = Date.parse(q0.start);
  const q0Span = Math.max(day, nowMs - q0Start);
  const inQ0 = (fraction: number) => new Date(q0Start + q0Span * fraction).toISOString();
  const q1 = quarters[2]!;

  // assignments
  const assignments = {
    city: {
      id: newId(),
      version: cityDrill,
      title: `${q0.label}全员网上舆情处置演练`,
      created: inQ0(0.05),
      due: inQ0(0.6),
    },
    crisis: {
      id: newId(),
      version: crisisDrill,
      title: "突发事件舆情处置专项训练",
      created: inQ0(0.2),
      due: inQ0(0.8),
    },
    edu: {
      id: newId(),
      version: plans.leader.find((s) => s.competencies.includes("policy")) ?? replyDrill,
      title: "政策解读与风险研判训练",
      created: inQ0(0.3),
      due: inQ0(0.85),
    },
    town: {
      id: newId(),
      version: replyDrill,
      title: "12345 诉求回复训练",
      created: new Date(Date.parse(q1.start) + 10 * day).toISOString(),
      due: new Date(Date.parse(q1.start) + 45 * day).toISOString(),
    },
    next: {
      id: newId(),
      version: replyDrill,
      title: "网民留言回复训练（下一期）",
      created: inQ0(0.9),
      due: new Date(nowMs + 20 * day).toISOString(),
    },
  };
  const targetsRows = [
    { assignment_id: assignments.city.id, unit_id: "u-city" },
    { assignment_id: assignments.crisis.id, unit_id: "u-btz" },
    { assignment_id: assignments.crisis.id, unit_id: "u-cgj" },
    { assignment_id: assignments.edu.id, unit_id: "u-jyj" },
    { assignment_id: assignments.town.id, unit_id: "u-qyz" },
    { assignment_id: assignments.next.id, unit_id: "u-city" },
  ];

  interface Planned {
    userId: string;
    scenario: Scenario;
    quality: "high" | "low";
    endedAt: number;
    assignmentId: string | null;
  }
  const planned: Planned[] = [];
  const unitIndex = new Map<string, number>();
  for (const person of people) {
    if (SKIP_USERS.has(person.id)) continue;
    const unitKey = person.unit_id.replace(/^u-/, "");
    const idx = unitIndex.get(person.unit_id) ?? 0;
    unitIndex.set(person.unit_id, idx + 1);
    const level = positionLevelOf(person.position_level);
    const profiles = PROFILES[unitKey] ?? ["strong", "strong", "strong", "strong"];
    const inTown = person.path.startsWith("/u-city/u-qyz/");
    for (const [qi, quarter] of quarters.entries()) {
      const profile = profiles[qi]!;
      const quality: Quality =
        profile === "strong"
          ? "high"
          : profile === "mixed"
            ? idx % 3 === 2
              ? qi % 2
                ? "low"
                : "none"
              : "high"
            : unitKey === "btz-btc" && level === "leader" && qi === 3
              ? "low"
              : "none";
      if (quality === "none") continue;
      const start = Date.parse(quarter.start);
      const end = Math.min(Date.parse(quarter.end), nowMs);
      const span = end - start;
      const noCrisis = NO_CRISIS_LEADERS.has(person.id);
      let plan = plans[level];
      // this quarter everyone is assigned the city-wide drill
      if (qi === 3 && quality === "high" && !plan.includes(cityDrill)) plan = [cityDrill, ...plan];
      if (noCrisis) plan = plan.filter((s) => s.category !== "crisis");
      if (plan.length === 0) plan = plans.staff.filter((s) => !noCrisis || s.category !== "crisis");
      for (const scenario of plan) {
        let endedAt = start + span * (0.1 + 0.8 * rand());
        let assignmentId: string | null = null;
        const isCurrent = qi === 3;
        if (isCurrent && quality === "high" && scenario === cityDrill) {
          // the city-wide assignment, done before its due date
          assignmentId = assignments.city.id;
          endedAt =
            Date.parse(assignments.city.created) +
            (Date.parse(assignments.city.due) - Date.parse(assignments.city.created)) * (0.1 + 0.8 * rand());
        }
        planned.push({ userId: person.id, scenario, quality, endedAt: clampPast(endedAt), assignmentId });
      }
      if (qi === 2 && inTown && quality === "high") {
        const a = assignments.town;
        const endedAt =
          Date.parse(a.created) + (Date.parse(a.due) - Date.parse(a.created)) * (0.2 + 0.7 * rand());
        planned.push({
          userId: person.id,
          scenario: a.version,
          quality: "high",
          endedAt,
          assignmentId: a.id,
        });
      }
      if (qi === 3 && unitKey === "jyj" && idx !== 2) {
        // the education bureau's assignment: three of four finish, one of them late
        const a = assignments.edu;
        const late = idx === 3;
        const endedAt = late
          ? clampPast(Date.parse(a.due) + 2 * day)
          : Date.parse(a.created) + (Date.parse(a.due) - Date.parse(a.created)) * (0.2 + 0.6 * rand());
        planned.push({
          userId: person.id,
          scenario: a.version,
          quality: "high",
          endedAt: clampPast(endedAt),
          assignmentId: a.id,
        });
      }
    }
  }
  // a cadre of 城管局 started the crisis assignment but did not finish it: overdue, "已开始未完成"
  const cgjCadre = people.find((p) => p.unit_id === "u-cgj" && positionLevelOf(p.position_level) === "cadre");

  const attemptRows: Record<string, unknown>[] = [];
  const eventRows: Record<string, unknown>[] = [];
  const scoreRows: Record<string, unknown>[] = [];
  for (const p of planned) {
    const bucket =
      p.quality === "high" ? p.scenario.high : p.scenario.low.length ? p.scenario.low : p.scenario.high;
    if (!bucket.length) continue;
    const run = pick(bucket);
    const id = newId();
    const duration = (20 + 40 * rand()) * 60_000;
    const endedAt = p.endedAt;
    const startedAt = endedAt - duration;
    const step = duration / (run.events.length + 1);
    run.events.forEach((e, i) => {
      eventRows.push({
        id: newId(),
        attempt_id: id,
        seq: i + 1,
        idempotency_key: `demo-${i + 1}`,
        type: e.event.type,
        payload_json: JSON.stringify(e.event),
        sim_minute: e.simMinute,
        created_at: new Date(startedAt + step * (i + 1)).toISOString(),
      });
    });
    const byTask = new Map(run.view.submissions.map((s) => [s.taskId, s]));
    for (const s of byTask.values()) {
      scoreRows.push({
        id: newId(),
        attempt_id: id,
        task_id: s.taskId,
        task_type:
          p.scenario.def.stages.flatMap((st) => st.tasks ?? []).find((t) => t.id === s.taskId)?.taskType ??
          "netizen-reply",
        rubric_version: s.score.rubricVersion,
        total: s.score.total,
        dimensions_json: JSON.stringify(s.score.dimensions),
        findings_json: JSON.stringify(s.score.findings),
        timeliness_json: s.score.timeliness === undefined ? null : JSON.stringify(s.score.timeliness),
        created_at: new Date(endedAt).toISOString(),
      });
    }
    attemptRows.push({
      id,
      user_id: p.userId,
      scenario_version_id: p.scenario.versionId,
      assignment_id: p.assignmentId,
      seed: run.seed,
      status: "completed",
      time_mode: "turn",
      time_scale: 10,
      started_at: new Date(startedAt).toISOString(),
      ended_at: new Date(endedAt).toISOString(),
      stage_id: run.view.stage.id,
      outcome: run.view.ending?.outcome ?? null,
      sim_minutes: run.view.simMinutes,
      total_score: run.total,
      event_count: run.events.length,
    });
  }
  if (cgjCadre && crisisDrill.high.length) {
    // an active attempt: the first two events of a run, no end
    const run = crisisDrill.high[0]!;
    const id = newId();
    const startedAt = clampPast(Date.parse(assignments.crisis.created) + 3 * day);
    const events = run.events.slice(0, 2);
    for (const [i, e] of events.entries()) {
      eventRows.push({
        id: newId(),
        attempt_id: id,
        seq: i + 1,
        idempotency_key: `demo-${i + 1}`,
        type: e.event.type,
        payload_json: JSON.stringify(e.event),
        sim_minute: e.simMinute,
        created_at: new Date(startedAt + (i + 1) * 60_000).toISOString(),
      });
    }
    const last = events[events.length - 1];
    attemptRows.push({
      id,
      user_id: cgjCadre.id,
      scenario_version_id: crisisDrill.versionId,
      assignment_id: assignments.crisis.id,
      seed: run.seed,
      status: "active",
      time_mode: "turn",
      time_scale: 10,
      started_at: new Date(startedAt).toISOString(),
      ended_at: null,
      stage_id: null,
      outcome: null,
      sim_minutes: last?.simMinute ?? 0,
      total_score: null,
      event_count: events.length,
    });
    // its scores, if the first events included a task
    for (const e of events) {
      if (e.event.type !== "learner.task") continue;
      const ev = e.event;
      scoreRows.push({
        id: newId(),
        attempt_id: id,
        task_id: ev.taskId,
        task_type:
          crisisDrill.def.stages.flatMap((st) => st.tasks ?? []).find((t) => t.id === ev.taskId)?.taskType ??
          "crisis-statement",
        rubric_version: ev.score.rubricVersion,
        total: ev.score.total,
        dimensions_json: JSON.stringify(ev.score.dimensions),
        findings_json: JSON.stringify(ev.score.findings),
        timeliness_json: ev.score.timeliness === undefined ? null : JSON.stringify(ev.score.timeliness),
        created_at: new Date(startedAt).toISOString(),
      });
    }
  }

  await db.transaction().execute(async (trx) => {
    await trx
      .insertInto("assignments")
      .values(
        Object.values(assignments).map((a) => ({
          id: a.id,
          scenario_version_id: a.version.versionId,
          title: a.title,
          due_at: a.due,
          time_mode: "turn" as const,
          time_scale: 10,
          created_by: creator,
          created_at: a.created,
        })),
      )
      .execute();
    await trx
      .insertInto("assignment_targets")
      .values(
        targetsRows.map((t) => ({
          id: newId(),
          assignment_id: t.assignment_id,
          unit_id: t.unit_id,
          user_id: null,
        })),
      )
      .execute();
    const chunk = async (
      table: "attempts" | "attempt_events" | "scores",
      rows: Record<string, unknown>[],
    ) => {
      // a few hundred rows per statement keeps well under SQLite's variable limit
      for (let i = 0; i < rows.length; i += 200)
        await trx
          .insertInto(table)
          .values(rows.slice(i, i + 200) as never)
          .execute();
    };
    await chunk("attempts", attemptRows);
    await chunk("attempt_events", eventRows);
    await chunk("scores", scoreRows);
  });
  console.log(
    `演示历史：${attemptRows.length} 次演练、${eventRows.length} 个事件、${Object.keys(assignments).length} 项任务（${Date.now() - t0} ms）`,
  );
}
