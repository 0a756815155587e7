/**
 * k2k-scenario: list, validate, check, play and walk scenarios. Every failure is one line on
 * stderr and a non-zero exit code; no stack traces.
 */
import { readFileSync } from "node:fs";
import { builtInScenarios, getBuiltInScenario } from "./builtins.ts";
import { checkScenario } from "./check.ts";
import { createDrill, scoreTask, spreadSeries } from "./drill.ts";
import type { DrillEvent } from "./engine/types.ts";
import type { ScenarioDefinition } from "./format.ts";
import { validateScenario } from "./validate/index.ts";
import { randomWalk } from "./walk.ts";

class CliError extends Error {}

const USAGE = `usage: k2k-scenario <command>
  list                                   built-in scenarios as JSON
  validate FILE                          schema validation of a JSON scenario
  check ID|FILE                          static checks (exit 1 on errors)
  play ID|FILE --script FILE             play a JSON script of steps
  walk ID|all [--runs N] [--seed S]      random legal playthroughs`;

function readJson(file: string, what: string): unknown {
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch (e) {
    throw new CliError(`cannot read ${what} ${file}: ${(e as NodeJS.ErrnoException).code ?? "read error"}`);
  }
  try {
    return JSON.parse(text);
  } catch (e) {
    throw new CliError(`${file} is not valid JSON: ${(e as Error).message}`);
  }
}

/** A built-in id, or a JSON file that must validate. */
function loadScenario(ref: string | undefined): ScenarioDefinition {
  if (!ref) throw new CliError("missing scenario id or file");
  const builtIn = getBuiltInScenario(ref);
  if (builtIn) return builtIn;
  const result = validateScenario(readJson(ref, "scenario"));
  if (!result.ok) {
    const first = result.errors[0];
    throw new CliError(
      `${ref} is not a valid scenario (${result.errors.length} error${result.errors.length > 1 ? "s" : ""}; first: ${first?.path}: ${first?.message}); run validate for all`,
    );
  }
  return result.scenario;
}

function option(args: string[], name: string): string | undefined {
  const i = args.indexOf(name);
  if (i < 0) return undefined;
  const v = args[i + 1];
  if (v === undefined || v.startsWith("--")) throw new CliError(`${name} needs a value`);
  return v;
}

function intOption(args: string[], name: string, fallback: number): number {
  const v = option(args, name);
  if (v === undefined) return fallback;
  const n = Number(v);
  if (!Number.isInteger(n) || n < 0) throw new CliError(`${name} must be a non-negative integer, got "${v}"`);
  return n;
}

function list(): number {
  const rows = builtInScenarios.map((s) => ({
    id: s.id,
    title: s.title,
    category: s.category,
    version: s.version,
    competencies: s.competencies,
    estimatedMinutes: s.estimatedMinutes,
  }));
  console.log(JSON.stringify(rows, null, 2));
  return 0;
}

function validate(file: string | undefined): number {
  if (!file) throw new CliError("validate needs a FILE");
  const result = validateScenario(readJson(file, "scenario"));
  if (result.ok) {
    console.log(`ok: ${result.scenario.id} (${result.scenario.stages.length} stages)`);
    return 0;
  }
  for (const e of result.errors) console.log(`${e.path || "(root)"}: ${e.message}`);
  return 1;
}

function check(ref: string | undefined): number {
  if (!ref) throw new CliError("check needs a scenario id or file");
  const input = getBuiltInScenario(ref) ?? readJson(ref, "scenario");
  const problems = checkScenario(input);
  for (const p of problems) console.log(`${p.severity}: ${p.path || "(root)"}: ${p.message} [${p.code}]`);
  const errors = problems.filter((p) => p.severity === "error").length;
  const id = (input as { id?: unknown }).id;
  if (problems.length === 0) console.log(`ok: ${typeof id === "string" ? id : ref}`);
  else console.log(`${errors} error(s), ${problems.length - errors} warning(s)`);
  return problems.length > 0 ? 1 : 0;
}

interface ScriptStep {
  action?: string;
  text?: string;
  waitMinutes?: number;
}

