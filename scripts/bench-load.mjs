// Load run against the production build on loopback: 100 virtual learners each doing a whole
// drill (login, start, actions, texts, debrief) at once. Prints throughput, latency percentiles
// over every request, and the error count. Bounded: each learner makes at most ~30 requests.
import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { benchAccounts, freePort, ROOT, waitForHealth } from "./lib.mjs";
import { runLearners } from "./virtual-learner.mjs";

const learners = Number(process.argv[2] ?? 100);
const dir = fs.mkdtempSync(path.join(os.tmpdir(), "k2k-load-"));
const lp = await freePort();
const ap = await freePort();
const env = {
  ...process.env,
  DATABASE_URL: `file:${path.join(dir, "load.sqlite")}`,
  LEARNER_PORT: String(lp),
  ADMIN_PORT: String(ap),
  NODE_ENV: "",
  TRUST_PROXY: "",
};
const server = spawn(process.execPath, ["scripts/start.mjs"], {
  cwd: ROOT,
  env,
  stdio: ["ignore", "pipe", "inherit"],
});
server.stdout.resume();
try {
  if (!(await waitForHealth(`http://127.0.0.1:${lp}/healthz`, 180_000)))
    throw new Error("learner app did not start");
  const { usernames, versionId } = await benchAccounts(path.join(dir, "load.sqlite"));
  // warm-up: one learner, so that first-request costs are not measured
  await runLearners({ baseUrl: `http://127.0.0.1:${lp}`, learners: 1, actionsEach: 3, usernames, versionId });
  const r = await runLearners({
    baseUrl: `http://127.0.0.1:${lp}`,
    learners,
    actionsEach: 10,
    measure: "all",
    usernames,
    versionId,
  });
  const p = (q) =>
    r.latencies[Math.min(r.latencies.length - 1, Math.floor(q * r.latencies.length))].toFixed(1);
  console.log(
    `load: ${learners} learners, ${r.requests} requests in ${r.seconds.toFixed(1)} s = ${(r.requests / r.seconds).toFixed(0)} req/s; ` +
      `p50 ${p(0.5)} ms, p95 ${p(0.95)} ms, p99 ${p(0.99)} ms (target p99 < 100 ms); errors ${r.errors} (target 0)`,
  );
  const noLogin = await runLearners({
    baseUrl: `http://127.0.0.1:${lp}`,
    learners,
    actionsEach: 10,
    measure: "event",
    usernames,
    versionId,
  });
  const q = (x) =>
    noLogin.latencies[
      Math.min(noLogin.latencies.length - 1, Math.floor(x * noLogin.latencies.length))
    ].toFixed(1);
  console.log(`load, event posts only: p50 ${q(0.5)} ms, p95 ${q(0.95)} ms, p99 ${q(0.99)} ms`);
} finally {
  server.kill("SIGTERM");
  await new Promise((r) => setTimeout(r, 800));
  fs.rmSync(dir, { recursive: true, force: true });
}
