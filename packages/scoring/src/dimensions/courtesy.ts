import { type Analysis, lexSpans } from "../analyse.ts";
import { clamp, type DimensionResult, finding } from "./common.ts";

/** Courtesy: greeting, thanks, apology, the polite 您. Repeats earn nothing extra. */
export function scoreCourtesy(a: Analysis, bare: boolean): DimensionResult {
  const findings = [];
  // a crisis statement or a triage note addresses the public, not one citizen: no greeting owed
  const addressed =
    a.task === "netizen-reply" || a.task === "press-answer" || a.task === "policy-interpretation";
  let score = addressed ? 50 : 75;
  const greet = lexSpans(a, "greeting")[0];
  const thanks = lexSpans(a, "thanks")[0];
  const apology = lexSpans(a, "apology")[0];
  if (greet) {
    score += 22;
    findings.push(finding(a, "courtesy.greeting", greet.start, greet.end));
  }
  if (thanks) {
    score += 13;
    findings.push(finding(a, "courtesy.thanks", thanks.start, thanks.end));
  }
  if (apology) {
    score += 10;
    findings.push(finding(a, "courtesy.apology", apology.start, apology.end));
  }
  if (lexSpans(a, "you").length > 0) score += 5;
  if (!greet && (a.task === "netizen-reply" || a.task === "press-answer") && a.sentences[0]) {
    score -= 10;
    const s = a.sentences[0];
    findings.push(finding(a, "courtesy.missing-greeting", s.start, s.end));
  }
  if (bare) score = Math.min(score, 20);
  return { score: clamp(score), findings };
}
