import { afterEach, describe, expect, it, vi } from "vitest";
import { createActor, SimulatedClock } from "xstate";
import { compileScenario } from "./compile.ts";
import { createDrill, replayDrill } from "./drill.ts";
import type { DrillEvent } from "./engine/types.ts";
import type { ScenarioDefinition } from "./format.ts";
import { rumourFixture, ticketFixture } from "./test-fixtures/rumour.ts";
import { recordedScore } from "./test-fixtures/scores.ts";

const clone = <T>(x: T): T => structuredClone(x);
const act = (actionId: string): DrillEvent => ({ type: "learner.action", actionId });
const wait = (minutes: number): DrillEvent => ({ type: "clock.wait", minutes });
const task = (taskId: string, total: number, codes: string[] = []): DrillEvent => ({
  type: "learner.task",
  taskId,
  text: "文本",
  score: recordedScore(
    total,
    codes.map((code) => ({ code })),
  ),
});

function play(def: ScenarioDefinition, events: DrillEvent[], seed = 1) {
  const drill = createDrill(def, { seed });
  for (const e of events) expect(drill.send(e)).toEqual({ ok: true });
  return drill;
}

afterEach(() => {
  vi.useRealTimers();
});

describe("createDrill", () => {
  it("starts in the start stage with the injects due at minute 0", () => {
    const v = createDrill(rumourFixture, { seed: 1 }).view();
    expect(v.status).toBe("active");
    expect(v.stage.id).toBe("s-alert");
    expect(v.simMinutes).toBe(0);
    expect(v.feed.map((f) => f.id)).toEqual(["i-post"]);
    expect(v.actions.map((a) => a.id)).toEqual(["a-verify", "a-ignore"]);
    expect(v.facts).toEqual({ known: [rumourFixture.facts[0]], unknownCount: 2 });
  });

  it("refuses an illegal action and names the actions allowed now", () => {
    const drill = createDrill(rumourFixture, { seed: 1 });
    const r = drill.send(task("k-statement", 80));
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.allowed).toEqual(["a-verify", "a-ignore"]);
    expect(r.error).toContain("a-verify, a-ignore");
    expect(r.errorZh).toContain("电话核实现场情况");
    expect(drill.view().simMinutes).toBe(0);
  });

  it("charges simulated minutes, reveals facts, releases guarded injects and follows branches", () => {
    const drill = play(rumourFixture, [act("a-verify")]);
    let v = drill.view();
    expect(v.simMinutes).toBe(40);
    expect(v.stage.id).toBe("s-respond");
    expect(v.facts.known.map((f) => f.id)).toEqual(["f-smoke", "f-none-hurt"]);
    expect(v.feed.map((f) => f.id)).toEqual(["i-post", "i-boss", "i-followup"]);
    expect(v.log[0]).toMatchObject({
      index: 0,
      at: 0,
      kind: "action",
      cost: 40,
      feedback: "现场确认2人轻微擦伤。",
    });
    drill.send(task("k-statement", 85));
    v = drill.view();
    expect(v.status).toBe("ended");
    expect(v.ending).toMatchObject({ stageId: "s-good", outcome: "success" });
    expect(v.submissions).toMatchObject([{ taskId: "k-statement", at: 70 }]);
  });

  it("takes the fallback target when no branch holds", () => {
    const v = play(rumourFixture, [act("a-verify"), task("k-statement", 40)]).view();
    expect(v.ending?.stageId).toBe("s-weak");
  });

  it("marks deadlines met when a task that lists the rule completes before it is due", () => {
    const v = play(rumourFixture, [act("a-verify"), task("k-statement", 85)]).view();
    expect(v.deadlines).toEqual([
      { ruleId: "GOLDEN-4H", label: expect.any(String), dueAt: 240, doneAt: 70, status: "met" },
      { ruleId: "YQ-80-first-info", label: expect.any(String), dueAt: 300, doneAt: 70, status: "met" },
    ]);
  });

  it("marks a deadline missed when the clock passes it, and an action's satisfies fulfils a rule", () => {
    const def = clone(rumourFixture) as any;
    def.stages[0].timers = [];
    let v = play(def, [wait(250)]).view();
    expect(v.deadlines.map((d) => d.status)).toEqual(["missed", "pending"]);
    def.stages[0].actions[1].satisfies = ["YQ-80-first-info"];
    v = play(def, [act("a-ignore")]).view();
    expect(v.deadlines[1]).toMatchObject({ doneAt: 20, status: "met" });
  });
});

