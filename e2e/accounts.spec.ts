import { expect, test } from "@playwright/test";
import { ADMIN_URL, LEARNER_URL, loginAs } from "./support.ts";

test("both apps answer /healthz with the database kind", async ({ request }) => {
  for (const base of [LEARNER_URL, ADMIN_URL]) {
    const res = await request.get(`${base}/healthz`);
    expect(res.status()).toBe(200);
    expect(await res.json()).toEqual({
      ok: true,
      db: process.env.E2E_DATABASE_URL?.startsWith("postgres") ? "postgres" : "sqlite",
    });
  }
});

test("a wrong password gets a clear Chinese message and no session", async ({ page }) => {
  await page.goto(`${LEARNER_URL}/login`);
  await page.getByLabel("用户名").fill("demo-learner");
  await page.getByLabel("密码").fill("wrong-password");
  await page.getByRole("button", { name: "登录" }).click();
  await expect(page.getByRole("alert")).toHaveText("用户名或密码错误，请重新输入。");
  // an unknown account gets exactly the same message (no enumeration)
  await page.getByLabel("用户名").fill("no-such-user");
  await page.getByLabel("密码").fill("whatever1");
  await page.getByRole("button", { name: "登录" }).click();
  await expect(page.getByRole("alert")).toHaveText("用户名或密码错误，请重新输入。");
  await page.goto(`${LEARNER_URL}/`);
  await expect(page).toHaveURL(/\/login\?redirectTo=%2F/);
});

test("the session cookie is HttpOnly and SameSite=Lax, and logout ends it", async ({ page, context }) => {
  await loginAs(page, LEARNER_URL, "demo-learner");
  const cookie = (await context.cookies(LEARNER_URL)).find((c) => c.name === "k2k_learner");
  expect(cookie?.httpOnly).toBe(true);
  expect(cookie?.sameSite).toBe("Lax");
  await page.getByRole("button", { name: "退出" }).click();
  await expect(page).toHaveURL(/\/login/);
  await page.goto(`${LEARNER_URL}/attempts`);
  await expect(page).toHaveURL(/\/login/);
});

test("a learner opening an admin page gets a Chinese 403 page, never data", async ({ page }) => {
  await loginAs(page, ADMIN_URL, "demo-learner");
  const res = await page.goto(`${ADMIN_URL}/attempts`);
  expect(res?.status()).toBe(403);
  await expect(page.getByRole("heading", { name: "无权访问" })).toBeVisible();
  await expect(page.getByText("管理端供党校教员")).toBeVisible();
  await expect(page.locator("table")).toHaveCount(0);
});

test("a reviewer cannot use the learner app's drill pages", async ({ page }) => {
  await loginAs(page, LEARNER_URL, "demo-reviewer");
  const res = await page.goto(`${LEARNER_URL}/`);
  expect(res?.status()).toBe(403);
  await expect(page.getByText("此页面供参训学员使用")).toBeVisible();
});

test("unknown pages get a Chinese 404 page in both apps", async ({ page }) => {
  for (const base of [LEARNER_URL, ADMIN_URL]) {
    const res = await page.goto(`${base}/no/such/page`);
    expect(res?.status()).toBe(404);
    await expect(page.getByRole("heading", { name: "页面不存在" })).toBeVisible();
  }
});
