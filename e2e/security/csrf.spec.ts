/**
 * CSRF: a page of another origin auto-submits forms to both apps in Chromium. The attacker's page
 * is served from `localhost` on another port, i.e. the same *site*: SameSite=Lax still sends the
 * session cookie, so only the server's Origin check stands between the form and the database.
 */
import http from "node:http";
import type { AddressInfo } from "node:net";
import { expect, test } from "@playwright/test";
import { ADMIN_URL, LEARNER_URL, loginAs } from "../support.ts";
import { client, freshIp, type World, withDb, world } from "./fixtures.ts";

let w: World;
let evil: http.Server;
let evilUrl = "";

const escapeAttr = (s: string) => s.replace(/&/g, "&amp;").replace(/"/g, "&quot;");
function autoSubmit(action: string, fields: Record<string, string>): string {
  const inputs = Object.entries(fields)
    .map(([k, v]) => `<input type="hidden" name="${escapeAttr(k)}" value="${escapeAttr(v)}">`)
    .join("");
  return `<!doctype html><meta charset="utf-8"><title>领取奖品</title>
<form id="f" method="post" action="${escapeAttr(action)}">${inputs}</form>
<script>document.getElementById("f").submit()</script>`;
}

test.beforeAll(async () => {
  w = await world();
  const pages: Record<string, string> = {
    "/learner-start": autoSubmit(`${LEARNER_URL}/attempts/new`, { versionId: w.versionId }),
    "/admin-create": autoSubmit(`${ADMIN_URL}/scenarios`, { intent: "create" }),
    "/admin-comment": autoSubmit(`${ADMIN_URL}/attempts/${w.qyzAttempt}`, {
      intent: "comment",
      body: "跨站伪造的点评CSRF0042",
    }),
  };
  evil = http.createServer((req, res) => {
    const body = pages[req.url ?? ""];
    res.writeHead(body ? 200 : 404, { "Content-Type": "text/html; charset=utf-8" });
    res.end(body ?? "");
  });
  await new Promise<void>((resolve) => evil.listen(0, "127.0.0.1", resolve));
  evilUrl = `http://localhost:${(evil.address() as AddressInfo).port}`;
});
test.afterAll(async () => {
  await new Promise((resolve) => evil.close(resolve));
});

const countOf = (table: "attempts" | "scenarios" | "attempt_comments", userId?: string) =>
  withDb(async ({ db }) => {
    let q = db.selectFrom(table).select((eb) => eb.fn.countAll().as("n"));
    if (userId && table === "attempts") q = q.where("user_id", "=", userId);
    return Number((await q.executeTakeFirstOrThrow()).n);
  });

test("a cross-origin form post to the learner app is refused with 403 and writes nothing", async ({
  page,
}) => {
  await loginAs(page, LEARNER_URL, "demo-learner");
  const before = await countOf("attempts", "p-demo-learner");
  const answer = page.waitForResponse((r) => r.url() === `${LEARNER_URL}/attempts/new`);
  await page.goto(`${evilUrl}/learner-start`);
  const res = await answer;
  expect(res.request().method()).toBe("POST");
  // the browser did send the session cookie: only the origin check stops it
  expect(await res.request().headerValue("cookie")).toContain("k2k_learner=");
  expect(res.status()).toBe(403);
  await expect(page.getByText("跨站请求已被拒绝")).toBeVisible();
  expect(await countOf("attempts", "p-demo-learner")).toBe(before);
});

test("cross-origin form posts to the admin app are refused with 403 and write nothing", async ({ page }) => {
  await loginAs(page, ADMIN_URL, "demo-instructor");
  const scenarios = await countOf("scenarios");
  const comments = await countOf("attempt_comments");
  for (const [path, target] of [
    ["/admin-create", `${ADMIN_URL}/scenarios`],
    ["/admin-comment", `${ADMIN_URL}/attempts/${w.qyzAttempt}`],
  ] as const) {
    const answer = page.waitForResponse((r) => r.url() === target && r.request().method() === "POST");
    await page.goto(`${evilUrl}${path}`);
    const res = await answer;
    expect(await res.request().headerValue("cookie")).toContain("k2k_admin=");
    expect(res.status()).toBe(403);
  }
  expect(await countOf("scenarios")).toBe(scenarios);
  expect(await countOf("attempt_comments")).toBe(comments);
});

test("a foreign Origin, a foreign Referer or an opaque origin is refused; the same origin passes", async () => {
  const c = await client("learner", freshIp("198.20"));
  const post = (headers: Record<string, string>) =>
    c.post("/login", { form: { username: "nobody-csrf", password: "x" }, headers });
  const cases: Record<string, string>[] = [
    { Origin: "http://evil.example" },
    { Origin: "null" },
    { Referer: "http://evil.example/page" },
    { Origin: LEARNER_URL.replace("localhost", "127.0.0.1") },
  ];
  for (const headers of cases) {
    const res = await post(headers);
    expect(res.status(), JSON.stringify(headers)).toBe(403);
    expect(await res.text()).toContain("跨站请求已被拒绝");
  }
  // the app's own origin reaches the login action (a wrong password: 401, not 403)
  expect((await post({ Origin: LEARNER_URL })).status()).toBe(401);
  await c.dispose();
});