describe("the simulated clock", () => {
  it("never uses real timers", () => {
    vi.useFakeTimers();
    const drill = play(rumourFixture, [wait(100), wait(100)]);
    expect(vi.getTimerCount()).toBe(0);
    expect(drill.view().log.find((l) => l.kind === "timer")).toMatchObject({
      id: "t-escalate",
      at: 120,
      index: 1,
    });
  });

  it("has no XState delays: only clock events move it, whatever the actor's clock does", () => {
    const clock = new SimulatedClock();
    const actor = createActor(compileScenario(rumourFixture).machine, { clock, input: { seed: 1 } }).start();
    clock.increment(24 * 60 * 60 * 1000);
    expect(actor.getSnapshot().value).toBe("s-alert");
    expect(actor.getSnapshot().context.simMinutes).toBe(0);
    actor.send({ type: "clock.wait", minutes: 121 });
    expect(actor.getSnapshot().value).toBe("s-escalated");
  });

  it("fires an absolute timer at its due minute even inside an action's cost window, dropping the action's target", () => {
    const def = clone(rumourFixture) as any;
    def.stages[0].actions[0].cost = 50;
    const drill = play(def, [wait(100), act("a-verify")]);
    const v = drill.view();
    // the timer fired at 120; the verification still completed at 150 (fact revealed) but did not move the stage
    expect(v.log.map((l) => `${l.kind}:${l.id}@${l.at}`)).toEqual([
      "wait:wait@0",
      "action:a-verify@100",
      "timer:t-escalate@120",
    ]);
    expect(v.stage.id).toBe("s-escalated");
    expect(v.simMinutes).toBe(150);
    expect(v.facts.known.map((f) => f.id)).toContain("f-none-hurt");
  });

  it("lets a step that completes exactly at a timer's due minute win", () => {
    const def = clone(rumourFixture) as any;
    def.stages[0].actions[0].cost = 20;
    const v = play(def, [wait(100), act("a-verify")]).view();
    expect(v.stage.id).toBe("s-respond");
    expect(v.log.some((l) => l.kind === "timer")).toBe(false);
  });

  it("runs afterEntry timers from the moment the stage is entered", () => {
    const drill = play(rumourFixture, [act("a-verify"), wait(179)]);
    expect(drill.view().stage.id).toBe("s-respond");
    drill.send(wait(1));
    expect(drill.view().stage.id).toBe("s-escalated");
    expect(drill.view().log.at(-1)).toMatchObject({ kind: "timer", id: "t-respond-late", at: 220 });
  });

  it("ends with a generic timeout at maxSimMinutes when the scenario names no timeout stage", () => {
    const drill = play(ticketFixture, [wait(10_000)]);
    const v = drill.view();
    expect(v.simMinutes).toBe(1500);
    expect(v.ending).toMatchObject({ stageId: "@timeout", outcome: "failure" });
    expect(drill.state()).toBe("@timeout");
    expect(drill.send(wait(5)).ok).toBe(false);
  });

  it("ends in the timeoutStage when there is one", () => {
    const def = clone(ticketFixture) as any;
    def.timeoutStage = "t-done";
    const v = play(def, [wait(2000)]).view();
    expect(v.ending?.stageId).toBe("t-done");
    expect(v.simMinutes).toBe(1500);
  });

  it("offers only steps that can complete by maxSimMinutes, while waiting stays possible", () => {
    const v = play(ticketFixture, [wait(1450)]).view();
    expect(v.actions.map((a) => a.id)).toEqual(["a-note"]);
    expect(v.canWait).toBe(true);
  });

  it("moves the clock to an absolute minute in real-time mode and refuses going back", () => {
    const drill = play(rumourFixture, [{ type: "clock.advanceTo", minute: 130 }]);
    expect(drill.view().simMinutes).toBe(130);
    expect(drill.view().stage.id).toBe("s-escalated");
    expect(drill.send({ type: "clock.advanceTo", minute: 100 }).ok).toBe(false);
  });

  it("abandons", () => {
    const drill = play(ticketFixture, [act("a-note"), { type: "learner.abandon" }]);
    expect(drill.view().ending).toMatchObject({ stageId: "@abandoned", outcome: "abandoned" });
    expect(drill.state()).toBe("@abandoned");
  });
});

describe("the feed", () => {
  it("grows rumour metrics with reach and shows publications and netizen reactions", () => {
    const drill = play(rumourFixture, [wait(60)]);
    const early = drill.view().feed[0]?.metrics?.reposts ?? 0;
    drill.send(wait(40));
    const v = drill.view();
    const later = v.feed[0]?.metrics?.reposts ?? 0;
    expect(early).toBeGreaterThan(10);
    expect(later).toBeGreaterThan(early);
    expect(v.reach).toBeGreaterThan(0);
    const done = play(rumourFixture, [
      act("a-verify"),
      task("k-statement", 30, ["ownership.buck-passing"]),
    ]).view();
    const pub = done.feed.find((f) => f.kind === "publication");
    expect(pub).toMatchObject({ publishKind: "evasive", at: 70 });
    const reactions = done.feed.filter((f) => f.kind === "reaction");
    expect(reactions).toHaveLength(3);
    expect(reactions.every((r) => r.replyTo === pub?.id)).toBe(true);
  });
});

describe("spread without a rumour post", () => {
  it("starts the model at minute 0 when the scenario only gives spread parameters", () => {
    const def = clone(rumourFixture) as any;
    def.injects[0].rumour = false;
    def.spread = { population: 50_000 };
    const v = play(def, [wait(200)]).view();
    expect(v.reach).toBeGreaterThan(0);
    expect(v.reach).toBeLessThanOrEqual(50_000);
    const without = clone(def);
    delete without.spread;
    expect(play(without, [wait(200)]).view().reach).toBe(0);
  });
});

describe("replay", () => {
  const events: DrillEvent[] = [
    wait(30),
    act("a-verify"),
    { type: "clock.advanceTo", minute: 90 },
    task("k-statement", 72),
  ];

  it("equals the live drill", () => {
    const live = play(rumourFixture, events, 42).view();
    const { view, failedAt } = replayDrill(rumourFixture, events, { seed: 42 });
    expect(failedAt).toBeUndefined();
    expect(view).toEqual(live);
  });

  it("is deterministic and JSON-serialisable", () => {
    const a = replayDrill(rumourFixture, events, { seed: 7 }).view;
    const b = replayDrill(rumourFixture, events, { seed: 7 }).view;
    expect(JSON.parse(JSON.stringify(a))).toEqual(b);
  });

  it("reports the first refused event and stops there", () => {
    const r = replayDrill(rumourFixture, [wait(10), act("k-statement"), wait(10)], { seed: 1 });
    expect(r.failedAt).toMatchObject({ index: 1 });
    expect(r.failedAt?.error).toContain("a-verify");
    expect(r.view.simMinutes).toBe(10);
  });
});
