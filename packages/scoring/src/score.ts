/**
 * scoreResponse: evidence → dimensions → weighted total → hard gates.
 *
 * Gates exist so the score cannot be gamed: an answer must be on topic, say something concrete,
 * be free of hostility and leaks, and (in a crisis) not deny or invent facts, or its total is
 * capped whatever its other qualities.
 */
import { type Analysis, analyse, lexSpans } from "./analyse.ts";
import { scoreClarity } from "./dimensions/clarity.ts";
import { type DimensionResult, finding, wholeSpan } from "./dimensions/common.ts";
import { scoreCourtesy } from "./dimensions/courtesy.ts";
import { scoreEmpathy } from "./dimensions/empathy.ts";
import { scoreFactualCaution } from "./dimensions/factualCaution.ts";
import { scoreHostility } from "./dimensions/hostility.ts";
import { scoreOfficialese } from "./dimensions/officialese.ts";
import { scoreOwnership } from "./dimensions/ownership.ts";
import { scorePrivacy } from "./dimensions/privacy.ts";
import { OFF_TOPIC_BELOW, scoreRelevance } from "./dimensions/relevance.ts";
import { scoreSpecificity } from "./dimensions/specificity.ts";
import { FINDING_CODES } from "./findings.ts";
import { RUBRIC_VERSION, rubricFor } from "./rubrics.ts";
import { countCjk } from "./segment.ts";
import { scoreTimeliness } from "./timeliness.ts";
import {
  DIMENSIONS,
  type Dimension,
  type Finding,
  type ScoreInput,
  type ScoreResult,
  TASK_TYPES,
} from "./types.ts";

export interface Gate {
  code: string;
  cap: number;
  message: string;
}

/** Caps on the total; the lowest applicable one wins. Documented in docs/scoring.md. */
export const GATES = {
  bareAcknowledgement: 15,
  offTopic: 25,
  referralOnly: 35,
  threatOrLabelling: 25,
  condescension: 29,
  privacyLeak: 40,
  denial: 35,
  unverifiedClaim: 45,
  /** "请相信明天一定会更美好" and nothing concrete */
  platitudeOnly: 25,
  /** substance cap = base + slope × specificity: nothing concrete, no high score */
  substanceBase: 45,
  substanceSlope: 0.6,
} as const;

const BOILERPLATE = [
  "greeting",
  "thanks",
  "ack",
  "referral",
  "emptyPromise",
  "officialese",
  "platitude",
  "you",
] as const;

function substantiveCjk(a: Analysis): number {
  let n = a.cjk;
  for (const cat of BOILERPLATE) for (const s of lexSpans(a, cat)) n -= countCjk(a.text, s.start, s.end);
  return n;
}

function zeroDimensions(): Record<Dimension, number> {
  return Object.fromEntries(DIMENSIONS.map((d) => [d, 0])) as Record<Dimension, number>;
}

