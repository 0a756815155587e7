/**
 * Login throttling and account enumeration. Every request comes from its own address (the apps
 * trust X-Forwarded-For in the test set-up), so the rest of the suite, which logs in from
 * 127.0.0.1, is never locked.
 */
import { expect, test } from "@playwright/test";
import { DEMO_PASSWORD } from "../support.ts";
import { type AppName, client, freshIp, withDb } from "./fixtures.ts";

const LOCKED = "登录失败次数过多，账号或地址已被暂时锁定，请 15 分钟后再试。";
const WRONG = "用户名或密码错误，请重新输入。";

async function attempt(app: AppName, username: string, password: string, ip: string) {
  const c = await client(app, ip);
  const t0 = performance.now();
  const res = await c.post("/login", { form: { username, password, redirectTo: "/" } });
  const ms = performance.now() - t0;
  const body = await res.text();
  await c.dispose();
  return { status: res.status(), body, ms };
}

/** The page without what legitimately differs per request (the CSP nonce). */
const normalise = (html: string) => html.replace(/nonce="[^"]*"/g, 'nonce=""');

/** Cadres whose usernames start with one of the prefixes (no other test logs in as them). */
async function spareAccounts(n: number, ...prefixes: string[]): Promise<string[]> {
  const rows = await withDb(({ db }) =>
    db
      .selectFrom("users")
      .select("username")
      .where((eb) => eb.or(prefixes.map((p) => eb("username", "like", `${p}%`))))
      .orderBy("username")
      .execute(),
  );
  expect(rows.length).toBeGreaterThanOrEqual(n);
  return rows.slice(0, n).map((r) => r.username);
}

test("5 failures for one account, from 5 addresses, lock that account with a Chinese 429", async () => {
  const [victim, other] = await spareAccounts(2, "mlz-");
  for (let i = 0; i < 5; i++) {
    const r = await attempt(i % 2 ? "admin" : "learner", victim as string, `guess-${i}`, freshIp("198.51"));
    expect(r.status).toBe(401);
    expect(r.body).toContain(WRONG);
  }
  // even the right password, from yet another address, is refused now
  const locked = await attempt("learner", victim as string, DEMO_PASSWORD, freshIp("198.51"));
  expect(locked.status).toBe(429);
  expect(locked.body).toContain(LOCKED);
  expect(locked.body).not.toContain("k2k_learner");
  // the lock is the account's: another account logs in from a fresh address
  expect((await attempt("learner", other as string, DEMO_PASSWORD, freshIp("198.51"))).status).toBe(302);
  const audit = await withDb(({ db }) =>
    db.selectFrom("audit_log").select("action").where("details_json", "like", `%"${victim}"%`).execute(),
  );
  expect(audit.filter((a) => a.action === "login.failed")).toHaveLength(5);
  expect(audit.some((a) => a.action === "login.locked")).toBe(true);
});

test("5 failures from one address, on several accounts, lock that address with a Chinese 429", async () => {
  const ip = freshIp("203.0");
  const accounts = await spareAccounts(5, "ysjd-");
  for (const [i, username] of accounts.entries()) {
    const r = await attempt("admin", i === 4 ? `no-such-${i}` : username, "wrong-pass", ip);
    expect(r.status).toBe(401);
  }
  const locked = await attempt("learner", "qcjd-02", DEMO_PASSWORD, ip);
  expect(locked.status).toBe(429);
  expect(locked.body).toContain(LOCKED);
  // the same account from another address is not affected
  expect((await attempt("learner", "qcjd-02", DEMO_PASSWORD, freshIp("203.0"))).status).toBe(302);
});

test("no enumeration: unknown and known accounts get the identical answer, in similar time", async () => {
  test.setTimeout(90_000);
  const known = await spareAccounts(8, "swb-", "zzb-", "qcjd-sysq-", "ysjd-qhsq-", "btz-dhc-", "qyz-xqc-");
  const a = await attempt("learner", known[0] as string, "wrong-pass-1", freshIp("192.0"));
  const b = await attempt("learner", "no-such-cadre-xyz", "wrong-pass-1", freshIp("192.0"));
  expect(a.status).toBe(401);
  expect(b.status).toBe(a.status);
  expect(normalise(b.body)).toBe(normalise(a.body));
  expect(a.body).toContain(WRONG);

  // warm up both paths (each worker computes its decoy hash once)
  for (let i = 0; i < 4; i++) await attempt("learner", `warm-up-${i}`, "x", freshIp("192.0"));
  const times = { known: [] as number[], unknown: [] as number[] };
  const rounds = 8;
  for (let i = 0; i < rounds; i++) {
    // each account and address fails at most twice: nothing locks during the measurement
    times.known.push(
      (await attempt("learner", known[i % known.length] as string, `nope-${i}`, freshIp("192.0"))).ms,
    );
    times.unknown.push(
      (await attempt("learner", `ghost-${i}-${Date.now()}`, `nope-${i}`, freshIp("192.0"))).ms,
    );
  }
  const mean = (xs: number[]) => xs.reduce((s, x) => s + x, 0) / xs.length;
  const [k, u] = [mean(times.known), mean(times.unknown)];
  test.info().annotations.push({
    type: "timing",
    description: `known ${k.toFixed(1)} ms, unknown ${u.toFixed(1)} ms`,
  });
  expect(Math.abs(k - u)).toBeLessThan(0.5 * Math.max(k, u));
});
