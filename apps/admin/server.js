// Serves the admin app: `node server.js` (the build) or `node server.js --dev` (Vite, hot reload).
import path from "node:path";
import { fileURLToPath } from "node:url";
import { startAppServer } from "@k2k/web/http-server";

await startAppServer({
  appName: "admin",
  appDir: path.dirname(fileURLToPath(import.meta.url)),
  port: Number(process.env.ADMIN_PORT ?? 3001),
  dev: process.argv.includes("--dev"),
});
