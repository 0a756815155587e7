/**
 * Readiness dashboard, drill-down and exports on the demo city, as the city reviewer and as a
 * reviewer scoped to one town.
 */
import path from "node:path";
import { hashPassword, openDatabase } from "@k2k/db";
import { expect, type Page, test } from "@playwright/test";
import ExcelJS from "exceljs";
import { ADMIN_URL, loginAs, watchForErrors } from "../../../e2e/support.ts";

const shots = path.resolve(import.meta.dirname, "../../../test-results/screenshots");
const shot = (page: Page, name: string) =>
  page.screenshot({ path: path.join(shots, `${name}.png`), fullPage: true });

function dbUrl() {
  return process.env.E2E_DATABASE_URL ?? `file:${path.join(process.env.E2E_DB_DIR!, "e2e.sqlite")}`;
}

async function workbookFrom(buffer: Buffer) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(buffer as unknown as ArrayBuffer);
  return wb;
}

/** Data rows of a sheet: below the header row that starts with `firstHeader`. */
function dataRows(ws: ExcelJS.Worksheet, firstHeader: string): unknown[][] {
  const rows: unknown[][] = [];
  let inData = false;
  ws.eachRow((row) => {
    const values = (row.values as unknown[]).slice(1);
    if (inData) rows.push(values);
    else if (values[0] === firstHeader) inData = true;
  });
  return rows;
}

