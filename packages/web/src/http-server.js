// @ts-check
/**
 * The production and development HTTP server of both Remix apps (plain JavaScript so that
 * `node server.js` runs it without a build step). It adds what Remix leaves to the server:
 * security headers with a per-request CSP nonce, a cross-origin POST check (CSRF), a body size
 * limit, static assets with long caching, and a clean shutdown on SIGINT/SIGTERM.
 */
import cluster from "node:cluster";
import crypto from "node:crypto";
import os from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { createRequestHandler } from "@remix-run/express";
import express from "express";

/** Requests larger than this are refused with 413 before Remix reads them. */
export const MAX_BODY_BYTES = 256 * 1024;

/**
 * @param {{ appName: string, appDir: string, port: number, host?: string, dev?: boolean }} options
 *   dev: serve the sources through Vite with hot reload (`npm run dev`); otherwise the build.
 */
export async function startAppServer({
  appName,
  appDir,
  port,
  host = process.env.HOST || "127.0.0.1",
  dev = false,
}) {
  const production = !dev;
  // One Node process uses one core, and one slow page (a debrief rendering) holds up every
  // request queued behind it. The build therefore runs a worker per core (K2K_WORKERS, at most
  // 16; default up to 4) sharing the port. SQLite is safe with several processes: transactions
  // begin IMMEDIATE so writers wait for each other (busy_timeout) instead of failing, and the
  // attempt log's optimistic check turns a lost race into a replay (docs/decisions/003).
  const requested = Number(process.env.K2K_WORKERS) || Math.min(os.availableParallelism(), 4);
  const workers = production ? Math.max(1, Math.min(requested, os.availableParallelism(), 16)) : 1;
  if (workers > 1 && cluster.isPrimary) {
    // each worker's share of the cores for password hashing (see packages/db accounts/password)
    const hashShare = String(Math.max(1, Math.floor(os.availableParallelism() / workers)));
    const forkWorker = () =>
      cluster.fork({ K2K_HASH_CONCURRENCY: process.env.K2K_HASH_CONCURRENCY ?? hashShare });
    for (let i = 0; i < workers; i++) forkWorker();
    let stopping = false;
    // a worker that dies at once (a bad setting, an unreadable database) would otherwise be
    // restarted forever: after five early exits in a row the app stops with an error
    let earlyExits = 0;
    const startedAt = new Map();
    cluster.on("fork", (worker) => startedAt.set(worker.id, Date.now()));
    cluster.on("exit", (worker, code, signal) => {
      if (stopping) return;
      const early = Date.now() - (startedAt.get(worker.id) ?? 0) < 10_000;
      startedAt.delete(worker.id);
      earlyExits = early ? earlyExits + 1 : 0;
      if (earlyExits >= 5) {
        console.error(`[${appName}] workers keep exiting at start; stopping`);
        process.exit(1);
      }
      console.error(`[${appName}] worker ${worker.process.pid} exited (${signal ?? code}); starting another`);
      forkWorker();
    });
    const stop = () => {
      stopping = true;
      for (const w of Object.values(cluster.workers ?? {})) w?.kill("SIGTERM");
      setTimeout(() => process.exit(0), 3000).unref();
      cluster.on("exit", () => {
        if (Object.keys(cluster.workers ?? {}).length === 0) process.exit(0);
      });
    };
    process.once("SIGINT", stop);
    process.once("SIGTERM", stop);
    return undefined;
  }
  const viteDevServer = production
    ? undefined
    : await import("vite").then((vite) =>
        vite.createServer({
          root: appDir,
          // each app needs its own hot-reload socket when both run at once
          server: { middlewareMode: true, hmr: { port: port + 21_000 } },
        }),
      );

  const app = express();
  app.disable("x-powered-by");
  app.set("trust proxy", process.env.TRUST_PROXY === "1" ? 1 : false);

  app.use((_req, res, next) => {
    const nonce = crypto.randomBytes(16).toString("base64");
    res.locals.nonce = nonce;
    const scriptSrc = production ? `'self' 'nonce-${nonce}'` : `'self' 'nonce-${nonce}' 'unsafe-eval'`;
    const connectSrc = production ? "'self'" : "'self' ws: wss:";
    res.setHeader(
      "Content-Security-Policy",
      [
        "default-src 'self'",
        `script-src ${scriptSrc}`,
        "style-src 'self' 'unsafe-inline'",
        "img-src 'self' data: blob:",
        "font-src 'self'",
        `connect-src ${connectSrc}`,
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
        "frame-ancestors 'none'",
      ].join("; "),
    );
    res.setHeader("Referrer-Policy", "same-origin");
    res.setHeader("X-Content-Type-Options", "nosniff");
    res.setHeader("X-Frame-Options", "DENY");
    res.setHeader("Cross-Origin-Opener-Policy", "same-origin");
    res.setHeader("Permissions-Policy", "camera=(), microphone=(), geolocation=()");
    next();
  });

  // CSRF: a state-changing request must come from this origin (SameSite=Lax cookies do the
  // rest). Browsers send Origin on cross-origin POSTs; a missing Origin (curl, no-JS forms on
  // old browsers) falls back to Referer; neither present is allowed for non-browser clients.
  app.use((req, res, next) => {
    if (req.method === "GET" || req.method === "HEAD" || req.method === "OPTIONS") return next();
    const origin = req.get("origin") ?? refererOrigin(req.get("referer"));
    const expected = `${req.protocol}://${req.get("host")}`;
    if (origin && origin !== "null" && origin !== expected) {
      res.status(403).type("text/plain; charset=utf-8").send("跨站请求已被拒绝。请从本系统页面提交。");
      return;
    }
    if (origin === "null") {
      res.status(403).type("text/plain; charset=utf-8").send("跨站请求已被拒绝。请从本系统页面提交。");
      return;
    }
    // A chunked body has no length to check up front and Remix would read all of it: browsers
    // always send Content-Length for forms and fetch, so such a request is refused outright.
    if (req.get("transfer-encoding") && req.get("content-length") === undefined) {
      res.status(411).type("text/plain; charset=utf-8").send("请求缺少长度信息，请从本系统页面提交。");
      return;
    }
    const length = Number(req.get("content-length") ?? 0);
    if (length > MAX_BODY_BYTES) {
      res
        .status(413)
        .type("text/plain; charset=utf-8")
        .send(`提交内容过大（超过 ${MAX_BODY_BYTES / 1024} KB），请缩短后重试。`);
      return;
    }
    next();
  });

  if (viteDevServer) {
    app.use(viteDevServer.middlewares);
  } else {
    app.use(
      "/assets",
      express.static(path.join(appDir, "build/client/assets"), { immutable: true, maxAge: "1y" }),
    );
    app.use(express.static(path.join(appDir, "build/client"), { maxAge: "1h" }));
  }

  const build = viteDevServer
    ? () => viteDevServer.ssrLoadModule("virtual:remix/server-build")
    : await import(pathToFileURL(path.join(appDir, "build/server/index.js")).href);

  app.all(
    "*",
    createRequestHandler({
      // @ts-expect-error the dev build is a function, the production build a module
      build,
      mode: production ? "production" : "development",
      getLoadContext: (req, res) => ({
        nonce: res.locals.nonce,
        appName,
        ip: req.ip ?? req.socket.remoteAddress ?? "unknown",
      }),
    }),
  );

  // Last resort: never show a stack trace.
  app.use(
    (/** @type {any} */ err, /** @type {any} */ _req, /** @type {any} */ res, /** @type {any} */ _next) => {
      console.error(`[${appName}] unhandled error: ${err?.message ?? err}`);
      res.status(500).type("text/plain; charset=utf-8").send("服务器内部错误，请稍后重试。");
    },
  );

  const server = await new Promise((resolve) => {
    const s = app.listen(port, host, () => resolve(s));
  });
  // @ts-expect-error
  const actualPort = server.address().port;
  if (cluster.isPrimary || cluster.worker?.id === 1) {
    console.log(`[${appName}] http://${host === "0.0.0.0" ? "localhost" : host}:${actualPort}`);
  }

  const stop = () => {
    // @ts-expect-error
    server.close(() => process.exit(0));
    viteDevServer?.close();
    setTimeout(() => process.exit(0), 3000).unref();
  };
  process.once("SIGINT", stop);
  process.once("SIGTERM", stop);
  return server;
}

/** @param {string | undefined} referer */
function refererOrigin(referer) {
  if (!referer) return undefined;
  try {
    return new URL(referer).origin;
  } catch {
    return "null";
  }
}
