/**
 * Figures only (never assertions): replay time of a 500-event attempt, compile-and-check time
 * of the whole library, random-walk throughput.
 */
import { builtInScenarios } from "../src/builtins.ts";
import { checkScenario } from "../src/check.ts";
import { compileScenario } from "../src/compile.ts";
import { replayDrill } from "../src/drill.ts";
import type { DrillEvent } from "../src/engine/types.ts";
import type { ScenarioDefinition } from "../src/format.ts";
import { rumourFixture } from "../src/test-fixtures/rumour.ts";
import { randomWalk } from "../src/walk.ts";

function time<T>(fn: () => T): { ms: number; result: T } {
  const t0 = performance.now();
  const result = fn();
  return { ms: performance.now() - t0, result };
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] as number;
}

// a long attempt: verify, then 499 events alternating a repeatable action and short waits
const long = structuredClone(rumourFixture) as unknown as ScenarioDefinition;
long.maxSimMinutes = 10_000;
for (const s of long.stages) s.timers = [];
const events: DrillEvent[] = [{ type: "learner.action", actionId: "a-verify" }];
while (events.length < 500) {
  events.push(
    events.length % 2
      ? { type: "learner.action", actionId: "a-call-fire" }
      : { type: "clock.wait", minutes: 3 },
  );
}
compileScenario(long);
for (let i = 0; i < 5; i++) replayDrill(long, events, { seed: i }); // warm-up
const replays = Array.from({ length: 30 }, (_, i) => time(() => replayDrill(long, events, { seed: i })));
const failed = replays.find((r) => r.result.failedAt);
console.log(
  `replay of a ${events.length}-event attempt: median ${median(replays.map((r) => r.ms)).toFixed(2)} ms` +
    ` (min ${Math.min(...replays.map((r) => r.ms)).toFixed(2)} ms, ${replays[0]?.result.view.simMinutes} simulated minutes)` +
    (failed ? ` — FAILED at ${failed.result.failedAt?.index}` : ""),
);

// compile and check the library (fresh copies, so no cache helps)
const lib = time(() => {
  let problems = 0;
  for (const def of builtInScenarios) {
    const copy = structuredClone(def);
    compileScenario(copy);
    problems += checkScenario(copy).length;
  }
  return problems;
});
console.log(
  `compile + check of the library (${builtInScenarios.length} scenarios): ${lib.ms.toFixed(1)} ms, ${lib.result} problem(s)`,
);

// random walks, with texts scored by the real scorer
const scenarios = builtInScenarios.length ? builtInScenarios : [rumourFixture];
let runs = 0;
let steps = 0;
const walk = time(() => {
  const until = performance.now() + 3000;
  while (performance.now() < until) {
    const def = scenarios[runs % scenarios.length] as ScenarioDefinition;
    steps += randomWalk(def, { seed: runs }).events.length;
    runs++;
  }
});
console.log(
  `random walks: ${runs} runs, ${steps} events in ${(walk.ms / 1000).toFixed(1)} s — ${(runs / (walk.ms / 1000)).toFixed(0)} runs/s, ${(steps / (walk.ms / 1000)).toFixed(0)} events/s`,
);
