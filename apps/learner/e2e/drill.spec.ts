import { expect, type Page, test } from "@playwright/test";
import { ADMIN_URL, LEARNER_URL, loginAs, watchForErrors } from "../../../e2e/support.ts";

const STATEMENT =
  "【情况通报】今晚21时40分许，白塔镇化工集中区一企业成品仓库起火。经核实，火灾未造成人员死亡，2人轻伤已送医治疗，生命体征平稳，明火已于22时40分扑灭。网传“死了十几个人”“毒气飘进城区”与事实不符。市生态环境局已在下风向布设3个监测点，目前各项指标正常；供水不受影响。起火原因正在调查，我们将于明天上午9时前发布最新进展，市民如有疑问可拨打12345热线咨询。";

async function playToTheEnd(page: Page) {
  let sawHints = false;
  const clock = page.getByLabel("模拟时钟");
  for (let step = 0; step < 30; step++) {
    if (/\/debrief/.test(page.url())) return sawHints;
    const before = (await clock.textContent()) ?? "";
    const posted = page.waitForResponse(
      (r) => r.url().includes("/events") && r.request().method() === "POST",
    );
    const composer = page.locator(".composer textarea").first();
    if (await composer.isVisible()) {
      await composer.fill(STATEMENT);
      await expect(page.getByTestId("live-hints").first().locator("mark").first()).toBeVisible();
      await expect(page.getByTestId("live-total").first()).toHaveText(/\d+/);
      sawHints = true;
      await page.locator(".composer").first().getByRole("button", { name: "提交" }).click();
    } else if (await page.locator(".actions-list button").first().isVisible()) {
      await page.locator(".actions-list button").first().click();
    } else if (await page.getByRole("button", { name: "等待" }).isVisible()) {
      await page.getByRole("button", { name: "等待" }).click();
    } else {
      await page.getByRole("link", { name: "查看复盘" }).click();
      continue;
    }
    expect((await posted).ok()).toBe(true);
    // every step costs simulated time: the page has caught up when the clock moved (or it ended)
    await expect
      .poll(
        async () =>
          /\/debrief/.test(page.url()) ||
          (await clock.textContent({ timeout: 500 }).catch(() => before)) !== before,
      )
      .toBe(true);
  }
  return sawHints;
}

test("a learner runs a crisis drill to its debrief, and an instructor sees the attempt", async ({
  page,
  browser,
}) => {
  const errors = watchForErrors(page);
  await loginAs(page, LEARNER_URL, "demo-learner");
  await expect(page.getByRole("heading", { name: /陈思远/ })).toBeVisible();
  await page.getByRole("button", { name: "开始演练：化工企业仓库火情与“死亡、毒气”谣言" }).click();
  await expect(page).toHaveURL(/\/attempts\/[\w-]+$/);

  // the workspace: the feed, the clock, the deadlines
  await expect(page.getByTestId("feed").locator("li").first()).toBeVisible();
  await expect(page.getByLabel("模拟时钟")).toContainText("T+");
  await expect(page.locator(".deadline").first()).toBeVisible();
  await page.screenshot({ path: "test-results/screenshots/learner-player.png", fullPage: true });

  // an action costs simulated time
  const before = (await page.getByLabel("模拟时钟").textContent()) ?? "";
  await page.locator(".actions-list button").first().click();
  await expect(page.getByLabel("模拟时钟")).not.toHaveText(before);

  expect(await playToTheEnd(page)).toBe(true);
  await expect(page).toHaveURL(/\/debrief$/);
  await expect(page.getByTestId("total-score")).toHaveText(/\d+/);
  await expect(page.getByTestId("highlighted-text").first().locator("mark").first()).toBeVisible();
  await expect(page.locator("canvas[data-rendered='true']")).toHaveCount(2);
  await page.screenshot({ path: "test-results/screenshots/learner-debrief.png", fullPage: true });

  await page.getByRole("link", { name: "我的演练", exact: true }).click();
  await expect(page.locator("table.data")).toContainText("化工企业仓库火情");
  expect(errors).toEqual([]);

  // the instructor sees it in the admin app
  const admin = await browser.newPage();
  await loginAs(admin, ADMIN_URL, "demo-instructor");
  await admin.goto(`${ADMIN_URL}/attempts`);
  await expect(admin.locator("table.data")).toContainText("陈思远");
  await expect(admin.locator("table.data")).toContainText("化工企业仓库火情");
  await admin.close();
});
