/**
 * Rubrics: the weight of each dimension (and of timeliness, when deadline rules apply) per task
 * type. Weights are relative; they are normalised when the total is computed. A scenario may
 * override any weight via context.weights. RUBRIC_VERSION is stored with every result so an
 * attempt can be rescored under the rubric it was first scored with, or a later one.
 */
import type { Dimension, TaskType } from "./types.ts";

export const RUBRIC_VERSION = "2026.11-2";

export type Weights = Record<Dimension, number> & { timeliness: number };

export const RUBRICS: Readonly<Record<TaskType, Readonly<Weights>>> = {
  // 12345 / 领导信箱: own the matter, say what was done, be polite
  "netizen-reply": {
    courtesy: 12,
    empathy: 8,
    ownership: 18,
    specificity: 22,
    officialese: 8,
    hostility: 6,
    factualCaution: 2,
    clarity: 8,
    privacy: 6,
    relevance: 10,
    timeliness: 10,
  },
  // 舆情: facts only, unknowns and next update, fast
  "crisis-statement": {
    courtesy: 3,
    empathy: 8,
    ownership: 10,
    specificity: 14,
    officialese: 8,
    hostility: 5,
    factualCaution: 24,
    clarity: 8,
    privacy: 4,
    relevance: 8,
    timeliness: 20,
  },
  "press-answer": {
    courtesy: 6,
    empathy: 6,
    ownership: 10,
    specificity: 16,
    officialese: 10,
    hostility: 6,
    factualCaution: 16,
    clarity: 12,
    privacy: 4,
    relevance: 14,
    timeliness: 10,
  },
  // 第一解读人: plain language, who/what/when/where to ask
  "policy-interpretation": {
    courtesy: 4,
    empathy: 4,
    ownership: 6,
    specificity: 24,
    officialese: 12,
    hostility: 4,
    factualCaution: 4,
    clarity: 22,
    privacy: 2,
    relevance: 18,
    timeliness: 5,
  },
  // 稳评: groups affected, risks, mitigation, communication
  "risk-assessment": {
    courtesy: 2,
    empathy: 8,
    ownership: 12,
    specificity: 26,
    officialese: 12,
    hostility: 4,
    factualCaution: 12,
    clarity: 10,
    privacy: 2,
    relevance: 12,
    timeliness: 5,
  },
  // 分类交办: right topic, right unit, right urgency
  triage: {
    courtesy: 2,
    empathy: 2,
    ownership: 12,
    specificity: 28,
    officialese: 6,
    hostility: 4,
    factualCaution: 4,
    clarity: 12,
    privacy: 6,
    relevance: 24,
    timeliness: 10,
  },
};

export function rubricFor(task: TaskType, overrides?: Partial<Record<Dimension, number>>): Weights {
  const base = RUBRICS[task] ?? RUBRICS["netizen-reply"];
  const w: Weights = { ...base };
  if (overrides) {
    for (const [k, v] of Object.entries(overrides)) {
      if (k in w && typeof v === "number" && Number.isFinite(v) && v >= 0)
        (w as Record<string, number>)[k] = v;
    }
  }
  return w;
}
