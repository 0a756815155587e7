/**
 * The drill runtime the apps use: a live drill (createDrill), the replay of a stored event log
 * (replayDrill), the server-side scoring of a task (scoreTask) and the debrief's spread curves
 * (spreadSeries). Deterministic given (definition, events, seed).
 */
import { type ScoreResult, scoreResponse } from "@k2k/scoring";
import { createActor } from "xstate";
import { compileScenario } from "./compile.ts";
import { ABANDONED_STAGE, allTasks, type Runtime, TIMEOUT_STAGE } from "./engine/runtime.ts";
import { allowedIds, applyEvent, initialContext, rejection } from "./engine/step.ts";
import type { DrillContext, DrillEvent, DrillView, SendResult } from "./engine/types.ts";
import { buildView } from "./engine/view.ts";
import type { ScenarioDefinition } from "./format.ts";
import type { SpreadPoint } from "./spread/model.ts";
import { simulateSpread, spreadConfig } from "./spread/simulate.ts";

export interface Drill {
  send(event: DrillEvent): SendResult;
  view(): DrillView;
  /** the raw context (for tests and tools); treat as read-only */
  context(): DrillContext;
  /** the machine's state value: a stage id, "@timeout" or "@abandoned" */
  state(): string;
}

export interface DrillOptions {
  seed: number;
}

export function createDrill(def: ScenarioDefinition, options: DrillOptions): Drill {
  const { runtime, machine } = compileScenario(def);
  const actor = createActor(machine, { input: { seed: options.seed >>> 0 } });
  actor.start();
  return {
    send(event) {
      const ctx = actor.getSnapshot().context;
      const why = rejection(runtime, ctx, event);
      if (why) {
        const allowed = allowedIds(runtime, ctx);
        const list = allowed.length ? allowed.join(", ") : "none";
        return {
          ok: false,
          error: `${why.en}; allowed now: ${list}`,
          errorZh: `${why.zh}当前可以执行：${allowed.length ? allowedLabels(runtime, allowed).join("、") : "无（只能等待）"}`,
          allowed,
        };
      }
      actor.send(event);
      return { ok: true };
    },
    view: () => buildView(runtime, actor.getSnapshot().context),
    context: () => actor.getSnapshot().context,
    state: () => String(actor.getSnapshot().value),
  };
}

function allowedLabels(rt: Runtime, ids: string[]): string[] {
  const byId = new Map<string, string>();
  for (const s of rt.def.stages) {
    for (const a of s.actions ?? []) byId.set(a.id, a.label);
    for (const t of s.tasks ?? []) byId.set(t.id, t.label);
  }
  return ids.map((id) => byId.get(id) ?? id);
}

export interface ReplayResult {
  view: DrillView;
  /** the first event the drill refused; later events are not applied */
  failedAt?: { index: number; error: string };
}

/**
 * An attempt's state is the replay of its events. Replays run the reducer that the machine's
 * actions call, without an actor around it (half the cost of a 500-event replay); tests hold
 * replay equal to the live, actor-driven drill.
 */
export function replayDrill(
  def: ScenarioDefinition,
  events: DrillEvent[],
  options: DrillOptions,
): ReplayResult {
  const { runtime } = compileScenario(def);
  const { ctx, failedAt } = replayEvents(runtime, events, options.seed);
  return failedAt ? { view: buildView(runtime, ctx), failedAt } : { view: buildView(runtime, ctx) };
}

function replayEvents(
  runtime: Runtime,
  events: DrillEvent[],
  seed: number,
): { ctx: DrillContext; failedAt?: { index: number; error: string } } {
  let ctx = initialContext(runtime, seed >>> 0);
  for (const [index, event] of events.entries()) {
    const why = rejection(runtime, ctx, event);
    if (why) {
      const allowed = allowedIds(runtime, ctx);
      return {
        ctx,
        failedAt: { index, error: `${why.en}; allowed now: ${allowed.length ? allowed.join(", ") : "none"}` },
      };
    }
    ctx = applyEvent(runtime, ctx, event);
  }
  return { ctx };
}

