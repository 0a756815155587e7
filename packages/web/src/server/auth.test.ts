import { seedDemoIfEmpty } from "@k2k/db";
import { openTestDatabase } from "@k2k/db/test-support";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { login, safeRedirect } from "./auth.ts";

let h: Awaited<ReturnType<typeof openTestDatabase>>;
beforeAll(async () => {
  h = await openTestDatabase();
  await seedDemoIfEmpty(h.db);
});
afterAll(async () => h.cleanup());

describe("safeRedirect", () => {
  it.each([
    ["/attempts/1", "/attempts/1"],
    ["//evil.example/x", "/"],
    ["/\\evil.example", "/"],
    ["https://evil.example", "/"],
    [null, "/"],
  ])("%s → %s", (input, expected) => {
    expect(safeRedirect(input)).toBe(expected);
  });
});

describe("login", () => {
  it("opens a session with a cookie that is HttpOnly and SameSite=Lax", async () => {
    const r = await login("learner", { username: "demo-learner", password: "demo12345", ip: "10.0.0.1" }, h);
    expect(r.ok).toBe(true);
    const cookie = r.ok ? r.headers.get("Set-Cookie") : "";
    expect(cookie).toMatch(/^k2k_learner=/);
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Lax/);
    const sessions = await h.db.selectFrom("sessions").selectAll().execute();
    expect(sessions).toHaveLength(1);
  });

  it("gives the same message for a wrong password and an unknown user, and locks after 5 failures", async () => {
    const wrong = await login("admin", { username: "demo-admin", password: "nope", ip: "10.0.0.2" }, h);
    const unknown = await login("admin", { username: "nobody", password: "nope", ip: "10.0.0.3" }, h);
    expect(wrong).toEqual(unknown);
    expect(wrong.ok).toBe(false);
    for (let i = 0; i < 4; i++)
      await login("admin", { username: "demo-admin", password: "nope", ip: `10.0.1.${i}` }, h);
    const locked = await login("admin", { username: "demo-admin", password: "demo12345", ip: "10.0.9.9" }, h);
    expect(locked.ok).toBe(false);
    expect(!locked.ok && locked.status).toBe(429);
    expect(!locked.ok && locked.message).toContain("15 分钟");
    const audit = await h.db.selectFrom("audit_log").select("action").execute();
    expect(audit.map((a) => a.action)).toEqual(
      expect.arrayContaining(["login", "login.failed", "login.locked"]),
    );
    // the password never reaches the audit log
    const details = await h.db.selectFrom("audit_log").select("details_json").execute();
    expect(details.map((d) => d.details_json ?? "").join("")).not.toContain("nope");
  });
});
