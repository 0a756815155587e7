import { seedDemoIfEmpty } from "@k2k/db";
import { openTestDatabase } from "@k2k/db/test-support";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { login, logout } from "./auth.ts";

let h: Awaited<ReturnType<typeof openTestDatabase>>;
beforeAll(async () => {
  h = await openTestDatabase();
  await seedDemoIfEmpty(h.db);
});
afterAll(async () => h.cleanup());

describe("secrets never reach the logs or the audit log", () => {
  it("logs neither passwords nor session ids on failed, locked, successful logins and logout", async () => {
    const methods = ["log", "info", "warn", "error", "debug", "trace"] as const;
    const spies = methods.map((m) => vi.spyOn(console, m).mockImplementation(() => {}));
    const stdout = vi.spyOn(process.stdout, "write");
    const stderr = vi.spyOn(process.stderr, "write");
    const wrong = "Wrong-Pass-9931";
    try {
      for (let i = 0; i < 6; i++)
        await login("admin", { username: "demo-reviewer", password: `${wrong}${i}`, ip: `10.9.0.${i}` }, h);
      await login("admin", { username: "nobody-here", password: wrong, ip: "10.9.1.1" }, h);
      const ok = await login(
        "learner",
        { username: "demo-learner", password: "demo12345", ip: "10.9.2.2" },
        h,
      );
      expect(ok.ok).toBe(true);
      const cookie = ok.ok ? (ok.headers.get("Set-Cookie") ?? "") : "";
      // capture the session ids before logout deletes them
      const sessions = await h.db.selectFrom("sessions").select("id").execute();
      expect(sessions.length).toBeGreaterThan(0);
      await logout(
        new Request("http://x/", { headers: { Cookie: cookie.split(";")[0] ?? "" } }),
        "learner",
        h,
      );

      const audit = await h.db.selectFrom("audit_log").select(["details_json", "target_id"]).execute();
      const logged = [...spies, stdout, stderr]
        .flatMap((s) => s.mock.calls.flat())
        .map((x) => (typeof x === "string" ? x : JSON.stringify(x)))
        .join("\n");
      const auditText = audit.map((r) => `${r.details_json ?? ""} ${r.target_id ?? ""}`).join("\n");
      // the audit log did record the failures (by username, never by password)
      expect(auditText).toContain("demo-reviewer");
      for (const text of [logged, auditText]) {
        expect(text).not.toContain(wrong);
        expect(text).not.toContain("demo12345");
        expect(text).not.toContain("scrypt$");
        expect(text).not.toContain(cookie.split(";")[0]?.split("=")[1] ?? "<none>");
        for (const s of sessions) expect(text).not.toContain(s.id);
      }
    } finally {
      for (const s of [...spies, stdout, stderr]) s.mockRestore();
    }
  });
});