export function scoreResponse(input: ScoreInput): ScoreResult {
  const reply = typeof input.reply === "string" ? input.reply : "";
  const message = typeof input.message === "string" ? input.message : "";
  const task = (TASK_TYPES as readonly string[]).includes(input.task) ? input.task : "netizen-reply";
  const context = input.context ?? {};

  if (reply.trim().length === 0) {
    const spec = FINDING_CODES["relevance.empty-reply"];
    return {
      total: 0,
      dimensions: zeroDimensions(),
      findings: [
        {
          dimension: spec.dimension,
          effect: spec.effect,
          severity: spec.severity,
          start: 0,
          end: reply.length,
          text: reply,
          code: "relevance.empty-reply",
          message: spec.message,
          suggestion: spec.suggestion,
        },
      ],
      rubricVersion: RUBRIC_VERSION,
      gates: [{ code: "relevance.empty-reply", cap: 0, message: "回复为空，得 0 分。" }],
    };
  }

  const a = analyse(task, reply, message, context);
  const privacy = scorePrivacy(a);
  const specificity = scoreSpecificity(a, privacy.phoneSpans);
  const ownership = scoreOwnership(a);
  const ackSpans = [...lexSpans(a, "ack"), ...lexSpans(a, "referral")].sort((x, y) => x.start - y.start);
  const ackOnly = task === "triage" ? lexSpans(a, "ack") : ackSpans;
  const bare = specificity.concrete === 0 && substantiveCjk(a) < 30 && (ackOnly.length > 0 || a.cjk < 12);
  const courtesy = scoreCourtesy(a, bare);
  const hostility = scoreHostility(a);
  const relevance = scoreRelevance(a);
  const factual = scoreFactualCaution(a);
  const results: Record<Dimension, DimensionResult> = {
    courtesy,
    empathy: scoreEmpathy(a),
    ownership,
    specificity,
    officialese: scoreOfficialese(a),
    hostility,
    factualCaution: factual,
    clarity: scoreClarity(a),
    privacy,
    relevance,
  };

  const findings: Finding[] = [];
  for (const d of DIMENSIONS) findings.push(...results[d].findings);
  if (bare) {
    const s = ackSpans[0];
    const [st, en] = s ? [s.start, s.end] : wholeSpan(a);
    findings.push(finding(a, "courtesy.bare-acknowledgement", st, en));
  } else if (specificity.score < 15) {
    const [st, en] = wholeSpan(a);
    findings.push(finding(a, "specificity.no-substance", st, en));
  }

  const dimensions = zeroDimensions();
  for (const d of DIMENSIONS) dimensions[d] = Math.round(results[d].score);

  const weights = rubricFor(task, context.weights);
  let wsum = 0;
  let sum = 0;
  for (const d of DIMENSIONS) {
    wsum += weights[d];
    sum += weights[d] * dimensions[d];
  }
  let timeliness: ScoreResult["timeliness"];
  if (
    typeof context.elapsedMinutes === "number" &&
    Array.isArray(context.deadlineRules) &&
    context.deadlineRules.length > 0
  ) {
    timeliness = scoreTimeliness(
      context.deadlineRules,
      context.elapsedMinutes,
      context.startedAt ? { start: context.startedAt } : {},
    );
    if (timeliness.rules.length > 0) {
      wsum += weights.timeliness;
      sum += weights.timeliness * timeliness.score;
    }
  }
  let total = wsum > 0 ? sum / wsum : 0;

  const gates: Gate[] = [];
  const gate = (cond: boolean, code: string, cap: number, msg: string) => {
    if (cond) gates.push({ code, cap, message: msg });
  };
  gate(bare, "courtesy.bare-acknowledgement", GATES.bareAcknowledgement, "只有收悉套语，没有实质答复。");
  gate(
    relevance.score < OFF_TOPIC_BELOW && a.message.fingerprint.size >= 3,
    "relevance.off-topic",
    GATES.offTopic,
    "答非所问。",
  );
  gate(ownership.referralOnly, "ownership.referral", GATES.referralOnly, "只转办、不跟踪。");
  gate(hostility.severe, "hostility.severe", GATES.threatOrLabelling, "威胁群众或给群众贴标签。");
  gate(
    hostility.any && !hostility.severe,
    "hostility.condescension",
    GATES.condescension,
    "居高临下或讥讽。",
  );
  gate(privacy.leaks > 0, "privacy.leak", GATES.privacyLeak, "泄露群众个人信息。");
  gate(factual.denial, "factualCaution.denial", GATES.denial, "否认已核实的事实。");
  gate(factual.unverified, "factualCaution.unverified-claim", GATES.unverifiedClaim, "发布未经核实的信息。");
  gate(
    lexSpans(a, "platitude").length > 0 && specificity.score < 20,
    "officialese.platitude",
    GATES.platitudeOnly,
    "只有空洞说教，没有实质内容。",
  );
  const substanceCap = Math.round(GATES.substanceBase + GATES.substanceSlope * dimensions.specificity);
  gate(substanceCap < 100, "specificity.substance", substanceCap, "具体内容越少，总分上限越低。");
  for (const g of gates) total = Math.min(total, g.cap);

  findings.sort((x, y) => x.start - y.start || x.end - y.end);
  const result: ScoreResult = {
    total: Math.max(0, Math.min(100, Math.round(total))),
    dimensions,
    findings,
    rubricVersion: RUBRIC_VERSION,
  };
  // no rule applied (none given, unknown ids, or a rate rather than a time limit): no timeliness
  if (timeliness && timeliness.rules.length > 0) result.timeliness = timeliness;
  const binding = gates.filter((g) => g.cap <= total + 0.5);
  if (binding.length) result.gates = binding;
  return result;
}