/** The context after replaying events up to the first refused one (tools, spreadSeries). */
export function replayContext(
  def: ScenarioDefinition,
  events: DrillEvent[],
  options: DrillOptions,
): DrillContext {
  return replayEvents(compileScenario(def).runtime, events, options.seed).ctx;
}

/**
 * Scores a task's text as the server does before appending a `learner.task` event.
 * - facts.verified: verified facts the learner knows now; facts.unverified: every rumour or
 *   unverified claim, plus verified facts not yet revealed (stating them now is unverified).
 * - elapsedMinutes: from the earliest `from` of the scenario deadlines the task fulfils (or 0)
 *   to the minute the text will be cleared (now + task cost) — the same minute the deadline
 *   status uses.
 */
export function scoreTask(
  def: ScenarioDefinition,
  view: DrillView,
  taskId: string,
  text: string,
): ScoreResult {
  const task = allTasks(def).find((t) => t.id === taskId);
  if (!task) throw new Error(`unknown task "${taskId}"`);
  const known = new Set(view.facts.known.map((f) => f.id));
  const verified = def.facts.filter((f) => f.verified && known.has(f.id)).map((f) => f.text);
  const unverified = def.facts.filter((f) => !f.verified || !known.has(f.id)).map((f) => f.text);
  const froms = def.deadlines.filter((d) => task.deadlineRules.includes(d.ruleId)).map((d) => d.from ?? 0);
  const from = froms.length ? Math.min(...froms) : 0;
  const ticket = task.respondsTo ? def.injects.find((i) => i.id === task.respondsTo)?.ticket : undefined;
  const citizen = ticket
    ? {
        ...(ticket.caller ? { name: ticket.caller } : {}),
        ...(ticket.phone ? { phone: ticket.phone } : {}),
        ...(ticket.address ? { address: ticket.address } : {}),
      }
    : undefined;
  return scoreResponse({
    task: task.taskType,
    message: task.message,
    reply: text,
    context: {
      facts: { verified, unverified },
      elapsedMinutes: Math.max(0, view.simMinutes + task.cost - from),
      deadlineRules: [...task.deadlineRules],
      ...(task.weights ? { weights: { ...task.weights } } : {}),
      ...(citizen ? { citizen } : {}),
    },
  });
}

export interface SpreadSeries {
  /** the learner's run, with the model continued to maxSimMinutes after the last event */
  actual: SpreadPoint[];
  /** the same rumour with no response at all */
  noResponse: SpreadPoint[];
  /** the learner's first published response, given at the first inject's minute instead */
  earliest: SpreadPoint[];
}

/**
 * The debrief's three curves over [0, maxSimMinutes], computed by the same model with the same
 * seed. With no published response, earliest equals noResponse; without a modelled rumour all
 * three are empty.
 */
export function spreadSeries(
  def: ScenarioDefinition,
  events: DrillEvent[],
  options: DrillOptions,
): SpreadSeries {
  const { runtime } = compileScenario(def);
  if (!runtime.hasSpread) return { actual: [], noResponse: [], earliest: [] };
  const ctx = replayContext(def, events, options);
  const firstRumour = def.injects.find((i) => i.rumour && !i.when);
  const start = ctx.spreadStart ?? firstRumour?.at ?? 0;
  const config = spreadConfig(def.spread, start, options.seed >>> 0);
  const horizon = def.maxSimMinutes;
  const responses = ctx.publications.map((p) => ({ at: p.at, kind: p.kind, score: p.score }));
  const actual = simulateSpread(config, responses, horizon, runtime.interval).points;
  const noResponse = simulateSpread(config, [], horizon, runtime.interval).points;
  const first = ctx.publications[0];
  const firstInjectAt = ctx.released.length ? Math.min(...ctx.released.map((r) => r.at)) : start;
  const earliest = first
    ? simulateSpread(
        config,
        [{ at: firstInjectAt, kind: first.kind, score: first.score }],
        horizon,
        runtime.interval,
      ).points
    : noResponse.map((p) => ({ ...p }));
  return { actual, noResponse, earliest };
}

export { ABANDONED_STAGE, TIMEOUT_STAGE };
