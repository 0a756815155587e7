import type { Dimension } from "./types.ts";

/** Chinese names of the dimensions, as shown in the learner's debrief. */
export const DIMENSION_LABELS: Readonly<Record<Dimension, string>> = {
  courtesy: "礼貌尊重",
  empathy: "共情体察",
  ownership: "首接负责（不推诿）",
  specificity: "具体务实",
  officialese: "少说套话",
  hostility: "平等友善（无敌意）",
  factualCaution: "事实审慎",
  clarity: "清楚易懂",
  privacy: "隐私保护",
  relevance: "切题回应",
};

export const TIMELINESS_LABEL = "时效";

/** Bands 1–5 as instructors use them. */
export const BAND_LABELS: Readonly<Record<1 | 2 | 3 | 4 | 5, string>> = {
  1: "不合格",
  2: "较差",
  3: "合格",
  4: "良好",
  5: "优秀",
};

/** Band thresholds on the 0–100 total: 5 ≥ 85, 4 ≥ 70, 3 ≥ 50, 2 ≥ 30, otherwise 1. */
export function scoreBand(total: number): 1 | 2 | 3 | 4 | 5 {
  if (!(total >= 30)) return 1;
  if (total >= 85) return 5;
  if (total >= 70) return 4;
  if (total >= 50) return 3;
  return 2;
}
