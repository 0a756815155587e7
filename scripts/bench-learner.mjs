// Learner app figures: the gzipped JavaScript of the player's first load, and the server time
// of an action post with 50 learners posting at once (against the production build, loopback).
import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import zlib from "node:zlib";
import { benchAccounts, freePort, needsBuild, ROOT, runOrExit, waitForHealth } from "./lib.mjs";

const appDir = path.join(ROOT, "apps/learner");
if (needsBuild("learner")) await runOrExit("npm", ["run", "build", "-w", "@k2k/learner"]);

// 1. first-load JavaScript of /attempts/:id: the entry, root and the route with their imports,
// read from the asset manifest that the server build carries
const { assets } = await import(pathToFileURL(path.join(appDir, "build/server/index.js")).href);
const files = new Set([assets.entry.module, ...assets.entry.imports]);
for (const id of ["root", "routes/attempts.$id._index"]) {
  const route = assets.routes[id];
  files.add(route.module);
  for (const f of route.imports ?? []) files.add(f);
}
let raw = 0;
let gz = 0;
for (const f of files) {
  const buf = fs.readFileSync(path.join(appDir, "build/client", f.replace(/^\//, "")));
  raw += buf.length;
  gz += zlib.gzipSync(buf, { level: 9 }).length;
}
const hasChart = [...files].some((f) =>
  fs.readFileSync(path.join(appDir, "build/client", f), "utf8").includes("chartjs"),
);
console.log(
  `player first load: ${files.size} files, ${(raw / 1024).toFixed(1)} KB raw, ${(gz / 1024).toFixed(1)} KB gzipped (target < 200 KB); Chart.js in first load: ${hasChart ? "yes" : "no"}`,
);

// 2. action posts under 50 concurrent learners
const dir = fs.mkdtempSync(path.join(os.tmpdir(), "k2k-bench-"));
const lp = await freePort();
const ap = await freePort();
const env = {
  ...process.env,
  DATABASE_URL: `file:${path.join(dir, "bench.sqlite")}`,
  LEARNER_PORT: String(lp),
  ADMIN_PORT: String(ap),
  NODE_ENV: "",
};
const server = spawn(process.execPath, ["scripts/start.mjs"], {
  cwd: ROOT,
  env,
  stdio: ["ignore", "pipe", "inherit"],
});
server.stdout.resume();
try {
  if (!(await waitForHealth(`http://127.0.0.1:${lp}/healthz`, 120_000)))
    throw new Error("learner app did not start");
  const { runLearners } = await import("./virtual-learner.mjs");
  const { usernames, versionId } = await benchAccounts(path.join(dir, "bench.sqlite"));
  const result = await runLearners({
    baseUrl: `http://127.0.0.1:${lp}`,
    learners: 50,
    actionsEach: 12,
    measure: "event",
    usernames,
    versionId,
  });
  const p = (q) =>
    result.latencies[Math.min(result.latencies.length - 1, Math.floor(q * result.latencies.length))].toFixed(
      1,
    );
  const server = [...(result.serverEvent ?? [])].sort((a, b) => a - b);
  const sp = (q) => server[Math.min(server.length - 1, Math.floor(q * server.length))]?.toFixed(1) ?? "—";
  console.log(
    `action posts, 50 concurrent learners without pauses: ${result.latencies.length} posts; server time p50 ${sp(0.5)} ms, p95 ${sp(0.95)} ms, p99 ${sp(0.99)} ms (target p95 < 50 ms); ` +
      `round trip incl. queueing p50 ${p(0.5)} ms, p95 ${p(0.95)} ms, p99 ${p(0.99)} ms; errors ${result.errors}`,
  );
} finally {
  server.kill("SIGTERM");
  await new Promise((r) => setTimeout(r, 500));
  fs.rmSync(dir, { recursive: true, force: true });
}
