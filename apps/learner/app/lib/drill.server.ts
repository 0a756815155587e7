/**
 * The server side of a drill. The event log in the database is the truth: every request
 * replays it through the scenario's machine. The server checks each new event against the
 * machine, assigns simulated time and computes scores, so a client can forge neither.
 */
import {
  type Attempt,
  appendEvent,
  ConcurrentChangeError,
  createAttempt,
  type DbHandle,
  getAttempt,
  getDb,
  getScenarioVersion,
  listAssignmentsForUser,
  listEvents,
  type UserWithRoles,
  upsertScore,
} from "@k2k/db";
import {
  createDrill,
  type DrillEvent,
  type DrillView,
  replayDrill,
  type ScenarioDefinition,
  type SpreadSeries,
  scoreTask,
  spreadSeries,
} from "@k2k/scenarios";
import { notFound } from "@k2k/web/server";

import { MAX_TEXT_LENGTH } from "./limits.ts";

export { MAX_TEXT_LENGTH };

export interface LoadedAttempt {
  attempt: Attempt;
  def: ScenarioDefinition;
  events: DrillEvent[];
  view: DrillView;
}

const definitions = new Map<string, ScenarioDefinition>();

/** Published versions never change, so their parsed definitions can be cached by id. */
async function definitionOf(versionId: string, handle: DbHandle): Promise<ScenarioDefinition> {
  let def = definitions.get(versionId);
  if (!def) {
    const version = await getScenarioVersion(handle.db, versionId);
    if (!version) throw notFound("演练所用的场景版本不存在。");
    def = JSON.parse(version.definition_json) as ScenarioDefinition;
    definitions.set(versionId, def);
  }
  return def;
}

/** The attempt if it belongs to this user; another user's attempt is simply not found. */
export async function loadOwnAttempt(
  attemptId: string,
  user: UserWithRoles,
  handle: DbHandle = getDb(),
): Promise<LoadedAttempt> {
  const attempt = await getAttempt(handle.db, attemptId);
  if (!attempt || attempt.user_id !== user.id) throw notFound("演练不存在，或不属于您。");
  return loadAttempt(attempt, handle);
}

export async function loadAttempt(attempt: Attempt, handle: DbHandle = getDb()): Promise<LoadedAttempt> {
  const def = await definitionOf(attempt.scenario_version_id, handle);
  const rows = await listEvents(handle.db, attempt.id);
  const events = rows.map((r) => JSON.parse(r.payload_json) as DrillEvent);
  const { view } = replayDrill(def, events, { seed: attempt.seed });
  return { attempt, def, events, view };
}

const seriesCache = new Map<string, SpreadSeries>();
const SERIES_CACHE_SIZE = 300;

/**
 * The debrief's three spread curves (actual, no response, earliest response). Three model runs
 * over the whole horizon were the debrief's largest cost; they depend only on the version, the
 * seed and the log, so they are kept by attempt and log length (an appended event is a new key).
 */
export function debriefSeries({ attempt, def, events }: LoadedAttempt): SpreadSeries {
  const key = `${attempt.id}:${events.length}`;
  let series = seriesCache.get(key);
  if (!series) {
    series = spreadSeries(def, events, { seed: attempt.seed });
    seriesCache.set(key, series);
    if (seriesCache.size > SERIES_CACHE_SIZE) seriesCache.delete(seriesCache.keys().next().value as string);
  }
  return series;
}

/**
 * Starts an attempt of a published version. Free practice needs a scenario that is not
 * archived; an assignment must target this learner (directly or through their unit).
 */
export async function startAttempt(
  user: UserWithRoles,
  versionId: string,
  assignmentId: string | null,
  handle: DbHandle = getDb(),
) {
  const version = await handle.db
    .selectFrom("scenario_versions as v")
    .innerJoin("scenarios as s", "s.id", "v.scenario_id")
    .select(["v.id", "s.status"])
    .where("v.id", "=", versionId)
    .executeTakeFirst();
  if (!version) throw notFound("该场景版本不存在。");
  let timeMode: "turn" | "realtime" = "turn";
  let timeScale = 10;
  if (assignmentId) {
    const mine = (await listAssignmentsForUser(handle.db, user.id)).find(
      (a) => a.assignmentId === assignmentId,
    );
    if (!mine || mine.scenarioVersionId !== versionId) throw notFound("该演练任务不存在，或没有布置给您。");
    timeMode = mine.timeMode;
    timeScale = mine.timeScale;
  } else if (version.status === "archived") {
    throw notFound("该场景已归档，不能再用于自主练习。");
  }
  await definitionOf(versionId, handle);
  const seed = Math.floor(Math.random() * 2 ** 31);
  return createAttempt(handle.db, { userId: user.id, versionId, assignmentId, seed, timeMode, timeScale });
}

export type PostInput =
  | { kind: "action"; actionId: string }
  | { kind: "task"; taskId: string; text: string }
  | { kind: "wait"; minutes: number }
  | { kind: "abandon" };

export type PostResult =
  | { ok: true; duplicate: boolean; view: DrillView }
  | { ok: false; status: number; message: string; view?: DrillView };

/** In real-time mode the clock is the server's: simulated minutes since the attempt started. */
function realtimeMinute(attempt: Attempt, now = Date.now()): number {
  const elapsedReal = (now - new Date(attempt.started_at).getTime()) / 60_000;
  return Math.floor(elapsedReal * attempt.time_scale);
}

