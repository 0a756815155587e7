/**
 * The audit log records logins, failed logins, score overrides, publishes, assignments and
 * exports; it never holds a password or a session id; and no code of the apps changes it.
 */
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { expect, test } from "@playwright/test";
import { DEMO_PASSWORD } from "../support.ts";
import { client, freshIp, location, session, type World, withDb, world } from "./fixtures.ts";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
let w: World;
test.beforeAll(async () => {
  w = await world();
});

const auditSince = (id: number) =>
  withDb(({ db }) => db.selectFrom("audit_log").selectAll().where("id", ">", id).orderBy("id").execute());
const lastAuditId = () =>
  withDb(async ({ db }) =>
    Number(
      (
        await db
          .selectFrom("audit_log")
          .select((eb) => eb.fn.max("id").as("m"))
          .executeTakeFirst()
      )?.m ?? 0,
    ),
  );

test("logins, failed logins, overrides, publishes, assignments and exports are audited — without secrets", async () => {
  test.setTimeout(90_000);
  const start = await lastAuditId();
  const secretPassword = "Wrong-Secret-Pw-5521";
  const ip = freshIp("198.18");
  const failed = await client("admin", ip);
  expect(
    (
      await failed.post("/login", { form: { username: "demo-instructor", password: secretPassword } })
    ).status(),
  ).toBe(401);
  await failed.dispose();
  const instructor = await session("admin", "demo-instructor");

  // score override on an attempt
  const score = await withDb(({ db }) =>
    db.selectFrom("scores").select("id").where("attempt_id", "=", w.qyzAttempt).executeTakeFirstOrThrow(),
  );
  const ov = await instructor.post(`/attempts/${w.qyzAttempt}`, {
    form: {
      intent: "override",
      scoreId: String(score.id),
      dimension: "clarity",
      value: "60",
      reason: "审计测试调整",
    },
  });
  expect(ov.status(), await ov.text()).toBeLessThan(400);

  // publish: an imported copy, so that the built-in scenarios keep their versions
  const def = JSON.parse(await (await instructor.get(`/scenarios/${w.scenarioId}/export`)).text());
  def.id = `sec-audit-${Date.now().toString(36)}`;
  def.title = "审计测试场景";
  const text = JSON.stringify(def);
  const imported = await instructor.post("/scenarios", {
    multipart: {
      intent: "import",
      file: { name: "audit.json", mimeType: "application/json", buffer: Buffer.from(text) },
    },
  });
  expect(imported.status()).toBe(302);
  const scenarioPath = location(imported).split("?")[0] ?? "";
  expect((await instructor.post(scenarioPath, { form: { intent: "publish", draft: text } })).status()).toBe(
    200,
  );

  // an assignment
  const assigned = await instructor.post("/assignments/new", {
    form: {
      title: "审计测试任务",
      versionId: w.versionId,
      dueAt: "2099-06-01T10:00",
      unitId: "u-btz",
      timeMode: "turn",
    },
  });
  expect(assigned.status(), await assigned.text()).toBe(302);
  await instructor.dispose();

  // exports (reviewers export)
  const reviewer = await session("admin", "demo-reviewer");
  for (const p of ["/exports/readiness.csv", "/exports/readiness.xlsx", "/exports/xapi.json"])
    expect((await reviewer.get(p)).status(), p).toBe(200);
  await reviewer.dispose();

  const rows = await auditSince(start);
  const actions = rows.map((r) => r.action);
  for (const a of [
    "login",
    "login.failed",
    "score.override",
    "scenario.import",
    "scenario.publish",
    "assignment.create",
    "export.readiness.csv",
    "export.readiness.xlsx",
  ])
    expect(actions, a).toContain(a);
  expect(actions).toContain("export.readiness.xapi");
  expect(rows.find((r) => r.action === "login.failed")?.ip).toBe(ip);
  expect(rows.find((r) => r.action === "score.override")?.actor_user_id).toBe("p-demo-instructor");

  // never a password or a session id, in any row ever written
  const all = await withDb(({ db }) =>
    db.selectFrom("audit_log").select(["details_json", "target_id"]).execute(),
  );
  const sessions = await withDb(({ db }) => db.selectFrom("sessions").select("id").execute());
  expect(sessions.length).toBeGreaterThan(0);
  const blob = all.map((r) => `${r.details_json ?? ""} ${r.target_id ?? ""}`).join("\n");
  expect(blob).not.toContain(secretPassword);
  expect(blob).not.toContain(DEMO_PASSWORD);
  expect(blob).not.toContain("scrypt$");
  for (const s of sessions) expect(blob).not.toContain(s.id);
});

test("the audit log is append-only: no source of the apps updates or deletes it", () => {
  const offenders: string[] = [];
  const walk = (dir: string) => {
    for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
      if (["node_modules", "build", "dist", ".turbo", "coverage"].includes(e.name)) continue;
      const p = path.join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else if (/\.(ts|tsx|js|mjs|cjs|sql)$/.test(e.name) && !/\.(test|spec)\./.test(e.name)) {
        const src = fs.readFileSync(p, "utf8");
        if (
          /(updateTable|deleteFrom|replaceInto)\(\s*["'`]audit_log/.test(src) ||
          /\b(update|delete\s+from|truncate(\s+table)?|drop\s+table)\s+["'`]?audit_log\b/i.test(src)
        )
          offenders.push(path.relative(root, p));
      }
    }
  };
  let scanned = 0;
  for (const top of ["apps", "packages"]) {
    walk(path.join(root, top));
    scanned++;
  }
  expect(scanned).toBe(2);
  expect(offenders).toEqual([]);
  // the pattern does catch such code
  expect(/(updateTable|deleteFrom|replaceInto)\(\s*["'`]audit_log/.test(`db.deleteFrom("audit_log")`)).toBe(
    true,
  );
});
