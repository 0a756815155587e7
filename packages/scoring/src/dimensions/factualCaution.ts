import { type Analysis, lexSpans } from "../analyse.ts";
import { normaliseText } from "../normalise.ts";
import { contentBigrams } from "../segment.ts";
import type { Finding } from "../types.ts";
import { CRISIS_TASKS, clamp, type DimensionResult, diminishing, finding, inSentence } from "./common.ts";

interface Fact {
  text: string;
  bigrams: Set<string>;
  numbers: string[];
}

const NUM = /\d+(?:\.\d+)?/g;

function prepare(facts: readonly string[] | undefined): Fact[] {
  return (facts ?? [])
    .map((f) => normaliseText(f))
    .filter((t) => t.trim().length > 0)
    .map((text) => ({ text, bigrams: contentBigrams(text), numbers: text.match(NUM) ?? [] }));
}

/** Share of the fact's content bigrams found in the sentence. */
function overlap(fact: Fact, sentence: string): number {
  if (fact.bigrams.size === 0) return 0;
  let n = 0;
  for (const b of fact.bigrams) if (sentence.includes(b)) n++;
  return n / fact.bigrams.size;
}

/**
 * Factual caution (crisis statements above all): no unverified figures or claims, no denial of
 * verified facts, says what is still unknown and when the next update comes.
 */
export function scoreFactualCaution(a: Analysis): DimensionResult & { denial: boolean; unverified: boolean } {
  const findings: Finding[] = [];
  const crisis = CRISIS_TASKS.has(a.task);
  const verified = prepare(a.context.facts?.verified);
  const unverified = prepare(a.context.facts?.unverified);
  const denials = [...lexSpans(a, "denialWord"), ...lexSpans(a, "absolute")];
  let denialCount = 0;
  let unverifiedCount = 0;
  let verifiedStated = 0;
  a.sentences.forEach((s, i) => {
    const st = a.text.slice(s.start, s.end);
    for (const f of verified) {
      const ov = overlap(f, st);
      const numHit = f.numbers.some((n) => n.length > 0 && st.includes(n));
      if (ov >= 0.5 || (ov >= 0.25 && numHit)) {
        const d = denials.find((x) => x.sentence === i);
        if (d) {
          denialCount++;
          findings.push(finding(a, "factualCaution.denial", s.start, s.end));
        } else {
          verifiedStated++;
          if (verifiedStated <= 2) findings.push(finding(a, "factualCaution.verified-fact", s.start, s.end));
        }
        break;
      }
    }
    // only an explicit "still being verified" excuses a figure; "初步" or "目前" does not
    if (inSentence(lexSpans(a, "unknowns"), i) || inSentence(lexSpans(a, "rumourReport"), i)) return;
    for (const f of unverified) {
      const lit = st.indexOf(f.text);
      // a figure from the unverified fact that no verified fact backs
      const num = f.numbers.find((n) => st.includes(n) && !verified.some((v) => v.numbers.includes(n)));
      if (lit >= 0 || overlap(f, st) >= 0.6 || (num && overlap(f, st) >= 0.25)) {
        unverifiedCount++;
        const start = lit >= 0 ? s.start + lit : s.start;
        const end = lit >= 0 ? start + f.text.length : s.end;
        findings.push(finding(a, "factualCaution.unverified-claim", start, end));
        break;
      }
    }
  });
  const unknowns = lexSpans(a, "unknowns");
  const updates = [...lexSpans(a, "nextUpdate"), ...a.pat.nextUpdate].sort((x, y) => x.start - y.start);
  const absolute = lexSpans(a, "absolute");
  if (unknowns[0])
    findings.push(finding(a, "factualCaution.unknowns-stated", unknowns[0].start, unknowns[0].end));
  if (updates[0]) findings.push(finding(a, "factualCaution.next-update", updates[0].start, updates[0].end));
  const hedge = lexSpans(a, "hedge")[0];
  if (crisis && hedge) findings.push(finding(a, "factualCaution.hedged", hedge.start, hedge.end));
  if (crisis) for (const x of absolute) findings.push(finding(a, "factualCaution.absolute", x.start, x.end));
  const last = a.sentences[a.sentences.length - 1];
  if (a.task === "crisis-statement" && updates.length === 0 && last) {
    findings.push(finding(a, "factualCaution.no-next-update", last.start, last.end));
  }

  let score: number;
  if (crisis) {
    // a press answer starts higher than a crisis statement: many questions are not about an
    // unfolding event, so unknowns and a next update are a bonus there, not a duty
    score =
      (a.task === "press-answer" ? 65 : 40) +
      (unknowns.length ? 22 : 0) +
      (updates.length ? 22 : 0) +
      (hedge ? 8 : 0) +
      Math.min(12, verifiedStated * 6);
    score -= diminishing(absolute.length, 10, 0.5);
  } else {
    score = (a.task === "risk-assessment" ? 75 : 88) + (unknowns.length ? 6 : 0) + (updates.length ? 6 : 0);
  }
  score -= diminishing(unverifiedCount, 45, 0.5) + diminishing(denialCount, 55, 0.5);
  return { score: clamp(score), findings, denial: denialCount > 0, unverified: unverifiedCount > 0 };
}
