/**
 * The drill's pure transition function: (runtime, context, event) → context. The XState
 * machine calls it from its named actions; the static checks and the random walker use the
 * same code, so there is one semantics.
 *
 * Clock semantics (see docs/scenarios.md):
 * - A step (action, task) started at t with cost c completes at t + c. Timers and injects due
 *   strictly inside (t, t + c) happen at their due minute, before the step completes; those
 *   due exactly at t + c happen after it, so finishing right at a deadline still counts.
 * - If a timer moves the drill to another stage during the window, the step still completes
 *   (the work was done) but its own target is dropped: the situation changed under it.
 * - If the drill ends during the window, the step is marked interrupted and has no effect.
 * - A step is offered only if it completes by maxSimMinutes; waiting is always possible and
 *   the drill ends when the clock reaches maxSimMinutes.
 */
import { type ScoreResult, scoreBand } from "@k2k/scoring";
import type { ActionEffects, PublishKind, Stage, Timer } from "../format.ts";
import { poolsOf, selectReactions } from "../reactions/select.ts";
import { advanceSpread, applyResponse, initialSpread, type SpreadPoint } from "../spread/model.ts";
import { deadlineRule } from "./deadlines.ts";
import { evalGuard, reachOf } from "./guard.ts";
import { ABANDONED_STAGE, findAction, findTask, type Runtime, TIMEOUT_STAGE } from "./runtime.ts";
import type { DrillContext, DrillEvent, Ending, FeedItem, LogEntry, Publication } from "./types.ts";

export function initialContext(rt: Runtime, seed: number): DrillContext {
  const def = rt.def;
  let ctx: DrillContext = {
    seed,
    stage: def.startStage,
    enteredAt: 0,
    timersDone: [],
    simMinutes: 0,
    known: def.facts.filter((f) => f.initiallyKnown).map((f) => f.id),
    heatOffset: 0,
    actionsDone: {},
    taskScores: {},
    submissions: [],
    publications: [],
    released: [],
    reactions: [],
    log: [],
    deadlinesDone: {},
    spreadStart: null,
    spread: null,
    series: rt.hasSpread ? [{ minute: 0, reach: 0, spreaders: 0, heat: 0 }] : [],
    ending: null,
    eventCount: 0,
  };
  if (rt.hasSpread && !def.injects.some((i) => i.rumour)) {
    // spread parameters without a rumour post: the rumour is already out at minute 0
    ctx = { ...ctx, spreadStart: 0, spread: initialSpread() };
  }
  ctx = enterStage(rt, ctx, def.startStage, 0);
  // what is due at minute 0: injects at 0, timers at 0
  return runClock(rt, ctx, 0, true, 0);
}

/** Nominal score of a publication made by an action or timer (no text to score). */
const NOMINAL_SCORE: Record<PublishKind, number> = {
  authoritative: 80,
  holding: 60,
  evasive: 40,
  false: 30,
  hostile: 15,
};

/**
 * How the spread model and the feed treat a published text: hostility → hostile, an
 * unverified claim → false; otherwise by scoreBand: bands 4–5 (≥ 70) authoritative, band 3
 * (50–69) holding unless it passes the buck or is empty officialese, lower bands evasive.
 */
export function publishKindOf(score: Pick<ScoreResult, "total" | "findings">): PublishKind {
  const negative = score.findings.filter((f) => f.effect === "-").map((f) => f.code);
  if (negative.some((c) => c.startsWith("hostility."))) return "hostile";
  if (negative.some((c) => c === "factualCaution.unverified-claim" || c.startsWith("factualCaution.denial")))
    return "false";
  const evasive = negative.some((c) => c === "ownership.buck-passing" || c === "officialese.empty");
  const band = scoreBand(score.total);
  if (band >= 4) return "authoritative";
  if (band === 3 && !evasive) return "holding";
  return "evasive";
}

// ---------------------------------------------------------------------------------------------
// availability

