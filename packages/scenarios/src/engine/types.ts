import type { ScoreResult, TaskType } from "@k2k/scoring";
import type { Channel, Fact, InjectMetrics, PublishKind, TicketFields } from "../format.ts";
import type { SpreadPoint, SpreadState } from "../spread/model.ts";

/** Every event of an attempt. The log of these is the attempt's truth. */
export type DrillEvent =
  | { type: "learner.action"; actionId: string }
  /** the server scores the text before sending; replay uses this recorded score */
  | { type: "learner.task"; taskId: string; text: string; score: ScoreResult }
  | { type: "clock.wait"; minutes: number }
  /** real-time mode: the server's clock moves the drill to this simulated minute */
  | { type: "clock.advanceTo"; minute: number }
  | { type: "learner.abandon" };

export type Outcome = "success" | "partial" | "failure" | "abandoned";

export interface Ending {
  stageId: string;
  title: string;
  outcome: Outcome;
  narrative: string;
}

export interface LogEntry {
  /** index of the event (in the attempt's event log) that caused this entry */
  index: number;
  at: number;
  kind: "action" | "task" | "wait" | "timer" | "end";
  id: string;
  label: string;
  cost: number;
  feedback?: string;
  total?: number;
  /** the drill ended before this step's cost window was over: it had no effect */
  interrupted?: boolean;
}

export interface Submission {
  taskId: string;
  label: string;
  /** the minute the text was cleared and (if it publishes) published */
  at: number;
  text: string;
  score: ScoreResult;
  interrupted?: boolean;
}

export interface Publication {
  id: string;
  source: "action" | "task" | "timer";
  sourceId: string;
  at: number;
  kind: PublishKind;
  /** total score used for the spread model and the reactions */
  score: number;
  text: string;
}

export interface FeedItem {
  id: string;
  channel: Channel;
  at: number;
  author: string;
  authorNote?: string;
  title?: string;
  text: string;
  metrics?: InjectMetrics;
  ticket?: TicketFields;
  kind: "inject" | "publication" | "reaction";
  rumour?: boolean;
  /** publications: how the spread model treats it */
  publishKind?: PublishKind;
  /** reactions: the publication they answer */
  replyTo?: string;
}

export interface Released {
  id: string;
  at: number;
  /** rumour reach when the post appeared: its metrics grow with reach beyond this */
  reachAtRelease: number;
}

export interface DrillContext {
  seed: number;
  /** current stage id, or "@timeout" / "@abandoned" for the generic endings */
  stage: string;
  enteredAt: number;
  /** timers of the current stage visit that fired or were skipped (guard false at due time) */
  timersDone: string[];
  simMinutes: number;
  known: string[];
  heatOffset: number;
  actionsDone: Record<string, number>;
  taskScores: Record<string, number>;
  submissions: Submission[];
  publications: Publication[];
  released: Released[];
  reactions: FeedItem[];
  log: LogEntry[];
  /** rule id → first minute it was fulfilled */
  deadlinesDone: Record<string, number>;
  /** minute the rumour started (first rumour inject), null before */
  spreadStart: number | null;
  spread: SpreadState | null;
  series: SpreadPoint[];
  ending: Ending | null;
  /** accepted events so far */
  eventCount: number;
}

export interface DeadlineView {
  ruleId: string;
  label: string;
  dueAt: number;
  doneAt?: number;
  status: "pending" | "met" | "missed";
}

/** Everything the UI renders; plain JSON. */
export interface DrillView {
  scenarioId: string;
  version: number;
  title: string;
  simMinutes: number;
  maxSimMinutes: number;
  status: "active" | "ended";
  stage: { id: string; title: string; description: string };
  ending?: Ending;
  actions: { id: string; label: string; cost: number; description?: string }[];
  tasks: {
    id: string;
    label: string;
    taskType: TaskType;
    prompt: string;
    message: string;
    cost: number;
    deadlineRules: string[];
    respondsTo?: string;
    publishes?: boolean;
  }[];
  canWait: boolean;
  feed: FeedItem[];
  facts: { known: Fact[]; unknownCount: number };
  heat: number;
  reach: number;
  deadlines: DeadlineView[];
  log: LogEntry[];
  submissions: Submission[];
  spread: SpreadPoint[];
}

export type SendResult = { ok: true } | { ok: false; error: string; errorZh: string; allowed: string[] };
