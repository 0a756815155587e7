/**
 * npm run calibrate -w @k2k/scoring
 * Scores the real replies of the shared data set and reports the distribution, the highest and
 * lowest ranked replies (short excerpts, stdout only) and AUCs against the 100 outside labels.
 */
import { scoreBand, scoreResponse } from "../src/index.ts";
import type { Dimension } from "../src/types.ts";
import { loadRealReplies, type RealReply } from "./shared-data.ts";

/** Area under the ROC curve (Mann–Whitney U), ties count half. */
export function auc(scores: readonly number[], labels: readonly number[]): number {
  let pos = 0;
  let neg = 0;
  let wins = 0;
  for (let i = 0; i < scores.length; i++) {
    if (labels[i] !== 1) continue;
    pos++;
    for (let j = 0; j < scores.length; j++) {
      if (labels[j] !== 0) continue;
      if (scores[i]! > scores[j]!) wins += 1;
      else if (scores[i] === scores[j]) wins += 0.5;
    }
  }
  for (const l of labels) if (l === 0) neg++;
  return pos && neg ? wins / (pos * neg) : Number.NaN;
}

const excerpt = (s: string, n = 60) => {
  const t = s.replace(/\s+/g, " ").trim();
  return t.length > n ? `${t.slice(0, n)}…` : t;
};

function main(): void {
  const rows = loadRealReplies();
  if (!rows) {
    console.log("calibrate: shared data not found (../shared/data or K2K_SHARED_DATA); skipped.");
    return;
  }
  const scored = rows.map((r) => ({
    r,
    s: scoreResponse({ task: "netizen-reply", message: r.message, reply: r.reply }),
  }));
  const totals = scored.map((x) => x.s.total).sort((a, b) => a - b);
  const q = (p: number) => totals[Math.min(totals.length - 1, Math.floor(p * totals.length))];
  const mean = totals.reduce((a, b) => a + b, 0) / totals.length;
  console.log(`replies scored: ${rows.length}`);
  console.log(
    `total: mean ${mean.toFixed(1)}, p10 ${q(0.1)}, p25 ${q(0.25)}, median ${q(0.5)}, p75 ${q(0.75)}, p90 ${q(0.9)}`,
  );
  const bands = [0, 0, 0, 0, 0];
  for (const t of totals) bands[scoreBand(t) - 1]!++;
  console.log(
    `bands 1..5: ${bands.map((b) => `${b} (${((100 * b) / totals.length).toFixed(1)}%)`).join(", ")}`,
  );
  const gates = new Map<string, number>();
  for (const x of scored) for (const g of x.s.gates ?? []) gates.set(g.code, (gates.get(g.code) ?? 0) + 1);
  console.log(
    `binding gates: ${[...gates]
      .sort((a, b) => b[1] - a[1])
      .map(([k, v]) => `${k} ${v}`)
      .join(", ")}`,
  );
  const codes = new Map<string, number>();
  for (const x of scored)
    for (const c of new Set(x.s.findings.map((f) => f.code))) codes.set(c, (codes.get(c) ?? 0) + 1);
  console.log(
    `replies with finding: ${[...codes]
      .sort((a, b) => b[1] - a[1])
      .map(([k, v]) => `${k} ${((100 * v) / rows.length).toFixed(1)}%`)
      .join(", ")}`,
  );
  const byTotal = [...scored].sort((a, b) => b.s.total - a.s.total);
  console.log("\nhighest:");
  for (const x of byTotal.slice(0, 5)) console.log(`  ${x.s.total}  ${excerpt(x.r.reply)}`);
  console.log("lowest:");
  for (const x of byTotal.slice(-5)) console.log(`  ${x.s.total}  ${excerpt(x.r.reply)}`);

  const labelled = loadRealReplies("reply_quality_labels_100.csv") ?? [];
  if (labelled.length) {
    const res = labelled.map((r: RealReply) =>
      scoreResponse({ task: "netizen-reply", message: r.message, reply: r.reply }),
    );
    const complete = labelled.map((r) => r.complete ?? Number.NaN);
    const interp = labelled.map((r) => r.interpretable ?? Number.NaN);
    const dim = (d: Dimension) => res.map((s) => s.dimensions[d]);
    const total = res.map((s) => s.total);
    const share = (xs: number[]) => xs.filter((x) => x === 1).length;
    console.log(
      `\nouter labels: ${labelled.length} (完整性=1: ${share(complete)}, 可解释性=1: ${share(interp)})`,
    );
    console.log(`AUC total vs 完整性指标:        ${auc(total, complete).toFixed(3)}`);
    console.log(`AUC specificity vs 完整性指标:  ${auc(dim("specificity"), complete).toFixed(3)}`);
    console.log(`AUC total vs 可解释性指标:      ${auc(total, interp).toFixed(3)}`);
    console.log(`AUC clarity vs 可解释性指标:    ${auc(dim("clarity"), interp).toFixed(3)}`);
    console.log(`AUC relevance vs 可解释性指标:  ${auc(dim("relevance"), interp).toFixed(3)}`);
  }
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].split(/[\\/]/).pop() ?? "")) main();
