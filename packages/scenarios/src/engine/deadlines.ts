/** Deadline rules come from @k2k/scoring, so the drill and the scorer share one table. */
import { getDeadlineRule } from "@k2k/scoring";

export interface DeadlineRuleInfo {
  id: string;
  label: string;
  /** the deadline in simulated minutes; undefined for rules that are not a time limit */
  minutes: number | undefined;
}

export function deadlineRule(id: string): DeadlineRuleInfo | undefined {
  const rule = getDeadlineRule(id);
  if (!rule) return undefined;
  return { id: rule.ruleId, label: rule.label, minutes: rule.notTimed ? undefined : rule.deadlineMinutes };
}

export function isDeadlineRule(id: string): boolean {
  return getDeadlineRule(id) !== undefined;
}
