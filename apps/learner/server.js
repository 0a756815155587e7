// Serves the learner app: `node server.js` (the build) or `node server.js --dev` (Vite, hot reload).
import path from "node:path";
import { fileURLToPath } from "node:url";
import { startAppServer } from "@k2k/web/http-server";

await startAppServer({
  appName: "learner",
  appDir: path.dirname(fileURLToPath(import.meta.url)),
  port: Number(process.env.LEARNER_PORT ?? process.env.PORT ?? 3000),
  dev: process.argv.includes("--dev"),
});
