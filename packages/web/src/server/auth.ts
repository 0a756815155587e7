/**
 * Sessions and role checks for both apps. `get*` returns null, `require*` throws a redirect or a
 * 403 Response that the apps' error boundary renders as a Chinese page, never data.
 */
import {
  createSession,
  type DbHandle,
  decoyHash,
  deleteSession,
  findUserByUsername,
  getDb,
  getSessionUserId,
  getUserWithRoles,
  nowIso,
  type Role,
  type UserWithRoles,
  verifyPassword,
  writeAudit,
} from "@k2k/db";
import { createCookie, redirect } from "@remix-run/node";
import { isProduction, sessionSecret } from "./env.ts";

export type AppName = "learner" | "admin";

export interface RequestContext {
  nonce?: string;
  ip?: string;
}

const cookies = new Map<AppName, ReturnType<typeof createCookie>>();

function sessionCookie(app: AppName) {
  let cookie = cookies.get(app);
  if (!cookie) {
    // Separate cookies per app: both may share a host name on different ports.
    cookie = createCookie(`k2k_${app}`, {
      httpOnly: true,
      sameSite: "lax",
      secure: isProduction(),
      path: "/",
      maxAge: 7 * 86_400,
      secrets: [sessionSecret()],
    });
    cookies.set(app, cookie);
  }
  return cookie;
}

async function sessionIdOf(request: Request, app: AppName): Promise<string | null> {
  const value = await sessionCookie(app).parse(request.headers.get("Cookie"));
  return typeof value === "string" && value.length > 0 ? value : null;
}

export async function getCurrentUser(
  request: Request,
  app: AppName,
  handle: DbHandle = getDb(),
): Promise<UserWithRoles | null> {
  const sid = await sessionIdOf(request, app);
  if (!sid) return null;
  const userId = await getSessionUserId(handle.db, sid, app);
  if (!userId) return null;
  const user = await getUserWithRoles(handle.db, userId);
  return user && !user.disabled ? user : null;
}

export async function requireUser(request: Request, app: AppName): Promise<UserWithRoles> {
  const user = await getCurrentUser(request, app);
  if (!user) {
    const url = new URL(request.url);
    const back = url.pathname + url.search;
    throw redirect(`/login?redirectTo=${encodeURIComponent(back)}`);
  }
  return user;
}

export function hasAnyRole(user: Pick<UserWithRoles, "roles">, roles: readonly Role[]): boolean {
  return user.roles.some((r) => roles.includes(r));
}

export function forbidden(message = "您没有访问此页面的权限。"): Response {
  return new Response(message, {
    status: 403,
    statusText: "Forbidden",
    headers: { "Content-Type": "text/plain; charset=utf-8" },
  });
}

export function notFound(message = "您要找的内容不存在或已被删除。"): Response {
  return new Response(message, {
    status: 404,
    statusText: "Not Found",
    headers: { "Content-Type": "text/plain; charset=utf-8" },
  });
}

/** The user, if they hold one of the roles; otherwise a 403 page. */
export async function requireRole(
  request: Request,
  app: AppName,
  roles: readonly Role[],
): Promise<UserWithRoles> {
  const user = await requireUser(request, app);
  if (!hasAnyRole(user, roles)) {
    throw forbidden(
      app === "admin"
        ? "您的账号没有访问此页面的权限。管理端供党校教员、组织部门和系统管理员使用，学员请使用学员端。"
        : "此页面供参训学员使用，您的账号没有学员身份。教员和组织部门请使用管理端。",
    );
  }
  return user;
}

/** Only same-site relative paths: never redirect a user to another site after login. */
export function safeRedirect(to: FormDataEntryValue | string | null | undefined, fallback = "/"): string {
  if (typeof to !== "string" || !to.startsWith("/") || to.startsWith("//") || to.startsWith("/\\"))
    return fallback;
  return to;
}

const LOCK_WINDOW_MS = 15 * 60_000;
const MAX_FAILURES = 5;

export type LoginResult =
  | { ok: true; headers: Headers; user: UserWithRoles }
  | { ok: false; status: number; message: string };

/**
 * Checks a password with throttling: after 5 failures for an account or an address within 15
 * minutes the login is locked for that window. Unknown users cost the same time as known ones
 * and get the same message, so that accounts cannot be enumerated.
 */
export async function login(
  app: AppName,
  input: { username: string; password: string; ip: string },
  handle: DbHandle = getDb(),
): Promise<LoginResult> {
  const { db } = handle;
  const username = input.username.trim().slice(0, 100);
  const since = new Date(Date.now() - LOCK_WINDOW_MS).toISOString();
  const failures = await db
    .selectFrom("login_attempts")
    .select((eb) => [
      eb.fn.sum<number>(eb.case().when("username", "=", username).then(1).else(0).end()).as("byUser"),
      eb.fn.sum<number>(eb.case().when("ip", "=", input.ip).then(1).else(0).end()).as("byIp"),
    ])
    .where("success", "=", 0)
    .where("at", ">=", since)
    .where((eb) => eb.or([eb("username", "=", username), eb("ip", "=", input.ip)]))
    .executeTakeFirst();
  if (Number(failures?.byUser ?? 0) >= MAX_FAILURES || Number(failures?.byIp ?? 0) >= MAX_FAILURES) {
    await decoyHash().then((h) => verifyPassword(input.password, h));
    await writeAudit(db, {
      actorUserId: null,
      action: "login.locked",
      details: { username, app },
      ip: input.ip,
    });
    return {
      ok: false,
      status: 429,
      message: "登录失败次数过多，账号或地址已被暂时锁定，请 15 分钟后再试。",
    };
  }

  const found = username ? await findUserByUsername(db, username) : undefined;
  const valid = await verifyPassword(input.password, found?.password_hash ?? (await decoyHash()));
  const user = valid && found && !found.disabled ? await getUserWithRoles(db, found.id) : undefined;
  await db
    .insertInto("login_attempts")
    .values({ username, ip: input.ip, success: user ? 1 : 0, at: nowIso() })
    .execute();
  if (!user) {
    await writeAudit(db, {
      actorUserId: null,
      action: "login.failed",
      details: { username, app },
      ip: input.ip,
    });
    return { ok: false, status: 401, message: "用户名或密码错误，请重新输入。" };
  }
  await writeAudit(db, { actorUserId: user.id, action: "login", details: { app }, ip: input.ip });
  // Any valid account gets a session; each page then checks the role and answers 403 with a
  // Chinese explanation, so a learner who opens the admin app learns why rather than looping.
  const sid = await createSession(db, user.id, app);
  const headers = new Headers({ "Set-Cookie": await sessionCookie(app).serialize(sid) });
  return { ok: true, headers, user };
}

export async function logout(request: Request, app: AppName, handle: DbHandle = getDb()): Promise<Headers> {
  const sid = await sessionIdOf(request, app);
  if (sid) await deleteSession(handle.db, sid);
  return new Headers({ "Set-Cookie": await sessionCookie(app).serialize("", { maxAge: 0 }) });
}
