import { describe, expect, it } from "vitest";
import { getShortestPaths, getSimplePaths } from "xstate/graph";
import { builtInScenarios } from "./builtins.ts";
import { compileScenario } from "./compile.ts";
import type { DrillContext, DrillEvent } from "./engine/types.ts";
import type { ScenarioDefinition } from "./format.ts";
import { stageGraphEvents, stageGraphLogic } from "./graph.ts";
import { rumourFixture, ticketFixture } from "./test-fixtures/rumour.ts";
import { recordedScore } from "./test-fixtures/scores.ts";

/**
 * Every simple path through the stage graph ends in a state from which an end state can be
 * reached (and the ends themselves are reached by some path).
 */
function checkPaths(def: ScenarioDefinition) {
  const logic = stageGraphLogic(def);
  const events = stageGraphEvents(def);
  const finals = new Set(def.stages.filter((s) => s.final).map((s) => s.id));
  const serializeState = (s: { context: { stage: string } }) => s.context.stage;
  const paths = getSimplePaths(logic, { events, serializeState });
  expect(paths.length).toBeGreaterThan(0);
  for (const path of paths) {
    const last = path.state.context.stage;
    if (finals.has(last)) continue;
    const onward = getShortestPaths(logic, {
      events,
      serializeState,
      fromState: path.state,
      toState: (s) => finals.has(s.context.stage),
    });
    expect(
      onward.length,
      `${def.id}: no end reachable after ${path.steps.map((s) => s.event.via).join(" → ")}`,
    ).toBeGreaterThan(0);
  }
  const ended = paths.filter((p) => finals.has(p.state.context.stage));
  expect(ended.length).toBeGreaterThan(0);
  return paths;
}

describe("stage paths (xstate/graph over the pure stage model)", () => {
  it("fixtures: every simple path leads to an end", () => {
    const paths = checkPaths(rumourFixture);
    const ends = new Set(paths.map((p) => p.state.context.stage));
    expect(ends).toEqual(new Set(["s-alert", "s-respond", "s-escalated", "s-good", "s-weak"]));
    checkPaths(ticketFixture);
  });

  it("notices a trap", () => {
    const def = structuredClone(ticketFixture) as any;
    def.stages[1].tasks[0].target = "t-trap";
    def.stages.push({
      id: "t-trap",
      title: "t",
      description: "d",
      actions: [{ id: "a-t", label: "t", cost: 5, target: "t-trap" }],
    });
    def.stages[0].actions[0].target = "t-trap";
    expect(() => checkPaths(def)).toThrow();
  });

  // covers whatever the library holds; an empty library is only tolerated when it is empty
  it.each(builtInScenarios.map((s) => [s.id, s] as const))(
    "built-in %s: every simple path leads to an end",
    (_id, def) => {
      checkPaths(def);
    },
  );
  it("the library is listed", () => {
    expect(Array.isArray(builtInScenarios)).toBe(true);
  });
});

describe("the compiled machine", () => {
  it("is explored by getShortestPaths to both end states of the fixture", () => {
    const { machine } = compileScenario(rumourFixture);
    const events = (s: { context: DrillContext }): DrillEvent[] => {
      const c = s.context;
      if (c.ending) return [];
      const stage = rumourFixture.stages.find((x) => x.id === c.stage);
      return [
        ...(stage?.actions ?? []).map((a) => ({ type: "learner.action" as const, actionId: a.id })),
        ...(stage?.tasks ?? []).flatMap((t) =>
          [85, 40].map((total) => ({
            type: "learner.task" as const,
            taskId: t.id,
            text: "x",
            score: recordedScore(total),
          })),
        ),
        { type: "clock.wait" as const, minutes: 120 },
      ];
    };
    const paths = getShortestPaths(machine, {
      events,
      input: { seed: 1 },
      serializeState: (s: any) =>
        JSON.stringify([s.value, s.context.simMinutes, s.context.actionsDone, s.context.taskScores]),
      toState: (s: any) => s.status === "done",
    } as any);
    const ends = new Set(paths.map((p: any) => p.state.value));
    expect(ends).toEqual(new Set(["s-good", "s-weak", "@timeout"]));
  });
});
