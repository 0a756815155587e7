/**
 * Stored XSS: payloads in learner replies, admin comments, an imported scenario and unit/user
 * names render as inert text on every page that shows them. The CSP alone would stop the
 * handlers from running, so the test also asserts that no payload became an element.
 */
import { expect, type Page, test } from "@playwright/test";
import { ADMIN_URL, LEARNER_URL, loginAs } from "../support.ts";
import { location, session, startDrill, submitReply, type World, withDb, world } from "./fixtures.ts";

const P = {
  script: "<script>window.__xss=1</script>",
  img: `<img src=x onerror="window.__xss=1;alert(1)">`,
  svg: `"><svg onload=window.__xss=1>`,
  link: "javascript:window.__xss=1",
};
const ALL = Object.values(P);

let w: World;
test.beforeAll(async () => {
  w = await world();
});

/** Opens the page and proves every payload is there as text and nowhere as markup. */
async function assertInert(page: Page, url: string, expected: string[]) {
  const dialogs: string[] = [];
  const onDialog = (d: { message(): string; dismiss(): Promise<void> }) => {
    dialogs.push(d.message());
    void d.dismiss();
  };
  page.on("dialog", onDialog);
  const res = await page.goto(url);
  expect(res?.status(), url).toBe(200);
  await page.waitForLoadState("networkidle");
  for (const text of expected) await expect(page.getByText(text).first(), `${url}: ${text}`).toBeAttached();
  expect(await page.evaluate(() => (window as unknown as { __xss?: unknown }).__xss), url).toBeUndefined();
  const injected = await page.evaluate(() => ({
    handlers: document.querySelectorAll("[onerror], [onload], [onclick]").length,
    scripts: [...document.scripts].filter(
      (s) => s.textContent?.includes("__xss=1") && !s.textContent.includes("__remix"),
    ).length,
    links: [...document.querySelectorAll("a[href], [src]")].filter((a) =>
      /^\s*javascript:/i.test(a.getAttribute("href") ?? a.getAttribute("src") ?? ""),
    ).length,
  }));
  expect(injected, url).toEqual({ handlers: 0, scripts: 0, links: 0 });
  page.off("dialog", onDialog);
  expect(dialogs, url).toEqual([]);
}

test("replies and review comments with payloads render as text in the player, debrief and review", async ({
  page,
  browser,
}) => {
  test.setTimeout(90_000);
  const reply = `回应开始 ${ALL.join(" ")} 回应结束`;
  const learner = await session("learner", "demo-learner");
  const id = await startDrill(learner, w.versionId);
  expect((await submitReply(learner, id, reply)).status()).toBe(200);
  await learner.dispose();
  const instructor = await session("admin", "demo-instructor");
  const comment = `点评 ${P.img} ${P.link}`;
  const c = await instructor.post(`/attempts/${id}`, { form: { intent: "comment", body: comment } });
  expect(c.status(), await c.text()).toBe(200);
  await instructor.dispose();

  await loginAs(page, LEARNER_URL, "demo-learner");
  await assertInert(page, `${LEARNER_URL}/attempts/${id}/debrief`, [P.script, P.img, P.svg, P.link]);
  await assertInert(page, `${LEARNER_URL}/attempts/${id}`, []);
  const admin = await browser.newPage();
  await loginAs(admin, ADMIN_URL, "demo-instructor");
  await assertInert(admin, `${ADMIN_URL}/attempts/${id}`, [P.script, P.svg, comment]);
  await admin.close();
});

