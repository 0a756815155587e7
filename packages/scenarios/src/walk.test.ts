import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { builtInScenarios } from "./builtins.ts";
import { createDrill, replayDrill } from "./drill.ts";
import type { DrillEvent } from "./engine/types.ts";
import { rumourFixture, ticketFixture } from "./test-fixtures/rumour.ts";
import { randomWalk } from "./walk.ts";

const scenarios = [rumourFixture, ticketFixture, ...builtInScenarios];

describe("random legal walks (fast-check)", () => {
  it("always end within maxSimMinutes, and their replay equals the live drill", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: scenarios.length - 1 }), fc.nat(), (k, seed) => {
        const def = scenarios[k]!;
        const walk = randomWalk(def, { seed });
        expect(walk.ended).toBe(true);
        expect(walk.view.simMinutes).toBeLessThanOrEqual(def.maxSimMinutes);
        const replay = replayDrill(def, walk.events, { seed });
        expect(replay.failedAt).toBeUndefined();
        expect(replay.view).toEqual(walk.view);
      }),
      { numRuns: 60 },
    );
  });

  it("a learner who only waits reaches the end on the clock", () => {
    for (const def of scenarios) {
      const walk = randomWalk(def, { seed: 1, waitOnly: true });
      expect(walk.ended, def.id).toBe(true);
      expect(walk.view.simMinutes).toBeLessThanOrEqual(def.maxSimMinutes);
      expect(walk.events.every((e) => e.type === "clock.wait")).toBe(true);
    }
  });

  it("arbitrary event sequences never throw, never move the clock back, and replay identically", () => {
    const event: fc.Arbitrary<DrillEvent> = fc.oneof(
      fc.constantFrom(
        ...["a-verify", "a-ignore", "a-call-fire", "nope"].map((actionId) => ({
          type: "learner.action" as const,
          actionId,
        })),
      ),
      fc.integer({ min: -5, max: 300 }).map((minutes) => ({ type: "clock.wait" as const, minutes })),
      fc.integer({ min: 0, max: 700 }).map((minute) => ({ type: "clock.advanceTo" as const, minute })),
    );
    fc.assert(
      fc.property(fc.array(event, { maxLength: 30 }), fc.nat(), (events, seed) => {
        const drill = createDrill(rumourFixture, { seed });
        const accepted: DrillEvent[] = [];
        let last = 0;
        for (const e of events) {
          if (drill.send(e).ok) accepted.push(e);
          const now = drill.view().simMinutes;
          expect(now).toBeGreaterThanOrEqual(last);
          expect(now).toBeLessThanOrEqual(rumourFixture.maxSimMinutes);
          last = now;
        }
        expect(replayDrill(rumourFixture, accepted, { seed }).view).toEqual(drill.view());
      }),
      { numRuns: 100 },
    );
  });
});
