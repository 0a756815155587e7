export { builtInScenarios, getBuiltInScenario } from "./builtins.ts";
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
export * from "./reactions/index.ts";
export * from "./spread/index.ts";
export { type ValidationError, type ValidationResult, validateScenario } from "./validate/index.ts";
