import { describe, expect, it } from "vitest";
import { createDrill, replayDrill, scoreTask, spreadSeries } from "./drill.ts";
import type { DrillEvent } from "./engine/types.ts";
import { rumourFixture } from "./test-fixtures/rumour.ts";
import { recordedScore } from "./test-fixtures/scores.ts";

const GOOD =
  "您好，感谢关注。经核实，仓库冒烟，消防已到场，现场2人轻微擦伤，已送医治疗。我们已安排专人处置，今天18时前发布下一次通报；起火原因尚在调查。如有疑问请拨打12345。";
const BUCK = "您好，此事不归我们管，请找相关部门反映。";

function atStatement() {
  const drill = createDrill(rumourFixture, { seed: 3 });
  drill.send({ type: "learner.action", actionId: "a-verify" });
  return drill;
}

describe("scoreTask", () => {
  it("scores with the task's type and message, and a better text scores higher", () => {
    const view = atStatement().view();
    const good = scoreTask(rumourFixture, view, "k-statement", GOOD);
    const buck = scoreTask(rumourFixture, view, "k-statement", BUCK);
    expect(good.total).toBeGreaterThan(buck.total);
    expect(buck.findings.map((f) => f.code)).toContain("ownership.buck-passing");
  });

  it("measures timeliness to the minute the text is cleared (now + cost)", () => {
    const view = atStatement().view();
    const result = scoreTask(rumourFixture, view, "k-statement", GOOD);
    const rule = result.timeliness?.rules.find((r) => r.ruleId === "GOLDEN-4H");
    expect(rule?.elapsedMinutes).toBe(40 + 30);
    expect(rule?.met).toBe(true);
  });

  it("throws on an unknown task", () => {
    expect(() => scoreTask(rumourFixture, atStatement().view(), "k-nope", GOOD)).toThrow(/unknown task/);
  });
});

describe("the recorded score is what counts", () => {
  it("a replay uses the score in the event, not a fresh scoring", () => {
    const drill = atStatement();
    const score = scoreTask(rumourFixture, drill.view(), "k-statement", GOOD);
    const tampered = { ...score, total: 12 };
    const events: DrillEvent[] = [
      { type: "learner.action", actionId: "a-verify" },
      { type: "learner.task", taskId: "k-statement", text: GOOD, score: tampered },
    ];
    const { view } = replayDrill(rumourFixture, events, { seed: 3 });
    expect(view.submissions[0]?.score.total).toBe(12);
    expect(view.ending?.stageId).toBe("s-weak");
  });
});

describe("spreadSeries", () => {
  it("compares the run with no response and with the same response at the first inject", () => {
    // an authoritative statement (the score is recorded, so this test does not depend on the rubric)
    const score = recordedScore(85);
    const events: DrillEvent[] = [
      { type: "clock.wait", minutes: 60 },
      { type: "learner.action", actionId: "a-verify" },
      { type: "learner.task", taskId: "k-statement", text: GOOD, score },
    ];
    expect(replayDrill(rumourFixture, events, { seed: 3 }).failedAt).toBeUndefined();
    const s = spreadSeries(rumourFixture, events, { seed: 3 });
    const last = (xs: { reach: number; minute: number }[]) => xs[xs.length - 1]!;
    for (const series of [s.actual, s.noResponse, s.earliest]) {
      expect(series[0]?.minute).toBe(0);
      expect(last(series).minute).toBe(rumourFixture.maxSimMinutes);
    }
    expect(last(s.earliest).reach).toBeLessThan(last(s.actual).reach);
    expect(last(s.actual).reach).toBeLessThan(last(s.noResponse).reach);
    expect(spreadSeries(rumourFixture, events, { seed: 3 })).toEqual(s);
    // the curve so far in the view follows the same model
    const view = replayDrill(rumourFixture, events, { seed: 3 }).view;
    const at100 = view.spread.find((p) => p.minute === 100)?.reach ?? -1;
    expect(Math.abs(at100 - (s.actual.find((p) => p.minute === 100)?.reach ?? 0))).toBeLessThanOrEqual(1);
  });

  it("with nothing published, earliest equals no response", () => {
    const s = spreadSeries(rumourFixture, [{ type: "clock.wait", minutes: 30 }], { seed: 1 });
    expect(s.earliest).toEqual(s.noResponse);
  });
});
