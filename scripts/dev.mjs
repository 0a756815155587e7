// `npm run dev`: both apps from source with hot reload.
import { spawn } from "node:child_process";
import path from "node:path";
import { APPS, ROOT, runOrExit } from "./lib.mjs";

const env = {
  ...process.env,
  LEARNER_PORT: process.env.LEARNER_PORT ?? "3000",
  ADMIN_PORT: process.env.ADMIN_PORT ?? "3001",
};
await runOrExit(process.execPath, ["--import", "tsx", "scripts/prepare-db.ts"], { env });
const children = APPS.map((app) =>
  spawn(process.execPath, ["server.js", "--dev"], {
    cwd: path.join(ROOT, "apps", app),
    env,
    stdio: "inherit",
  }),
);
process.on("SIGINT", () => {
  for (const c of children) c.kill("SIGTERM");
  process.exit(0);
});
