import { type Analysis, lexSpans } from "../analyse.ts";
import { clamp, type DimensionResult, diminishing, finding, overlaps } from "./common.ts";

/** Hostility (100 = none): condescension, sarcasm, threats, labelling the citizen. */
export function scoreHostility(a: Analysis): DimensionResult & { severe: boolean; any: boolean } {
  const findings = [];
  const cond = lexSpans(a, "condescension");
  const sarc = lexSpans(a, "sarcasm");
  const threatLex = lexSpans(a, "threat");
  const threats = [...threatLex, ...a.pat.threat.filter((t) => !threatLex.some((l) => overlaps(l, t)))];
  const labels = lexSpans(a, "labelling");
  for (const h of cond) findings.push(finding(a, "hostility.condescension", h.start, h.end));
  for (const h of sarc) findings.push(finding(a, "hostility.sarcasm", h.start, h.end));
  for (const h of threats) findings.push(finding(a, "hostility.threat", h.start, h.end));
  for (const h of labels) findings.push(finding(a, "hostility.labelling", h.start, h.end));
  const mild = cond.length + sarc.length;
  const severe = threats.length + labels.length;
  const score = 100 - diminishing(mild, 45, 0.5) - diminishing(severe, 60, 0.5);
  return { score: clamp(score), findings, severe: severe > 0, any: mild + severe > 0 };
}
