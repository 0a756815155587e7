import { type Analysis, lexSpans } from "../analyse.ts";
import { clamp, type DimensionResult, diminishing, finding } from "./common.ts";

/** A sentence longer than this many ideographs is hard to read aloud or on a phone. */
export const LONG_SENTENCE_CJK = 90;
/** … or more than this many segmenter words. */
const LONG_SENTENCE_WORDS = 70;

/** Clarity: sentence length (in ideographs and segmenter words), jargon, visible structure. */
export function scoreClarity(a: Analysis): DimensionResult {
  const findings = [];
  let long = 0;
  a.sentences.forEach((s, i) => {
    // a sentence of at most 70 code units cannot hold more than 70 words: no need to segment it
    const manyWords = () =>
      s.end - s.start > LONG_SENTENCE_WORDS && a.sentenceWords(i).length > LONG_SENTENCE_WORDS;
    if (s.cjk > LONG_SENTENCE_CJK || manyWords()) {
      long++;
      findings.push(
        finding(a, "clarity.long-sentence", s.start, s.end, { severity: s.cjk > 180 ? 2 : 1, n: s.cjk }),
      );
    }
  });
  const jargon = lexSpans(a, "jargon");
  for (const j of jargon) findings.push(finding(a, "clarity.jargon", j.start, j.end));
  const structure = lexSpans(a, "structure");
  if (structure[0]) findings.push(finding(a, "clarity.structure", structure[0].start, structure[0].end));
  let score = 92 + (structure.length >= 2 ? 8 : 0);
  score -= diminishing(long, 14, 0.7) + diminishing(jargon.length, 8, 0.7);
  const avg = a.sentences.length ? a.cjk / a.sentences.length : 0;
  if (avg > 60) score -= Math.min(20, (avg - 60) / 3);
  return { score: clamp(score), findings };
}
