// `npm test`: typecheck, lint, unit tests of every package, then end-to-end tests in Chromium
// against the production builds. Stops at the first failing step.
import fs from "node:fs";
import { run } from "./lib.mjs";

const chromium = process.env.CHROMIUM_PATH || "/usr/bin/chromium";
const steps = [
  ["类型检查 typecheck", "npx", ["turbo", "run", "typecheck", "--output-logs=errors-only"]],
  ["类型检查 e2e typecheck", "npx", ["tsc", "-p", "e2e/tsconfig.json"]],
  ["代码规范 lint", "npx", ["biome", "check", "."]],
  ["单元测试 unit tests", "npx", ["turbo", "run", "test", "--output-logs=new-only", "--concurrency=1"]],
  // the same suites that touch the database, once more on PostgreSQL (one at a time: one db)
  [
    "数据库测试 PostgreSQL",
    "npx",
    [
      "turbo",
      "run",
      "test",
      "--concurrency=1",
      "--output-logs=new-only",
      "--filter=@k2k/db",
      "--filter=@k2k/web",
      "--filter=@k2k/admin",
    ],
    "pg",
  ],
  ["端到端测试 e2e (Chromium)", "npx", ["playwright", "test", "-c", "e2e/playwright.config.ts"]],
  // the browser journeys and the security suite once more with PostgreSQL behind the apps
  [
    "端到端测试 e2e on PostgreSQL",
    "npx",
    ["playwright", "test", "-c", "e2e/playwright.config.ts", "--grep-invert", "SIGKILL"],
    "pg-e2e",
  ],
];

for (const [label, cmd, args, needs] of steps) {
  if (needs?.startsWith("pg") && !process.env.TEST_DATABASE_URL?.startsWith("postgres")) {
    console.log(
      `\n- ${label}: skipped (TEST_DATABASE_URL is not a postgres:// URL; .ci/run starts a throwaway server)`,
    );
    continue;
  }
  if (label.startsWith("端到端") && !fs.existsSync(chromium)) {
    console.error(
      `Chromium not found at ${chromium}: install it with "apt-get install chromium fonts-noto-cjk" or set CHROMIUM_PATH.`,
    );
    process.exit(1);
  }
  console.log(`\n▶ ${label}`);
  // every step but the PostgreSQL one runs on SQLite
  const env = { ...process.env };
  if (needs !== "pg") delete env.TEST_DATABASE_URL;
  if (needs === "pg-e2e") {
    // a fresh database: the unit suites left theirs behind
    const reset = await run("node", [
      "--import",
      "tsx",
      "scripts/reset-pg.ts",
      process.env.TEST_DATABASE_URL,
    ]);
    if (reset !== 0) process.exit(reset);
    env.E2E_DATABASE_URL = process.env.TEST_DATABASE_URL;
  }
  const code = await run(cmd, args, { env });
  if (code !== 0) {
    console.error(`✖ ${label} failed (exit ${code})`);
    process.exit(code);
  }
}
console.log("\n✔ all checks passed");
