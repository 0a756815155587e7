import { describe, expect, it } from "vitest";
import { publishKindOf } from "../engine/step.ts";
import { recordedScore } from "../test-fixtures/scores.ts";
import { DEFAULT_REACTIONS } from "./defaults.ts";
import { codeMatches, selectReactions } from "./select.ts";

const pool = (id: string) => DEFAULT_REACTIONS.find((p) => p.id === id)?.comments ?? [];

describe("selectReactions", () => {
  it("draws buck-passing comments for a buck-passing reply", () => {
    const picked = selectReactions(DEFAULT_REACTIONS, 35, ["ownership.buck-passing"], 1, "k");
    expect(picked).toHaveLength(3);
    expect(picked.some((c) => pool("default-buck-passing").includes(c))).toBe(true);
    expect(picked.some((c) => pool("default-high").includes(c))).toBe(false);
  });

  it("draws calmer comments for a high score with a next-update time", () => {
    const picked = selectReactions(
      DEFAULT_REACTIONS,
      88,
      ["factualCaution.next-update", "factualCaution.verified-fact"],
      1,
      "k",
    );
    const calm = [...pool("default-next-update"), ...pool("default-high")];
    expect(picked.every((c) => calm.includes(c))).toBe(true);
  });

  it("is seeded: same key same comments, and distinct comments within a draw", () => {
    const a = selectReactions(DEFAULT_REACTIONS, 20, [], 9, "pub-1");
    expect(selectReactions(DEFAULT_REACTIONS, 20, [], 9, "pub-1")).toEqual(a);
    expect(new Set(a).size).toBe(a.length);
    const seeds = new Set(
      Array.from({ length: 20 }, (_, s) => selectReactions(DEFAULT_REACTIONS, 20, [], s, "pub-1")[0]?.text),
    );
    expect(seeds.size).toBeGreaterThan(1);
  });

  it("matches finding patterns by prefix", () => {
    expect(codeMatches("hostility", "hostility.threat")).toBe(true);
    expect(codeMatches("hostility.*", "hostility.threat")).toBe(true);
    expect(codeMatches("hostility.threat", "hostility.threat")).toBe(true);
    expect(codeMatches("hostility.threat", "hostility.sarcasm")).toBe(false);
    expect(codeMatches("host", "hostility.threat")).toBe(false);
  });
});

describe("publishKindOf", () => {
  it.each([
    [85, [], "authoritative"],
    [60, [], "holding"],
    [60, ["ownership.buck-passing"], "evasive"],
    [40, [], "evasive"],
    [90, ["hostility.threat"], "hostile"],
    [75, ["factualCaution.unverified-claim"], "false"],
  ] as const)("score %i with %j is %s", (total, codes, kind) => {
    expect(
      publishKindOf(
        recordedScore(
          total,
          codes.map((code) => ({ code })),
        ),
      ),
    ).toBe(kind);
  });

  it("ignores positive findings when looking for harm", () => {
    expect(publishKindOf(recordedScore(80, [{ code: "factualCaution.next-update", effect: "+" }]))).toBe(
      "authoritative",
    );
  });
});