export async function postEvent(
  attemptId: string,
  user: UserWithRoles,
  key: string,
  input: PostInput,
  handle: DbHandle = getDb(),
): Promise<PostResult> {
  if (!/^[\w-]{8,100}$/.test(key))
    return { ok: false, status: 400, message: "请求缺少有效的幂等键，请刷新页面后重试。" };
  if (input.kind === "task" && input.text.length > MAX_TEXT_LENGTH) {
    return {
      ok: false,
      status: 413,
      message: `文本过长（${input.text.length} 字），请控制在 ${MAX_TEXT_LENGTH} 字以内。`,
    };
  }
  for (let tries = 0; tries < 3; tries++) {
    // one read of the log and one replay per attempt to post
    const attempt = await getAttempt(handle.db, attemptId);
    if (!attempt || attempt.user_id !== user.id) throw notFound("演练不存在，或不属于您。");
    const def = await definitionOf(attempt.scenario_version_id, handle);
    const rows = await listEvents(handle.db, attempt.id);
    const events = rows.map((r) => JSON.parse(r.payload_json) as DrillEvent);
    const drill = createDrill(def, { seed: attempt.seed });
    for (const e of events) drill.send(e);
    if (rows.some((r) => r.idempotency_key === key)) return { ok: true, duplicate: true, view: drill.view() };
    if (attempt.status !== "active")
      return { ok: false, status: 409, message: "本次演练已结束，不能再提交。", view: drill.view() };
    const pending: DrillEvent[] = [];
    if (attempt.time_mode === "realtime" && input.kind !== "abandon") {
      const minute = Math.min(realtimeMinute(attempt), def.maxSimMinutes);
      if (minute > drill.view().simMinutes) pending.push({ type: "clock.advanceTo", minute });
    }
    for (const e of pending) drill.send(e);
    const event = buildEvent(def, drill.view(), input);
    if (!event.ok) return { ok: false, status: 400, message: event.message, view: drill.view() };
    const result = drill.send(event.event);
    if (!result.ok) return { ok: false, status: 400, message: result.errorZh, view: drill.view() };
    const view = drill.view();
    const all = [...pending, event.event];

    try {
      let count = events.length;
      for (const [i, e] of all.entries()) {
        const last = i === all.length - 1;
        const { duplicate } = await appendEvent(
          handle.db,
          attemptId,
          count,
          {
            idempotencyKey: last ? key : `${key}-clock`,
            type: e.type,
            payload: e,
            simMinute: view.simMinutes,
          },
          last
            ? async (trx) => {
                if (e.type === "learner.task") {
                  await upsertScore(trx, {
                    attemptId,
                    taskId: e.taskId,
                    taskType:
                      def.stages.flatMap((s) => s.tasks ?? []).find((t) => t.id === e.taskId)?.taskType ??
                      "netizen-reply",
                    rubricVersion: e.score.rubricVersion,
                    total: e.score.total,
                    dimensions: e.score.dimensions,
                    findings: e.score.findings,
                    timeliness: e.score.timeliness,
                  });
                }
                await trx
                  .updateTable("attempts")
                  .set(summaryOf(view, count + 1))
                  .where("id", "=", attemptId)
                  .execute();
              }
            : undefined,
        );
        if (duplicate && last)
          return { ok: true, duplicate: true, view: (await loadOwnAttempt(attemptId, user, handle)).view };
        count++;
      }
      return { ok: true, duplicate: false, view };
    } catch (err) {
      if (err instanceof ConcurrentChangeError) continue; // another request moved the attempt on: replay and retry
      throw err;
    }
  }
  return { ok: false, status: 409, message: "演练正在被另一个窗口同时操作，请刷新后重试。" };
}

function buildEvent(
  def: ScenarioDefinition,
  view: DrillView,
  input: PostInput,
): { ok: true; event: DrillEvent } | { ok: false; message: string } {
  switch (input.kind) {
    case "action":
      return { ok: true, event: { type: "learner.action", actionId: input.actionId } };
    case "wait": {
      const minutes = Math.round(input.minutes);
      if (!Number.isFinite(minutes) || minutes < 1 || minutes > 24 * 60)
        return { ok: false, message: "等待时长应在 1 分钟到 24 小时之间。" };
      return { ok: true, event: { type: "clock.wait", minutes } };
    }
    case "abandon":
      return { ok: true, event: { type: "learner.abandon" } };
    case "task": {
      const text = input.text.trim();
      if (!text) return { ok: false, message: "请先填写内容再提交。" };
      if (!view.tasks.some((t) => t.id === input.taskId)) {
        return { ok: false, message: "该写作任务当前不可提交（可能已经提交过，或阶段已经改变）。" };
      }
      const score = scoreTask(def, view, input.taskId, text);
      return { ok: true, event: { type: "learner.task", taskId: input.taskId, text, score } };
    }
  }
}

function summaryOf(view: DrillView, eventCount: number) {
  const ended = view.status === "ended";
  const totals = view.submissions.map((s) => s.score.total);
  const total = totals.length
    ? Math.round((totals.reduce((a, b) => a + b, 0) / totals.length) * 10) / 10
    : null;
  return {
    stage_id: view.stage.id,
    sim_minutes: view.simMinutes,
    event_count: eventCount,
    total_score: total,
    outcome: view.ending?.outcome ?? null,
    ...(ended
      ? {
          status: view.ending?.outcome === "abandoned" ? ("abandoned" as const) : ("completed" as const),
          ended_at: new Date().toISOString(),
        }
      : {}),
  };
}
