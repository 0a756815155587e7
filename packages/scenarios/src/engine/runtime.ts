import type { Action, Fact, Inject, ScenarioDefinition, Stage, Task } from "../format.ts";
import type { SpreadConfig } from "../spread/model.ts";
import { seriesInterval, spreadConfig } from "../spread/simulate.ts";

/** Lookup tables over one definition, built once per compiled scenario. */
export interface Runtime {
  def: ScenarioDefinition;
  stages: Map<string, Stage>;
  facts: Map<string, Fact>;
  injects: Inject[];
  /** a rumour is modelled (spread params or a rumour inject) */
  hasSpread: boolean;
  interval: number;
  spreadConfigFor(start: number, seed: number): SpreadConfig;
}

export const TIMEOUT_STAGE = "@timeout";
export const ABANDONED_STAGE = "@abandoned";

export function prepare(def: ScenarioDefinition): Runtime {
  const stages = new Map(def.stages.map((s) => [s.id, s]));
  const facts = new Map(def.facts.map((f) => [f.id, f]));
  const configs = new Map<string, SpreadConfig>();
  return {
    def,
    stages,
    facts,
    injects: def.injects,
    hasSpread: def.spread !== undefined || def.injects.some((i) => i.rumour),
    interval: seriesInterval(def.maxSimMinutes),
    spreadConfigFor(start, seed) {
      const key = `${start}:${seed}`;
      let c = configs.get(key);
      if (!c) {
        c = spreadConfig(def.spread, start, seed);
        configs.set(key, c);
      }
      return c;
    },
  };
}

export function findAction(stage: Stage | undefined, id: string): Action | undefined {
  return stage?.actions?.find((a) => a.id === id);
}

export function findTask(stage: Stage | undefined, id: string): Task | undefined {
  return stage?.tasks?.find((t) => t.id === id);
}

export function allTasks(def: ScenarioDefinition): Task[] {
  return def.stages.flatMap((s) => s.tasks ?? []);
}