function play(ref: string | undefined, args: string[]): number {
  const def = loadScenario(ref);
  const scriptFile = option(args, "--script");
  if (!scriptFile) throw new CliError("play needs --script FILE");
  const script = readJson(scriptFile, "script");
  if (!Array.isArray(script)) throw new CliError(`${scriptFile}: expected a JSON array of steps`);
  const seed = intOption(args, "--seed", 1);
  const drill = createDrill(def, { seed });
  const events: DrillEvent[] = [];
  const send = (event: DrillEvent, i: number) => {
    const r = drill.send(event);
    if (!r.ok) {
      throw new CliError(
        `step ${i}: ${r.error.replace(/; allowed now: .*$/, "")}; allowed at this point: ${r.allowed.length ? r.allowed.join(", ") : "none (wait only)"}`,
      );
    }
    events.push(event);
  };
  script.forEach((raw, i) => {
    if (typeof raw !== "object" || raw === null) throw new CliError(`step ${i}: expected an object`);
    const step = raw as ScriptStep;
    if (step.action !== undefined && typeof step.action !== "string")
      throw new CliError(`step ${i}: action must be a string`);
    if (step.waitMinutes !== undefined && !(typeof step.waitMinutes === "number" && step.waitMinutes > 0))
      throw new CliError(`step ${i}: waitMinutes must be a positive number`);
    if (step.action === "abandon") send({ type: "learner.abandon" }, i);
    else if (step.action && step.action !== "wait") {
      if (step.text !== undefined) {
        if (typeof step.text !== "string") throw new CliError(`step ${i}: text must be a string`);
        const view = drill.view();
        if (!view.tasks.some((t) => t.id === step.action)) {
          // let the drill produce the error naming what is allowed
          send({ type: "learner.action", actionId: step.action }, i);
        }
        const score = scoreTask(def, view, step.action, step.text);
        send({ type: "learner.task", taskId: step.action, text: step.text, score }, i);
      } else {
        send({ type: "learner.action", actionId: step.action }, i);
      }
    }
    if (step.waitMinutes !== undefined) send({ type: "clock.wait", minutes: step.waitMinutes }, i);
    else if (step.action === "wait" || step.action === undefined)
      throw new CliError(`step ${i}: needs an action or waitMinutes`);
  });
  const view = drill.view();
  const series = spreadSeries(def, events, { seed });
  const final = (s: { reach: number }[]) => s[s.length - 1]?.reach ?? 0;
  console.log(
    JSON.stringify(
      {
        finalStage: view.stage.id,
        outcome: view.ending?.outcome ?? null,
        simMinutes: view.simMinutes,
        events: events.length,
        tasks: view.submissions.map((s) => ({
          taskId: s.taskId,
          at: s.at,
          total: s.score.total,
          dimensions: s.score.dimensions,
          findings: s.score.findings.map((f) => f.code),
        })),
        deadlines: view.deadlines.map((d) => ({ ruleId: d.ruleId, dueAt: d.dueAt, status: d.status })),
        spread: {
          reach: view.reach,
          heat: view.heat,
          reachAtMax: {
            actual: final(series.actual),
            noResponse: final(series.noResponse),
            earliest: final(series.earliest),
          },
        },
      },
      null,
      2,
    ),
  );
  return 0;
}

function walk(ref: string | undefined, args: string[]): number {
  if (!ref) throw new CliError("walk needs a scenario id, a file or all");
  const defs = ref === "all" ? builtInScenarios : [loadScenario(ref)];
  const runs = intOption(args, "--runs", 100);
  const seed = intOption(args, "--seed", 1);
  let failed = 0;
  for (const def of defs) {
    const outcomes: Record<string, number> = {};
    let minutes = 0;
    let events = 0;
    const t0 = performance.now();
    for (let r = 0; r <= runs; r++) {
      // run 0 only waits: the clock alone must bring the drill to an end
      const waitOnly = r === 0;
      const runSeed = (seed * 1_000_003 + r) >>> 0;
      try {
        const result = randomWalk(def, { seed: runSeed, waitOnly });
        if (!result.ended || result.view.simMinutes > def.maxSimMinutes) {
          failed++;
          console.error(`${def.id}: run ${r} (seed ${runSeed}) did not end within maxSimMinutes`);
          continue;
        }
        if (waitOnly) continue;
        const outcome = result.view.ending?.outcome ?? "none";
        outcomes[outcome] = (outcomes[outcome] ?? 0) + 1;
        minutes += result.view.simMinutes;
        events += result.events.length;
      } catch (e) {
        failed++;
        console.error(`${def.id}: run ${r} (seed ${runSeed}) threw: ${(e as Error).message}`);
      }
    }
    const seconds = (performance.now() - t0) / 1000;
    console.log(
      JSON.stringify({
        id: def.id,
        runs,
        outcomes,
        meanSimMinutes: runs ? Math.round(minutes / runs) : 0,
        meanEvents: runs ? Math.round((events / runs) * 10) / 10 : 0,
        runsPerSecond: Math.round(((runs + 1) / seconds) * 10) / 10,
      }),
    );
  }
  if (defs.length === 0) console.log("no built-in scenarios");
  return failed > 0 ? 1 : 0;
}

function main(argv: string[]): number {
  const [command, ...rest] = argv;
  switch (command) {
    case "list":
      return list();
    case "validate":
      return validate(rest[0]);
    case "check":
      return check(rest[0]);
    case "play":
      return play(rest[0], rest.slice(1));
    case "walk":
      return walk(rest[0], rest.slice(1));
    case undefined:
    case "help":
    case "--help":
      console.log(USAGE);
      return command === undefined ? 1 : 0;
    default:
      throw new CliError(`unknown command "${command}" (list, validate, check, play, walk)`);
  }
}

try {
  process.exitCode = main(process.argv.slice(2));
} catch (e) {
  const message = e instanceof CliError ? e.message : `internal error: ${(e as Error)?.message ?? String(e)}`;
  console.error(`k2k-scenario: ${message.replace(/\s*\n\s*/g, " ")}`);
  process.exitCode = e instanceof CliError ? 1 : 2;
}
