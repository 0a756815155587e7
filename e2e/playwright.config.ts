/**
 * End-to-end tests of both apps in the system Chromium, against the production builds started
 * by the same script as `npm start`, on free ports with a throwaway database.
 */
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { defineConfig } from "@playwright/test";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");

// Chosen once in the main process; workers inherit the environment and see the same values.
function pickPort(): string {
  return execFileSync(process.execPath, [
    "-e",
    "const s=require('net').createServer().listen(0,'127.0.0.1',()=>{console.log(s.address().port);s.close()})",
  ])
    .toString()
    .trim();
}
process.env.E2E_LEARNER_PORT ??= pickPort();
process.env.E2E_ADMIN_PORT ??= pickPort();
process.env.E2E_DB_DIR ??= fs.mkdtempSync(path.join(os.tmpdir(), "k2k-e2e-"));
export const LEARNER_URL = `http://localhost:${process.env.E2E_LEARNER_PORT}`;
export const ADMIN_URL = `http://localhost:${process.env.E2E_ADMIN_PORT}`;

const chromium = process.env.CHROMIUM_PATH || "/usr/bin/chromium";

export default defineConfig({
  testDir: root,
  testMatch: ["apps/*/e2e/**/*.spec.ts", "e2e/**/*.spec.ts"],
  outputDir: path.join(root, "test-results"),
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [["list"]],
  use: {
    baseURL: LEARNER_URL,
    locale: "zh-CN",
    timezoneId: "Asia/Shanghai",
    viewport: { width: 1280, height: 720 },
    screenshot: "only-on-failure",
    trace: "off",
    launchOptions: {
      executablePath: chromium,
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--disable-quic",
      ],
    },
  },
  webServer: {
    command: `node scripts/start.mjs`,
    cwd: root,
    // start.mjs prints READY once both apps answer /healthz
    wait: { stdout: /READY/ },
    gracefulShutdown: { signal: "SIGTERM", timeout: 5000 },
    timeout: 240_000,
    reuseExistingServer: false,
    stdout: "pipe",
    env: {
      LEARNER_PORT: String(process.env.E2E_LEARNER_PORT),
      ADMIN_PORT: String(process.env.E2E_ADMIN_PORT),
      LEARNER_URL,
      ADMIN_URL,
      // E2E_DATABASE_URL=postgres://… runs the same journeys on PostgreSQL
      DATABASE_URL: process.env.E2E_DATABASE_URL ?? `file:${path.join(process.env.E2E_DB_DIR, "e2e.sqlite")}`,
      NODE_ENV: "",
      HOST: "127.0.0.1",
      // as behind a reverse proxy: the security suite sets X-Forwarded-For to act from other addresses
      TRUST_PROXY: "1",
    },
  },
});