function fits(rt: Runtime, ctx: DrillContext, cost: number): boolean {
  return ctx.simMinutes + cost <= rt.def.maxSimMinutes;
}

export function availableActions(rt: Runtime, ctx: DrillContext) {
  if (ctx.ending) return [];
  const stage = rt.stages.get(ctx.stage);
  return (stage?.actions ?? []).filter(
    (a) =>
      !(a.once !== false && (ctx.actionsDone[a.id] ?? 0) > 0) &&
      (!a.guard || evalGuard(a.guard, ctx)) &&
      fits(rt, ctx, a.cost),
  );
}

export function availableTasks(rt: Runtime, ctx: DrillContext) {
  if (ctx.ending) return [];
  const stage = rt.stages.get(ctx.stage);
  return (stage?.tasks ?? []).filter(
    (t) =>
      ctx.taskScores[t.id] === undefined && (!t.guard || evalGuard(t.guard, ctx)) && fits(rt, ctx, t.cost),
  );
}

export function allowedIds(rt: Runtime, ctx: DrillContext): string[] {
  return [...availableActions(rt, ctx).map((a) => a.id), ...availableTasks(rt, ctx).map((t) => t.id)];
}

/** Why an event cannot be applied now, or null when it can. */
export function rejection(
  rt: Runtime,
  ctx: DrillContext,
  event: DrillEvent,
): { en: string; zh: string } | null {
  if (ctx.ending) return { en: "the drill has ended", zh: "演练已经结束。" };
  switch (event.type) {
    case "learner.action": {
      if (availableActions(rt, ctx).some((a) => a.id === event.actionId)) return null;
      const exists = findAction(rt.stages.get(ctx.stage), event.actionId);
      return {
        en: `action "${event.actionId}" is not available ${exists ? "now" : `in stage "${ctx.stage}"`}`,
        zh: `当前不能执行操作“${exists?.label ?? event.actionId}”。`,
      };
    }
    case "learner.task": {
      if (availableTasks(rt, ctx).some((t) => t.id === event.taskId)) {
        if (typeof event.text !== "string" || !event.score || typeof event.score.total !== "number")
          return { en: "a task event needs text and a score", zh: "提交内容缺少文本或评分。" };
        return null;
      }
      const exists = findTask(rt.stages.get(ctx.stage), event.taskId);
      return {
        en: `task "${event.taskId}" is not available ${exists ? "now" : `in stage "${ctx.stage}"`}`,
        zh: `当前不能提交任务“${exists?.label ?? event.taskId}”（可能已提交过，或阶段已改变）。`,
      };
    }
    case "clock.wait":
      if (typeof event.minutes === "number" && Number.isFinite(event.minutes) && event.minutes > 0)
        return null;
      return { en: "wait needs a positive number of minutes", zh: "等待时长必须是正数（分钟）。" };
    case "clock.advanceTo":
      if (typeof event.minute === "number" && Number.isFinite(event.minute) && event.minute >= ctx.simMinutes)
        return null;
      return { en: `the clock cannot go back to minute ${event.minute}`, zh: "模拟时钟不能倒退。" };
    case "learner.abandon":
      return null;
    default:
      return { en: `unknown event type "${(event as { type?: unknown }).type}"`, zh: "无法识别的操作类型。" };
  }
}

// ---------------------------------------------------------------------------------------------
// the reducer

export function applyEvent(rt: Runtime, ctx0: DrillContext, event: DrillEvent): DrillContext {
  const index = ctx0.eventCount;
  const ctx: DrillContext = { ...ctx0, eventCount: index + 1 };
  switch (event.type) {
    case "learner.action":
      return takeAction(rt, ctx, event.actionId, index);
    case "learner.task":
      return submitTask(rt, ctx, event.taskId, event.text, event.score, index);
    case "clock.wait": {
      const to = Math.min(ctx.simMinutes + event.minutes, rt.def.maxSimMinutes);
      const log: LogEntry = {
        index,
        at: ctx.simMinutes,
        kind: "wait",
        id: "wait",
        label: "等待",
        cost: to - ctx.simMinutes,
      };
      return runClock(rt, { ...ctx, log: [...ctx.log, log] }, to, true, index);
    }
    case "clock.advanceTo":
      return runClock(rt, ctx, Math.min(event.minute, rt.def.maxSimMinutes), true, index);
    case "learner.abandon":
      return end(
        ctx,
        {
          stageId: ABANDONED_STAGE,
          title: "演练已中止",
          outcome: "abandoned",
          narrative: `学员在模拟第 ${ctx.simMinutes} 分钟中止了演练。`,
        },
        index,
      );
  }
}

