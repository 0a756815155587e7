/**
 * Seeded randomness. Every random draw in a drill is derived from (seed, a stable key), never
 * from a shared sequential stream, so that replaying, branching a counterfactual or inserting
 * an event elsewhere never shifts the draws of unrelated parts.
 */

/** mulberry32: a 32-bit generator, small and fast, good enough for simulation noise. */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** FNV-1a over the key's UTF-16 units mixed with the seed: a stable 32-bit sub-seed. */
export function hashSeed(seed: number, key: string): number {
  let h = (0x811c9dc5 ^ (seed >>> 0)) >>> 0;
  for (let i = 0; i < key.length; i++) {
    h ^= key.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  // final avalanche so that neighbouring keys give unrelated seeds
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b) >>> 0;
  h ^= h >>> 13;
  return h >>> 0;
}

/** A generator for one keyed purpose, e.g. rngFor(seed, "reactions:statement"). */
export function rngFor(seed: number, key: string): () => number {
  return mulberry32(hashSeed(seed, key));
}
