/**
 * Authorization matrix: every route of both apps (read from the route files) × every role ×
 * in/out of the scoped reviewer's unit subtree, by GET; then the write actions by POST.
 */
import { type APIRequestContext, type APIResponse, expect, test } from "@playwright/test";
import { type Expected, expectations, fillPattern, routeIds, routePattern } from "../route-matrix.ts";
import {
  type AppName,
  idemKey,
  location,
  ROLE_KEYS,
  type RoleKey,
  roleClients,
  type World,
  withDb,
  world,
} from "./fixtures.ts";

let w: World;
const clients = {} as Record<AppName, Record<RoleKey, APIRequestContext>>;

test.beforeAll(async () => {
  test.setTimeout(120_000);
  w = await world();
  clients.learner = await roleClients("learner");
  clients.admin = await roleClients("admin");
});
test.afterAll(async () => {
  for (const app of Object.values(clients)) for (const c of Object.values(app)) await c.dispose();
});

function statusMatches(res: APIResponse, want: Expected): boolean {
  if (want === "login") return res.status() === 302 && location(res).startsWith("/login?redirectTo=");
  if (typeof want === "string")
    return res.status() === 302 && location(res) === want.slice("redirect:".length);
  return res.status() === want;
}

test("route parsing follows Remix flat-route naming", () => {
  expect(routePattern("attempts.$id._index")).toBe("/attempts/:id");
  expect(routePattern("attempts.$id.debrief")).toBe("/attempts/:id/debrief");
  expect(routePattern("exports.readiness[.]csv")).toBe("/exports/readiness.csv");
  expect(routePattern("_index")).toBe("/");
  expect(routePattern("$")).toBe("/*");
  expect(routePattern("_auth.login")).toBe("/login");
  expect(routePattern("scenarios_.$id")).toBe("/scenarios/:id");
  expect(fillPattern("/attempts/:id", { id: "a b" })).toBe("/attempts/a%20b");
});

for (const app of ["learner", "admin"] as const) {
  test(`${app}: every route has an expectation, and every role gets exactly it (GET)`, async () => {
    test.setTimeout(150_000);
    const table = expectations(w)[app];
    const ids = routeIds(app);
    const problems: string[] = [];
    for (const id of ids) if (!table[id]) problems.push(`no expectation for route ${id} (${app})`);
    for (const id of Object.keys(table))
      if (!ids.includes(id)) problems.push(`expectation for a route that no longer exists: ${id} (${app})`);
    let checked = 0;
    for (const id of ids) {
      const pattern = routePattern(id);
      for (const c of table[id] ?? []) {
        const url = fillPattern(pattern, c.params) + (c.query ?? "");
        for (const role of ROLE_KEYS) {
          const want = c.expect[role];
          const res = await clients[app][role].get(url);
          const body = await res.text();
          checked++;
          const where = `${app} ${role} GET ${url} [${id} · ${c.variant}]`;
          if (!statusMatches(res, want))
            problems.push(`${where}: expected ${want}, got ${res.status()} ${location(res)}`.trim());
          const denied = res.status() !== 200;
          for (const s of denied ? (c.secrets ?? []) : [])
            if (body.includes(s)) problems.push(`${where}: denied answer leaks "${s}"`);
          for (const s of c.hiddenFrom?.[role] ?? [])
            if (body.includes(s)) problems.push(`${where}: leaks "${s}" from outside the scope`);
          for (const s of c.shows?.[role] ?? [])
            if (!body.includes(s))
              problems.push(`${where}: should show "${s}" (the leak check would be blind)`);
        }
      }
    }
    test
      .info()
      .annotations.push({ type: "matrix", description: `${app}: ${ids.length} routes, ${checked} requests` });
    expect(problems).toEqual([]);
    expect(checked).toBeGreaterThan(ids.length * ROLE_KEYS.length - 1);
  });
}

