import { expect, type Page } from "@playwright/test";

export const LEARNER_URL = `http://localhost:${process.env.E2E_LEARNER_PORT}`;
export const ADMIN_URL = `http://localhost:${process.env.E2E_ADMIN_PORT}`;
export const DEMO_PASSWORD = "demo12345";

/** Logs in through the real form of either app. */
export async function loginAs(page: Page, baseUrl: string, username: string, password = DEMO_PASSWORD) {
  await page.goto(`${baseUrl}/login`);
  await page.getByLabel("用户名").fill(username);
  await page.getByLabel("密码").fill(password);
  await page.getByRole("button", { name: "登录" }).click();
  await expect(page).not.toHaveURL(/\/login/);
}

/** Fails the test on any uncaught page error or console error (a broken page must not pass). */
export function watchForErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on("pageerror", (e) => errors.push(`pageerror: ${e.message}`));
  page.on("console", (m) => {
    if (m.type() === "error") errors.push(`console: ${m.text()}`);
  });
  return errors;
}
