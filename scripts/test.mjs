// `npm test`: typecheck, lint, unit tests of every package, then end-to-end tests in Chromium
// against the production builds. Stops at the first failing step.
import fs from "node:fs";
import { run } from "./lib.mjs";

const chromium = process.env.CHROMIUM_PATH || "/usr/bin/chromium";
const steps = [
  ["类型检查 typecheck", "npx", ["turbo", "run", "typecheck", "--output-logs=errors-only"]],
  ["代码规范 lint", "npx", ["biome", "check", "."]],
  ["单元测试 unit tests", "npx", ["turbo", "run", "test", "--output-logs=new-only", "--concurrency=1"]],
  ["数据库测试 PostgreSQL", "npx", ["vitest", "run", "--root", "packages/db"], "pg"],
  ["端到端测试 e2e (Chromium)", "npx", ["playwright", "test", "-c", "e2e/playwright.config.ts"]],
];

for (const [label, cmd, args, needs] of steps) {
  if (needs === "pg" && !process.env.TEST_DATABASE_URL?.startsWith("postgres")) {
    console.log(`\n- ${label}: skipped (TEST_DATABASE_URL is not a postgres:// URL; .ci/run starts a throwaway server)`);
    continue;
  }
  if (label.startsWith("端到端") && !fs.existsSync(chromium)) {
    console.error(
      `Chromium not found at ${chromium}: install it with "apt-get install chromium fonts-noto-cjk" or set CHROMIUM_PATH.`,
    );
    process.exit(1);
  }
  console.log(`\n▶ ${label}`);
  const code = await run(cmd, args);
  if (code !== 0) {
    console.error(`✖ ${label} failed (exit ${code})`);
    process.exit(code);
  }
}
console.log("\n✔ all checks passed");
