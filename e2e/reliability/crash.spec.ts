/**
 * Crash safety: a load of virtual learners runs against the production learner app (a primary
 * and two workers on one SQLite file), all of it is killed with SIGKILL mid-load and restarted,
 * and then every event whose post was acknowledged must be stored exactly once and every
 * attempt must replay to a valid state.
 */
import { type ChildProcess, execFileSync, spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { openDatabase } from "@k2k/db";
import { type DrillEvent, replayDrill, type ScenarioDefinition } from "@k2k/scenarios";
import { expect, test } from "@playwright/test";
// @ts-expect-error plain JavaScript helpers shared with the benchmarks
import { benchAccounts, freePort, waitForHealth } from "../../scripts/lib.mjs";
// @ts-expect-error plain JavaScript helpers shared with the benchmarks
import { runLearners } from "../../scripts/virtual-learner.mjs";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");

test("acknowledged events survive a SIGKILL mid-load exactly once, and every attempt replays", async () => {
  test.setTimeout(180_000);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "k2k-crash-"));
  const file = path.join(dir, "crash.sqlite");
  const port: number = await freePort();
  const env = {
    ...process.env,
    DATABASE_URL: `file:${file}`,
    LEARNER_PORT: String(port),
    NODE_ENV: "production",
    K2K_DEMO: "1",
    HOST: "127.0.0.1",
    // two workers on one SQLite file, as the build runs by default on a 2-core server
    K2K_WORKERS: "2",
  };
  execFileSync(process.execPath, ["--import", "tsx", "scripts/prepare-db.ts"], {
    cwd: root,
    env,
    stdio: "ignore",
  });
  // its own process group, so that a kill takes the primary and both workers at once
  const start = (): ChildProcess =>
    spawn(process.execPath, ["server.js"], {
      cwd: path.join(root, "apps/learner"),
      env,
      stdio: "ignore",
      detached: true,
    });
  const crash = (child: ChildProcess) => {
    try {
      process.kill(-child.pid!, "SIGKILL");
    } catch {
      // already gone
    }
  };

  let server = start();
  try {
    expect(await waitForHealth(`http://127.0.0.1:${port}/healthz`, 60_000)).toBe(true);
    const { usernames, versionId } = await benchAccounts(file);
    const progress = { latencies: [], errors: 0, requests: 0, acknowledged: [] as unknown[] };
    const load = runLearners({
      baseUrl: `http://127.0.0.1:${port}`,
      learners: 40,
      actionsEach: 25,
      usernames,
      versionId,
      stopAfterMs: 60_000,
      out: progress,
    });
    // let the load get going (some events acknowledged, many in flight), then pull the plug
    await expect.poll(() => progress.acknowledged.length, { timeout: 60_000 }).toBeGreaterThan(60);
    crash(server);
    const result = await load;
    expect(result.acknowledged.length).toBeGreaterThan(20);
    expect(result.errors).toBeGreaterThan(0); // requests in flight died with the server

    server = start();
    expect(await waitForHealth(`http://127.0.0.1:${port}/healthz`, 60_000)).toBe(true);

    const { db, close } = openDatabase(`file:${file}`);
    try {
      for (const ack of result.acknowledged as { attemptId: string; key: string }[]) {
        const rows = await db
          .selectFrom("attempt_events")
          .select("id")
          .where("attempt_id", "=", ack.attemptId)
          .where("idempotency_key", "=", ack.key)
          .execute();
        expect(rows, `acknowledged event ${ack.key}`).toHaveLength(1);
      }
      const attempts = await db.selectFrom("attempts").selectAll().execute();
      expect(attempts.length).toBeGreaterThan(0);
      for (const a of attempts) {
        const version = await db
          .selectFrom("scenario_versions")
          .select("definition_json")
          .where("id", "=", a.scenario_version_id)
          .executeTakeFirstOrThrow();
        const events = await db
          .selectFrom("attempt_events")
          .selectAll()
          .where("attempt_id", "=", a.id)
          .orderBy("seq")
          .execute();
        expect(events.map((e) => e.seq)).toEqual(events.map((_, i) => i + 1));
        const { view, failedAt } = replayDrill(
          JSON.parse(version.definition_json) as ScenarioDefinition,
          events.map((e) => JSON.parse(e.payload_json) as DrillEvent),
          { seed: a.seed },
        );
        expect(failedAt, `attempt ${a.id} replays`).toBeUndefined();
        // the summary row was written in the same transaction as its last event
        expect(a.event_count).toBe(events.length);
        expect(a.sim_minutes).toBe(events.length ? view.simMinutes : 0);
      }
    } finally {
      await close();
    }
  } finally {
    crash(server);
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
