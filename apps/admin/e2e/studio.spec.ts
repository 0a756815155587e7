import { builtInScenarios } from "@k2k/scenarios";
import { expect, type Page, test } from "@playwright/test";
import { ADMIN_URL, LEARNER_URL, loginAs } from "../../../e2e/support.ts";

const SHOTS = "test-results/screenshots";
const shot = (page: Page, name: string) => page.screenshot({ path: `${SHOTS}/${name}.png`, fullPage: false });

test("author, validate, graph, playtest, publish, assign, complete, review, override, comment, republish", async ({
  browser,
}) => {
  test.setTimeout(180_000);
  const stamp = Date.now().toString(36);
  const title = `网民留言回复演练 ${stamp}`;
  const instructorCtx = await browser.newContext();
  const page = await instructorCtx.newPage();
  await loginAs(page, ADMIN_URL, "demo-instructor");

  // create from a blank through the forms
  await page.goto(`${ADMIN_URL}/scenarios`);
  await shot(page, "studio-library");
  await page.getByLabel("起点").selectOption("");
  await page.getByRole("button", { name: "新建", exact: true }).click();
  await expect(page).toHaveURL(/\/scenarios\/[^/]+$/);
  const scenarioUrl = page.url();
  await page.getByLabel("场景名称", { exact: true }).fill(title);
  await page.getByRole("button", { name: "＋ 添加写作任务" }).first().click();
  await page.locator("#f-stages-0-tasks-0-target").selectOption("end");
  await page
    .locator("#f-stages-0-tasks-0-message")
    .fill("你们环保局到底管不管？小区旁边工地天天半夜施工，吵得睡不着！");

  // a validation error next to its field
  await page.getByRole("button", { name: "＋ 添加操作" }).first().click();
  const cost = page.locator("#f-stages-0-actions-0-cost");
  await cost.fill("-5");
  await expect(cost).toHaveAttribute("aria-invalid", "true");
  await expect(page.locator('.field-error[data-path="stages[0].actions[0].cost"]')).toBeVisible();
  await expect(page.getByTestId("issue-list")).toContainText("stages[0].actions[0].cost");
  await expect(page.getByRole("button", { name: "保存并发布" })).toBeDisabled();
  await shot(page, "studio-editor-error");
  await cost.fill("30");
  await expect(cost).not.toHaveAttribute("aria-invalid", "true");
  await expect(page.getByTestId("validation-ok").or(page.getByText("可以发布"))).toBeVisible();

  // the graph shows both stages; clicking a node opens its card
  const graph = page.getByTestId("scenario-graph");
  await expect(graph.locator('[data-stage="start"]')).toBeVisible();
  await expect(graph.locator('[data-stage="end"]')).toBeVisible();
  await graph.locator('[data-stage="end"]').click();
  await expect(page.locator("#stage-card-1")).toHaveAttribute("open", "");
  await page.getByRole("heading", { name: "流程图" }).scrollIntoViewIfNeeded();
  await shot(page, "studio-editor-graph");

  // save, then playtest the saved draft without creating an attempt
  await page.getByRole("button", { name: "保存草稿" }).click();
  await expect(page.getByText("草稿已保存。")).toBeVisible();
  await page.goto(`${scenarioUrl}/playtest`);
  await page
    .locator("#pt-start-t1")
    .fill("您好，感谢反映。我们已联系住建部门核查夜间施工许可，今晚派人到现场检查，结果会在这里回复您。");
  await page.getByRole("button", { name: "提交文稿" }).click();
  await expect(page.getByTestId("playtest-ended")).toBeVisible();
  await shot(page, "studio-playtest");

  // publish v1
  await page.goto(scenarioUrl);
  await page.getByRole("button", { name: "保存并发布" }).click();
  await expect(page.getByText("已发布为第 1 版")).toBeVisible();

  // assign to 市生态环境局
  await page.getByRole("link", { name: "布置此场景" }).click();
  await expect(page.getByLabel("任务名称")).toHaveValue(title);
  await page.getByRole("checkbox", { name: "市生态环境局" }).check();
  await shot(page, "studio-assignment-new");
  await page.getByRole("button", { name: "布置任务" }).click();
  await expect(page).toHaveURL(/\/assignments\/[^/]+$/);
  await expect(page.getByText("陈思远").first()).toBeVisible();
  await shot(page, "studio-assignment-detail");

  // the learner sees the assignment and completes it
  const learnerCtx = await browser.newContext();
  const learner = await learnerCtx.newPage();
  await loginAs(learner, LEARNER_URL, "demo-learner");
  await learner.goto(`${LEARNER_URL}/`);
  await expect(learner.getByRole("cell", { name: title }).first()).toBeVisible();
  await learner.getByRole("button", { name: `开始任务：${title}` }).click();
  await expect(learner).toHaveURL(/\/attempts\/[^/]+$/);
  const attemptId = new URL(learner.url()).pathname.split("/")[2] as string;
  await learner
    .getByRole("textbox")
    .first()
    .fill("您好，我们已经联系住建部门核查，今晚到现场检查夜间施工，处理结果会及时回复您。");
  await learner.getByRole("button", { name: "提交", exact: true }).click();
  await expect(learner).toHaveURL(/debrief/);

  // the instructor replays it step by step and overrides a score
  await page.goto(`${ADMIN_URL}/attempts/${attemptId}`);
  await expect(page.getByTestId("step-label")).toContainText("第 1 / 1 步");
  await expect(page.getByTestId("snapshot-stage")).toContainText("结束");
  await page.getByRole("button", { name: "◀ 上一步" }).click();
  await expect(page.getByTestId("step-label")).toContainText("第 0 / 1 步");
  await expect(page.getByTestId("snapshot-stage")).toContainText("开始");
  await page.getByLabel("回放进度").focus();
  await page.keyboard.press("ArrowRight");
  await expect(page.getByTestId("step-label")).toContainText("第 1 / 1 步");
  await page.getByLabel("维度").selectOption("specificity");
  await page.getByLabel("新分值（0–100）").fill("55");
  await page.getByLabel("调整理由（必填）").fill("回复只承诺检查，未说明时限，具体性不足。");
  await page.getByRole("button", { name: "保存调整" }).click();
  await expect(page.getByText("已将“具体务实”")).toBeVisible();
  await expect(page.getByTestId("audit-list")).toContainText("调整分数");
  await expect(page.getByTestId("audit-list")).toContainText("55");
  await page
    .getByLabel("添加点评（学员在复盘中可见）")
    .fill(`点评 ${stamp}：首句致谢很好，下次写明办理时限。`);
  await page.getByRole("button", { name: "发表点评" }).click();
  await expect(page.getByText("点评已保存")).toBeVisible();
  await shot(page, "studio-review");

  // the learner's debrief shows the comment
  await learner.goto(`${LEARNER_URL}/attempts/${attemptId}/debrief`);
  await expect(learner.getByText(`点评 ${stamp}`)).toBeVisible();

  // edit and republish: the finished attempt still replays its own version
  await page.goto(scenarioUrl);
  await page.locator("#f-stages-0-description").fill("第二版：新的情况描述。");
  await page.getByRole("button", { name: "保存并发布" }).click();
  await expect(page.getByText("已发布为第 2 版")).toBeVisible();
  await page.goto(`${scenarioUrl}/history`);
  await expect(page.getByRole("cell", { name: "v2" })).toBeVisible();
  await expect(page.getByRole("cell", { name: "v1" })).toBeVisible();
  await shot(page, "studio-history");
  await page.goto(`${ADMIN_URL}/attempts/${attemptId}`);
  await expect(page.getByText(`${title} v1`)).toBeVisible();
  await expect(page.getByTestId("step-label")).toContainText("第 1 / 1 步");
  await expect(page.getByTestId("snapshot-stage")).toContainText("结束");

  await learnerCtx.close();
  await instructorCtx.close();
});