function takeAction(rt: Runtime, ctx: DrillContext, id: string, index: number): DrillContext {
  const stage = rt.stages.get(ctx.stage) as Stage;
  const action = findAction(stage, id);
  if (!action) return ctx;
  const startStage = ctx.stage;
  const doneAt = ctx.simMinutes + action.cost;
  const entry: LogEntry = {
    index,
    at: ctx.simMinutes,
    kind: "action",
    id,
    label: action.label,
    cost: action.cost,
  };
  let c: DrillContext = { ...ctx, log: [...ctx.log, entry] };
  c = runClock(rt, c, doneAt, false, index);
  if (c.ending) return markInterrupted(c, entry);
  c = { ...c, actionsDone: { ...c.actionsDone, [id]: (c.actionsDone[id] ?? 0) + 1 } };
  if (action.reveals?.length) c = reveal(c, action.reveals);
  if (action.feedback) c = replaceLog(c, entry, { ...entry, feedback: action.feedback });
  c = applyEffects(rt, c, action.effects, "action", id, action.label, index);
  if (action.satisfies?.length) c = fulfil(c, action.satisfies);
  if (c.stage === startStage) {
    const target = action.branches?.find((b) => evalGuard(b.guard, c))?.target ?? action.target;
    if (target) c = enterStage(rt, c, target, c.simMinutes, index);
  }
  c = releaseWhenInjects(rt, c);
  return runClock(rt, c, doneAt, true, index);
}

function submitTask(
  rt: Runtime,
  ctx: DrillContext,
  id: string,
  text: string,
  score: ScoreResult,
  index: number,
): DrillContext {
  const stage = rt.stages.get(ctx.stage) as Stage;
  const task = findTask(stage, id);
  if (!task) return ctx;
  const startStage = ctx.stage;
  const doneAt = ctx.simMinutes + task.cost;
  const entry: LogEntry = {
    index,
    at: ctx.simMinutes,
    kind: "task",
    id,
    label: task.label,
    cost: task.cost,
    total: score.total,
  };
  let c: DrillContext = { ...ctx, log: [...ctx.log, entry] };
  c = runClock(rt, c, doneAt, false, index);
  const submission = { taskId: id, label: task.label, at: doneAt, text, score };
  if (c.ending) {
    // keep the text: the server has stored its score, and the debrief should show it
    return {
      ...markInterrupted(c, entry),
      submissions: [...c.submissions, { ...submission, at: c.simMinutes, interrupted: true }],
    };
  }
  c = {
    ...c,
    submissions: [...c.submissions, submission],
    taskScores: { ...c.taskScores, [id]: score.total },
  };
  if (task.publishes) {
    c = publish(
      rt,
      c,
      {
        id: `pub-${id}`,
        source: "task",
        sourceId: id,
        at: c.simMinutes,
        kind: publishKindOf(score),
        score: score.total,
        text,
      },
      score.findings.map((f) => f.code),
    );
  }
  c = fulfil(c, task.deadlineRules);
  if (c.stage === startStage) {
    const target = task.branches?.find((b) => evalGuard(b.guard, c))?.target ?? task.target;
    if (target) c = enterStage(rt, c, target, c.simMinutes, index);
  }
  c = releaseWhenInjects(rt, c);
  return runClock(rt, c, doneAt, true, index);
}

