import { type Analysis, lexSpans, type Span } from "../analyse.ts";
import type { FindingCode } from "../findings.ts";
import type { LexCat } from "../lexicon/index.ts";
import { countCjk } from "../segment.ts";
import type { Finding } from "../types.ts";
import { clamp, type DimensionResult, diminishing, finding, inSentence, overlaps } from "./common.ts";

interface Kind {
  code: FindingCode;
  weight: number;
  spans: Span[];
}

const ELEMENT: Partial<Record<Analysis["task"], { cat: LexCat; code: FindingCode }>> = {
  "risk-assessment": { cat: "riskElement", code: "specificity.risk-element" },
  triage: { cat: "triageElement", code: "specificity.classification" },
  "policy-interpretation": { cat: "policyElement", code: "specificity.policy-element" },
};

/**
 * Specificity: findings, actions, dates, numbers, responsible unit, contact, follow-up.
 * Anti-gaming: a marker counts only in a sentence anchored to the message (on topic itself or
 * next to an on-topic sentence) that has some words of its own besides the markers; each kind
 * has diminishing returns, so repeating dates or phone numbers buys almost nothing.
 */
export function scoreSpecificity(
  a: Analysis,
  citizenPhoneSpans: readonly Span[],
): DimensionResult & { concrete: number } {
  const findings: Finding[] = [];
  const markerCjk = new Array<number>(a.sentences.length).fill(0);
  const contact = [
    ...a.pat.phone.filter((p) => !citizenPhoneSpans.some((c) => overlaps(c, p))),
    ...a.pat.email,
    ...a.pat.hotline,
    ...lexSpans(a, "contactWord"),
  ].sort((x, y) => x.start - y.start);
  const kinds: Kind[] = [
    {
      code: "specificity.findings",
      weight: 15,
      spans: [...lexSpans(a, "findings"), ...a.pat.findings].sort((x, y) => x.start - y.start),
    },
    { code: "specificity.action", weight: 15, spans: lexSpans(a, "action") },
    { code: "specificity.date", weight: 13, spans: a.pat.date },
    { code: "specificity.unit", weight: 10, spans: a.pat.unit },
    { code: "specificity.number", weight: 8, spans: a.pat.number },
    { code: "specificity.contact", weight: 10, spans: contact },
    { code: "specificity.follow-up", weight: 10, spans: lexSpans(a, "followUp") },
    { code: "specificity.next-step", weight: 6, spans: lexSpans(a, "nextStep") },
  ];
  const el = ELEMENT[a.task];
  if (el) kinds.push({ code: el.code, weight: 12, spans: lexSpans(a, el.cat) });
  for (const list of [a.pat.date, a.pat.number, contact]) {
    for (const s of list) markerCjk[s.sentence]! += countCjk(a.text, s.start, s.end);
  }
  // polite formulas are not content either: "请知悉，谢谢" does not anchor a row of dates
  for (const cat of ["greeting", "thanks", "apology", "ack", "you"] as const) {
    for (const s of lexSpans(a, cat)) markerCjk[s.sentence]! += countCjk(a.text, s.start, s.end);
  }

  const counts = (sentence: number) => {
    const s = a.sentences[sentence];
    // a triage note is anchored by its own classification terms (urgency, merge, unit)
    const triage = a.task === "triage" && inSentence(lexSpans(a, "triageElement"), sentence);
    if (!s || !(a.anchored[sentence] || triage)) return false;
    return s.cjk - (markerCjk[sentence] ?? 0) >= 3;
  };
  let score = 0;
  let concrete = 0;
  for (const k of kinds) {
    const seen = new Set<string>();
    let n = 0;
    for (const s of k.spans) {
      if (!counts(s.sentence)) continue;
      const t = a.text.slice(s.start, s.end);
      if (seen.has(t)) continue; // the same date or phone twice is one marker
      seen.add(t);
      n++;
      if (n <= 3) findings.push(finding(a, k.code, s.start, s.end));
    }
    score += diminishing(n, k.weight, 0.5);
    if (n > 0 && k.code !== "specificity.next-step") concrete++;
  }
  // Empty promises: "尽快处理" in a sentence with no date, action or unit of its own.
  for (const p of lexSpans(a, "emptyPromise")) {
    const i = p.sentence;
    const backed =
      inSentence(a.pat.date, i) || inSentence(a.pat.unit, i) || inSentence(lexSpans(a, "action"), i);
    if (!backed) {
      findings.push(finding(a, "specificity.empty-promise", p.start, p.end));
      score -= 12;
    }
  }
  return { score: clamp(score), findings, concrete };
}
