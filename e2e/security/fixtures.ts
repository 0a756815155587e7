/**
 * Shared set-up of the security suite: direct access to the test database, sessions opened
 * through the real login form by HTTP, and a small "world" of real records (attempts of learners
 * inside and outside one town, an assignment, a scenario) built once per database.
 */
import fs from "node:fs";
import path from "node:path";
import { type DbHandle, hashPassword, openDatabase } from "@k2k/db";
import { type APIRequestContext, type APIResponse, expect, request } from "@playwright/test";
import { ADMIN_URL, DEMO_PASSWORD, LEARNER_URL } from "../support.ts";

export type AppName = "learner" | "admin";
export const baseOf = (app: AppName) => (app === "learner" ? LEARNER_URL : ADMIN_URL);

export function dbUrl(): string {
  if (process.env.E2E_DATABASE_URL) return process.env.E2E_DATABASE_URL;
  const dir = process.env.E2E_DB_DIR;
  if (!dir) throw new Error("E2E_DB_DIR is not set (run through e2e/playwright.config.ts)");
  return `file:${path.join(dir, "e2e.sqlite")}`;
}

export async function withDb<T>(fn: (h: DbHandle) => Promise<T>): Promise<T> {
  const handle = openDatabase(dbUrl());
  try {
    return await fn(handle);
  } finally {
    await handle.close();
  }
}

/** A reviewer whose scope is the town 青阳镇 (no scope unit: their own unit's subtree). */
export const SCOPED_REVIEWER = {
  id: "p-sec-qyz-reviewer",
  username: "sec-qyz-reviewer",
  password: "town-rev-2468",
};

export async function ensureScopedReviewer(): Promise<void> {
  await withDb(async ({ db }) => {
    const exists = await db
      .selectFrom("users")
      .select("id")
      .where("id", "=", SCOPED_REVIEWER.id)
      .executeTakeFirst();
    if (exists) return;
    await db
      .insertInto("users")
      .values({
        id: SCOPED_REVIEWER.id,
        username: SCOPED_REVIEWER.username,
        display_name: "青阳镇审阅员",
        password_hash: await hashPassword(SCOPED_REVIEWER.password),
        unit_id: "u-qyz",
        scope_unit_id: null,
        position: "组织委员",
        position_level: "cadre",
        disabled: 0,
        created_at: new Date().toISOString(),
      })
      .execute();
    await db.insertInto("user_roles").values({ user_id: SCOPED_REVIEWER.id, role: "reviewer" }).execute();
  });
}

let ipCounter = 0;
/** A fresh address in a range no other test uses, so that throttling never spills over. */
export function freshIp(prefix = "198.18"): string {
  ipCounter++;
  const n = (process.pid % 200) * 300 + ipCounter;
  return `${prefix}.${Math.floor(n / 250) % 250}.${(n % 250) + 1}`;
}

/** An HTTP client that never follows redirects, optionally acting from another address. */
export async function client(app: AppName, ip?: string): Promise<APIRequestContext> {
  return request.newContext({
    baseURL: baseOf(app),
    maxRedirects: 0,
    extraHTTPHeaders: ip ? { "X-Forwarded-For": ip } : {},
  });
}

/** Logs in through the login form's action; the context then carries the session cookie. */
export async function session(
  app: AppName,
  username: string,
  password = DEMO_PASSWORD,
  ip = freshIp("198.19"),
): Promise<APIRequestContext> {
  const ctx = await client(app, ip);
  const res = await ctx.post("/login", { form: { username, password, redirectTo: "/" } });
  expect(res.status(), `login of ${username} to ${app}`).toBe(302);
  return ctx;
}

export function location(res: APIResponse): string {
  return res.headers().location ?? "";
}

interface StateView {
  status: string;
  tasks: { id: string }[];
  actions: { id: string }[];
  canWait: boolean;
}

let keyCounter = 0;
export const idemKey = () => `sec-${Date.now().toString(36)}-${(keyCounter++).toString(36)}-key`;

/** Starts a drill as the session's learner; returns the attempt id. */
export async function startDrill(ctx: APIRequestContext, versionId: string): Promise<string> {
  const res = await ctx.post("/attempts/new", { form: { versionId } });
  expect(res.status()).toBe(302);
  const id = location(res).split("/").pop() ?? "";
  expect(id).toMatch(/^[\w-]{8,}$/);
  return id;
}

