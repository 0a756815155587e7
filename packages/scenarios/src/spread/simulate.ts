import {
  advanceSpread,
  applyResponse,
  initialSpread,
  pointOf,
  type ResponseKind,
  SPREAD_DEFAULTS,
  type SpreadConfig,
  type SpreadPoint,
  type SpreadState,
} from "./model.ts";

export interface SpreadParamsLike {
  population: number;
  seeds?: number;
  beta?: number;
  gamma?: number;
}

/** Fills the model's defaults: 0.1 % initial spreaders (at least one), γ = β (Maki–Thompson). */
export function spreadConfig(
  params: SpreadParamsLike | undefined,
  start: number,
  seed: number,
): SpreadConfig {
  const population = params?.population ?? SPREAD_DEFAULTS.population;
  const beta = params?.beta ?? SPREAD_DEFAULTS.beta;
  return {
    population,
    seeds: params?.seeds ?? Math.max(1, Math.round(population * 0.001)),
    beta,
    gamma: params?.gamma ?? beta,
    start,
    seed,
  };
}

/** Grid spacing of the recorded series: 10 minutes, coarser for long drills (≤ ~300 points). */
export function seriesInterval(maxSimMinutes: number): number {
  return Math.max(10, Math.ceil(maxSimMinutes / 300 / 10) * 10);
}

export interface ScheduledResponse {
  at: number;
  kind: ResponseKind;
  score: number;
}

/**
 * The model alone, from minute 0 to `until`, with responses applied at their minutes. Used for
 * the baselines and for the debrief's counterfactual curves.
 */
export function simulateSpread(
  config: SpreadConfig,
  responses: ScheduledResponse[],
  until: number,
  interval: number,
): { points: SpreadPoint[]; state: SpreadState } {
  const points: SpreadPoint[] = [];
  let state = initialSpread();
  points.push(pointOf(config, state, 0));
  const sorted = [...responses].sort((a, b) => a.at - b.at);
  for (const r of sorted) {
    if (r.at > until) break;
    state = advanceSpread(config, state, r.at, interval, (p) => points.push(p));
    state = applyResponse(state, r.kind, r.score);
  }
  state = advanceSpread(config, state, until, interval, (p) => points.push(p));
  return { points, state };
}
