/**
 * npm run bench -w @k2k/scoring
 * Prints throughput on the real replies against a bare Intl.Segmenter word pass over the same
 * texts (target: scoring ≤ 3× the segmenter pass), and p99 latency for a 2,000-character
 * statement (target < 5 ms). Figures only; no assertions.
 */
import { performance } from "node:perf_hooks";
import { loadRealReplies } from "../scripts/shared-data.ts";
import { scoreResponse } from "../src/index.ts";

function time(fn: () => void): number {
  const t0 = performance.now();
  fn();
  return performance.now() - t0;
}

const rows = loadRealReplies();
if (!rows) {
  console.log(
    "bench: shared data not found (../shared/data or K2K_SHARED_DATA); real-reply throughput skipped.",
  );
} else {
  const seg = new Intl.Segmenter("zh", { granularity: "word" });
  const segPass = () => {
    let n = 0;
    for (const r of rows) for (const s of seg.segment(r.reply)) if (s.isWordLike) n++;
    return n;
  };
  const scorePass = () => {
    let n = 0;
    for (const r of rows)
      n += scoreResponse({ task: "netizen-reply", message: r.message, reply: r.reply }).total;
    return n;
  };
  segPass();
  scorePass(); // warm up
  const rounds = 3;
  let tSeg = Number.POSITIVE_INFINITY;
  let tScore = Number.POSITIVE_INFINITY;
  for (let i = 0; i < rounds; i++) {
    tSeg = Math.min(tSeg, time(segPass));
    tScore = Math.min(tScore, time(scorePass));
  }
  const perSec = (t: number) => ((rows.length / t) * 1000).toFixed(0);
  console.log(`real replies: ${rows.length}`);
  console.log(`scoreResponse:          ${perSec(tScore)} replies/s (${tScore.toFixed(0)} ms)`);
  console.log(`Intl.Segmenter only:    ${perSec(tSeg)} replies/s (${tSeg.toFixed(0)} ms)`);
  console.log(`ratio scoring/segmenter: ${(tScore / tSeg).toFixed(2)}× (target ≤ 3×)`);
}

// A 2,000-character crisis statement built from original sentences.
const sentences = [
  "今日14时10分，城北化工园区一储罐发生爆炸。",
  "经初步核实，3人受伤，已送市第一人民医院救治，目前无生命危险。",
  "消防救援支队已于14时30分控制火势，生态环境局正在对周边空气开展监测。",
  "事故原因正在调查，伤亡情况仍在核实中。",
  "请周边居民关闭门窗，减少外出，如有不适请拨打120。",
  "后续情况将及时发布，请以官方发布为准。",
];
let statement = "";
for (let i = 0; statement.length < 2000; i++) statement += sentences[i % sentences.length];
statement = statement.slice(0, 2000);
const message = "网传城北化工园区一储罐爆炸，现场浓烟滚滚，附近居民很恐慌。";
const context = {
  facts: { verified: ["城北化工园区一储罐发生爆炸"], unverified: ["死亡12人"] },
  elapsedMinutes: 180,
  deadlineRules: ["YQ-80-first-info", "GOLDEN-4H"],
};
for (let i = 0; i < 50; i++) scoreResponse({ task: "crisis-statement", message, reply: statement, context });
// Wall-clock samples, and CPU-time samples (process.cpuUsage, µs resolution), which leave out the
// time the process waits for a CPU on a loaded machine.
const cpuMs = (fn: () => void): number => {
  const c0 = process.cpuUsage();
  fn();
  const c = process.cpuUsage(c0);
  return (c.user + c.system) / 1000;
};
const samples: number[] = [];
const cpuSamples: number[] = [];
for (let i = 0; i < 500; i++) {
  samples.push(time(() => scoreResponse({ task: "crisis-statement", message, reply: statement, context })));
  cpuSamples.push(
    cpuMs(() => scoreResponse({ task: "crisis-statement", message, reply: statement, context })),
  );
}
const pct = (xs: number[], p: number) => {
  const sorted = [...xs].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))]!.toFixed(2);
};
console.log(
  `2,000-character statement: p50 ${pct(samples, 0.5)} ms, p99 ${pct(samples, 0.99)} ms (target p99 < 5 ms); CPU time p50 ${pct(cpuSamples, 0.5)} ms, p99 ${pct(cpuSamples, 0.99)} ms`,
);
// Live hints rescore a text that changes one sentence at a time, and the words of unchanged
// sentences are cached. A text never seen before, every sentence new, is the worst case:
let serial = 0;
const fresh = Array.from({ length: 550 }, () =>
  statement.replace(/。/g, () => `（${(++serial).toString(36)}）。`).slice(0, 2000),
);
const cold: number[] = [];
const coldCpu: number[] = [];
fresh.forEach((reply, i) => {
  const c0 = process.cpuUsage();
  const t = time(() => scoreResponse({ task: "crisis-statement", message, reply, context }));
  const c = process.cpuUsage(c0);
  if (i >= 50) {
    cold.push(t);
    coldCpu.push((c.user + c.system) / 1000);
  }
});
console.log(
  `  every sentence new:      p50 ${pct(cold, 0.5)} ms, p99 ${pct(cold, 0.99)} ms; CPU time p50 ${pct(coldCpu, 0.5)} ms, p99 ${pct(coldCpu, 0.99)} ms`,
);
