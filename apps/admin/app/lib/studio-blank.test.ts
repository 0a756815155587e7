import { describe, expect, it } from "vitest";
import { analyseDraft, blankScenario } from "./studio.ts";

describe("blank scenario", () => {
  it("is valid once a task leads to the end", () => {
    const def = blankScenario("s-x");
    def.stages[0]!.tasks = [
      {
        id: "start-t1",
        label: "回复网民",
        taskType: "netizen-reply",
        prompt: "请撰写回复。",
        message: "请填写网民留言。",
        cost: 20,
        deadlineRules: [],
        target: "end",
      },
    ];
    const a = analyseDraft(JSON.stringify(def));
    expect(a.issues.filter((i) => i.severity === "error")).toEqual([]);
    def.stages[0]!.actions = [{ id: "a1", label: "核实", cost: -5 }];
    const b = analyseDraft(JSON.stringify(def));
    expect(b.issues.map((i) => i.path)).toContain("stages[0].actions[0].cost");
  });
});
