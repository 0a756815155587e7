import type { ReactionPool, ScenarioDefinition } from "../format.ts";
import { rngFor } from "../spread/prng.ts";
import { DEFAULT_REACTIONS } from "./defaults.ts";

/** "hostility" and "hostility.*" match every hostility finding; other patterns match exactly. */
export function codeMatches(pattern: string, code: string): boolean {
  if (pattern.endsWith(".*")) return code.startsWith(pattern.slice(0, -1));
  return code === pattern || code.startsWith(`${pattern}.`);
}

export function poolsOf(def: ScenarioDefinition): ReactionPool[] {
  return def.reactions && def.reactions.length > 0 ? def.reactions : DEFAULT_REACTIONS;
}

/**
 * Draws up to `count` distinct comments for a publication: first (up to all but one) from pools
 * matched by a finding code, the rest from pools whose score band holds the total. Seeded by
 * (seed, key) so a replay draws the same comments.
 */
export function selectReactions(
  pools: ReactionPool[],
  total: number,
  findingCodes: string[],
  seed: number,
  key: string,
  count = 3,
): { author: string; text: string }[] {
  const rng = rngFor(seed, `reactions:${key}`);
  const byFinding = pools.filter((p) =>
    p.findingCodes?.some((pattern) => findingCodes.some((c) => codeMatches(pattern, c))),
  );
  const byScore = pools.filter(
    (p) =>
      p.scoreBetween && total >= p.scoreBetween[0] && total <= p.scoreBetween[1] && !byFinding.includes(p),
  );
  const picked: { author: string; text: string }[] = [];
  const take = (from: ReactionPool[], n: number) => {
    const candidates = from.flatMap((p) => p.comments).filter((c) => !picked.includes(c));
    for (let k = 0; k < n && candidates.length > 0; k++) {
      const idx = Math.floor(rng() * candidates.length);
      const [c] = candidates.splice(idx, 1);
      if (c) picked.push(c);
    }
  };
  take(byFinding, byScore.length > 0 ? count - 1 : count);
  take(byScore, count - picked.length);
  return picked;
}