test.describe("readiness", () => {
  test("the city reviewer sees the dashboard, drills into a red unit and exports the workbook", async ({
    page,
  }) => {
    const errors = watchForErrors(page);
    await loginAs(page, ADMIN_URL, "demo-reviewer");
    await page.goto(`${ADMIN_URL}/readiness`);
    await expect(page.getByRole("heading", { level: 1, name: /能力达标 · 江滨市/ })).toBeVisible();
    // the trend chart got drawn
    await expect(page.locator("canvas[data-rendered='true']")).toHaveCount(1);
    // all four lights appear in the demo story, with a red-for-two-periods unit
    for (const s of ["red", "yellow", "green"])
      await expect(page.locator(`tr[data-status='${s}']`).first()).toBeVisible();
    await expect(page.getByText("连续两期红灯，建议约谈第一责任人")).toBeVisible();
    await expect(page.getByRole("heading", { name: /逾期未完成演练/ })).toBeVisible();
    await expect(
      page.getByRole("table").filter({ hasText: "截止日期" }).locator("tbody tr").first(),
    ).toBeVisible();
    await expect(page.getByText("本期未演练").first()).toBeVisible();
    // heatmap: a table with a legend
    await expect(page.getByRole("list", { name: "图例" })).toBeVisible();
    await expect(page.locator("table.rd-heatmap td.rd-heat-red").first()).toBeVisible();
    const unitCount = Number(await page.getByTestId("unit-count").textContent());
    expect(unitCount).toBeGreaterThan(20);
    // nothing overflows the viewport horizontally at 1280 px
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(1280);
    await shot(page, "readiness-dashboard");
    await page.screenshot({ path: path.join(shots, "readiness-dashboard-top.png") });
    await page
      .locator("section", { has: page.locator("#rd-trend-title") })
      .screenshot({ path: path.join(shots, "readiness-trend.png") });

    // the workbook
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("link", { name: "导出通报（Excel）" }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^能力达标通报-江滨市-\d{4}Q[1-4]\.xlsx$/);
    const file = await download.path();
    const fs = await import("node:fs");
    const wb = await workbookFrom(fs.readFileSync(file));
    expect(wb.worksheets.map((w) => w.name)).toEqual(["全市汇总", "单位", "干部"]);
    const units = dataRows(wb.getWorksheet("单位")!, "单位");
    expect(units).toHaveLength(unitCount);
    const summary = dataRows(wb.getWorksheet("全市汇总")!, "指标");
    expect(summary.find((r) => r[0] === "单位数")?.[1]).toBe(unitCount);
    expect(String(wb.getWorksheet("单位")!.getCell("A2").value)).toMatch(/^统计周期：/);
    expect(String(wb.getWorksheet("单位")!.getCell("A3").value)).toMatch(/^目标：达标分数线/);

    // drill down: the red town flagged for a follow-up talk → a cadre → an attempt
    const red = page.locator("tr[data-status='red']").filter({ hasText: "需约谈" }).first();
    const redName = (await red.locator("th a").textContent())?.trim() ?? "";
    await red.locator("th a").click();
    await expect(page.getByRole("heading", { level: 1, name: new RegExp(redName) })).toBeVisible();
    await expect(page.getByText("连续两期红灯，建议约谈第一责任人。")).toBeVisible();
    await expect(page.locator("table.rd-cadres tbody tr").first()).toBeVisible();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(1280);
    await shot(page, "readiness-unit");
    await page.locator("table.rd-cadres tbody tr th a").first().click();
    await expect(page.getByRole("heading", { name: "各项能力有效分" })).toBeVisible();
    const attemptLink = page.locator("a[data-attempt-link]").first();
    await expect(attemptLink).toBeVisible();
    const href = await attemptLink.getAttribute("href");
    expect(href).toMatch(/^\/attempts\/[0-9a-f-]{36}$/);
    await shot(page, "readiness-cadre");
    // no script errors (hydration included) on the readiness pages
    expect(errors).toEqual([]);
    const res = await page.goto(`${ADMIN_URL}${href}`);
    // the instructor's attempt review page opens for the reviewer
    expect(res?.status()).toBe(200);
  });

  test("a reviewer scoped to one town sees only that town, everywhere", async ({ page }) => {
    const handle = openDatabase(dbUrl());
    try {
      const exists = await handle.db
        .selectFrom("users")
        .select("id")
        .where("id", "=", "p-e2e-qyz-reviewer")
        .executeTakeFirst();
      if (!exists) {
        await handle.db
          .insertInto("users")
          .values({
            id: "p-e2e-qyz-reviewer",
            username: "qyz-reviewer",
            display_name: "青阳镇组织委员",
            password_hash: await hashPassword("town12345"),
            unit_id: "u-qyz",
            scope_unit_id: null,
            position: "组织委员",
            position_level: "cadre",
            disabled: 0,
            created_at: new Date().toISOString(),
          })
          .execute();
        await handle.db
          .insertInto("user_roles")
          .values({ user_id: "p-e2e-qyz-reviewer", role: "reviewer" })
          .execute();
      }
    } finally {
      await handle.close();
    }
    await loginAs(page, ADMIN_URL, "qyz-reviewer", "town12345");
    await page.goto(`${ADMIN_URL}/readiness`);
    await expect(page.getByRole("heading", { level: 1, name: "能力达标 · 青阳镇" })).toBeVisible();
    const names = await page.locator("table.rd-tree tbody th a").allInnerTexts();
    expect(names.length).toBeGreaterThan(1);
    for (const n of names) expect(n).toMatch(/青阳|新桥/);
    const overdueUnits = await page
      .getByRole("table")
      .filter({ hasText: "截止日期" })
      .locator("tbody tr td:nth-child(2)")
      .allInnerTexts();
    for (const n of overdueUnits) expect(n).toMatch(/青阳|新桥/);
    const options = await page.locator("#rd-unit option").allInnerTexts();
    for (const o of options) expect(o.trim()).toMatch(/青阳|新桥/);
    await shot(page, "readiness-town-reviewer");

    // another town's pages and exports are forbidden
    for (const url of [
      "/readiness/units/u-btz",
      "/readiness?unit=u-btz",
      "/readiness/cadres/p-btz-01",
      "/exports/readiness.xlsx?unit=u-btz",
      "/exports/readiness.csv?unit=u-city",
      "/exports/xapi.json?unit=u-btz",
    ]) {
      const res = await page.request.get(`${ADMIN_URL}${url}`);
      expect(res.status(), url).toBe(403);
    }
    const res = await page.goto(`${ADMIN_URL}/readiness/units/u-btz`);
    expect(res?.status()).toBe(403);
    await expect(page.getByRole("heading", { name: "无权访问" })).toBeVisible();
    // only admins set targets
    expect((await page.request.get(`${ADMIN_URL}/readiness/targets`)).status()).toBe(403);

    // exports hold the town only
    const xlsx = await page.request.get(`${ADMIN_URL}/exports/readiness.xlsx`);
    expect(xlsx.status()).toBe(200);
    expect(xlsx.headers()["content-type"]).toBe(
      "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    );
    expect(xlsx.headers()["content-disposition"]).toContain("filename*=UTF-8''%E8%83%BD%E5%8A%9B");
    const wb = await workbookFrom(await xlsx.body());
    const unitNames = dataRows(wb.getWorksheet("单位")!, "单位").map((r) => String(r[0]));
    expect(unitNames.length).toBe(names.length);
    for (const n of unitNames) expect(n).toMatch(/青阳|新桥/);
    for (const r of dataRows(wb.getWorksheet("干部")!, "单位")) expect(String(r[0])).toMatch(/青阳|新桥/);

    const csv = await page.request.get(`${ADMIN_URL}/exports/readiness.csv?level=cadres`);
    expect(csv.headers()["content-type"]).toContain("text/csv");
    const text = (await csv.body()).toString("utf8");
    expect(text.charCodeAt(0)).toBe(0xfeff);
    expect(text).not.toMatch(/白塔|梅李|虞山|市教育局/);

    const xapi = await page.request.get(`${ADMIN_URL}/exports/xapi.json?from=2000-01-01&to=2100-01-01`);
    expect(xapi.status()).toBe(200);
    const statements = (await xapi.json()) as {
      actor: { account: { homePage: string; name: string } };
      verb: { id: string };
      context: { contextActivities: { grouping: { id: string }[] } };
    }[];
    expect(statements.length).toBeGreaterThan(0);
    for (const s of statements) {
      expect(s.context.contextActivities.grouping[0]!.id).toMatch(
        /^https:\/\/k2k\.local\/xapi\/units\/u-qyz/,
      );
      expect(s.verb.id).toMatch(/^http:\/\/adlnet\.gov\/expapi\/verbs\//);
    }
    const verbs = new Set(statements.map((s) => s.verb.id.split("/").pop()));
    for (const v of ["attempted", "completed", "responded"]) expect(verbs.has(v)).toBe(true);
  });

  test("an admin sets the targets; saving is audited", async ({ page }) => {
    await loginAs(page, ADMIN_URL, "demo-admin");
    await page.goto(`${ADMIN_URL}/readiness/targets`);
    await expect(page.getByRole("heading", { name: "达标目标设置" })).toBeVisible();
    await expect(page.getByLabel("达标分数线")).toHaveValue("60");
    await shot(page, "readiness-targets");
    await page.getByLabel("绿灯：干部达标率不低于").fill("85");
    await page.getByRole("button", { name: "保存目标" }).click();
    await expect(page.getByRole("status")).toContainText("目标已保存");
    await expect(page.getByLabel("绿灯：干部达标率不低于")).toHaveValue("85");
    // an inconsistent line is refused with a message by the field
    await page.getByLabel("红灯：干部达标率低于").fill("90");
    await page.getByRole("button", { name: "保存目标" }).click();
    await expect(page.getByText("黄灯达标率不能高于绿灯达标率")).toBeVisible();
    await page.getByRole("button", { name: "恢复默认" }).click();
    await expect(page.getByRole("status")).toContainText("已恢复默认目标");
    const handle = openDatabase(dbUrl());
    try {
      const audit = await handle.db
        .selectFrom("audit_log")
        .select("action")
        .where("action", "in", [
          "readiness.targets",
          "export.readiness.xlsx",
          "export.readiness.csv",
          "export.readiness.xapi",
        ])
        .execute();
      const actions = new Set(audit.map((a) => a.action));
      expect(actions.has("readiness.targets")).toBe(true);
      expect(actions.has("export.readiness.xlsx")).toBe(true);
    } finally {
      await handle.close();
    }
  });
});