/** Plays (first action, or wait) until a writing task is open, then submits `text` to it. */
export async function submitReply(
  ctx: APIRequestContext,
  attemptId: string,
  text: string,
): Promise<APIResponse> {
  for (let step = 0; step < 20; step++) {
    const state = await ctx.get(`/attempts/${attemptId}/state`);
    expect(state.status()).toBe(200);
    const { view } = (await state.json()) as { view: StateView };
    expect(view.status).toBe("active");
    const task = view.tasks[0];
    if (task) {
      return ctx.post(`/attempts/${attemptId}/events`, {
        form: { intent: "task", taskId: task.id, text, key: idemKey() },
      });
    }
    const form: Record<string, string> = view.actions[0]
      ? { intent: "action", actionId: view.actions[0].id, key: idemKey() }
      : { intent: "wait", minutes: "10", key: idemKey() };
    const res = await ctx.post(`/attempts/${attemptId}/events`, { form });
    expect(res.status(), await res.text()).toBe(200);
  }
  throw new Error("no writing task became available");
}

export interface World {
  versionId: string;
  scenarioId: string;
  /** demo-learner (市生态环境局) */
  learnerAttempt: string;
  learnerReply: string;
  /** qyz-qyc-01 葛福林 (青阳村, inside the scoped reviewer's town) */
  qyzAttempt: string;
  qyzReply: string;
  qyzName: string;
  /** btz-btc-01 马永福 (白塔村, outside it) */
  btzAttempt: string;
  btzReply: string;
  btzName: string;
  assignmentId: string;
}

/**
 * Built once per test database (the file sits next to it), so every spec of the suite sees the
 * same records whichever runs first.
 */
export async function world(): Promise<World> {
  await ensureScopedReviewer();
  const file = path.join(process.env.E2E_DB_DIR ?? "", "security-world.json");
  if (fs.existsSync(file)) return JSON.parse(fs.readFileSync(file, "utf8")) as World;
  const version = await withDb(({ db }) =>
    db
      .selectFrom("scenario_versions as v")
      .innerJoin("scenarios as s", "s.id", "v.scenario_id")
      .select(["v.id", "v.scenario_id", "v.title"])
      .where("s.status", "=", "published")
      .orderBy("v.published_at", "desc")
      .execute(),
  );
  const chosen = version.find((v) => v.title.includes("化工")) ?? version[0];
  if (!chosen) throw new Error("no published scenario");
  const make = async (username: string, reply: string) => {
    const ctx = await session("learner", username);
    const id = await startDrill(ctx, chosen.id);
    const res = await submitReply(ctx, id, reply);
    expect(res.status(), await res.text()).toBe(200);
    await ctx.dispose();
    return id;
  };
  const w: World = {
    versionId: chosen.id,
    scenarioId: chosen.scenario_id,
    learnerReply: "【回应】甲号私密回复SECLRN7731，市生态环境局已在现场监测。",
    qyzReply: "【回应】乙号私密回复SECQYZ4412，青阳村已组织排查。",
    btzReply: "【回应】丙号私密回复SECBTZ9903，白塔村已组织排查。",
    qyzName: "葛福林",
    btzName: "马永福",
    learnerAttempt: "",
    qyzAttempt: "",
    btzAttempt: "",
    assignmentId: "",
  };
  w.learnerAttempt = await make("demo-learner", w.learnerReply);
  w.qyzAttempt = await make("qyz-qyc-01", w.qyzReply);
  w.btzAttempt = await make("btz-btc-01", w.btzReply);
  const assignment = await withDb(({ db }) =>
    db.selectFrom("assignments").select("id").orderBy("created_at").executeTakeFirst(),
  );
  if (!assignment) throw new Error("the demo history has no assignment");
  w.assignmentId = assignment.id;
  fs.writeFileSync(file, JSON.stringify(w));
  return w;
}

export const ROLE_ACCOUNTS = {
  learner: { username: "demo-learner", password: DEMO_PASSWORD },
  instructor: { username: "demo-instructor", password: DEMO_PASSWORD },
  reviewer: { username: "demo-reviewer", password: DEMO_PASSWORD },
  scoped: { username: SCOPED_REVIEWER.username, password: SCOPED_REVIEWER.password },
  admin: { username: "demo-admin", password: DEMO_PASSWORD },
} as const;
export type RoleKey = "anon" | keyof typeof ROLE_ACCOUNTS;
export const ROLE_KEYS: RoleKey[] = ["anon", "learner", "instructor", "reviewer", "scoped", "admin"];

/** One client per role and app (anonymous: no session). */
export async function roleClients(app: AppName): Promise<Record<RoleKey, APIRequestContext>> {
  const out: Partial<Record<RoleKey, APIRequestContext>> = { anon: await client(app, freshIp("198.19")) };
  for (const [role, acc] of Object.entries(ROLE_ACCOUNTS) as [
    keyof typeof ROLE_ACCOUNTS,
    { username: string; password: string },
  ][])
    out[role] = await session(app, acc.username, acc.password);
  return out as Record<RoleKey, APIRequestContext>;
}
