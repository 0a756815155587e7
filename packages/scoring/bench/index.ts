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
const samples: number[] = [];
for (let i = 0; i < 500; i++) {
  samples.push(time(() => scoreResponse({ task: "crisis-statement", message, reply: statement, context })));
}
samples.sort((a, b) => a - b);
const pct = (p: number) => samples[Math.min(samples.length - 1, Math.floor(p * samples.length))]!.toFixed(2);
console.log(`2,000-character statement: p50 ${pct(0.5)} ms, p99 ${pct(0.99)} ms (target p99 < 5 ms)`);
