/**
 * The public contract of @k2k/scoring. The apps, the scenario engine and the CLI depend on
 * these names; extend with optional fields only.
 */
export const TASK_TYPES = [
  "netizen-reply",
  "crisis-statement",
  "press-answer",
  "policy-interpretation",
  "risk-assessment",
  "triage",
] as const;
export type TaskType = (typeof TASK_TYPES)[number];

export const DIMENSIONS = [
  "courtesy",
  "empathy",
  "ownership",
  "specificity",
  "officialese",
  "hostility",
  "factualCaution",
  "clarity",
  "privacy",
  "relevance",
] as const;
export type Dimension = (typeof DIMENSIONS)[number];

export type Severity = 1 | 2 | 3;

export interface Finding {
  dimension: Dimension;
  effect: "+" | "-";
  severity: Severity;
  /** JavaScript string indices into the ORIGINAL reply; text === reply.slice(start, end) */
  start: number;
  end: number;
  text: string;
  /** stable machine code, e.g. "ownership.buck-passing" (scenarios pick reactions by it) */
  code: string;
  /** Chinese explanation */
  message: string;
  /** Chinese better wording */
  suggestion?: string;
}

export interface ScoreContext {
  facts?: { verified?: string[]; unverified?: string[] };
  /** simulated minutes from the triggering event to the reply */
  elapsedMinutes?: number;
  /** deadline rule ids that apply (see DEADLINE_RULES) */
  deadlineRules?: string[];
  /** rubric weight overrides */
  weights?: Partial<Record<Dimension, number>>;
  /** when the clock started (ISO date-time), so that working-day deadlines use the calendar */
  startedAt?: string;
  /** what must not be repeated publicly: the citizen's name, phone, id number, plate, address */
  citizen?: { name?: string; phone?: string; idNumber?: string; plate?: string; address?: string };
}

export interface ScoreInput {
  task: TaskType;
  message: string;
  reply: string;
  context?: ScoreContext;
}

export interface TimelinessRuleResult {
  ruleId: string;
  label: string;
  citation: string;
  deadlineMinutes: number;
  elapsedMinutes: number;
  met: boolean;
  score: number;
  explanation: string;
}

export interface TimelinessResult {
  score: number;
  rules: TimelinessRuleResult[];
  /** rule ids that were not scored: unknown, or not a time limit */
  skipped?: string[];
}

export interface ScoreResult {
  total: number;
  dimensions: Record<Dimension, number>;
  findings: Finding[];
  timeliness?: TimelinessResult;
  rubricVersion: string;
  /** hard caps that limited the total, e.g. { code: "privacy.leak", cap: 40 } */
  gates?: { code: string; cap: number; message: string }[];
}
