/**
 * Calibration on the project's own labelled set. The rule tested (see docs/scoring.md):
 *   - at least 60 % of replies get exactly the instructor's band;
 *   - at most 5 % are more than one band away (the misses are listed when it fails);
 *   - at least 95 % of the finding codes listed for the replies appear in their findings.
 */
import { describe, expect, it } from "vitest";
import { scoreBand, scoreResponse, TASK_TYPES } from "../src/index.ts";
import { LABELLED } from "./fixtures/labelled.ts";

const scored = LABELLED.map((l) => {
  const r = scoreResponse({ task: l.task, message: l.message, reply: l.reply, context: l.context });
  return { l, r, band: scoreBand(r.total) };
});

describe("labelled set", () => {
  it("has at least 150 replies covering every task type and every band", () => {
    expect(LABELLED.length).toBeGreaterThanOrEqual(150);
    for (const t of TASK_TYPES) expect(LABELLED.some((l) => l.task === t)).toBe(true);
    for (const b of [1, 2, 3, 4, 5]) expect(LABELLED.some((l) => l.band === b)).toBe(true);
    expect(new Set(LABELLED.map((l) => l.id)).size).toBe(LABELLED.length);
  });

  it("≥ 60 % exact band, ≤ 5 % off by more than one", () => {
    const off = scored.filter((s) => Math.abs(s.band - s.l.band) > 1);
    const exact = scored.filter((s) => s.band === s.l.band).length / scored.length;
    expect(exact).toBeGreaterThanOrEqual(0.6);
    expect(
      off.length / scored.length,
      off.map((s) => `${s.l.id}: want ${s.l.band}, got ${s.band} (${s.r.total})`).join("; "),
    ).toBeLessThanOrEqual(0.05);
  });

  it("≥ 95 % of the expected finding codes appear", () => {
    let expected = 0;
    const missing: string[] = [];
    for (const s of scored) {
      const codes = new Set(s.r.findings.map((f) => f.code));
      for (const c of s.l.codes) {
        expected++;
        if (!codes.has(c)) missing.push(`${s.l.id}: ${c}`);
      }
    }
    expect(expected).toBeGreaterThan(200);
    expect(1 - missing.length / expected, missing.join("; ")).toBeGreaterThanOrEqual(0.95);
  });
});
