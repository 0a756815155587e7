import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";
import { LEARNER_URL, loginAs } from "../../../e2e/support.ts";

const SCENARIO = "开始演练：化工企业仓库火情与“死亡、毒气”谣言";

async function startDrill(page: import("@playwright/test").Page) {
  await page.goto(`${LEARNER_URL}/`);
  await page.getByRole("button", { name: SCENARIO }).click();
  await expect(page).toHaveURL(/\/attempts\/[\w-]+$/);
  return page.url().split("/attempts/")[1]!;
}

test("a reload mid-drill resumes where the learner stood", async ({ page }) => {
  await loginAs(page, LEARNER_URL, "demo-learner");
  await startDrill(page);
  await page.locator(".actions-list button").first().click();
  await expect(page.getByLabel("模拟时钟")).not.toContainText("T+0分钟");
  const clock = (await page.getByLabel("模拟时钟").textContent()) ?? "";
  const feedCount = await page.getByTestId("feed").locator("li").count();
  await page.reload();
  await expect(page.getByLabel("模拟时钟")).toHaveText(clock);
  await expect(page.getByTestId("feed").locator("li")).toHaveCount(feedCount);
  // a closed tab: a new page of the same session opens the same state
  const again = await page.context().newPage();
  await again.goto(page.url());
  await expect(again.getByLabel("模拟时钟")).toHaveText(clock);
});

test("a double submit with one idempotency key stores one event", async ({ page }) => {
  await loginAs(page, LEARNER_URL, "demo-learner");
  const id = await startDrill(page);
  const state = await (await page.request.get(`${LEARNER_URL}/attempts/${id}/state`)).json();
  const actionId = state.view.actions[0].id as string;
  const form = { key: "double-submit-key-0001", intent: "action", actionId };
  const [a, b] = await Promise.all([
    page.request.post(`${LEARNER_URL}/attempts/${id}/events`, { form, headers: { Origin: LEARNER_URL } }),
    page.request.post(`${LEARNER_URL}/attempts/${id}/events`, { form, headers: { Origin: LEARNER_URL } }),
  ]);
  expect(a.ok() && b.ok()).toBe(true);
  const third = await page.request.post(`${LEARNER_URL}/attempts/${id}/events`, {
    form,
    headers: { Origin: LEARNER_URL },
  });
  expect((await third.json()).duplicate).toBe(true);
  const after = await (await page.request.get(`${LEARNER_URL}/attempts/${id}/state`)).json();
  expect(after.view.log.filter((l: { kind: string }) => l.kind === "action")).toHaveLength(1);
  expect(after.view.simMinutes).toBe(state.view.actions[0].cost);
});

test("the client can forge neither time nor score", async ({ page }) => {
  await loginAs(page, LEARNER_URL, "demo-learner");
  const id = await startDrill(page);
  const forged = await page.request.post(`${LEARNER_URL}/attempts/${id}/events`, {
    form: {
      key: "forged-score-key-0001",
      intent: "action",
      actionId: "no-such-action",
      simMinute: "9999",
      score: "100",
    },
    headers: { Origin: LEARNER_URL },
  });
  expect(forged.status()).toBe(400);
  expect((await forged.json()).message).toMatch(/当前|不可|无法/);
  const state = await (await page.request.get(`${LEARNER_URL}/attempts/${id}/state`)).json();
  expect(state.view.simMinutes).toBe(0);
  expect(state.view.log).toHaveLength(0);
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });
  test("actions and a reply still work as plain forms", async ({ page }) => {
    await loginAs(page, LEARNER_URL, "demo-learner");
    await startDrill(page);
    await page.locator(".actions-list button").first().click();
    await expect(page.getByLabel("模拟时钟")).not.toContainText("T+0分钟");
    const textarea = page.locator(".composer textarea").first();
    await expect(textarea).toBeVisible();
    await textarea.fill(
      "您好，经核实，火灾未造成人员死亡，2人轻伤已送医。我们将于今晚21时前发布最新进展，如有疑问请拨打12345热线。",
    );
    await page.locator(".composer").first().getByRole("button", { name: "提交" }).click();
    await expect(page.getByTestId("feed")).toContainText("我方发布");
  });
});

test("a learner cannot open another learner's attempt", async ({ page, browser }) => {
  await loginAs(page, LEARNER_URL, "demo-learner");
  const id = await startDrill(page);
  const other = await browser.newPage();
  await loginAs(other, LEARNER_URL, "qyz-qyc-01");
  for (const path of [`/attempts/${id}`, `/attempts/${id}/debrief`, `/attempts/${id}/state`]) {
    const res = await other.goto(`${LEARNER_URL}${path}`);
    expect(res?.status()).toBe(404);
  }
  const post = await other.request.post(`${LEARNER_URL}/attempts/${id}/events`, {
    form: { key: "idor-key-000001", intent: "wait", minutes: "30" },
    headers: { Origin: LEARNER_URL },
  });
  expect(post.status()).toBe(404);
  await other.close();
});

test("learner pages have no serious or critical accessibility violations", async ({ page }) => {
  await loginAs(page, LEARNER_URL, "demo-learner");
  const pages = ["/", "/attempts"];
  const id = await startDrill(page);
  pages.push(`/attempts/${id}`);
  for (const path of pages) {
    await page.goto(`${LEARNER_URL}${path}`);
    const result = await new AxeBuilder({ page }).analyze();
    const bad = result.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
    expect(bad.map((v) => `${path}: ${v.id} ${v.nodes[0]?.target}`)).toEqual([]);
  }
  await page.goto(`${LEARNER_URL}/`);
  await page.screenshot({ path: "test-results/screenshots/learner-home.png", fullPage: true });
  await page.setViewportSize({ width: 820, height: 1180 });
  await page.goto(`${LEARNER_URL}/attempts/${id}`);
  await page.screenshot({ path: "test-results/screenshots/learner-player-tablet.png", fullPage: true });
});

test("a drill can be restarted: the old attempt is abandoned, the new one starts fresh", async ({ page }) => {
  await loginAs(page, LEARNER_URL, "demo-learner");
  const first = await startDrill(page);
  await page.locator(".actions-list button").first().click();
  await expect(page.getByLabel("模拟时钟")).not.toContainText("T+0分钟");
  page.once("dialog", (d) => void d.accept());
  await page.getByRole("button", { name: "重新开始" }).click();
  await expect(page).not.toHaveURL(new RegExp(first));
  await expect(page).toHaveURL(/\/attempts\/[\w-]+$/);
  await expect(page.getByLabel("模拟时钟")).toContainText("T+0分钟");
  const old = await (await page.request.get(`${LEARNER_URL}/attempts/${first}/state`)).json();
  expect(old.status).toBe("abandoned");
});
