import type { ScenarioDefinition } from "./format.ts";
import { builtInScenarios } from "./library/index.ts";

/** A built-in scenario by id. */
export function getBuiltInScenario(id: string): ScenarioDefinition | undefined {
  return builtInScenarios.find((s) => s.id === id);
}

export { builtInScenarios };
