/**
 * The rumour-spread model: a mean-field Maki–Thompson ignorant–spreader–stifler model with an
 * official-refutation compartment, integrated on the simulated clock.
 *
 * Compartments (fractions of the population, summing to 1):
 *   i  ignorant: has heard neither the rumour nor the refutation
 *   s  spreader: believes and passes the rumour on
 *   r  stifler:  heard the rumour, no longer passes it on
 *   x  refuted:  heard the authoritative refutation first and is immune to the rumour
 *
 *   di/dt = −β(t)·i·s − ρ·q·i
 *   ds/dt =  β(t)·i·s − γ(t)·s·(s + r + x) − δ·q·s
 *   dr/dt =  γ(t)·s·(s + r + x) + δ·q·s
 *   dx/dt =  ρ·q·i
 *
 * With q = 0 and γ = β this is the Maki–Thompson mean field: the final ignorant share θ solves
 * θ = exp(−2(1 − θ)), θ ≈ 0.2032, and the spreader share peaks at 1 − ln 2 ≈ 0.307 when i = ½
 * (s = 2 − 2i + ln i along a trajectory). The refutation terms follow SEIRD/SEIMR-type models
 * where the government's refutation moves ignorants to an immune class and spreaders to
 * stiflers from the moment it is published, so the same statement suppresses more the
 * earlier it comes (Guo et al. 2023; 工程科学学报 2022, 44(6):1080).
 *
 * β(t) and γ(t) share two time-varying factors: a SEISMIC-style attention decay (flat for the
 * first 5 minutes, then a power law with θ ≈ 0.242, Zhao et al. KDD 2015) and a seeded
 * hourly jitter. Because both rates are multiplied by the same factor, these only re-time the
 * epidemic and leave the Maki–Thompson baselines intact (as t → ∞).
 */
import { hashSeed, mulberry32 } from "./prng.ts";

export interface SpreadConfig {
  population: number;
  /** initial spreaders (people) */
  seeds: number;
  /** contact rate per simulated hour */
  beta: number;
  /** stifling rate per simulated hour */
  gamma: number;
  /** the minute the rumour starts */
  start: number;
  seed: number;
}

export const SPREAD_DEFAULTS = {
  population: 200_000,
  beta: 3,
  /** flat interest for this many minutes, then power-law decay (SEISMIC) */
  attentionFlatMinutes: 5,
  attentionDecay: 0.242,
  /** the hourly jitter lies in [1 − j, 1 + j] */
  jitter: 0.15,
  /** refutation reach of ignorants per hour at q = 1 */
  refuteIgnorants: 0.6,
  /** extra stifling of spreaders per hour at q = 1 */
  refuteSpreaders: 1.0,
} as const;

export interface SpreadBoost {
  until: number;
  factor: number;
}

export interface SpreadState {
  /** integrated up to this simulated minute */
  t: number;
  started: boolean;
  i: number;
  s: number;
  r: number;
  x: number;
  /** combined refutation strength in [0, 1] */
  q: number;
  boosts: SpreadBoost[];
  /** highest spreader share reached so far */
  peakS: number;
}

export interface SpreadPoint {
  minute: number;
  /** people who have heard the rumour */
  reach: number;
  /** people currently passing it on */
  spreaders: number;
  /** 0–100 from the spreader share (100 at the no-response peak 1 − ln 2) */
  heat: number;
}

export const PEAK_SPREADER_SHARE = 1 - Math.LN2;

export function initialSpread(): SpreadState {
  return { t: 0, started: false, i: 1, s: 0, r: 0, x: 0, q: 0, boosts: [], peakS: 0 };
}

function attention(config: SpreadConfig, minute: number): number {
  const tau = minute - config.start;
  const flat = SPREAD_DEFAULTS.attentionFlatMinutes;
  return tau <= flat ? 1 : (tau / flat) ** -SPREAD_DEFAULTS.attentionDecay;
}

// hourly jitter factors per seed, memoised because the integrator asks for them thousands of times
const jitterCache = new Map<number, number[]>();
function jitter(config: SpreadConfig, minute: number): number {
  const hour = Math.max(0, Math.floor((minute - config.start) / 60));
  let hours = jitterCache.get(config.seed);
  if (!hours) {
    if (jitterCache.size > 1000) jitterCache.clear();
    hours = [];
    jitterCache.set(config.seed, hours);
  }
  let j = hours[hour];
  if (j === undefined) {
    j = 1 + SPREAD_DEFAULTS.jitter * (2 * mulberry32(hashSeed(config.seed, `spread:${hour}`))() - 1);
    hours[hour] = j;
  }
  return j;
}

function boostAt(state: SpreadState, minute: number): number {
  let f = 1;
  for (const b of state.boosts) if (minute < b.until) f *= b.factor;
  return f;
}

type Vec = [number, number, number, number];

/**
 * The time-varying factors (attention decay, jitter, boosts) are taken at the step's midpoint
 * and held for the step: cheaper than evaluating a power four times per step, and since β and
 * γ share the factor the Maki–Thompson baselines are unaffected.
 */
function derivative(beta: number, gamma: number, rho: number, delta: number, v: Vec): Vec {
  const [i, s, r, x] = v;
  const spread = beta * i * s;
  const stifle = gamma * s * (s + r + x) + delta * s;
  const immune = rho * i;
  return [-spread - immune, spread - stifle, stifle, immune];
}

/** RK4 step length; β·h stays ≤ 0.25 for any plausible β, and grid intervals are multiples of it. */
const STEP_MINUTES = 5;

