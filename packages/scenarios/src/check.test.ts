import { describe, expect, it } from "vitest";
import { checkScenario } from "./check.ts";
import { rumourFixture, ticketFixture } from "./test-fixtures/rumour.ts";

const clone = <T>(x: T): T => structuredClone(x);
const codes = (def: unknown) => checkScenario(def).map((p) => `${p.severity}:${p.code}:${p.path}`);

describe("checkScenario", () => {
  it("finds nothing wrong with the fixtures", () => {
    expect(checkScenario(rumourFixture)).toEqual([]);
    expect(checkScenario(ticketFixture)).toEqual([]);
  });

  it("turns schema errors into problems", () => {
    const def = clone(rumourFixture) as any;
    def.maxSimMinutes = 0;
    expect(codes(def)).toEqual(["error:schema:maxSimMinutes"]);
  });

  it("finds unreachable stages, stages with no way out and stuck stages", () => {
    const def = clone(rumourFixture) as any;
    def.stages.push({
      id: "s-orphan",
      title: "孤立",
      description: "没人能到这里。",
      actions: [{ id: "a-o", label: "x", cost: 1 }],
    });
    def.stages[1].tasks[0].branches = [];
    delete def.stages[1].tasks[0].target;
    def.stages[1].timers = [];
    def.stages[2].tasks = [];
    const found = codes(def);
    expect(found).toContain("error:unreachable-stage:stages[5]");
    expect(found).toContain("error:no-way-out:stages[5]");
    expect(found).toContain("error:no-way-out:stages[1]");
    expect(found).toContain("error:stuck-stage:stages[2]");
  });

  it("finds missing end states", () => {
    const def = clone(ticketFixture) as any;
    def.stages[2] = {
      id: "t-done",
      title: "办结",
      description: "x",
      actions: [{ id: "a-x", label: "x", cost: 5, target: "t-receive" }],
    };
    expect(codes(def)).toContain("error:no-end-state:stages");
  });

  it("finds timers beyond maxSimMinutes, zero-delay loops and tasks without a rubric", () => {
    const def = clone(rumourFixture) as any;
    def.stages[0].timers[0].at = 9999;
    def.stages[1].timers.push({ id: "t-loop", label: "loop", afterEntry: 0, target: "s-respond" });
    def.stages[1].tasks[0].weights = Object.fromEntries(
      [
        "courtesy",
        "empathy",
        "ownership",
        "specificity",
        "officialese",
        "hostility",
        "factualCaution",
        "clarity",
        "privacy",
        "relevance",
      ].map((d) => [d, 0]),
    );
    const found = codes(def);
    expect(found).toContain("warning:timer-beyond-max:stages[0].timers[0]");
    expect(found).toContain("error:timer-loop:stages[1].timers[1]");
    expect(found).toContain("error:task-no-rubric:stages[1].tasks[0].weights");
  });

  it("warns about deadlines nothing fulfils and reaction pools that never match", () => {
    const def = clone(ticketFixture) as any;
    def.deadlines.push({ ruleId: "YQ-61-other" });
    def.reactions = [
      { id: "p", comments: [{ author: "a", text: "b" }] },
      { id: "q", findingCodes: ["nonsense.code"], comments: [{ author: "a", text: "b" }] },
    ];
    const found = codes(def);
    expect(found).toContain("warning:deadline-unfulfillable:deadlines[1]");
    expect(found).toContain("warning:reaction-pool-unmatched:reactions[0]");
    expect(found).toContain("warning:unknown-finding-code:reactions[1].findingCodes[0]");
  });
});
