import type { ScenarioDefinition } from "../format.ts";
import chemicalFireRumour from "./chemical-fire-rumour.ts";
import typhoonRumours from "./typhoon-rumours.ts";

/** The scenarios shipped with the product, in the order the apps list them. */
export const builtInScenarios: ScenarioDefinition[] = [typhoonRumours, chemicalFireRumour];

export function getBuiltInScenario(id: string): ScenarioDefinition | undefined {
  return builtInScenarios.find((s) => s.id === id);
}
