// Helpers shared by the root scripts (start, dev, test, bench).
import { spawn } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import path from "node:path";
import { fileURLToPath } from "node:url";

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
export const APPS = ["learner", "admin"];

/** Runs a command and resolves with its exit code; output goes to this terminal. */
export function run(cmd, args, options = {}) {
  return new Promise((resolve) => {
    const child = spawn(cmd, args, { cwd: ROOT, stdio: "inherit", ...options });
    child.on("exit", (code, signal) => resolve(code ?? (signal ? 1 : 0)));
    child.on("error", () => resolve(127));
  });
}

export async function runOrExit(cmd, args, options) {
  const code = await run(cmd, args, options);
  if (code !== 0) process.exit(code);
}

function newestMtime(dir) {
  let newest = 0;
  if (!fs.existsSync(dir)) return newest;
  const stack = [dir];
  while (stack.length) {
    const d = stack.pop();
    for (const entry of fs.readdirSync(d, { withFileTypes: true })) {
      if (entry.name === "node_modules" || entry.name === "build" || entry.name.startsWith(".")) continue;
      const p = path.join(d, entry.name);
      if (entry.isDirectory()) stack.push(p);
      else newest = Math.max(newest, fs.statSync(p).mtimeMs);
    }
  }
  return newest;
}

/** An app needs a build when it has none or when any source it bundles is newer. */
export function needsBuild(app) {
  const built = path.join(ROOT, "apps", app, "build/server/index.js");
  if (!fs.existsSync(built)) return true;
  const builtAt = fs.statSync(built).mtimeMs;
  const sources = [
    path.join(ROOT, "apps", app, "app"),
    path.join(ROOT, "apps", app, "vite.config.ts"),
    path.join(ROOT, "packages"),
  ];
  return sources.some(
    (s) => (fs.existsSync(s) && fs.statSync(s).isFile() ? fs.statSync(s).mtimeMs : newestMtime(s)) > builtAt,
  );
}

export function freePort() {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.unref();
    srv.on("error", reject);
    srv.listen(0, "127.0.0.1", () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });
}

export async function waitForHealth(url, timeoutMs = 60_000) {
  const start = Date.now();
  while (Date.now() - start < timeoutMs) {
    try {
      const res = await fetch(url);
      if (res.ok) return true;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  return false;
}

/** Learner accounts and a crisis scenario version from a demo database, for load runs. */
export async function benchAccounts(file) {
  const { default: Database } = await import("better-sqlite3");
  const db = new Database(file, { readonly: true });
  try {
    const usernames = db
      .prepare(
        "select u.username from users u join user_roles r on r.user_id = u.id where r.role = 'learner' order by u.username",
      )
      .all()
      .map((r) => r.username);
    const version =
      db
        .prepare(
          "select v.id from scenario_versions v join scenarios s on s.id = v.scenario_id where s.category = 'crisis' order by v.version desc limit 1",
        )
        .get() ?? db.prepare("select id from scenario_versions limit 1").get();
    return { usernames, versionId: version?.id };
  } finally {
    db.close();
  }
}
