// A virtual learner over HTTP, for the load benchmarks: log in, start a drill, act and write
// until the drill ends, open the debrief. Loopback only; every loop is bounded.
import { randomUUID } from "node:crypto";

const TEXTS = [
  "您好，感谢您的反映。我们已于今天上午派执法人员到现场核查，确认情况属实，已责令施工单位停止夜间施工，并将在三个工作日内书面答复处理结果。如有疑问请拨打12345热线。",
  "网友您好，关于您反映的问题，我局高度重视，将积极协调，进一步加强管理。",
  "经核实，事发仓库起火，目前无人员死亡，2人轻伤已送医，明火已于15时20分扑灭。事故原因正在调查中，我们将于今晚20时前发布进展。",
  "此事不归我们管，请找相关部门。",
];

async function request(base, path, { cookie, method = "GET", body } = {}) {
  const started = performance.now();
  const res = await fetch(base + path, {
    method,
    body,
    redirect: "manual",
    headers: {
      ...(cookie ? { Cookie: cookie } : {}),
      ...(method !== "GET" ? { Origin: base } : {}),
      Accept: "application/json",
    },
    signal: AbortSignal.timeout(15_000),
  });
  const ms = performance.now() - started;
  return { res, ms };
}

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

async function oneLearner(base, username, opts, out) {
  // a person reads and types between steps: think time drawn from [min, max] ms
  const think = () =>
    opts.thinkMs ? sleep(opts.thinkMs[0] + Math.random() * (opts.thinkMs[1] - opts.thinkMs[0])) : undefined;
  const record = (kind, ms, ok) => {
    out.byKind[kind] ??= [];
    out.byKind[kind].push(ms);
    if (opts.measure === "all" || opts.measure === kind) out.latencies.push(ms);
    if (!ok) out.errors++;
    out.requests++;
  };
  const login = await request(base, "/login", {
    method: "POST",
    body: new URLSearchParams({ username, password: "demo12345", redirectTo: "/" }),
  });
  record("login", login.ms, login.res.status === 302 || login.res.status === 204);
  const setCookie = login.res.headers.get("set-cookie") ?? "";
  const cookie = setCookie.split(";")[0];
  if (!cookie) return;
  const start = await request(base, "/attempts/new", {
    cookie,
    method: "POST",
    body: new URLSearchParams({ versionId: opts.versionId }),
  });
  record("start", start.ms, start.res.status === 302 || start.res.status === 204);
  const loc = start.res.headers.get("location") ?? "";
  const id = loc.split("/attempts/")[1]?.split(/[/?]/)[0];
  if (!id) return;
  for (let i = 0; i < opts.actionsEach; i++) {
    await think();
    const s = await request(base, `/attempts/${id}/state`, { cookie });
    record("state", s.ms, s.res.ok);
    if (!s.res.ok) return;
    const { view } = await s.res.json();
    if (view.status !== "active") break;
    const form = new URLSearchParams({ key: randomUUID() });
    if (view.tasks.length && (i % 2 === 1 || !view.actions.length)) {
      form.set("intent", "task");
      form.set("taskId", view.tasks[0].id);
      form.set("text", TEXTS[(i + username.length) % TEXTS.length]);
    } else if (view.actions.length) {
      form.set("intent", "action");
      form.set("actionId", view.actions[(i + username.length) % view.actions.length].id);
    } else {
      form.set("intent", "wait");
      form.set("minutes", "60");
    }
    const e = await request(base, `/attempts/${id}/events`, { cookie, method: "POST", body: form });
    record("event", e.ms, e.res.ok);
    await e.res.arrayBuffer();
    if (e.res.ok) out.acknowledged.push({ attemptId: id, key: form.get("key") });
    const serverTime = /app;dur=([\d.]+)/.exec(e.res.headers.get("server-timing") ?? "")?.[1];
    if (serverTime) {
      out.serverEvent ??= [];
      out.serverEvent.push(Number(serverTime));
    }
  }
  const d = await request(base, `/attempts/${id}/debrief`, { cookie });
  record("debrief", d.ms, d.res.ok);
  await d.res.arrayBuffer();
}

/**
 * Runs `learners` virtual learners at once. `usernames` and `versionId` come from the caller
 * (read from the database it seeded). Returns sorted latencies (ms) of the measured kind.
 */
export async function runLearners({
  baseUrl,
  learners,
  actionsEach = 10,
  measure = "all",
  usernames,
  versionId,
  stopAfterMs,
  thinkMs,
  rampUpMs = 0,
  // a caller may pass the result object to watch progress while the load runs
  out = { latencies: [], errors: 0, requests: 0, acknowledged: [], byKind: {} },
}) {
  out.byKind ??= {};
  const started = performance.now();
  const work = Promise.all(
    Array.from({ length: learners }, (_, i) =>
      // learners arrive spread over the ramp-up time, as people do
      sleep((rampUpMs * i) / Math.max(1, learners))
        .then(() =>
          oneLearner(
            baseUrl,
            usernames[i % usernames.length],
            { actionsEach, measure, versionId, thinkMs },
            out,
          ),
        )
        .catch(() => {
          out.errors++;
        }),
    ),
  );
  // a crash test stops waiting after a while: requests cut off by the crash count as errors
  await (stopAfterMs ? Promise.race([work, new Promise((r) => setTimeout(r, stopAfterMs))]) : work);
  out.seconds = (performance.now() - started) / 1000;
  out.latencies.sort((a, b) => a - b);
  return out;
}
