import { describe, expect, it } from "vitest";
import { rumourFixture, ticketFixture } from "../test-fixtures/rumour.ts";
import { validateScenario } from "./index.ts";

const clone = <T>(x: T): T => structuredClone(x);

function errorsOf(input: unknown) {
  const r = validateScenario(input);
  if (r.ok) throw new Error("expected errors");
  return r.errors;
}

describe("validateScenario", () => {
  it("accepts the fixtures", () => {
    expect(validateScenario(rumourFixture).ok).toBe(true);
    expect(validateScenario(ticketFixture).ok).toBe(true);
  });

  it("reports every error with its path, in English and Chinese", () => {
    const def = clone(rumourFixture) as any;
    def.stages[0].actions[0].cost = -5;
    def.stages[1].tasks[0].taskType = "poem";
    def.injects[0].channel = "tv";
    delete def.title;
    const errors = errorsOf(def);
    expect(errors.map((e) => `${e.path}: ${e.message}`)).toEqual(
      expect.arrayContaining([
        "stages[0].actions[0].cost: expected a positive number",
        expect.stringMatching(/^stages\[1\]\.tasks\[0\]\.taskType: expected one of netizen-reply/),
        expect.stringMatching(/^injects\[0\]\.channel: expected one of feed/),
        "title: is required",
      ]),
    );
    expect(errors).toHaveLength(4);
    for (const e of errors) expect(e.messageZh).toMatch(/[\u4e00-\u9fff]/);
  });

  it("reports unknown references: targets, reveals, guards, tasks, injects and deadline rules", () => {
    const def = clone(rumourFixture) as any;
    def.stages[0].actions[0].target = "nowhere";
    def.stages[0].actions[0].reveals = ["f-missing"];
    def.stages[0].actions[1].guard = { all: [{ factKnown: "f-ghost" }, { taskDone: "k-ghost" }] };
    def.stages[1].tasks[0].respondsTo = "i-ghost";
    def.stages[1].tasks[0].deadlineRules = ["NOT-A-RULE"];
    def.stages[0].timers[0].target = "also-nowhere";
    const paths = errorsOf(def).map((e) => `${e.path}: ${e.message}`);
    expect(paths).toEqual([
      'stages[0].actions[0].reveals[0]: unknown fact "f-missing"',
      'stages[0].actions[0].target: unknown stage "nowhere"',
      'stages[0].actions[1].guard.all[0].factKnown: unknown fact "f-ghost"',
      'stages[0].actions[1].guard.all[1].taskDone: unknown task "k-ghost"',
      'stages[0].timers[0].target: unknown stage "also-nowhere"',
      'stages[1].tasks[0].respondsTo: unknown inject "i-ghost"',
      'stages[1].tasks[0].deadlineRules[0]: unknown deadline rule "NOT-A-RULE"',
    ]);
  });

  it("reports duplicate ids, wrong schemaVersion, unknown fields and timers without a time", () => {
    const def = clone(rumourFixture) as any;
    def.schemaVersion = 2;
    def.stages[1].id = "s-alert";
    def.stages[1].tasks[0].id = "a-verify";
    def.stages[0].timers[0].afterEntry = 5;
    def.stages[0].actions[0].tagret = "s-good";
    const messages = errorsOf(def).map((e) => `${e.path}: ${e.message}`);
    expect(messages).toContain("schemaVersion: expected schemaVersion 1");
    expect(messages).toContain('stages[1].id: duplicate stage id "s-alert" (also at stages[0].id)');
    expect(messages).toContain('stages[0].actions[0].id: "a-verify" is both an action and a task id');
    expect(messages).toContain("stages[0].timers[0]: a timer needs exactly one of at or afterEntry");
    expect(messages).toContain("stages[0].actions[0].tagret: unknown field");
  });

  it("rejects ids the machine cannot use and a timeoutStage that is not final", () => {
    const def = clone(ticketFixture) as any;
    def.stages[2].id = "@done";
    def.timeoutStage = "t-receive";
    const messages = errorsOf(def).map((e) => e.path);
    expect(messages).toContain("stages[2].id");
    expect(messages).toContain("timeoutStage");
  });

  it("answers non-objects with one root error", () => {
    expect(errorsOf("hello")).toEqual([
      { path: "", message: "expected a JSON object", messageZh: "应为 JSON 对象" },
    ]);
    expect(errorsOf([1, 2])).toHaveLength(1);
  });
});
