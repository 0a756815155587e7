import { type Analysis, lexSpans } from "../analyse.ts";
import type { Finding } from "../types.ts";
import { clamp, type DimensionResult, finding, inSentence, wholeSpan } from "./common.ts";

/** Relevance below this is "off topic": the total is capped (see score.ts). */
export const OFF_TOPIC_BELOW = 35;

/**
 * Relevance: does the reply talk about what the message is about? Coverage of the message's
 * topic words (reply words from the segmenter whose every bigram occurs in the message's content
 * bigrams), plus engagement: an on-topic sentence that also carries an action, a finding, a date
 * or a claim. Echoing the message without answering it reaches at most 70.
 */
export function scoreRelevance(a: Analysis): DimensionResult {
  const findings: Finding[] = [];
  const fp = a.message.fingerprint;
  if (fp.size < 3) return { score: 60, findings };
  const denom = Math.max(4, Math.min(12, Math.round(fp.size * 0.1)));
  const coverage = Math.min(1, a.sharedWords.size / denom);
  const evidence = [
    ...lexSpans(a, "action"),
    ...lexSpans(a, "findings"),
    ...lexSpans(a, "claim"),
    ...lexSpans(a, "unknowns"),
    ...a.pat.date,
  ];
  let best = -1;
  let bestWords = 0;
  let engaged = false;
  a.sentences.forEach((_, i) => {
    const n = a.sentenceTopicWords[i] ?? 0;
    if (n > bestWords) {
      bestWords = n;
      best = i;
    }
    if (n > 0 && a.anchored[i] && inSentence(evidence, i)) engaged = true;
  });
  // engagement only counts in proportion to coverage: one shared word plus an action elsewhere
  // is not an answer
  let score = clamp(70 * coverage + (engaged ? 30 * Math.min(1, coverage * 2) : 0));
  // a triage note speaks about the batch (urgency, unit, deadline) rather than repeating it
  if (a.task === "triage" && lexSpans(a, "triageElement").length >= 2) score = Math.max(score, 50);
  if (score < OFF_TOPIC_BELOW && a.sentences.length > 0) {
    const [s, e] = wholeSpan(a);
    findings.push(finding(a, "relevance.off-topic", s, e));
  } else if (best >= 0 && score >= 50) {
    const s = a.sentences[best]!;
    findings.push(finding(a, "relevance.on-topic", s.start, s.end));
  }
  return { score, findings };
}