function markInterrupted(c: DrillContext, entry: LogEntry): DrillContext {
  return replaceLog(c, entry, { ...entry, interrupted: true });
}

function replaceLog(c: DrillContext, old: LogEntry, next: LogEntry): DrillContext {
  const i = c.log.lastIndexOf(old);
  if (i < 0) return c;
  const log = c.log.slice();
  log[i] = next;
  return { ...c, log };
}

function reveal(c: DrillContext, ids: string[]): DrillContext {
  const fresh = ids.filter((id) => !c.known.includes(id));
  return fresh.length ? { ...c, known: [...c.known, ...fresh] } : c;
}

function fulfil(c: DrillContext, ruleIds: string[]): DrillContext {
  const fresh = ruleIds.filter((r) => c.deadlinesDone[r] === undefined);
  if (!fresh.length) return c;
  const done = { ...c.deadlinesDone };
  for (const r of fresh) done[r] = c.simMinutes;
  return { ...c, deadlinesDone: done };
}

function applyEffects(
  rt: Runtime,
  c: DrillContext,
  effects: ActionEffects | undefined,
  source: "action" | "timer",
  id: string,
  label: string,
  _index: number,
): DrillContext {
  if (!effects) return c;
  let next = c;
  if (effects.heat) next = { ...next, heatOffset: next.heatOffset + effects.heat };
  if (effects.publishes) {
    const n = next.publications.length;
    next = publish(
      rt,
      next,
      {
        id: `pub-${source}-${id}-${n}`,
        source,
        sourceId: id,
        at: next.simMinutes,
        kind: effects.publishes,
        score: NOMINAL_SCORE[effects.publishes],
        text: label,
      },
      [],
    );
  }
  return next;
}

function publish(rt: Runtime, c: DrillContext, pub: Publication, findingCodes: string[]): DrillContext {
  let spread = c.spread;
  if (rt.hasSpread) {
    // the response acts on the model from now on, even before the rumour starts (pre-bunking)
    spread = applyResponse(spread ?? { ...initialSpread(), t: c.simMinutes }, pub.kind, pub.score);
  }
  const comments = selectReactions(poolsOf(rt.def), pub.score, findingCodes, c.seed, pub.id);
  const reactions: FeedItem[] = comments.map((cm, k) => ({
    id: `${pub.id}-r${k}`,
    channel: "feed",
    at: pub.at + 5 * (k + 1),
    author: cm.author,
    text: cm.text,
    kind: "reaction",
    replyTo: pub.id,
  }));
  return {
    ...c,
    spread,
    publications: [...c.publications, pub],
    reactions: [...c.reactions, ...reactions],
  };
}

// ---------------------------------------------------------------------------------------------
// stages, timers, injects

function enterStage(
  rt: Runtime,
  c: DrillContext,
  stageId: string,
  at: number,
  index = c.eventCount,
): DrillContext {
  const stage = rt.stages.get(stageId);
  const next: DrillContext = { ...c, stage: stageId, enteredAt: at, timersDone: [] };
  if (stage?.final) {
    return end(
      next,
      { stageId, title: stage.title, outcome: stage.final.outcome, narrative: stage.final.narrative },
      index,
    );
  }
  return next;
}

function end(c: DrillContext, ending: Ending, index: number): DrillContext {
  const entry: LogEntry = {
    index,
    at: c.simMinutes,
    kind: "end",
    id: ending.stageId,
    label: ending.title,
    cost: 0,
  };
  return { ...c, stage: ending.stageId, ending, log: [...c.log, entry] };
}

function dueAt(timer: Timer, enteredAt: number): number {
  if (timer.at !== undefined) return Math.max(timer.at, enteredAt);
  return enteredAt + (timer.afterEntry ?? 0);
}

