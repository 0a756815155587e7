import { type Analysis, lexSpans } from "../analyse.ts";
import { clamp, type DimensionResult, diminishing, finding } from "./common.ts";

/** Empathy: acknowledging the citizen's situation and feelings (or, in a crisis, the victims). */
export function scoreEmpathy(a: Analysis): DimensionResult {
  const seen = new Set<string>();
  const hits = lexSpans(a, "empathy").filter((h) => {
    const t = a.text.slice(h.start, h.end);
    if (seen.has(t)) return false;
    seen.add(t);
    return true;
  });
  const findings = hits.slice(0, 3).map((h) => finding(a, "empathy.acknowledge", h.start, h.end));
  const base = a.task === "triage" || a.task === "policy-interpretation" ? 60 : 40;
  let score = base + diminishing(hits.length, 30, 0.5);
  if (lexSpans(a, "apology").length > 0) score += 10;
  return { score: clamp(score), findings };
}
