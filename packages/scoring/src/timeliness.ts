/**
 * Timeliness against the deadline rules. The curve, per rule with deadline D and elapsed t:
 *   t ≤ D/2        → 100  (well inside the limit)
 *   D/2 < t ≤ D    → linear from 100 down to 70 at the deadline
 *   t > D          → 70 · e^(−(t−D)/(D/2)), i.e. 26 at 1.5 D, 9 at 2 D (steep once late)
 * Several rules combine as a weighted mean: official and local rules weigh 2, the
 * practitioners' rule of thumb (GOLDEN-4H) weighs 1.
 */
import { sameDayDeadlineMinutes, workingDaysDeadlineMinutes, workingDaysEstimated } from "./calendar.ts";
import { citationOf, type DeadlineRule, getDeadlineRule } from "./deadlines.ts";
import type { TimelinessResult, TimelinessRuleResult } from "./types.ts";

export interface TimelinessOptions {
  /** when the clock started (ISO string or Date): enables the working-day calendar */
  start?: Date | string;
}

export function curve(elapsed: number, deadline: number): number {
  if (!(deadline > 0)) return elapsed <= 0 ? 100 : 0;
  const t = Math.max(0, elapsed);
  if (t <= deadline / 2) return 100;
  if (t <= deadline) return 100 - (30 * (t - deadline / 2)) / (deadline / 2);
  return 70 * Math.exp(-(t - deadline) / (deadline / 2));
}

/** "3 小时 20 分", "2 天 4 小时", "45 秒" */
export function formatDuration(minutes: number): string {
  const m = Math.max(0, minutes);
  if (m < 1) return `${Math.round(m * 60)} 秒`;
  const total = Math.round(m);
  const d = Math.floor(total / 1440);
  const h = Math.floor((total % 1440) / 60);
  const mm = total % 60;
  const parts: string[] = [];
  if (d) parts.push(`${d} 天`);
  if (h) parts.push(`${h} 小时`);
  if (mm && !d) parts.push(`${mm} 分`);
  return parts.length ? parts.join(" ") : "0 分";
}

function limitText(rule: DeadlineRule): string {
  switch (rule.unit) {
    case "seconds":
      return `${rule.value} 秒`;
    case "minutes":
      return `${rule.value} 分钟`;
    case "hours":
      return `${rule.value} 小时`;
    case "working_days":
      return `${rule.value} 个工作日`;
    case "days":
      return rule.value === 1 ? "当天" : `${rule.value} 天`;
    default:
      return formatDuration(rule.deadlineMinutes);
  }
}

function deadlineFor(rule: DeadlineRule, start: Date | null): number {
  if (start && rule.unit === "working_days") return workingDaysDeadlineMinutes(start, rule.value);
  if (start && rule.unit === "days" && rule.value === 1) return sameDayDeadlineMinutes(start);
  return rule.deadlineMinutes;
}

export function scoreRule(
  rule: DeadlineRule,
  elapsedMinutes: number,
  start: Date | null = null,
): TimelinessRuleResult {
  const deadlineMinutes = deadlineFor(rule, start);
  const elapsed = Number.isFinite(elapsedMinutes) ? Math.max(0, elapsedMinutes) : 0;
  const met = elapsed <= deadlineMinutes;
  const score = Math.round(curve(elapsed, deadlineMinutes));
  const citation = citationOf(rule);
  const used = `用时 ${formatDuration(elapsed)}`;
  const limit = limitText(rule);
  const estimated =
    start && rule.unit === "working_days" && workingDaysEstimated(start, rule.value)
      ? "该年度放假安排尚未收录，工作日按法定节假日估算。"
      : "";
  const explanation =
    (met
      ? `${used}，在${citation}要求的 ${limit}内（${rule.label}）。`
      : `${used}，超过${citation}要求的 ${limit}（${rule.label}），超时 ${formatDuration(elapsed - deadlineMinutes)}。`) +
    estimated;
  return {
    ruleId: rule.ruleId,
    label: rule.label,
    citation,
    deadlineMinutes,
    elapsedMinutes: elapsed,
    met,
    score,
    explanation,
  };
}

/**
 * Scores the elapsed time against each rule. Unknown ids and rules that are not a time limit
 * (a connection rate) are reported in `skipped` and do not count.
 */
export function scoreTimeliness(
  ruleIds: readonly string[],
  elapsedMinutes: number,
  opts: TimelinessOptions = {},
): TimelinessResult {
  const start = opts.start === undefined ? null : new Date(opts.start);
  const validStart = start && !Number.isNaN(start.getTime()) ? start : null;
  const rules: TimelinessRuleResult[] = [];
  const skipped: string[] = [];
  let wsum = 0;
  let sum = 0;
  for (const id of ruleIds) {
    const rule = getDeadlineRule(id);
    if (!rule || rule.notTimed) {
      skipped.push(id);
      continue;
    }
    const r = scoreRule(rule, elapsedMinutes, validStart);
    rules.push(r);
    const w = rule.binding === "rule_of_thumb" ? 1 : 2;
    wsum += w;
    sum += w * r.score;
  }
  const result: TimelinessResult = { score: wsum ? Math.round(sum / wsum) : 100, rules };
  if (skipped.length) result.skipped = skipped;
  return result;
}
