import type { Guard } from "../format.ts";
import { PEAK_SPREADER_SHARE } from "../spread/model.ts";
import type { Runtime } from "./runtime.ts";
import type { DrillContext } from "./types.ts";

/** Heat 0–100: the spread model's heat (spreader share vs. the no-response peak) plus effects. */
export function heatOf(ctx: DrillContext): number {
  const model = ctx.spread?.started ? 100 * Math.min(1, ctx.spread.s / PEAK_SPREADER_SHARE) : 0;
  return Math.max(0, Math.min(100, Math.round(model + ctx.heatOffset)));
}

export function reachOf(rt: Runtime, ctx: DrillContext): number {
  if (!ctx.spread || ctx.spreadStart === null) return 0;
  const population = rt.spreadConfigFor(ctx.spreadStart, ctx.seed).population;
  return Math.round(population * (ctx.spread.s + ctx.spread.r));
}

/** Evaluates a scenario guard. An empty guard holds; all listed conditions must hold. */
export function evalGuard(g: Guard, ctx: DrillContext): boolean {
  if (g.all && !g.all.every((x) => evalGuard(x, ctx))) return false;
  if (g.any && !g.any.some((x) => evalGuard(x, ctx))) return false;
  if (g.not && evalGuard(g.not, ctx)) return false;
  if (g.timeAtLeast !== undefined && !(ctx.simMinutes >= g.timeAtLeast)) return false;
  if (g.timeBelow !== undefined && !(ctx.simMinutes < g.timeBelow)) return false;
  if (g.factKnown !== undefined && !ctx.known.includes(g.factKnown)) return false;
  if (g.heatAtLeast !== undefined && !(heatOf(ctx) >= g.heatAtLeast)) return false;
  if (g.heatBelow !== undefined && !(heatOf(ctx) < g.heatBelow)) return false;
  if (g.actionDone !== undefined && !((ctx.actionsDone[g.actionDone] ?? 0) > 0)) return false;
  if (g.taskDone !== undefined && ctx.taskScores[g.taskDone] === undefined) return false;
  if (g.taskScoreAtLeast !== undefined) {
    const score = ctx.taskScores[g.taskScoreAtLeast.task];
    if (score === undefined || score < g.taskScoreAtLeast.min) return false;
  }
  return true;
}