/** One RK4 step of h minutes (rates are per hour). */
function rk4(config: SpreadConfig, state: SpreadState, minute: number, v: Vec, h: number): Vec {
  const dt = h / 60;
  const mid = minute + h / 2;
  const a = attention(config, mid) * jitter(config, mid);
  const beta = config.beta * a * boostAt(state, mid);
  const gamma = config.gamma * a;
  const rho = SPREAD_DEFAULTS.refuteIgnorants * state.q;
  const delta = SPREAD_DEFAULTS.refuteSpreaders * state.q;
  const add = (p: Vec, q: Vec, k: number): Vec => [
    p[0] + q[0] * k,
    p[1] + q[1] * k,
    p[2] + q[2] * k,
    p[3] + q[3] * k,
  ];
  const k1 = derivative(beta, gamma, rho, delta, v);
  const k2 = derivative(beta, gamma, rho, delta, add(v, k1, dt / 2));
  const k3 = derivative(beta, gamma, rho, delta, add(v, k2, dt / 2));
  const k4 = derivative(beta, gamma, rho, delta, add(v, k3, dt));
  const next: Vec = [
    v[0] + (dt / 6) * (k1[0] + 2 * k2[0] + 2 * k3[0] + k4[0]),
    v[1] + (dt / 6) * (k1[1] + 2 * k2[1] + 2 * k3[1] + k4[1]),
    v[2] + (dt / 6) * (k1[2] + 2 * k2[2] + 2 * k3[2] + k4[2]),
    v[3] + (dt / 6) * (k1[3] + 2 * k2[3] + 2 * k3[3] + k4[3]),
  ];
  // guard against tiny negative values from rounding
  for (let k = 0; k < 4; k++) if ((next[k] as number) < 0) next[k] = 0;
  return next;
}

export function pointOf(config: SpreadConfig, state: SpreadState, minute: number): SpreadPoint {
  return {
    minute,
    reach: Math.round(config.population * (state.s + state.r)),
    spreaders: Math.round(config.population * state.s),
    heat: Math.round(100 * Math.min(1, state.s / PEAK_SPREADER_SHARE)),
  };
}

/**
 * Integrates from state.t to `to` in RK4 steps of at most five minutes (aligned to multiples of five),
 * calling onGrid for every multiple of `interval` in (state.t, to], so the series has the
 * same points however the clock was advanced. Returns a new state; the input is unchanged.
 */
export function advanceSpread(
  config: SpreadConfig,
  state: SpreadState,
  to: number,
  interval: number,
  onGrid?: (point: SpreadPoint) => void,
): SpreadState {
  if (to <= state.t) return state;
  let next: SpreadState = { ...state };
  let minute = state.t;
  const emit = (m: number, st: SpreadState) => {
    if (onGrid && m % interval === 0) onGrid(pointOf(config, st, m));
  };
  if (!next.started) {
    // before the rumour starts nothing changes: emit the flat grid up to the start
    const until = Math.min(to, config.start);
    for (let m = Math.floor(minute / interval) * interval + interval; m <= until; m += interval)
      emit(m, next);
    minute = Math.max(minute, until);
    if (to < config.start) return { ...next, t: to };
    const s0 = Math.min(1, config.seeds / config.population);
    next = { ...next, started: true, i: next.i - s0 * next.i, s: next.s + s0 * next.i };
  }
  let v: Vec = [next.i, next.s, next.r, next.x];
  let peak = next.peakS;
  while (minute < to) {
    const stepTo = Math.min(to, Math.floor(minute / STEP_MINUTES) * STEP_MINUTES + STEP_MINUTES);
    v = rk4(config, next, minute, v, stepTo - minute);
    if (v[1] > peak) peak = v[1];
    minute = stepTo;
    if (onGrid && minute % interval === 0) emit(minute, { ...next, i: v[0], s: v[1], r: v[2], x: v[3] });
  }
  return { ...next, t: to, i: v[0], s: v[1], r: v[2], x: v[3], peakS: peak };
}

export type ResponseKind = "authoritative" | "holding" | "evasive" | "hostile" | "false";

/** How each kind of public response changes the model, with score in 0–100. */
export function responseEffect(
  kind: ResponseKind,
  score: number,
): { q: number; boost?: { factor: number; minutes: number }; reignite?: number; trustLoss?: number } {
  const k = Math.max(0, Math.min(100, score)) / 100;
  switch (kind) {
    case "authoritative":
      return { q: 0.35 + 0.65 * k };
    case "holding":
      return { q: 0.1 + 0.2 * k };
    case "evasive":
      return { q: 0, boost: { factor: 1.3, minutes: 240 }, reignite: 0.01 };
    case "hostile":
      return { q: 0, boost: { factor: 1.8, minutes: 360 }, reignite: 0.04 };
    case "false":
      return { q: 0, boost: { factor: 1.5, minutes: 360 }, reignite: 0.03, trustLoss: 0.5 };
  }
}

/** Applies a published response at the state's current minute. */
export function applyResponse(state: SpreadState, kind: ResponseKind, score: number): SpreadState {
  const e = responseEffect(kind, score);
  let q = 1 - (1 - state.q) * (1 - e.q);
  if (e.trustLoss) q *= e.trustLoss;
  const next: SpreadState = { ...state, q };
  if (e.boost) next.boosts = [...state.boosts, { until: state.t + e.boost.minutes, factor: e.boost.factor }];
  if (e.reignite && state.started) {
    const moved = e.reignite * state.i;
    next.i = state.i - moved;
    next.s = state.s + moved;
  }
  return next;
}
