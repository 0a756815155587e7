/**
 * The compiler: a scenario definition becomes an XState v5 machine. Stages are states (final
 * stages are final states); the drill's state lives in the context; every event is applied by
 * the pure reducer in engine/step.ts and eventless transitions then route to the stage the
 * reducer chose. Timers are not XState `after` delays: they fire on the simulated clock when a
 * `clock.*` event or a step's cost moves it, so a drill never waits in real time and replay is
 * exact.
 */
import { type AnyStateMachine, assign, setup } from "xstate";
import { ABANDONED_STAGE, prepare, type Runtime, TIMEOUT_STAGE } from "./engine/runtime.ts";
import { applyEvent, initialContext, rejection } from "./engine/step.ts";
import type { DrillContext, DrillEvent } from "./engine/types.ts";
import type { ScenarioDefinition } from "./format.ts";
import { validateScenario } from "./validate/index.ts";

export interface CompiledScenario {
  def: ScenarioDefinition;
  runtime: Runtime;
  machine: ReturnType<typeof buildMachine>;
}

export class ScenarioError extends Error {
  constructor(
    message: string,
    readonly errors: { path: string; message: string; messageZh: string }[],
  ) {
    super(message);
    this.name = "ScenarioError";
  }
}

const compiled = new WeakMap<ScenarioDefinition, CompiledScenario>();

/**
 * Compiles (and validates) a definition. The result is cached per definition object, so a
 * definition must not be mutated after it was first used (published versions never are).
 */
export function compileScenario(def: ScenarioDefinition): CompiledScenario {
  const cached = compiled.get(def);
  if (cached) return cached;
  const result = validateScenario(def);
  if (!result.ok) {
    const first = result.errors.slice(0, 3).map((e) => `${e.path}: ${e.message}`);
    throw new ScenarioError(`invalid scenario: ${first.join("; ")}`, result.errors);
  }
  const runtime = prepare(def);
  const out = { def, runtime, machine: buildMachine(runtime) };
  compiled.set(def, out);
  return out;
}

function buildMachine(rt: Runtime) {
  const def = rt.def;
  const allowed = ({ context, event }: { context: DrillContext; event: DrillEvent }) =>
    rejection(rt, context, event) === null;
  const m = setup({
    types: {} as { context: DrillContext; events: DrillEvent; input: { seed: number } },
    guards: {
      actionAvailable: allowed,
      taskAvailable: allowed,
      clockCanMove: allowed,
      inStage: ({ context }, params: { stage: string }) => context.stage === params.stage,
    },
    actions: {
      takeAction: assign(({ context, event }) => applyEvent(rt, context, event)),
      submitTask: assign(({ context, event }) => applyEvent(rt, context, event)),
      moveClock: assign(({ context, event }) => applyEvent(rt, context, event)),
      abandon: assign(({ context, event }) => applyEvent(rt, context, event)),
    },
  });
  const stateIds = [...def.stages.map((s) => s.id), TIMEOUT_STAGE, ABANDONED_STAGE];
  const routesFrom = (from: string | null) =>
    stateIds
      .filter((id) => id !== from)
      .map((id) => ({ guard: { type: "inStage" as const, params: { stage: id } }, target: id }));
  const states: Record<string, any> = {
    // the start stage may already have moved at minute 0 (a timer due at 0)
    "@start": { always: routesFrom(null) },
    [TIMEOUT_STAGE]: { type: "final" },
    [ABANDONED_STAGE]: { type: "final" },
  };
  for (const stage of def.stages) {
    states[stage.id] = stage.final
      ? { type: "final" }
      : {
          on: {
            "learner.action": { guard: "actionAvailable", actions: "takeAction" },
            "learner.task": { guard: "taskAvailable", actions: "submitTask" },
            "clock.wait": { guard: "clockCanMove", actions: "moveClock" },
            "clock.advanceTo": { guard: "clockCanMove", actions: "moveClock" },
            "learner.abandon": { actions: "abandon" },
          },
          always: routesFrom(stage.id),
        };
  }
  return m.createMachine({
    id: "drill",
    context: ({ input }) => initialContext(rt, input.seed),
    initial: "@start",
    states,
  });
}

export type DrillMachine = AnyStateMachine;
