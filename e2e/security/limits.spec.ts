/**
 * Oversize bodies and over-long texts are refused with 413 and a Chinese message; SQL-injection
 * strings in filters and replies are stored and shown literally and break nothing.
 */
import http from "node:http";
import { expect, test } from "@playwright/test";
import { ADMIN_URL, LEARNER_URL, loginAs } from "../support.ts";
import { idemKey, session, startDrill, submitReply, type World, withDb, world } from "./fixtures.ts";

let w: World;
test.beforeAll(async () => {
  w = await world();
});

const eventCount = (attemptId: string) =>
  withDb(async ({ db }) =>
    Number(
      (
        await db
          .selectFrom("attempt_events")
          .select((eb) => eb.fn.countAll().as("n"))
          .where("attempt_id", "=", attemptId)
          .executeTakeFirstOrThrow()
      ).n,
    ),
  );

test("a body over 256 KB is refused with 413 and a Chinese message, in both apps", async () => {
  const learner = await session("learner", "demo-learner");
  const before = await eventCount(w.learnerAttempt);
  const big = "长".repeat(100_000); // 300 KB in UTF-8
  const res = await learner.post(`/attempts/${w.learnerAttempt}/events`, {
    form: { intent: "task", taskId: "x", text: big, key: idemKey() },
  });
  expect(res.status()).toBe(413);
  expect(await res.text()).toContain("提交内容过大");
  expect(await eventCount(w.learnerAttempt)).toBe(before);
  await learner.dispose();
  const admin = await session("admin", "demo-instructor");
  const r2 = await admin.post("/scenarios", {
    multipart: {
      intent: "import",
      file: { name: "big.json", mimeType: "application/json", buffer: Buffer.alloc(300_000, 32) },
    },
  });
  expect(r2.status()).toBe(413);
  expect(await r2.text()).toContain("提交内容过大");
  await admin.dispose();
});

test("a chunked body without Content-Length cannot slip past the size limit", async () => {
  const url = new URL(`${LEARNER_URL}/login`);
  const status = await new Promise<number>((resolve, reject) => {
    const req = http.request(
      {
        host: "127.0.0.1",
        port: url.port,
        path: url.pathname,
        method: "POST",
        headers: {
          "Content-Type": "application/x-www-form-urlencoded",
          "Transfer-Encoding": "chunked",
          "X-Forwarded-For": "198.18.250.7",
        },
      },
      (res) => {
        res.resume();
        resolve(res.statusCode ?? 0);
      },
    );
    req.on("error", (e) => ((e as NodeJS.ErrnoException).code === "ECONNRESET" ? resolve(-1) : reject(e)));
    req.write("username=nobody&password=");
    const chunk = "a".repeat(16 * 1024);
    let sent = 0;
    const pump = () => {
      while (sent < 400 * 1024) {
        sent += chunk.length;
        if (!req.write(chunk)) return void req.once("drain", pump);
      }
      req.end();
    };
    pump();
  });
  expect([411, 413]).toContain(status);
});

test("a reply over 5,000 characters gets 413 JSON with a Chinese message and is not stored", async () => {
  const learner = await session("learner", "demo-learner");
  const before = await eventCount(w.learnerAttempt);
  const res = await learner.post(`/attempts/${w.learnerAttempt}/events`, {
    form: { intent: "task", taskId: "any", text: "字".repeat(5001), key: idemKey() },
  });
  expect(res.status()).toBe(413);
  const body = (await res.json()) as { ok: boolean; message: string };
  expect(body.ok).toBe(false);
  expect(body.message).toContain("文本过长");
  expect(body.message).toContain("5000");
  expect(await eventCount(w.learnerAttempt)).toBe(before);
  await learner.dispose();
});

const SQLI = [
  `' OR 1=1 --`,
  `"; DROP TABLE users; --`,
  `%' AND 1=0 UNION SELECT username, password_hash FROM users --`,
];

test("SQL-injection strings in filters change nothing and come back literally", async ({ page }) => {
  const users = await withDb(async ({ db }) => (await db.selectFrom("users").select("id").execute()).length);
  const admin = await session("admin", "demo-reviewer");
  for (const s of SQLI) {
    const q = encodeURIComponent(s);
    for (const path of [
      `/attempts?q=${q}`,
      `/attempts?status=${q}&scenario=${q}&unit=${q}&min=${q}&from=${q}`,
      `/readiness?unit=${q}`,
      `/readiness?period=${q}&level=${q}`,
      `/exports/readiness.csv?unit=${q}`,
    ]) {
      const res = await admin.get(path);
      expect([200, 400, 404], `${path}: ${res.status()}`).toContain(res.status());
      const text = await res.text();
      expect(text).not.toMatch(/scrypt\$/);
      expect(text).not.toContain("SQLITE");
    }
  }
  await admin.dispose();
  const learner = await session("learner", "demo-learner");
  for (const s of SQLI) {
    const q = encodeURIComponent(s);
    expect((await learner.get(`/attempts?status=${q}&scenario=${q}`)).status()).toBe(200);
  }
  await learner.dispose();
  // the search box shows the string as typed, and finds nothing
  await loginAs(page, ADMIN_URL, "demo-reviewer");
  await page.goto(`${ADMIN_URL}/attempts?q=${encodeURIComponent(SQLI[0] as string)}`);
  await expect(page.locator('input[name="q"]')).toHaveValue(SQLI[0] as string);
  expect(await withDb(async ({ db }) => (await db.selectFrom("users").select("id").execute()).length)).toBe(
    users,
  );
});

test("a reply made of SQL-injection strings is stored and shown literally", async ({ page }) => {
  const reply = `回应：${SQLI.join(" ")}`;
  const learner = await session("learner", "demo-learner");
  const id = await startDrill(learner, w.versionId);
  expect((await submitReply(learner, id, reply)).status()).toBe(200);
  await learner.dispose();
  const stored = await withDb(({ db }) =>
    db.selectFrom("attempt_events").select("payload_json").where("attempt_id", "=", id).execute(),
  );
  expect(stored.some((e) => (JSON.parse(e.payload_json) as { text?: string }).text === reply)).toBe(true);
  await loginAs(page, LEARNER_URL, "demo-learner");
  await page.goto(`${LEARNER_URL}/attempts/${id}/debrief`);
  await expect(page.getByText(SQLI[1] as string).first()).toBeVisible();
  expect(
    await withDb(async ({ db }) => (await db.selectFrom("users").select("id").execute()).length),
  ).toBeGreaterThan(10);
});
