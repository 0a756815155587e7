import { describe, expect, it } from "vitest";
import {
  COMPETENCIES,
  DEFAULT_TARGETS,
  decayedScore,
  emptyCounts,
  evaluationTime,
  needsFollowUp,
  parsePeriodKey,
  parseTargetsForm,
  periodOf,
  rollUp,
  shiftPeriod,
  unitFigures,
  withDefaults,
} from "./readiness.ts";

describe("decay", () => {
  it("halves a score every half-life and never boosts a future score", () => {
    expect(decayedScore(80, 0, 180)).toBe(80);
    expect(decayedScore(80, 180, 180)).toBeCloseTo(40, 6);
    expect(decayedScore(80, 360, 180)).toBeCloseTo(20, 6);
    expect(decayedScore(80, -5, 180)).toBe(80);
    // with a grace period the score is whole first, then halves every half-life
    expect(decayedScore(80, 60, 180, 90)).toBe(80);
    expect(decayedScore(80, 270, 180, 90)).toBeCloseTo(40, 6);
  });
});

describe("periods", () => {
  it("cuts quarters at midnight China time", () => {
    // 2026-09-30T17:00Z is already 1 October 01:00 in Beijing: the fourth quarter
    const q = periodOf(new Date("2026-09-30T17:00:00Z"), 3);
    expect(q.key).toBe("2026Q4");
    expect(q.label).toBe("2026年第4季度");
    expect(q.start).toBe("2026-09-30T16:00:00.000Z");
    expect(q.end).toBe("2026-12-31T16:00:00.000Z");
    expect(shiftPeriod(q, -1).key).toBe("2026Q3");
    expect(shiftPeriod(q, 1).key).toBe("2027Q1");
    expect(parsePeriodKey("2026Q4", 3)).toEqual(q);
  });

  it("parses only keys of the configured length", () => {
    expect(parsePeriodKey("2026M02", 1)?.label).toBe("2026年2月");
    expect(parsePeriodKey("2026H2", 6)?.label).toBe("2026年下半年");
    expect(parsePeriodKey("2026Y", 12)?.label).toBe("2026年");
    expect(parsePeriodKey("2026Q1", 1)).toBeNull();
    expect(parsePeriodKey("2026M13", 1)).toBeNull();
    expect(parsePeriodKey("<script>", 3)).toBeNull();
  });

  it("judges a running period now and a finished one at its end", () => {
    const q = periodOf(new Date("2026-11-20T00:00:00Z"), 3);
    expect(evaluationTime(q, new Date("2026-11-20T00:00:00Z"))).toBe("2026-11-20T00:00:00.000Z");
    expect(evaluationTime(shiftPeriod(q, -1), new Date("2026-11-20T00:00:00Z"))).toBe(
      "2026-09-30T16:00:00.000Z",
    );
  });
});

describe("traffic light", () => {
  const t = DEFAULT_TARGETS;
  const counts = (cadres: number, ready: number, assigned = 0, onTime = 0) => ({
    ...emptyCounts(),
    cadres,
    ready,
    assigned,
    onTime,
  });
  const leaderOk = { userId: "l", name: "l", crisisBest: 90, crisisPassed: true };
  const leaderMissing = { userId: "l", name: "l", crisisBest: null, crisisPassed: false };

  it("is green when ready, on time and the leader passed the crisis drill", () => {
    expect(unitFigures(counts(10, 9, 10, 10), leaderOk, t).status).toBe("green");
  });
  it("caps a unit whose leader has not done the crisis drill at yellow", () => {
    const f = unitFigures(counts(10, 10), leaderMissing, t);
    expect(f.status).toBe("yellow");
    expect(f.reasons).toContain("第一责任人本期未完成舆情处置演练");
  });
  it("is red below the yellow ready share or the on-time red line", () => {
    expect(unitFigures(counts(10, 4), leaderOk, t).status).toBe("red");
    expect(unitFigures(counts(10, 10, 10, 5), leaderOk, t).status).toBe("red");
    expect(unitFigures(counts(10, 6), leaderOk, t).status).toBe("yellow");
  });
  it("has no status without cadres", () => {
    expect(unitFigures(counts(0, 0), null, t).status).toBe("none");
  });
  it("flags two red periods in a row, not one", () => {
    expect(needsFollowUp("red", "red")).toBe(true);
    expect(needsFollowUp("red", "yellow")).toBe(false);
    expect(needsFollowUp("red", undefined)).toBe(false);
    expect(needsFollowUp("yellow", "red")).toBe(false);
  });
});

describe("roll-up", () => {
  it("adds each unit into its ancestors inside the visible set only", () => {
    const units = [
      { id: "town", path: "/city/town/" },
      { id: "v1", path: "/city/town/v1/" },
      { id: "v2", path: "/city/town/v2/" },
    ];
    const own = new Map([
      ["town", { ...emptyCounts(), cadres: 2, ready: 1 }],
      ["v1", { ...emptyCounts(), cadres: 3, ready: 3 }],
    ]);
    const total = rollUp(units, own);
    expect(total.get("town")).toMatchObject({ cadres: 5, ready: 4 });
    expect(total.get("v1")).toMatchObject({ cadres: 3, ready: 3 });
    expect(total.get("v2")).toMatchObject({ cadres: 0, ready: 0 });
    expect(total.has("city")).toBe(false);
  });
});

describe("targets", () => {
  it("fills a partial or damaged document with defaults", () => {
    expect(withDefaults(null)).toEqual(DEFAULT_TARGETS);
    const t = withDefaults({ passScore: 60, periodMonths: 5, required: { leader: ["crisis", "bogus"] } });
    expect(t.passScore).toBe(60);
    expect(t.periodMonths).toBe(3);
    expect(t.required.leader).toEqual(["crisis"]);
    expect(t.required.staff).toEqual(DEFAULT_TARGETS.required.staff);
  });

  it("reads the form in percent and rejects inconsistent lines", () => {
    const f = new FormData();
    for (const [k, v] of Object.entries({
      passScore: "75",
      halfLifeDays: "120",
      graceDays: "30",
      lookbackDays: "365",
      greenReadyShare: "85",
      yellowReadyShare: "60",
      onTimeTarget: "90",
      onTimeRed: "70",
      periodMonths: "6",
      xapiBase: "https://lrs.example.cn/k2k/",
    }))
      f.set(k, v);
    f.append("required.leader", "crisis");
    f.append("required.leader", "policy");
    const ok = parseTargetsForm(f);
    expect(ok.ok && ok.targets).toMatchObject({
      passScore: 75,
      greenReadyShare: 0.85,
      periodMonths: 6,
      required: { leader: ["crisis", "policy"], cadre: [], staff: [] },
    });
    f.set("yellowReadyShare", "90");
    f.set("xapiBase", "javascript:alert(1)");
    const bad = parseTargetsForm(f);
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(Object.keys(bad.errors).sort()).toEqual(["xapiBase", "yellowReadyShare"]);
  });

  it("keeps the competency list equal to the scenario format's", async () => {
    const { COMPETENCIES: fromFormat } = await import("@k2k/scenarios");
    expect([...COMPETENCIES]).toEqual([...fromFormat]);
  });
});
