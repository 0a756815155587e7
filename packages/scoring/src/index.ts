export {
  isWorkingDay,
  MAKEUP_WORKDAYS,
  OFFICIAL_YEARS,
  PUBLIC_HOLIDAYS,
  statutoryHolidays,
  workingDaysDeadlineMinutes,
  workingDaysEstimated,
} from "./calendar.ts";
export {
  type Binding,
  citationOf,
  DEADLINE_RULES,
  type DeadlineRule,
  type DeadlineUnit,
  getDeadlineRule,
} from "./deadlines.ts";
export { FINDING_CODES, type FindingCode, type FindingSpec } from "./findings.ts";
export { BAND_LABELS, DIMENSION_LABELS, scoreBand, TIMELINESS_LABEL } from "./labels.ts";
export { type NormalisedText, normalise, normaliseText, toOriginalSpan } from "./normalise.ts";
export { RUBRIC_VERSION, RUBRICS, rubricFor, type Weights } from "./rubrics.ts";
export { GATES, type Gate, scoreResponse } from "./score.ts";
export {
  curve as timelinessCurve,
  formatDuration,
  scoreRule,
  scoreTimeliness,
  type TimelinessOptions,
} from "./timeliness.ts";
export * from "./types.ts";
