// `npm start`: build what is not built, prepare the database, serve both apps, stop on Ctrl-C.
import { spawn } from "node:child_process";
import path from "node:path";
import { APPS, needsBuild, ROOT, runOrExit, waitForHealth } from "./lib.mjs";

const production = process.env.NODE_ENV === "production";
const env = { ...process.env, NODE_ENV: "production" };
// Without an explicit production deployment, the production build runs in demo mode.
if (!production) env.K2K_DEMO = "1";
const learnerPort = Number(env.LEARNER_PORT ?? 3000);
const adminPort = Number(env.ADMIN_PORT ?? 3001);
env.LEARNER_PORT = String(learnerPort);
env.ADMIN_PORT = String(adminPort);
env.LEARNER_URL ??= `http://localhost:${learnerPort}`;
env.ADMIN_URL ??= `http://localhost:${adminPort}`;

for (const app of APPS) {
  if (needsBuild(app)) {
    console.log(`正在构建 ${app} …`);
    await runOrExit("npm", ["run", "build", "-w", `@k2k/${app}`], {
      env: { ...env, NODE_ENV: "production" },
    });
  }
}

await runOrExit(process.execPath, ["--import", "tsx", "scripts/prepare-db.ts"], { env });

const children = APPS.map((app) =>
  spawn(process.execPath, ["server.js"], { cwd: path.join(ROOT, "apps", app), env, stdio: "inherit" }),
);
let stopping = false;
const stop = (code = 0) => {
  if (stopping) return;
  stopping = true;
  for (const c of children) c.kill("SIGTERM");
  setTimeout(() => process.exit(code), 500).unref();
};
process.on("SIGINT", () => stop(0));
process.on("SIGTERM", () => stop(0));
for (const c of children) {
  c.on("exit", (code) => {
    if (stopping) return;
    console.error("一个应用已退出，正在停止全部服务。");
    stop(code ?? 1);
  });
}

const ready = await Promise.all([
  waitForHealth(`http://127.0.0.1:${learnerPort}/healthz`),
  waitForHealth(`http://127.0.0.1:${adminPort}/healthz`),
]);
if (!ready.every(Boolean)) {
  console.error("应用未能在 60 秒内启动，请查看上面的日志。");
  stop(1);
} else {
  console.log(`
键对键 已启动
  学员端  ${env.LEARNER_URL}
  管理端  ${env.ADMIN_URL}
${
  production
    ? ""
    : `演示账号（仅演示模式，密码均为 demo12345）：
  demo-learner     学员（市生态环境局）
  demo-instructor  党校教员
  demo-reviewer    市委组织部（查看全市）
  demo-admin       系统管理员
`
}按 Ctrl-C 停止。
READY`);
}
