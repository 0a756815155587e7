import { DIMENSIONS, type Dimension, type ScoreResult } from "@k2k/scoring";

/**
 * A recorded score for engine tests that are not about scoring: the engine never scores, it
 * replays the score stored in the event, so any well-formed ScoreResult will do.
 */
export function recordedScore(
  total: number,
  codes: { code: string; effect?: "+" | "-" }[] = [],
): ScoreResult {
  const dimensions = Object.fromEntries(DIMENSIONS.map((d) => [d, total])) as Record<Dimension, number>;
  return {
    total,
    dimensions,
    findings: codes.map((c) => ({
      dimension: (c.code.split(".")[0] ?? "relevance") as Dimension,
      effect: c.effect ?? "-",
      severity: 2,
      start: 0,
      end: 0,
      text: "",
      code: c.code,
      message: "",
    })),
    rubricVersion: "test",
  };
}