async function counts() {
  return withDb(async ({ db }) => {
    const n = async (
      t: "scenarios" | "assignments" | "attempt_comments" | "score_overrides" | "readiness_targets",
    ) =>
      Number(
        (
          await db
            .selectFrom(t)
            .select((eb) => eb.fn.countAll().as("n"))
            .executeTakeFirstOrThrow()
        ).n,
      );
    const events = async (id: string) =>
      Number(
        (
          await db
            .selectFrom("attempt_events")
            .select((eb) => eb.fn.countAll().as("n"))
            .where("attempt_id", "=", id)
            .executeTakeFirstOrThrow()
        ).n,
      );
    const target = await db.selectFrom("readiness_targets").selectAll().execute();
    const status = await db
      .selectFrom("attempts")
      .select(["id", "status"])
      .where("id", "=", w.qyzAttempt)
      .executeTakeFirstOrThrow();
    return {
      scenarios: await n("scenarios"),
      assignments: await n("assignments"),
      comments: await n("attempt_comments"),
      overrides: await n("score_overrides"),
      targets: JSON.stringify(target),
      qyzEvents: await events(w.qyzAttempt),
      btzEvents: await events(w.btzAttempt),
      qyzStatus: status.status,
    };
  });
}

test("write actions: learners and reviewers are refused admin writes; nobody posts into another learner's attempt", async () => {
  test.setTimeout(90_000);
  const before = await counts();
  const scenarioDraft = JSON.stringify({ id: "sec-x", title: "不应保存" });
  const taskId = "t1";
  const scoreId = await withDb(async ({ db }) =>
    String(
      (
        await db
          .selectFrom("scores")
          .select("id")
          .where("attempt_id", "=", w.qyzAttempt)
          .executeTakeFirstOrThrow()
      ).id,
    ),
  );
  const adminWrites: { path: string; form: Record<string, string> }[] = [
    { path: "/scenarios", form: { intent: "create" } },
    { path: `/scenarios/${w.scenarioId}`, form: { intent: "publish", draft: scenarioDraft } },
    { path: `/scenarios/${w.scenarioId}`, form: { intent: "save", draft: scenarioDraft } },
    {
      path: "/assignments/new",
      form: {
        title: "不应创建",
        versionId: w.versionId,
        dueAt: "2099-01-01T10:00",
        unitId: "u-btz",
        timeMode: "turn",
      },
    },
    { path: `/attempts/${w.qyzAttempt}`, form: { intent: "comment", body: "不应保存的点评" } },
    {
      path: `/attempts/${w.qyzAttempt}`,
      form: { intent: "override", scoreId, dimension: "clarity", value: "100", reason: "不应保存" },
    },
    { path: "/readiness/targets", form: { intent: "reset" } },
  ];
  const problems: string[] = [];
  for (const role of ["anon", "learner", "reviewer", "scoped"] as const) {
    for (const { path, form } of adminWrites) {
      // the readiness targets are the admin's alone: instructors are refused too
      const res = await clients.admin[role].post(path, { form });
      const ok =
        role === "anon"
          ? res.status() === 302 && location(res).startsWith("/login")
          : [403, 404].includes(res.status());
      if (!ok) problems.push(`admin ${role} POST ${path} ${form.intent ?? ""}: got ${res.status()}`);
    }
  }
  const inst = await clients.admin.instructor.post("/readiness/targets", { form: { intent: "reset" } });
  if (inst.status() !== 403) problems.push(`admin instructor POST /readiness/targets: got ${inst.status()}`);

  // the learner app: another learner's attempt, through every door
  const taskForm = { intent: "task", taskId, text: "写入他人演练", key: idemKey() };
  for (const role of ["learner", "instructor", "reviewer", "scoped", "admin", "anon"] as const) {
    const want = role === "anon" ? [302] : role === "learner" || role === "instructor" ? [404] : [403];
    for (const [path, form] of [
      [`/attempts/${w.qyzAttempt}/events`, { ...taskForm, key: idemKey() }],
      [`/attempts/${w.qyzAttempt}/events`, { intent: "abandon", key: idemKey() }],
      [`/attempts/${w.btzAttempt}`, { intent: "wait", minutes: "30", key: idemKey() }],
      ["/attempts/new", { restartOf: w.qyzAttempt, versionId: w.versionId }],
    ] as const) {
      const res = await clients.learner[role].post(path, { form });
      const body = await res.text();
      if (!want.includes(res.status()))
        problems.push(`learner ${role} POST ${path} ${JSON.stringify(form)}: got ${res.status()}`);
      if (body.includes(w.qyzReply) || body.includes(w.btzReply))
        problems.push(`learner ${role} POST ${path}: leaks the attempt`);
    }
  }
  expect(problems).toEqual([]);
  expect(await counts()).toEqual(before);
});
