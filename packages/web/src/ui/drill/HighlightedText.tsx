import type { Finding } from "@k2k/scoring";
import { Fragment } from "react";

/**
 * The text with its findings marked in place. Overlapping findings are flattened: the first
 * (most severe) one claims its characters. Text is rendered as text, never as HTML.
 */
export function HighlightedText({ text, findings }: { text: string; findings: Finding[] }) {
  const sorted = [...findings]
    .filter((f) => f.end > f.start && f.end <= text.length)
    .sort((a, b) => b.severity - a.severity || a.start - b.start);
  const owner: (Finding | undefined)[] = new Array(text.length);
  for (const f of sorted) for (let i = f.start; i < f.end; i++) owner[i] ??= f;
  const parts: { f?: Finding; s: number; e: number }[] = [];
  for (let i = 0; i < text.length; ) {
    const f = owner[i];
    let j = i + 1;
    while (j < text.length && owner[j] === f) j++;
    parts.push({ f, s: i, e: j });
    i = j;
  }
  return (
    <>
      {parts.map((p) =>
        p.f ? (
          <mark
            key={p.s}
            className={p.f.effect === "+" ? "f-plus" : "f-minus"}
            title={p.f.message}
            data-code={p.f.code}
          >
            {text.slice(p.s, p.e)}
          </mark>
        ) : (
          <Fragment key={p.s}>{text.slice(p.s, p.e)}</Fragment>
        ),
      )}
    </>
  );
}
