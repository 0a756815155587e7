/**
 * Readiness benchmark: builds a scale database in a temp folder and prints the server time of
 * the dashboard's query set, of a unit drill-down and of the xlsx export. Figures only, no
 * assertions.
 *   node --import tsx scripts/bench-readiness.ts [--cadres 10000] [--units 500] [--attempts 200000] [--runs 5]
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { openDatabase, writeAudit } from "@k2k/db";
import {
  buildReport,
  clearReadinessCache,
  listCadres,
  listOverdue,
  listUnitsUnder,
} from "../apps/admin/app/lib/readiness.server.ts";
import { exportMeta, readinessWorkbook } from "../apps/admin/app/lib/readiness-export.server.ts";
import { trendView, unitViews } from "../apps/admin/app/lib/readiness-view.server.ts";
import { generate } from "../packages/db/scripts/generate.ts";

const args = process.argv.slice(2);
const flag = (name: string, fallback: number) => {
  const i = args.indexOf(`--${name}`);
  const v = i >= 0 ? Number(args[i + 1]) : fallback;
  if (!Number.isInteger(v) || v < 1) throw new Error(`--${name} 需要一个正整数`);
  return v;
};
const cadres = flag("cadres", 10_000);
const units = flag("units", 500);
const attempts = flag("attempts", 200_000);
const runs = flag("runs", 5);

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "k2k-bench-readiness-"));
const handle = openDatabase(`file:${path.join(dir, "bench.sqlite")}`);
const ms = (t: number) => `${t.toFixed(0)} ms`;

interface Timing<T> {
  cold: number;
  warm: number;
  fresh: number;
  freshAssigned: number;
  result: T;
}

let touched = 0;
/** One more completed attempt, ending now: what happens all day in a live system. */
async function touch(userId: string, versionId: string, assignmentId: string | null = null) {
  const t = new Date().toISOString();
  touched++;
  await handle.db
    .insertInto("attempts")
    .values({
      id: `bench-touch-${touched}`,
      user_id: userId,
      scenario_version_id: versionId,
      assignment_id: assignmentId,
      seed: touched,
      status: "completed",
      time_mode: "turn",
      time_scale: 10,
      started_at: t,
      ended_at: t,
      stage_id: "end",
      outcome: "success",
      sim_minutes: 60,
      total_score: 70,
      event_count: 0,
    })
    .execute();
}

/**
 * Cold: the readiness cache emptied (first request after a restart or bulk import). Warm: the
 * same request again with unchanged data. Fresh: after one new completed attempt of free
 * practice, and after one made for an assignment (on-time and overdue figures change too).
 * Medians of `runs` runs after a warm-up.
 */
async function time<T>(fn: () => Promise<T>, touchArgs: [string, string, string]): Promise<Timing<T>> {
  const median = (xs: number[]) => xs.sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
  let result = await fn();
  const cold: number[] = [];
  const warm: number[] = [];
  const fresh: number[] = [];
  const freshAssigned: number[] = [];
  for (let i = 0; i < runs; i++) {
    clearReadinessCache(handle);
    let t = performance.now();
    result = await fn();
    cold.push(performance.now() - t);
    t = performance.now();
    result = await fn();
    warm.push(performance.now() - t);
    await touch(touchArgs[0], touchArgs[1]);
    t = performance.now();
    result = await fn();
    fresh.push(performance.now() - t);
    await touch(...touchArgs);
    t = performance.now();
    result = await fn();
    freshAssigned.push(performance.now() - t);
  }
  return {
    cold: median(cold),
    warm: median(warm),
    fresh: median(fresh),
    freshAssigned: median(freshAssigned),
    result,
  };
}

try {
  console.log(`生成规模数据：${units} 个单位、${cadres} 名干部、${attempts} 次演练 …`);
  const t0 = performance.now();
  const g = await generate(handle, { cadres, units, attempts });
  const genMs = performance.now() - t0;
  const size = fs.statSync(handle.file!).size / 1024 / 1024;
  console.log(`生成用时 ${(genMs / 1000).toFixed(1)} 秒（数据库 ${size.toFixed(0)} MB）`);

  const now = new Date();
  const scope = g.rootPath;
  const someone = await handle.db
    .selectFrom("attempts")
    .select(["user_id", "scenario_version_id", "assignment_id"])
    .where("user_id", "like", `${g.reviewerId.split("-")[0]}-p1%`)
    .where("assignment_id", "is not", null)
    .executeTakeFirstOrThrow();
  const touchArgs: [string, string, string] = [
    someone.user_id,
    someone.scenario_version_id,
    someone.assignment_id!,
  ];
  const dashboard = await time(async () => {
    const report = (await buildReport(handle, { scopePath: scope, now }))!;
    const [overdue, options] = await Promise.all([
      listOverdue(handle, report.root.path, now, 100),
      listUnitsUnder(handle, scope),
    ]);
    return { views: unitViews(report), trend: trendView(report), overdue, options };
  }, touchArgs);
  const town = g.towns[0]!;
  const drill = await time(async () => {
    const report = (await buildReport(handle, { scopePath: scope, unitId: town, now }))!;
    const [cadreRows, overdue] = await Promise.all([
      listCadres(handle, report.root.path, report.period, report.targets, now),
      listOverdue(handle, report.root.path, now, 50),
    ]);
    return { report, cadreRows, overdue };
  }, touchArgs);
  const reviewer = {
    id: g.reviewerId,
    display_name: "规模测试组织部",
    unit_name: "规模测试市",
  } as Parameters<typeof exportMeta>[1];
  const xlsx = await time(async () => {
    const report = (await buildReport(handle, { scopePath: scope, now, periods: 2 }))!;
    const cadreRows = await listCadres(handle, report.root.path, report.period, report.targets, now);
    const buf = await readinessWorkbook(report, cadreRows, exportMeta(report, reviewer, now));
    await writeAudit(handle.db, {
      actorUserId: g.reviewerId,
      action: "export.readiness.xlsx",
      details: { bench: true },
    });
    return buf;
  }, touchArgs);

  const d = dashboard.result;
  console.log("");
  const line = (label: string, t: Timing<unknown>) =>
    console.log(
      `${label}：冷 ${ms(t.cold)}，热 ${ms(t.warm)}，新增一次自主练习后 ${ms(t.fresh)}，新增一次任务演练后 ${ms(t.freshAssigned)}`,
    );
  line(`看板查询组（4 期、${d.views.length} 个单位、逾期 ${d.overdue.total} 条）`, dashboard);
  line(
    `单位下钻（${drill.result.report.root.name}：${drill.result.report.units.length} 个单位、${drill.result.cadreRows.length} 名干部）`,
    drill,
  );
  line(`Excel 通报导出（${(xlsx.result.length / 1024).toFixed(0)} KB）`, xlsx);
  console.log(
    `（中位数，${runs} 次；冷 = 清空缓存后首次请求，热 = 数据未变时再次请求，新增演练后 = 已结束周期仍走缓存、本期只重算有新成绩的人员，任务演练另需重算按时完成率与逾期名单；目标：看板与下钻各 < 300 ms）`,
  );
} finally {
  await handle.close();
  fs.rmSync(dir, { recursive: true, force: true });
}