test("import rejects a broken file with per-field errors; reviewers cannot write", async ({ browser }) => {
  const ctx = await browser.newContext();
  const page = await ctx.newPage();
  await loginAs(page, ADMIN_URL, "demo-instructor");
  await page.goto(`${ADMIN_URL}/scenarios`);
  const broken = structuredClone(builtInScenarios[0]) as unknown as {
    stages: { actions?: { cost: unknown }[] }[];
    category: unknown;
  };
  const si = broken.stages.findIndex((s) => (s.actions ?? []).length > 0);
  const target = broken.stages[si]?.actions?.[0];
  if (target) target.cost = "很久";
  broken.category = "unknown";
  await page.getByLabel("场景 JSON 文件").setInputFiles({
    name: "broken.json",
    mimeType: "application/json",
    buffer: Buffer.from(JSON.stringify(broken)),
  });
  await page.getByRole("button", { name: "导入" }).click();
  const table = page.getByRole("table", { name: "导入错误" });
  await expect(table).toContainText(`stages[${si}].actions[0].cost`);
  await expect(table).toContainText("category");
  await shot(page, "studio-import-errors");

  // a valid export imports as a new draft
  await page.getByLabel("场景 JSON 文件").setInputFiles({
    name: "ok.json",
    mimeType: "application/json",
    buffer: Buffer.from(JSON.stringify(builtInScenarios[0])),
  });
  await page.getByRole("button", { name: "导入" }).click();
  await expect(page.getByText("导入成功")).toBeVisible();
  await ctx.close();

  const rctx = await browser.newContext();
  const reviewer = await rctx.newPage();
  await loginAs(reviewer, ADMIN_URL, "demo-reviewer");
  await reviewer.goto(`${ADMIN_URL}/scenarios`);
  await expect(reviewer.getByRole("heading", { name: "新建场景" })).toHaveCount(0);
  const status = await reviewer.evaluate(async () => {
    const body = new FormData();
    body.set("intent", "create");
    const res = await fetch("/scenarios?index", { method: "POST", body });
    return res.status;
  });
  expect(status).toBe(403);
  await rctx.close();
});
