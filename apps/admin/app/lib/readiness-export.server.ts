/**
 * Readiness exports: the 通报 workbook (exceljs), a CSV for spreadsheets, and xAPI statements
 * for a Learning Record Store. Every builder takes an already scope-checked report or path.
 */
import { createHash } from "node:crypto";
import { type DbHandle, getDb, type UserWithRoles, writeAudit } from "@k2k/db";
import { forbidden, notFound, requireRole } from "@k2k/web/server";
import ExcelJS from "exceljs";
import {
  buildReport,
  type CadreDetail,
  listCadres,
  listVersionInfo,
  OutOfScopeError,
  type ReadinessReport,
} from "./readiness.server.ts";
import {
  COMPETENCIES,
  COMPETENCY_LABELS,
  LIGHT_LABELS,
  PERIOD_MONTHS_LABELS,
  POSITION_LEVEL_LABELS,
  POSITION_LEVELS,
  type ReadinessTargets,
} from "./readiness.ts";
import { READINESS_EXPORTERS, statusTotals, type UnitView, unitViews } from "./readiness-view.server.ts";
import { visiblePath } from "./scope.server.ts";

const CST = 8 * 3_600_000;
/** "2026-10-01" in China time for an ISO instant (an exclusive end shows the day before). */
export function cstDate(iso: string, exclusiveEnd = false): string {
  const t = Date.parse(iso) + CST - (exclusiveEnd ? 1 : 0);
  return new Date(t).toISOString().slice(0, 10);
}
const cstDateTime = (iso: string) =>
  new Date(Date.parse(iso) + CST).toISOString().slice(0, 16).replace("T", " ");

