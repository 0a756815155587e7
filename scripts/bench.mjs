// `npm run bench`: prints the speed and size figures of every part. Figures only, no pass/fail
// on timings: shared machines make timed assertions flaky.
import fs from "node:fs";
import { run } from "./lib.mjs";

const only = process.argv[2];
const benches = [
  ["scoring", "npm", ["run", "bench", "-w", "@k2k/scoring"]],
  ["scenarios", "npm", ["run", "bench", "-w", "@k2k/scenarios"]],
  ["learner", process.execPath, ["scripts/bench-learner.mjs"]],
  ["readiness", process.execPath, ["--import", "tsx", "scripts/bench-readiness.ts"]],
  ["load", process.execPath, ["scripts/bench-load.mjs"]],
];
let failed = 0;
for (const [name, cmd, args] of benches) {
  if (only && only !== name) continue;
  const script = args.find((a) => a.startsWith("scripts/"));
  if (script && !fs.existsSync(script)) continue;
  console.log(`\n===== bench: ${name} =====`);
  const code = await run(cmd, args);
  if (code !== 0) {
    console.error(`bench ${name} exited with ${code}`);
    failed++;
  }
}
process.exit(failed ? 1 : 0);
