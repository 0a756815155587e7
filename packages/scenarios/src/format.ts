/**
 * The scenario definition format (schemaVersion 1): the contract between authors (JSON files,
 * the admin editor), the compiler (XState machine) and the apps. Every time is in simulated
 * minutes from the start of the drill. Text meant for learners is Simplified Chinese.
 *
 * Extend only with optional fields; a breaking change needs schemaVersion 2 and a migration.
 */
import type { Dimension, TaskType } from "@k2k/scoring";

export const SCHEMA_VERSION = 1 as const;

/** Competency keys, shown as 网民回复, 舆情处置, 政策解读, 诉求办理, 风险研判, 民意研判. */
export const COMPETENCIES = ["netizen-reply", "crisis", "policy", "appeal", "risk", "opinion"] as const;
export type Competency = (typeof COMPETENCIES)[number];

export const COMPETENCY_LABELS: Record<Competency, string> = {
  "netizen-reply": "网民回复",
  crisis: "舆情处置",
  policy: "政策解读",
  appeal: "诉求办理",
  risk: "风险研判",
  opinion: "民意研判",
};

/** Where an inject appears in the learner's workspace. */
export const CHANNELS = ["feed", "ticket", "mailbox", "news", "instruction", "phone"] as const;
export type Channel = (typeof CHANNELS)[number];

export const CHANNEL_LABELS: Record<Channel, string> = {
  feed: "微博/短视频",
  ticket: "12345工单",
  mailbox: "领导信箱",
  news: "新闻媒体",
  instruction: "上级指示",
  phone: "电话",
};

/** A condition over the drill's state. Combine with all/any/not. */
export interface Guard {
  all?: Guard[];
  any?: Guard[];
  not?: Guard;
  /** simulated minutes elapsed ≥ n */
  timeAtLeast?: number;
  /** simulated minutes elapsed < n */
  timeBelow?: number;
  /** the fact has been revealed to the learner */
  factKnown?: string;
  heatAtLeast?: number;
  heatBelow?: number;
  /** the action was taken at least once */
  actionDone?: string;
  /** the task's text was submitted */
  taskDone?: string;
  /** the task was submitted with a total score ≥ min */
  taskScoreAtLeast?: { task: string; min: number };
}

export interface InjectMetrics {
  reposts?: number;
  comments?: number;
  likes?: number;
  views?: number;
}

/** A 12345 ticket's fields, shown as a form-like card. */
export interface TicketFields {
  ticketNo: string;
  caller?: string;
  phone?: string;
  category?: string;
  address?: string;
  acceptedAt?: string;
  timeLimit?: string;
}

export interface Inject {
  id: string;
  channel: Channel;
  /** released at this simulated minute (0 = at the start) */
  at?: number;
  /** or released as soon as this guard holds (checked after every step) */
  when?: Guard;
  author: string;
  /** e.g. "认证用户", "本地大V", "市委书记" */
  authorNote?: string;
  title?: string;
  text: string;
  /** metrics at release; feed items then grow with the spread model */
  metrics?: InjectMetrics;
  ticket?: TicketFields;
  /** true when this post carries the rumour whose spread is modelled */
  rumour?: boolean;
}

export interface Fact {
  id: string;
  text: string;
  /** true: the fact is true and may be stated once known; false: it is a rumour or an unverified claim */
  verified: boolean;
  initiallyKnown?: boolean;
}

/** What a public action does to the rumour. */
export type PublishKind = "authoritative" | "holding" | "evasive" | "hostile" | "false";

export interface ActionEffects {
  /** added to heat (0–100) immediately; may be negative */
  heat?: number;
  /** the action is a public communication that the spread model reacts to */
  publishes?: PublishKind;
}

/** A choice with a simulated time cost (核实情况 60 min, 联系涉事部门, 转办, 回访 …). */
export interface Action {
  id: string;
  label: string;
  /** simulated minutes the action takes (> 0) */
  cost: number;
  description?: string;
  guard?: Guard;
  reveals?: string[];
  effects?: ActionEffects;
  /** shown to the learner after the action */
  feedback?: string;
  /** can be taken only once (default true) */
  once?: boolean;
  /** deadline rule ids this action fulfils (e.g. 召开新闻发布会 fulfils YQ-80-presser) */
  satisfies?: string[];
  /** move to this stage after the action; omitted = stay */
  target?: string;
  /** conditional targets, first guard that holds wins; falls back to target */
  branches?: { guard: Guard; target: string }[];
}

/** A free-text task (a reply, a statement, a press answer, a policy interpretation …). */
export interface Task {
  id: string;
  label: string;
  taskType: TaskType;
  /** what the learner is asked to write */
  prompt: string;
  /** the message or situation the text answers (scored for relevance) */
  message: string;
  /** the inject this task answers, if any */
  respondsTo?: string;
  /** simulated minutes to write and clear the text (> 0) */
  cost: number;
  /** deadline rule ids from @k2k/scoring (YQ-80-first-info, GOLDEN-4H, HL-GBT33358-mailbox …) */
  deadlineRules: string[];
  /** rubric weight overrides for this task */
  weights?: Partial<Record<Dimension, number>>;
  /** the text is published (reacts on the feed and the spread model) */
  publishes?: boolean;
  guard?: Guard;
  target?: string;
  branches?: { guard: Guard; target: string }[];
  /** a model answer shown in the debrief */
  exemplar?: string;
}

/** A timed transition on the simulated clock. */
export interface Timer {
  id: string;
  label: string;
  /** fires at this absolute simulated minute … */
  at?: number;
  /** … or this many minutes after the stage was entered */
  afterEntry?: number;
  /** fires only if the guard holds at that time */
  guard?: Guard;
  target: string;
  effects?: ActionEffects;
}

export interface Stage {
  id: string;
  title: string;
  description: string;
  actions?: Action[];
  tasks?: Task[];
  timers?: Timer[];
  /** an end state */
  final?: {
    outcome: "success" | "partial" | "failure";
    narrative: string;
  };
}

/** Netizen comments that appear on the feed after the learner publishes. */
export interface ReactionPool {
  id: string;
  /** the published text's total score lies in [min, max] */
  scoreBetween?: [number, number];
  /** or it has any finding with one of these codes (see @k2k/scoring finding codes) */
  findingCodes?: string[];
  comments: { author: string; text: string }[];
}

export interface SpreadParams {
  /** people who could hear the rumour */
  population: number;
  /** initial spreaders */
  seeds?: number;
  /** contact rate per simulated hour */
  beta?: number;
  /** stifling rate per simulated hour */
  gamma?: number;
}

export interface DeadlineRef {
  ruleId: string;
  /** the clock starts at this simulated minute (default 0) */
  from?: number;
}

export interface ScenarioDefinition {
  schemaVersion: typeof SCHEMA_VERSION;
  id: string;
  /** content version of a built-in scenario; published versions in the db count separately */
  version: number;
  title: string;
  summary: string;
  category: Competency;
  competencies: Competency[];
  difficulty: 1 | 2 | 3;
  /** real minutes a learner needs */
  estimatedMinutes: number;
  /** the drill ends (at the latest) at this simulated minute */
  maxSimMinutes: number;
  /** the fictional place of the drill, e.g. "江滨市" */
  setting?: string;
  startStage: string;
  deadlines: DeadlineRef[];
  facts: Fact[];
  injects: Inject[];
  stages: Stage[];
  reactions?: ReactionPool[];
  spread?: SpreadParams;
  /**
   * Optional: the final stage the drill enters when maxSimMinutes is reached. Without it the
   * drill ends in a generic timeout ending (see docs/scenarios.md).
   */
  timeoutStage?: string;
}
