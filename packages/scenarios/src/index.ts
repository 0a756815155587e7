export { builtInScenarios, getBuiltInScenario } from "./builtins.ts";
export { checkScenario, type Problem } from "./check.ts";
export { type CompiledScenario, compileScenario, ScenarioError } from "./compile.ts";
export {
  createDrill,
  type Drill,
  type DrillOptions,
  type ReplayResult,
  replayContext,
  replayDrill,
  type SpreadSeries,
  scoreTask,
  spreadSeries,
} from "./drill.ts";
export { type DeadlineRuleInfo, deadlineRule } from "./engine/deadlines.ts";
export { ABANDONED_STAGE, TIMEOUT_STAGE } from "./engine/runtime.ts";
export { publishKindOf } from "./engine/step.ts";
export type {
  DeadlineView,
  DrillContext,
  DrillEvent,
  DrillView,
  Ending,
  FeedItem,
  LogEntry,
  Outcome,
  Publication,
  SendResult,
  Submission,
} from "./engine/types.ts";
export * from "./format.ts";
export {
  reachableStages,
  type StageEdge,
  type StageGraphEvent,
  stageEdges,
  stageGraphEvents,
  stageGraphLogic,
} from "./graph.ts";
export * from "./reactions/index.ts";
export * from "./spread/index.ts";
export { type ValidationError, type ValidationResult, validateScenario } from "./validate/index.ts";
export { generateText, randomWalk, type TextQuality, type WalkOptions, type WalkResult } from "./walk.ts";