/** The next timer of the current stage visit, by due minute then declaration order. */
function nextTimer(rt: Runtime, c: DrillContext): { timer: Timer; due: number } | null {
  const stage = rt.stages.get(c.stage);
  let best: { timer: Timer; due: number } | null = null;
  for (const timer of stage?.timers ?? []) {
    if (c.timersDone.includes(timer.id)) continue;
    const due = dueAt(timer, c.enteredAt);
    if (!best || due < best.due) best = { timer, due };
  }
  return best;
}

function nextInjectAt(rt: Runtime, c: DrillContext): number | null {
  let best: number | null = null;
  for (const inj of rt.injects) {
    if (inj.when || c.released.some((r) => r.id === inj.id)) continue;
    const at = inj.at ?? 0;
    if (best === null || at < best) best = at;
  }
  return best;
}

function release(rt: Runtime, c: DrillContext, id: string, rumour: boolean | undefined): DrillContext {
  let next = c;
  if (rumour && next.spreadStart === null) {
    // the first rumour post starts the model at this minute
    const spread = next.spread ?? { ...initialSpread(), t: next.simMinutes };
    next = { ...next, spreadStart: next.simMinutes, spread };
  }
  return {
    ...next,
    released: [...next.released, { id, at: next.simMinutes, reachAtRelease: reachOf(rt, next) }],
  };
}

function releaseTimedInjects(rt: Runtime, c: DrillContext): DrillContext {
  let next = c;
  for (const inj of rt.injects) {
    if (inj.when || (inj.at ?? 0) > next.simMinutes) continue;
    if (next.released.some((r) => r.id === inj.id)) continue;
    next = release(rt, next, inj.id, inj.rumour);
  }
  return next;
}

function releaseWhenInjects(rt: Runtime, c: DrillContext): DrillContext {
  let next = c;
  for (const inj of rt.injects) {
    if (!inj.when || (inj.at ?? 0) > next.simMinutes) continue;
    if (next.released.some((r) => r.id === inj.id)) continue;
    if (evalGuard(inj.when, next)) next = release(rt, next, inj.id, inj.rumour);
  }
  return next;
}

/** Moves the model and the clock to `to` with nothing else happening on the way. */
function advanceTo(rt: Runtime, c: DrillContext, to: number): DrillContext {
  if (to <= c.simMinutes) return c;
  if (!rt.hasSpread) return { ...c, simMinutes: to };
  // the series is copied only when grid points are added (replays append to it a lot)
  const added: SpreadPoint[] = [];
  let spread = c.spread;
  if (c.spreadStart === null) {
    // no rumour yet: a flat series, and a pending pre-bunking state (if any) just moves along
    for (
      let m = Math.floor(c.simMinutes / rt.interval) * rt.interval + rt.interval;
      m <= to;
      m += rt.interval
    )
      added.push({ minute: m, reach: 0, spreaders: 0, heat: 0 });
    if (spread) spread = { ...spread, t: to };
  } else if (spread) {
    const config = rt.spreadConfigFor(c.spreadStart, c.seed);
    spread = advanceSpread(config, spread, to, rt.interval, (p) => added.push(p));
  }
  return { ...c, simMinutes: to, spread, series: added.length ? c.series.concat(added) : c.series };
}

const MAX_FIRINGS = 10_000;

/**
 * Runs the simulated clock to `to`, firing injects and timers at their due minutes in order.
 * inclusive: timers due exactly at `to` fire too (false inside a step's cost window).
 * Reaching maxSimMinutes (inclusive) ends the drill.
 */