/** Content-Disposition with an ASCII fallback and the UTF-8 name (RFC 6266 / RFC 5987). */
export function attachment(name: string, asciiFallback: string): string {
  const encoded = encodeURIComponent(name).replace(
    /['()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
  return `attachment; filename="${asciiFallback}"; filename*=UTF-8''${encoded}`;
}

export function targetsLine(t: ReadinessTargets): string {
  const p = (x: number) => `${Math.round(x * 1000) / 10}%`;
  return [
    `达标分数线 ${t.passScore} 分（有效分：演练后 ${t.graceDays} 天内按原分，之后每 ${t.halfLifeDays} 天减半，${t.lookbackDays} 天前的成绩不计）`,
    `绿灯：达标率 ≥ ${p(t.greenReadyShare)} 且按时完成率 ≥ ${p(t.onTimeTarget)} 且第一责任人舆情处置演练达标`,
    `红灯：达标率 < ${p(t.yellowReadyShare)} 或按时完成率 < ${p(t.onTimeRed)}`,
  ].join("；");
}

export function requiredLine(t: ReadinessTargets): string {
  return POSITION_LEVELS.map(
    (l) =>
      `${POSITION_LEVEL_LABELS[l]}：${t.required[l].map((c) => COMPETENCY_LABELS[c]).join("、") || "无"}`,
  ).join("；");
}

export interface ExportMeta {
  title: string;
  periodLine: string;
  exportedLine: string;
}

export function exportMeta(report: ReadinessReport, user: UserWithRoles, now = new Date()): ExportMeta {
  const p = report.period;
  return {
    title: `${report.root.name}网上群众工作能力达标情况通报（${p.label}）`,
    periodLine: `统计周期：${p.label}（${PERIOD_MONTHS_LABELS[p.months]}，${cstDate(p.start)} 至 ${cstDate(p.end, true)}），计算时点 ${cstDateTime(report.current.evaluatedAt)}`,
    exportedLine: `导出：${user.display_name}（${user.unit_name}），${cstDateTime(now.toISOString())}`,
  };
}

const unitRow = (u: UnitView) => [
  u.name,
  u.parentName ?? "",
  u.leader?.name ?? "",
  u.cadres,
  u.ready,
  u.readyShare,
  u.assigned,
  u.onTime,
  u.onTimeShare,
  u.avgScore === null ? null : Math.round(u.avgScore * 10) / 10,
  u.leader ? (u.leader.crisisPassed ? "达标" : u.leader.crisisBest === null ? "未演练" : "未达标") : "未设置",
  LIGHT_LABELS[u.status],
  u.followUp ? "是" : "",
  u.reasons.join("；"),
];

export const UNIT_HEADERS = [
  "单位",
  "上级单位",
  "第一责任人",
  "参训干部",
  "达标人数",
  "达标率",
  "应完成演练（项次）",
  "按时完成",
  "按时完成率",
  "平均得分",
  "第一责任人舆情处置演练",
  "状态",
  "连续两期红灯（约谈）",
  "说明",
];

export const CADRE_HEADERS = [
  "单位",
  "姓名",
  "职务",
  "岗位层级",
  ...COMPETENCIES.map((c) => `${COMPETENCY_LABELS[c]}（有效分）`),
  "是否达标",
  "演练次数",
];

const cadreRow = (c: CadreDetail) => [
  c.unit_name,
  c.display_name,
  c.position,
  POSITION_LEVEL_LABELS[c.lvl],
  ...COMPETENCIES.map((k) => (c.eff[k] === null ? null : Math.round(c.eff[k]! * 10) / 10)),
  c.ready ? "达标" : "未达标",
  c.attempts,
];

function header(ws: ExcelJS.Worksheet, meta: ExportMeta, t: ReadinessTargets, width: number) {
  ws.addRow([meta.title]);
  ws.mergeCells(1, 1, 1, width);
  ws.getRow(1).font = { bold: true, size: 14 };
  ws.addRow([meta.periodLine]);
  ws.addRow([`目标：${targetsLine(t)}`]);
  ws.addRow([`必修能力：${requiredLine(t)}`]);
  ws.addRow([meta.exportedLine]);
  for (let r = 2; r <= 5; r++) ws.mergeCells(r, 1, r, width);
  ws.addRow([]);
}

function tableHeader(ws: ExcelJS.Worksheet, headers: string[]) {
  const row = ws.addRow(headers);
  row.font = { bold: true };
  row.eachCell((cell) => {
    cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFF0F2F5" } };
    cell.border = { bottom: { style: "thin" } };
    cell.alignment = { wrapText: true, vertical: "middle" };
  });
  ws.views = [{ state: "frozen", ySplit: row.number }];
}

const LIGHT_FILL: Record<string, string> = { 红灯: "FFF6C9C3", 黄灯: "FFFBE3B4", 绿灯: "FFCFE9D6" };

/** The 通报 workbook: 全市汇总, 单位, 干部 — each with the period and targets in its header rows. */
export async function readinessWorkbook(
  report: ReadinessReport,
  cadres: CadreDetail[],
  meta: ExportMeta,
): Promise<Buffer> {
  const t = report.targets;
  const units = unitViews(report);
  const root = units[0]!;
  const totals = statusTotals(units.slice(1));
  const wb = new ExcelJS.Workbook();
  wb.creator = "键对键";
  wb.created = new Date();

  const summary = wb.addWorksheet("全市汇总");
  header(summary, meta, t, 3);
  tableHeader(summary, ["指标", "数值", "说明"]);
  const followUps = units.filter((u) => u.followUp);
  const noCrisis = units.filter((u) => u.leader && !u.leader.crisisPassed);
  const rows: [string, string | number | null, string][] = [
    ["单位数", units.length, `${root.name}及其下级单位`],
    ["参训干部", root.cadres, ""],
    ["达标人数", root.ready, "必修能力全部达标"],
    ["干部达标率", root.readyShare, ""],
    ["应完成演练（项次）", root.assigned, "本期截止的布置任务 × 对象"],
    ["按时完成", root.onTime, ""],
    ["按时完成率", root.onTimeShare, ""],
    ["平均得分", root.avgScore === null ? null : Math.round(root.avgScore * 10) / 10, "本期完成的演练"],
    ["总体状态", LIGHT_LABELS[root.status], root.reasons.join("；")],
    [
      "红灯单位",
      totals.red,
      units
        .filter((u) => u.depth > 0 && u.status === "red")
        .map((u) => u.name)
        .join("、"),
    ],
    ["黄灯单位", totals.yellow, ""],
    ["绿灯单位", totals.green, ""],
    ["无数据单位", totals.none, ""],
    [
      "连续两期红灯（建议约谈）",
      followUps.length,
      followUps.map((u) => `${u.name}（${u.leader?.name ?? "未设置第一责任人"}）`).join("、"),
    ],
    [
      "第一责任人未通过舆情处置演练",
      noCrisis.length,
      noCrisis.map((u) => `${u.name}：${u.leader!.name}`).join("、"),
    ],
  ];
  for (const r of rows) {
    const row = summary.addRow(r);
    if (typeof r[1] === "number" && /率/.test(r[0])) row.getCell(2).numFmt = "0.0%";
  }
  summary.getColumn(1).width = 30;
  summary.getColumn(2).width = 14;
  summary.getColumn(3).width = 80;

  const unitSheet = wb.addWorksheet("单位");
  header(unitSheet, meta, t, UNIT_HEADERS.length);
  tableHeader(unitSheet, UNIT_HEADERS);
  for (const u of units) {
    const row = unitSheet.addRow(unitRow(u));
    row.getCell(1).alignment = { indent: Math.min(u.depth, 10) };
    row.getCell(6).numFmt = "0.0%";
    row.getCell(9).numFmt = "0.0%";
    const fill = LIGHT_FILL[LIGHT_LABELS[u.status]];
    if (fill) row.getCell(12).fill = { type: "pattern", pattern: "solid", fgColor: { argb: fill } };
  }
  [28, 20, 12, 10, 10, 10, 16, 10, 12, 10, 22, 8, 18, 60].forEach((w, i) => {
    unitSheet.getColumn(i + 1).width = w;
  });

  const cadreSheet = wb.addWorksheet("干部");
  header(cadreSheet, meta, t, CADRE_HEADERS.length);
  tableHeader(cadreSheet, CADRE_HEADERS);
  for (const c of cadres) {
    const row = cadreSheet.addRow(cadreRow(c));
    COMPETENCIES.forEach((k, i) => {
      const v = c.eff[k];
      const required = t.required[c.lvl].includes(k);
      if (required) {
        const cell = row.getCell(5 + i);
        cell.font = { bold: true, color: { argb: v !== null && v >= t.passScore ? "FF1E7B34" : "FFB3261E" } };
      }
    });
  }
  [24, 12, 22, 10, ...COMPETENCIES.map(() => 14), 10, 10].forEach((w, i) => {
    cadreSheet.getColumn(i + 1).width = w;
  });

  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** A spreadsheet cell that starts a formula is neutralised (CSV injection). */
function csvCell(v: unknown): string {
  let s =
    v === null || v === undefined
      ? ""
      : typeof v === "number"
        ? String(Math.round(v * 1000) / 1000)
        : String(v);
  if (/^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** UTF-8 with a BOM so that Excel opens Chinese text correctly. */
export function readinessCsv(
  report: ReadinessReport,
  cadres: CadreDetail[] | null,
  meta: ExportMeta,
): string {
  const lines: unknown[][] = [[meta.title], [meta.periodLine], [`目标：${targetsLine(report.targets)}`], []];
  if (cadres) {
    lines.push(CADRE_HEADERS);
    for (const c of cadres) lines.push(cadreRow(c));
  } else {
    lines.push(UNIT_HEADERS.map((h) => (h.endsWith("率") ? `${h}（%）` : h)));
    for (const u of unitViews(report)) {
      const r = unitRow(u);
      r[5] = u.readyShare === null ? null : Math.round(u.readyShare * 1000) / 10;
      r[8] = u.onTimeShare === null ? null : Math.round(u.onTimeShare * 1000) / 10;
      lines.push(r);
    }
  }
  return `\uFEFF${lines.map((l) => l.map(csvCell).join(",")).join("\r\n")}\r\n`;
}

// ---------------------------------------------------------------------------------------------
// xAPI

const VERB = (id: string, zh: string) => ({
  id: `http://adlnet.gov/expapi/verbs/${id}`,
  display: { "en-US": id, "zh-CN": zh },
});
export const VERBS = {
  attempted: VERB("attempted", "开始演练"),
  completed: VERB("completed", "完成演练"),
  passed: VERB("passed", "达标"),
  failed: VERB("failed", "未达标"),
  terminated: VERB("terminated", "中止演练"),
  responded: VERB("responded", "提交文稿"),
  interacted: VERB("interacted", "采取行动"),
  progressed: VERB("progressed", "推进时间"),
  experienced: VERB("experienced", "经历"),
};

/** A stable UUID (name-based, SHA-1, RFC 4122 version 5 layout) so that re-imports are idempotent. */
export function stableUuid(name: string): string {
  const h = createHash("sha1").update(`k2k:${name}`).digest();
  h[6] = (h[6]! & 0x0f) | 0x50;
  h[8] = (h[8]! & 0x3f) | 0x80;
  const x = h.subarray(0, 16).toString("hex");
  return `${x.slice(0, 8)}-${x.slice(8, 12)}-${x.slice(12, 16)}-${x.slice(16, 20)}-${x.slice(20, 32)}`;
}

const UUID_RE = /^[0-9a-f]{8}-[0-9a-f]{4}-[1-5][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/i;

/** ISO 8601 duration, e.g. PT1H2M3.5S */
export function isoDuration(ms: number): string {
  const total = Math.max(0, ms) / 1000;
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = Math.round((total % 60) * 100) / 100;
  return `PT${h ? `${h}H` : ""}${m ? `${m}M` : ""}${s || (!h && !m) ? `${s}S` : ""}`;
}

export const MAX_XAPI_ATTEMPTS = 20_000;

export class TooManyAttemptsError extends Error {
  constructor(readonly count: number) {
    super(`too many attempts: ${count}`);
  }
}

/**
 * One statement per attempt start, end (completed + passed/failed, or terminated) and per
 * stored event, for attempts started in [from, to) by people under `path`.
 */
export async function xapiStatements(
  handle: DbHandle,
  opts: { path: string; from: string; to: string; base: string; passScore: number },
) {
  const { db } = handle;
  const base = opts.base.endsWith("/") ? opts.base : `${opts.base}/`;
  const attemptsQ = db
    .selectFrom("attempts as a")
    .innerJoin("users as u", "u.id", "a.user_id")
    .innerJoin("units as un", "un.id", "u.unit_id")
    .where("un.path", "like", `${opts.path}%`)
    .where("a.started_at", ">=", opts.from)
    .where("a.started_at", "<", opts.to);
  const count = await attemptsQ.select((eb) => eb.fn.countAll<number>().as("n")).executeTakeFirstOrThrow();
  if (Number(count.n) > MAX_XAPI_ATTEMPTS) throw new TooManyAttemptsError(Number(count.n));
  const attempts = await attemptsQ
    .select([
      "a.id",
      "a.user_id",
      "a.scenario_version_id",
      "a.status",
      "a.started_at",
      "a.ended_at",
      "a.total_score",
      "a.stage_id",
      "a.outcome",
      "a.sim_minutes",
      "a.assignment_id",
      "un.id as unit_id",
      "un.name as unit_name",
      "un.path as unit_path",
    ])
    .orderBy("a.started_at")
    .execute();
  const events = await db
    .selectFrom("attempt_events as e")
    .innerJoin("attempts as a", "a.id", "e.attempt_id")
    .innerJoin("users as u", "u.id", "a.user_id")
    .innerJoin("units as un", "un.id", "u.unit_id")
    .select(["e.attempt_id", "e.seq", "e.type", "e.payload_json", "e.sim_minute", "e.created_at"])
    .where("un.path", "like", `${opts.path}%`)
    .where("a.started_at", ">=", opts.from)
    .where("a.started_at", "<", opts.to)
    .orderBy("e.attempt_id")
    .orderBy("e.seq")
    .execute();
  const scores = await db
    .selectFrom("scores as s")
    .innerJoin("attempts as a", "a.id", "s.attempt_id")
    .innerJoin("users as u", "u.id", "a.user_id")
    .innerJoin("units as un", "un.id", "u.unit_id")
    .select(["s.attempt_id", "s.task_id", "s.total"])
    .where("un.path", "like", `${opts.path}%`)
    .where("a.started_at", ">=", opts.from)
    .where("a.started_at", "<", opts.to)
    .execute();
  const scoreOf = new Map(scores.map((s) => [`${s.attempt_id}:${s.task_id}`, Number(s.total)]));
  const versions = new Map((await listVersionInfo(handle)).map((v) => [v.id, v]));
  const eventsOf = new Map<string, typeof events>();
  for (const e of events) {
    const list = eventsOf.get(e.attempt_id) ?? [];
    list.push(e);
    eventsOf.set(e.attempt_id, list);
  }

  const enc = encodeURIComponent;
  const statements: unknown[] = [];
  for (const a of attempts) {
    const v = versions.get(a.scenario_version_id);
    const versionId = `${base}scenarios/${enc(v?.scenarioId ?? "unknown")}/versions/${v?.version ?? 0}`;
    const versionActivity = {
      objectType: "Activity",
      id: versionId,
      definition: {
        name: { "zh-CN": v?.title ?? "" },
        type: "http://adlnet.gov/expapi/activities/simulation",
      },
    };
    const unitActivity = {
      objectType: "Activity",
      id: `${base}units/${enc(a.unit_id)}`,
      definition: {
        name: { "zh-CN": a.unit_name },
        type: "http://id.tincanapi.com/activitytype/organization",
      },
    };
    const stageActivity = (stageId: string) => ({
      objectType: "Activity",
      id: `${versionId}/stages/${enc(stageId)}`,
      definition: { type: "http://adlnet.gov/expapi/activities/module" },
    });
    const competencyActivities = (v?.competencies ?? []).map((c) => ({
      objectType: "Activity",
      id: `${base}competencies/${c}`,
      definition: { name: { "zh-CN": COMPETENCY_LABELS[c] } },
    }));
    const registration = UUID_RE.test(a.id) ? a.id.toLowerCase() : stableUuid(`attempt:${a.id}`);
    const actor = { objectType: "Agent", account: { homePage: base, name: a.user_id } };
    const context = (parent: boolean, stage?: string | null) => ({
      registration,
      platform: "键对键 K2K",
      language: "zh-CN",
      contextActivities: {
        ...(parent ? { parent: [versionActivity] } : {}),
        grouping: [unitActivity],
        ...(competencyActivities.length ? { category: competencyActivities } : {}),
        ...(stage ? { other: [stageActivity(stage)] } : {}),
      },
      extensions: {
        [`${base}extensions/unit-path`]: a.unit_path,
        ...(a.assignment_id ? { [`${base}extensions/assignment`]: a.assignment_id } : {}),
      },
    });
    statements.push({
      id: stableUuid(`${a.id}:attempted`),
      actor,
      verb: VERBS.attempted,
      object: versionActivity,
      context: context(false),
      timestamp: a.started_at,
    });
    for (const e of eventsOf.get(a.id) ?? []) {
      let p: Record<string, unknown> = {};
      try {
        p = JSON.parse(e.payload_json) as Record<string, unknown>;
      } catch {
        p = {};
      }
      const type = typeof p.type === "string" ? p.type : e.type;
      let verb = VERBS.experienced;
      let object: unknown = versionActivity;
      let result: Record<string, unknown> | undefined;
      if (type === "learner.action" && typeof p.actionId === "string") {
        verb = VERBS.interacted;
        object = {
          objectType: "Activity",
          id: `${versionId}/actions/${enc(p.actionId)}`,
          definition: { type: "http://adlnet.gov/expapi/activities/interaction" },
        };
      } else if (type === "learner.task" && typeof p.taskId === "string") {
        verb = VERBS.responded;
        object = {
          objectType: "Activity",
          id: `${versionId}/tasks/${enc(p.taskId)}`,
          definition: {
            type: "http://adlnet.gov/expapi/activities/cmi.interaction",
            interactionType: "long-fill-in",
          },
        };
        const stored = scoreOf.get(`${a.id}:${p.taskId}`);
        const recorded = (p.score as { total?: unknown } | undefined)?.total;
        const raw = stored ?? (typeof recorded === "number" ? recorded : undefined);
        result = {
          ...(typeof p.text === "string" ? { response: p.text } : {}),
          ...(raw !== undefined
            ? {
                score: {
                  scaled: Math.round(raw * 10) / 1000,
                  raw: Math.round(raw * 10) / 10,
                  min: 0,
                  max: 100,
                },
                success: raw >= opts.passScore,
              }
            : {}),
        };
      } else if (type.startsWith("clock.")) {
        verb = VERBS.progressed;
      } else if (type === "learner.abandon") {
        verb = VERBS.terminated;
      }
      statements.push({
        id: stableUuid(`${a.id}:event:${e.seq}`),
        actor,
        verb,
        object,
        ...(result ? { result } : {}),
        context: {
          ...context(object !== versionActivity),
          extensions: {
            ...context(false).extensions,
            [`${base}extensions/event-type`]: type,
            [`${base}extensions/sim-minute`]: Number(e.sim_minute),
            [`${base}extensions/seq`]: Number(e.seq),
          },
        },
        timestamp: e.created_at,
      });
    }
    if (a.status !== "active" && a.ended_at) {
      const duration = isoDuration(Date.parse(a.ended_at) - Date.parse(a.started_at));
      if (a.status === "completed") {
        const raw = a.total_score === null ? null : Number(a.total_score);
        const result = {
          completion: true,
          duration,
          ...(raw !== null
            ? {
                score: {
                  scaled: Math.round(raw * 10) / 1000,
                  raw: Math.round(raw * 10) / 10,
                  min: 0,
                  max: 100,
                },
                success: raw >= opts.passScore,
              }
            : {}),
          extensions: {
            [`${base}extensions/outcome`]: a.outcome,
            [`${base}extensions/sim-minutes`]: Number(a.sim_minutes),
          },
        };
        statements.push({
          id: stableUuid(`${a.id}:completed`),
          actor,
          verb: VERBS.completed,
          object: versionActivity,
          result,
          context: context(false, a.stage_id),
          timestamp: a.ended_at,
        });
        if (raw !== null)
          statements.push({
            id: stableUuid(`${a.id}:${raw >= opts.passScore ? "passed" : "failed"}`),
            actor,
            verb: raw >= opts.passScore ? VERBS.passed : VERBS.failed,
            object: versionActivity,
            result,
            context: context(false, a.stage_id),
            timestamp: a.ended_at,
          });
      } else {
        statements.push({
          id: stableUuid(`${a.id}:terminated`),
          actor,
          verb: VERBS.terminated,
          object: versionActivity,
          result: { completion: false, duration },
          context: context(false, a.stage_id),
          timestamp: a.ended_at,
        });
      }
    }
  }
  return { statements, attempts: attempts.length };
}

// ---------------------------------------------------------------------------------------------
// Shared by the export routes: role, scope, the report and the audit entry.

export async function exportContext(request: Request) {
  const user = await requireRole(request, "admin", READINESS_EXPORTERS);
  const url = new URL(request.url);
  const scope = visiblePath(user);
  const handle = getDb();
  const now = new Date();
  let report: ReadinessReport | null;
  try {
    report = await buildReport(handle, {
      scopePath: scope,
      unitId: url.searchParams.get("unit") || null,
      periodKey: url.searchParams.get("period") || null,
      now,
      periods: 2,
    });
  } catch (e) {
    if (e instanceof OutOfScopeError) throw forbidden("该单位不在您的查看范围内。");
    throw e;
  }
  if (!report) throw notFound("未找到该单位。");
  const cadres = () => listCadres(handle, report.root.path, report.period, report.targets, now);
  return { user, url, scope, handle, now, report, cadres, meta: exportMeta(report, user, now) };
}

export async function auditExport(
  handle: DbHandle,
  user: UserWithRoles,
  action: string,
  details: Record<string, unknown>,
  ip: string | null | undefined,
) {
  await writeAudit(handle.db, {
    actorUserId: user.id,
    action,
    targetType: "readiness",
    details,
    ip: ip ?? null,
  });
}
