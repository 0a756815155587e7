import { type Analysis, lexSpans } from "../analyse.ts";
import { clamp, type DimensionResult, diminishing, finding, wholeSpan } from "./common.ts";

/**
 * Empty officialese (100 = none). "高度重视" is empty when nothing concrete (date, number, unit,
 * action, finding, contact) follows it in the same or the next sentence; dense officialese is
 * penalised even when a fact hides somewhere after it.
 */
export function scoreOfficialese(a: Analysis): DimensionResult & { empty: number } {
  const findings = [];
  const concrete = [
    ...a.pat.date,
    ...a.pat.number,
    ...a.pat.unit,
    ...a.pat.phone,
    ...lexSpans(a, "action"),
    ...lexSpans(a, "findings"),
  ];
  const hits = lexSpans(a, "officialese");
  let empty = 0;
  for (const h of hits) {
    // concrete content must follow in the same sentence; the next sentence counts only when
    // the phrase closes its own sentence ("我们高度重视。经核查，……")
    const sentence = a.sentences[h.sentence];
    const closes = sentence !== undefined && sentence.end - h.end <= 2;
    const followed = concrete.some(
      (c) => (c.sentence === h.sentence && c.start >= h.end) || (closes && c.sentence === h.sentence + 1),
    );
    if (!followed) {
      empty++;
      findings.push(finding(a, "officialese.empty", h.start, h.end));
    }
  }
  const plat = lexSpans(a, "platitude");
  for (const p of plat) findings.push(finding(a, "officialese.platitude", p.start, p.end));
  let score = 100 - diminishing(empty, 18, 0.8) - diminishing(plat.length, 30, 0.5);
  // density: officialese per 100 ideographs, concrete or not
  const density = a.cjk > 0 ? (hits.length * 100) / a.cjk : 0;
  if (hits.length >= 3 && density > 2.5) {
    score -= Math.min(30, (density - 2.5) * 8);
    const [s, e] = wholeSpan(a);
    findings.push(finding(a, "officialese.dense", s, e));
  }
  return { score: clamp(score), findings, empty };
}