export function runClock(
  rt: Runtime,
  ctx: DrillContext,
  to: number,
  inclusive: boolean,
  index: number,
): DrillContext {
  let c = ctx;
  const target = Math.min(to, rt.def.maxSimMinutes);
  for (let firings = 0; !c.ending; firings++) {
    if (firings > MAX_FIRINGS) {
      return end(
        c,
        {
          stageId: TIMEOUT_STAGE,
          title: "演练异常终止",
          outcome: "failure",
          narrative: "场景中的计时器在同一时刻反复触发，演练无法继续。",
        },
        index,
      );
    }
    const timer = nextTimer(rt, c);
    const timerDue = timer && (timer.due < target || (inclusive && timer.due <= target)) ? timer.due : null;
    const injectAt = nextInjectAt(rt, c);
    const injectDue = injectAt !== null && injectAt <= target ? injectAt : null;
    if (timerDue === null && injectDue === null) break;
    const m = Math.max(
      c.simMinutes,
      Math.min(timerDue ?? Number.POSITIVE_INFINITY, injectDue ?? Number.POSITIVE_INFINITY),
    );
    c = advanceTo(rt, c, m);
    if (injectDue !== null && injectDue <= m) {
      c = releaseTimedInjects(rt, c);
      c = releaseWhenInjects(rt, c);
      continue;
    }
    if (timer && timerDue !== null) c = fireTimer(rt, c, timer.timer, index);
  }
  if (c.ending) return c;
  c = advanceTo(rt, c, target);
  c = releaseWhenInjects(rt, c);
  if (inclusive && c.simMinutes >= rt.def.maxSimMinutes) c = timeout(rt, c, index);
  return c;
}

function fireTimer(rt: Runtime, c: DrillContext, timer: Timer, index: number): DrillContext {
  let next: DrillContext = { ...c, timersDone: [...c.timersDone, timer.id] };
  if (timer.guard && !evalGuard(timer.guard, next)) return next;
  const entry: LogEntry = {
    index,
    at: next.simMinutes,
    kind: "timer",
    id: timer.id,
    label: timer.label,
    cost: 0,
  };
  next = { ...next, log: [...next.log, entry] };
  next = applyEffects(rt, next, timer.effects, "timer", timer.id, timer.label, index);
  next = enterStage(rt, next, timer.target, next.simMinutes, index);
  return releaseWhenInjects(rt, next);
}

/**
 * maxSimMinutes reached: the scenario's timeoutStage if it names one, else a generic ending —
 * "partial" when at least one task was submitted and every deadline due by now was met,
 * otherwise "failure".
 */
function timeout(rt: Runtime, c: DrillContext, index: number): DrillContext {
  const def = rt.def;
  if (def.timeoutStage && rt.stages.get(def.timeoutStage)?.final) {
    return enterStage(rt, c, def.timeoutStage, c.simMinutes, index);
  }
  const submitted = c.submissions.some((s) => !s.interrupted);
  const missed = deadlineStatus(rt, c).some((d) => d.status === "missed");
  return end(
    c,
    {
      stageId: TIMEOUT_STAGE,
      title: "演练时间到",
      outcome: submitted && !missed ? "partial" : "failure",
      narrative:
        submitted && !missed
          ? `模拟时间已到（第 ${c.simMinutes} 分钟），事件尚未完全处置完毕，但关键时限均已按时回应。`
          : `模拟时间已到（第 ${c.simMinutes} 分钟），事件仍未妥善处置${missed ? "，且有回应时限被错过" : ""}。`,
    },
    index,
  );
}

// ---------------------------------------------------------------------------------------------
// deadlines

export function deadlineStatus(rt: Runtime, c: DrillContext) {
  return rt.def.deadlines.map((ref) => {
    const rule = deadlineRule(ref.ruleId);
    // a rule that is not a time limit (or unknown) never falls due
    const dueAt = (ref.from ?? 0) + (rule?.minutes ?? Number.POSITIVE_INFINITY);
    const doneAt = c.deadlinesDone[ref.ruleId];
    const status: "pending" | "met" | "missed" =
      doneAt !== undefined && doneAt <= dueAt
        ? "met"
        : doneAt !== undefined || c.simMinutes > dueAt || (c.ending !== null && doneAt === undefined)
          ? "missed"
          : "pending";
    return {
      ruleId: ref.ruleId,
      label: rule?.label ?? ref.ruleId,
      dueAt: Number.isFinite(dueAt) ? dueAt : rt.def.maxSimMinutes,
      ...(doneAt !== undefined ? { doneAt } : {}),
      status,
    };
  });
}