test("an imported scenario with payloads in its texts is inert in the library, editor, playtest and player", async ({
  page,
  browser,
}) => {
  test.setTimeout(120_000);
  const instructor = await session("admin", "demo-instructor");
  const exported = await instructor.get(`/scenarios/${w.scenarioId}/export`);
  expect(exported.status()).toBe(200);
  const def = JSON.parse(await exported.text());
  def.id = `sec-xss-${Date.now().toString(36)}`;
  def.title = `恶意标题 ${P.script}`;
  def.summary = `简介 ${P.link}`;
  const stage = def.stages.find((s: { id: string }) => s.id === def.startStage) ?? def.stages[0];
  stage.title = `阶段 ${P.img}`;
  stage.description = `说明 ${P.svg}`;
  const action = stage.actions?.[0];
  if (action) action.label = `核实 ${P.svg}`;
  const first = def.injects.find((i: { at?: number }) => (i.at ?? 0) === 0) ?? def.injects[0];
  first.author = `网友 ${P.script}`;
  first.text = `帖子 ${P.img} ${P.link}`;
  const text = JSON.stringify(def, null, 2);
  const imported = await instructor.post("/scenarios", {
    multipart: {
      intent: "import",
      file: { name: "恶意场景.json", mimeType: "application/json", buffer: Buffer.from(text) },
    },
  });
  expect(imported.status(), await imported.text()).toBe(302);
  const scenarioPath = location(imported).split("?")[0] ?? "";
  expect(scenarioPath).toMatch(/^\/scenarios\/[\w-]+$/);
  const published = await instructor.post(scenarioPath, { form: { intent: "publish", draft: text } });
  expect(published.status(), await published.text()).toBe(200);
  await instructor.dispose();

  await loginAs(page, ADMIN_URL, "demo-instructor");
  await assertInert(page, `${ADMIN_URL}/scenarios`, [def.title]);
  await assertInert(page, `${ADMIN_URL}${scenarioPath}`, [def.title]);
  await assertInert(page, `${ADMIN_URL}${scenarioPath}/history`, []);
  await assertInert(page, `${ADMIN_URL}${scenarioPath}/playtest`, [stage.title]);

  const scenarioId = scenarioPath.split("/").pop() ?? "";
  const version = await withDb(({ db }) =>
    db
      .selectFrom("scenario_versions")
      .select("id")
      .where("scenario_id", "=", scenarioId)
      .executeTakeFirstOrThrow(),
  );
  const learner = await session("learner", "demo-learner");
  const attempt = await startDrill(learner, version.id);
  await learner.dispose();
  const player = await browser.newPage();
  await loginAs(player, LEARNER_URL, "demo-learner");
  await assertInert(player, `${LEARNER_URL}/`, [def.title]);
  await assertInert(player, `${LEARNER_URL}/attempts/${attempt}`, [stage.title, first.text]);
  await player.close();
});

test("unit and user names with payloads are inert in both apps", async ({ page, browser }) => {
  test.setTimeout(90_000);
  const unitName = `青阳村${P.img}`;
  const userName = `葛福林${P.script}`;
  const saved = await withDb(async ({ db }) => {
    const unit = await db
      .selectFrom("units")
      .select("name")
      .where("id", "=", "u-qyz-qyc")
      .executeTakeFirstOrThrow();
    const user = await db
      .selectFrom("users")
      .select("display_name")
      .where("id", "=", "p-qyz-qyc-01")
      .executeTakeFirstOrThrow();
    await db.updateTable("units").set({ name: unitName }).where("id", "=", "u-qyz-qyc").execute();
    await db.updateTable("users").set({ display_name: userName }).where("id", "=", "p-qyz-qyc-01").execute();
    return { unit: unit.name, user: user.display_name };
  });
  try {
    await loginAs(page, ADMIN_URL, "demo-reviewer");
    await assertInert(page, `${ADMIN_URL}/attempts/${w.qyzAttempt}`, [userName]);
    await assertInert(page, `${ADMIN_URL}/attempts?unit=u-qyz`, [userName]);
    await assertInert(page, `${ADMIN_URL}/readiness/units/u-qyz`, [unitName]);
    await assertInert(page, `${ADMIN_URL}/readiness/cadres/p-qyz-qyc-01`, [userName]);
    const learner = await browser.newPage();
    await loginAs(learner, LEARNER_URL, "qyz-qyc-01");
    await assertInert(learner, `${LEARNER_URL}/`, [userName]);
    await learner.close();
  } finally {
    await withDb(async ({ db }) => {
      await db.updateTable("units").set({ name: saved.unit }).where("id", "=", "u-qyz-qyc").execute();
      await db
        .updateTable("users")
        .set({ display_name: saved.user })
        .where("id", "=", "p-qyz-qyc-01")
        .execute();
    });
  }
});
