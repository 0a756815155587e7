import { describe, expect, it } from "vitest";
import { PEAK_SPREADER_SHARE } from "./model.ts";
import { mulberry32, rngFor } from "./prng.ts";
import { simulateSpread, spreadConfig } from "./simulate.ts";

const config = (seed = 1, start = 0) => spreadConfig({ population: 100_000 }, start, seed);
const finalReach = (responses: Parameters<typeof simulateSpread>[1], seed = 1) =>
  simulateSpread(config(seed), responses, 2880, 10).state;

describe("the rumour model with no response", () => {
  // Maki–Thompson mean field: θ = exp(−2(1 − θ)) gives 0.2032; peak spreaders 1 − ln 2 = 0.3069
  const THETA = 0.2032;

  it.each([1, 2, 99])("leaves about 20.3 %% who never hear the rumour (seed %i, tolerance 0.005)", (seed) => {
    const { state } = simulateSpread(config(seed), [], 20_000, 60);
    expect(Math.abs(state.i - THETA)).toBeLessThan(0.005);
    expect(state.x).toBe(0);
  });

  it("peaks at a spreader share near 1 − ln 2 (tolerance 0.005)", () => {
    const { state } = simulateSpread(config(), [], 20_000, 60);
    expect(PEAK_SPREADER_SHARE).toBeCloseTo(0.3069, 4);
    expect(Math.abs(state.peakS - PEAK_SPREADER_SHARE)).toBeLessThan(0.005);
  });

  it("peaks within hours, not days (the golden four hours matter)", () => {
    const { points } = simulateSpread(config(), [], 1440, 10);
    const peak = points.reduce((a, b) => (b.spreaders > a.spreaders ? b : a));
    expect(peak.minute).toBeGreaterThan(120);
    expect(peak.minute).toBeLessThan(600);
  });

  it("is deterministic for a seed; another seed re-times the curve", () => {
    const a = simulateSpread(config(5), [], 600, 10).points;
    const b = simulateSpread(config(5), [], 600, 10).points;
    const c = simulateSpread(config(6), [], 600, 10).points;
    expect(a).toEqual(b);
    expect(c).not.toEqual(a);
  });

  it("starts at the rumour's minute and is flat before", () => {
    const { points } = simulateSpread(config(1, 120), [], 300, 10);
    expect(points.filter((p) => p.minute <= 120).every((p) => p.reach === 0)).toBe(true);
    expect(points.find((p) => p.minute === 130)?.reach).toBeGreaterThan(0);
  });
});

describe("responses", () => {
  const reach = (s: { s: number; r: number }) => s.s + s.r;

  it("an authoritative response cuts the spread more the earlier it comes", () => {
    const none = reach(finalReach([]));
    const at = (m: number) => reach(finalReach([{ at: m, kind: "authoritative", score: 80 }]));
    expect(at(30)).toBeLessThan(at(120));
    expect(at(120)).toBeLessThan(at(240));
    expect(at(240)).toBeLessThan(none);
  });

  it("a better authoritative response cuts more", () => {
    const score = (s: number) => reach(finalReach([{ at: 120, kind: "authoritative", score: s }]));
    expect(score(95)).toBeLessThan(score(60));
  });

  it("hostile, false and evasive responses feed the rumour", () => {
    const none = reach(finalReach([]));
    for (const kind of ["hostile", "false", "evasive"] as const) {
      expect(reach(finalReach([{ at: 120, kind, score: 30 }]))).toBeGreaterThan(none);
    }
    expect(reach(finalReach([{ at: 120, kind: "hostile", score: 30 }]))).toBeGreaterThan(
      reach(finalReach([{ at: 120, kind: "evasive", score: 30 }])),
    );
  });

  it("a holding statement helps, less than an authoritative one", () => {
    const holding = reach(finalReach([{ at: 60, kind: "holding", score: 60 }]));
    const authoritative = reach(finalReach([{ at: 60, kind: "authoritative", score: 60 }]));
    expect(holding).toBeLessThan(reach(finalReach([])));
    expect(authoritative).toBeLessThan(holding);
  });
});

describe("prng", () => {
  it("mulberry32 is reproducible and roughly uniform", () => {
    const a = mulberry32(123);
    const b = mulberry32(123);
    const xs = Array.from({ length: 10_000 }, () => a());
    expect(Array.from({ length: 10_000 }, () => b())).toEqual(xs);
    const mean = xs.reduce((s, x) => s + x, 0) / xs.length;
    expect(mean).toBeGreaterThan(0.48);
    expect(mean).toBeLessThan(0.52);
    expect(xs.every((x) => x >= 0 && x < 1)).toBe(true);
  });

  it("keyed streams are independent of each other", () => {
    expect(rngFor(1, "a")()).not.toBe(rngFor(1, "b")());
    expect(rngFor(1, "a")()).toBe(rngFor(1, "a")());
  });
});
