/**
 * The scenario's stage graph: which stage can lead to which, through actions, tasks (and their
 * branches) and timers, ignoring guards and time. The static checks search it, and tests
 * enumerate its paths with xstate/graph through `stageGraphLogic`, a pure transition model
 * (the drill machine itself has no `after` delays either, but its context makes the state
 * space too large to enumerate).
 */
import { fromTransition } from "xstate";
import type { ScenarioDefinition } from "./format.ts";

export interface StageEdge {
  from: string;
  to: string;
  kind: "action" | "task" | "timer";
  /** id of the action, task or timer */
  id: string;
}

export function stageEdges(def: ScenarioDefinition): StageEdge[] {
  const edges: StageEdge[] = [];
  for (const s of def.stages) {
    if (s.final) continue; // nothing is offered in an end state
    for (const a of s.actions ?? []) {
      for (const b of a.branches ?? []) edges.push({ from: s.id, to: b.target, kind: "action", id: a.id });
      if (a.target) edges.push({ from: s.id, to: a.target, kind: "action", id: a.id });
    }
    for (const t of s.tasks ?? []) {
      for (const b of t.branches ?? []) edges.push({ from: s.id, to: b.target, kind: "task", id: t.id });
      if (t.target) edges.push({ from: s.id, to: t.target, kind: "task", id: t.id });
    }
    for (const t of s.timers ?? []) edges.push({ from: s.id, to: t.target, kind: "timer", id: t.id });
  }
  return edges;
}

/** Stages reachable from `from` (included). */
export function reachableStages(def: ScenarioDefinition, from: string, edges = stageEdges(def)): Set<string> {
  const seen = new Set([from]);
  const queue = [from];
  while (queue.length) {
    const at = queue.shift() as string;
    for (const e of edges) {
      if (e.from === at && !seen.has(e.to)) {
        seen.add(e.to);
        queue.push(e.to);
      }
    }
  }
  return seen;
}

export type StageGraphEvent = { type: "go"; to: string; via: string };

/** A pure transition model over stages, for getSimplePaths / getShortestPaths. */
export function stageGraphLogic(def: ScenarioDefinition) {
  return fromTransition((_state: { stage: string }, event: StageGraphEvent) => ({ stage: event.to }), {
    stage: def.startStage,
  });
}

/** The events possible in a stage-graph state (one per distinct edge). */
export function stageGraphEvents(def: ScenarioDefinition) {
  const edges = stageEdges(def);
  return (snapshot: { context: { stage: string } }): StageGraphEvent[] =>
    edges
      .filter((e) => e.from === snapshot.context.stage)
      .map((e) => ({ type: "go" as const, to: e.to, via: `${e.kind}:${e.id}` }));
}
