import type { Analysis, Span } from "../analyse.ts";
import { FINDING_CODES, type FindingCode } from "../findings.ts";
import { toOriginalSpan } from "../normalise.ts";
import type { Finding, Severity } from "../types.ts";

export interface DimensionResult {
  score: number;
  findings: Finding[];
}

/** Builds a finding on a span of the NORMALISED text, mapped back to the original reply. */
export function finding(
  a: Analysis,
  code: FindingCode,
  start: number,
  end: number,
  opts: { severity?: Severity; n?: number } = {},
): Finding {
  const spec = FINDING_CODES[code];
  const [s, e] = toOriginalSpan(a.norm, start, end);
  const text = a.original.slice(s, e);
  const quoted = text.length > 24 ? `${text.slice(0, 24)}…` : text;
  const f: Finding = {
    dimension: spec.dimension,
    effect: spec.effect,
    severity: opts.severity ?? spec.severity,
    start: s,
    end: e,
    text,
    code,
    message: spec.message.replace("{t}", quoted).replace("{n}", String(opts.n ?? "")),
  };
  if ("suggestion" in spec) f.suggestion = spec.suggestion;
  return f;
}

/** Span of the whole reply without surrounding whitespace (normalised indices). */
export function wholeSpan(a: Analysis): [number, number] {
  const first = a.sentences[0];
  const last = a.sentences[a.sentences.length - 1];
  if (!first || !last) return [0, a.text.length];
  return [first.start, last.end];
}

/** Sum of a geometric series: the first marker earns `first`, each further one `ratio` as much. */
export function diminishing(count: number, first: number, ratio = 0.5): number {
  if (count <= 0) return 0;
  return (first * (1 - ratio ** count)) / (1 - ratio);
}

export function clamp(x: number, lo = 0, hi = 100): number {
  return Number.isNaN(x) ? lo : Math.max(lo, Math.min(x, hi));
}

export function overlaps(a: { start: number; end: number }, b: { start: number; end: number }): boolean {
  return a.start < b.end && b.start < a.end;
}

/** Does any span in `list` fall in sentence i (optionally after position `from`)? */
export function inSentence(list: readonly Span[], i: number, from = -1): boolean {
  for (const s of list) if (s.sentence === i && s.start >= from) return true;
  return false;
}

export const CRISIS_TASKS = new Set(["crisis-statement", "press-answer"]);
