/** Security headers on the HTML pages of both apps, and the session cookie's attributes. */
import { type APIResponse, expect, test } from "@playwright/test";
import { type AppName, client, freshIp, session } from "./fixtures.ts";

function checkHtml(res: APIResponse, html: string, what: string) {
  const h = res.headers();
  const csp = h["content-security-policy"] ?? "";
  const nonce = /script-src [^;]*'nonce-([A-Za-z0-9+/=]+)'/.exec(csp)?.[1];
  expect(nonce, `${what}: CSP ${csp}`).toBeTruthy();
  expect(csp).toContain("frame-ancestors 'none'");
  expect(csp).toContain("object-src 'none'");
  expect(csp).not.toMatch(/script-src[^;]*'unsafe-inline'/);
  expect(h["referrer-policy"], what).toBeTruthy();
  expect(h["x-powered-by"], what).toBeUndefined();
  expect(h["x-content-type-options"]).toBe("nosniff");
  const scripts = [...html.matchAll(/<script\b[^>]*>/gi)].map((m) => m[0]);
  expect(scripts.length, `${what}: no scripts?`).toBeGreaterThan(0);
  for (const tag of scripts) expect(tag, what).toContain(`nonce="${nonce}"`);
}

const pages: Record<AppName, { user: string; paths: string[] }> = {
  learner: { user: "demo-learner", paths: ["/", "/attempts", "/no/such/page"] },
  admin: { user: "demo-admin", paths: ["/", "/attempts", "/readiness", "/scenarios", "/no/such/page"] },
};

for (const app of ["learner", "admin"] as const) {
  test(`${app}: CSP with a per-request nonce on every script, frame-ancestors, Referrer-Policy, no X-Powered-By`, async () => {
    const anon = await client(app, freshIp("198.18"));
    const login = await anon.get("/login");
    checkHtml(login, await login.text(), `${app} /login`);
    const again = await anon.get("/login");
    expect(again.headers()["content-security-policy"]).not.toBe(login.headers()["content-security-policy"]);
    const s = await session(app, pages[app].user);
    for (const path of pages[app].paths) {
      const res = await s.get(path);
      checkHtml(res, await res.text(), `${app} ${path}`);
    }
    // a refused page is an HTML page too
    const other = await session(app, app === "learner" ? "demo-reviewer" : "demo-learner");
    const denied = await other.get("/");
    expect(denied.status()).toBe(403);
    checkHtml(denied, await denied.text(), `${app} 403`);
    await Promise.all([anon.dispose(), s.dispose(), other.dispose()]);
  });

  test(`${app}: the session cookie is HttpOnly and SameSite=Lax`, async () => {
    const c = await client(app, freshIp("198.18"));
    const res = await c.post("/login", {
      form: { username: "demo-admin", password: "demo12345", redirectTo: "/" },
    });
    expect(res.status()).toBe(302);
    const cookie = res.headersArray().find((x) => x.name.toLowerCase() === "set-cookie")?.value ?? "";
    expect(cookie).toMatch(new RegExp(`^k2k_${app}=`));
    expect(cookie).toMatch(/;\s*HttpOnly/i);
    expect(cookie).toMatch(/;\s*SameSite=Lax/i);
    expect(cookie).toMatch(/;\s*Path=\//i);
    await c.dispose();
  });
}
