import { getDb } from "@k2k/db";
import { forbidden, hasAnyRole, notFound, requireRole } from "@k2k/web/server";
import { Chart, formatDate } from "@k2k/web/ui";
import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import type { ChartConfiguration } from "chart.js";
import { useMemo } from "react";
import { HeatLegend, Heatmap, StatusBadge, UnitKpis } from "../components/readiness/parts.tsx";
import { buildReport, listOverdue, listUnitsUnder, OutOfScopeError } from "../lib/readiness.server.ts";
import {
  COMPETENCY_LABELS,
  formatScore,
  formatShare,
  LIGHT_LABELS,
  PERIOD_MONTHS_LABELS,
  POSITION_LEVEL_LABELS,
  POSITION_LEVELS,
  periodOf,
} from "../lib/readiness.ts";
import {
  periodOptions,
  READINESS_EXPORTERS,
  READINESS_READERS,
  statusTotals,
  TARGET_EDITORS,
  trendView,
  unitViews,
} from "../lib/readiness-view.server.ts";
import { visiblePath } from "../lib/scope.server.ts";

export const meta: MetaFunction = () => [{ title: "能力达标 · 键对键管理端" }];

/** The tree and heatmap show the chosen unit and two levels below it; deeper units via drill-down. */
const TREE_DEPTH = 2;

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireRole(request, "admin", READINESS_READERS);
  const url = new URL(request.url);
  const scope = visiblePath(user);
  const handle = getDb();
  const now = new Date();
  let report: Awaited<ReturnType<typeof buildReport>>;
  try {
    report = await buildReport(handle, {
      scopePath: scope,
      unitId: url.searchParams.get("unit") || null,
      periodKey: url.searchParams.get("period") || null,
      now,
    });
  } catch (e) {
    if (e instanceof OutOfScopeError) throw forbidden("该单位不在您的查看范围内。");
    throw e;
  }
  if (!report) throw notFound("未找到该单位。");
  const views = unitViews(report);
  const root = views[0]!;
  const overdue = await listOverdue(handle, report.root.path, now, 100);
  const scopeUnits = await listUnitsUnder(handle, scope === "/" ? "/" : scope);
  const shown = views.filter((v) => v.depth <= TREE_DEPTH);
  const below = views.slice(1);
  const totals = statusTotals(below);
  return {
    period: { key: report.period.key, label: report.period.label },
    periodMonthsLabel: PERIOD_MONTHS_LABELS[report.targets.periodMonths],
    periods: periodOptions(periodOf(now, report.targets.periodMonths), report.period),
    unitOptions: scopeUnits.map((u) => ({
      id: u.id,
      name: u.name,
      depth: u.depth - (scopeUnits[0]?.depth ?? 0),
    })),
    root,
    unitCount: views.length,
    totals,
    followUps: views.filter((v) => v.followUp).map((v) => ({ id: v.id, name: v.name, reasons: v.reasons })),
    rows: shown,
    hiddenDeeper: views.length - shown.length,
    trend: trendView(report),
    leaders: shown.filter((v) => v.leader),
    overdue: {
      total: overdue.total,
      rows: overdue.rows.map((o) => ({
        ...o,
        daysOverdue: Math.floor((now.getTime() - Date.parse(o.due_at)) / 86_400_000),
      })),
    },
    targets: report.targets,
    canExport: hasAnyRole(user, READINESS_EXPORTERS),
    canEditTargets: hasAnyRole(user, TARGET_EDITORS),
    exportQuery: new URLSearchParams({ unit: report.root.id, period: report.period.key }).toString(),
  };
}

export default function ReadinessDashboard() {
  const d = useLoaderData<typeof loader>();
  const r = d.root;
  const chart = useMemo<ChartConfiguration>(
    () => ({
      type: "line",
      data: {
        labels: d.trend.map((t) => t.label),
        datasets: [
          {
            label: "干部达标率（%）",
            data: d.trend.map((t) => (t.readyShare === null ? null : Math.round(t.readyShare * 100))),
            borderColor: "#1e7b34",
            backgroundColor: "#1e7b34",
            spanGaps: true,
          },
          {
            label: "按时完成率（%）",
            data: d.trend.map((t) => (t.onTimeShare === null ? null : Math.round(t.onTimeShare * 100))),
            borderColor: "#1d4f91",
            backgroundColor: "#1d4f91",
            spanGaps: true,
          },
          {
            label: "平均得分",
            data: d.trend.map((t) => (t.avgScore === null ? null : Math.round(t.avgScore))),
            borderColor: "#b3261e",
            backgroundColor: "#b3261e",
            borderDash: [6, 4],
            spanGaps: true,
          },
        ],
      },
      options: {
        scales: { y: { min: 0, max: 100 } },
        plugins: { legend: { position: "bottom" } },
      },
    }),
    [d.trend],
  );
  return (
    <>
      <div className="page-title">
        <div>
          <h1>能力达标 · {r.name}</h1>
          <p>
            {d.period.label}（{d.periodMonthsLabel}统计）· 达标分数线 {d.targets.passScore} 分 · 绿灯达标率 ≥{" "}
            {formatShare(d.targets.greenReadyShare)}
          </p>
        </div>
        <div className="rd-actions">
          {d.canEditTargets ? (
            <Link className="btn" to="/readiness/targets">
              目标设置
            </Link>
          ) : null}
          {d.canExport ? (
            <>
              <a className="btn secondary" href={`/exports/readiness.xlsx?${d.exportQuery}`} download>
                导出通报（Excel）
              </a>
              <a className="btn" href={`/exports/readiness.csv?${d.exportQuery}`} download>
                导出 CSV
              </a>
            </>
          ) : null}
        </div>
      </div>

      <Form method="get" className="card rd-filters" aria-label="筛选">
        <div>
          <label htmlFor="rd-period">统计周期</label>
          <select id="rd-period" name="period" defaultValue={d.period.key}>
            {d.periods.map((p) => (
              <option key={p.key} value={p.key}>
                {p.label}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="rd-unit">单位</label>
          <select id="rd-unit" name="unit" defaultValue={r.id}>
            {d.unitOptions.map((u) => (
              <option key={u.id} value={u.id}>
                {"　".repeat(u.depth)}
                {u.name}
              </option>
            ))}
          </select>
        </div>
        <button className="btn secondary" type="submit">
          查看
        </button>
      </Form>

      <section className="kpis rd-kpis" aria-label="总体指标">
        <div className="kpi">
          <div className="label">总体状态</div>
          <div className="value">
            <StatusBadge status={r.status} followUp={r.followUp} />
          </div>
        </div>
        <div className="kpi">
          <div className="label">单位数</div>
          <div className="value" data-testid="unit-count">
            {d.unitCount}
          </div>
        </div>
        <UnitKpis r={r} />
        <div className="kpi">
          <div className="label">下属单位红黄绿</div>
          <div className="value rd-lights">
            <span className="rd-red-text">{d.totals.red}</span>/
            <span className="rd-yellow-text">{d.totals.yellow}</span>/
            <span className="rd-green-text">{d.totals.green}</span>
          </div>
          <div className="small muted">红灯/黄灯/绿灯（单位数）</div>
        </div>
      </section>

      {d.followUps.length ? (
        <div className="alert error rd-followups" role="status">
          <strong>连续两期红灯，建议约谈第一责任人：</strong>
          {d.followUps.map((f, i) => (
            <span key={f.id}>
              {i ? "、" : ""}
              <Link to={`/readiness/units/${f.id}?period=${d.period.key}`}>{f.name}</Link>
            </span>
          ))}
        </div>
      ) : null}

      <section className="card" aria-labelledby="rd-tree-title">
        <h2 id="rd-tree-title">单位达标情况</h2>
        {d.rows.length === 0 ? (
          <div className="empty">暂无单位。</div>
        ) : (
          <div className="table-wrap">
            <table className="data rd-tree">
              <thead>
                <tr>
                  <th scope="col">单位</th>
                  <th scope="col">状态</th>
                  <th scope="col">达标率</th>
                  <th scope="col">按时完成率</th>
                  <th scope="col">平均分</th>
                  <th scope="col">第一责任人</th>
                  <th scope="col">说明</th>
                </tr>
              </thead>
              <tbody>
                {d.rows.map((u) => (
                  <tr key={u.id} data-unit={u.id} data-status={u.status}>
                    <th scope="row" style={{ paddingLeft: 10 + u.depth * 18 }} className="rd-unit-cell">
                      <Link to={`/readiness/units/${u.id}?period=${d.period.key}`}>{u.name}</Link>
                    </th>
                    <td>
                      <StatusBadge status={u.status} followUp={u.followUp} />
                    </td>
                    <td className="nowrap">
                      {formatShare(u.readyShare)}{" "}
                      <span className="muted small">
                        ({u.ready}/{u.cadres})
                      </span>
                    </td>
                    <td className="nowrap">
                      {formatShare(u.onTimeShare)}
                      {u.assigned ? (
                        <span className="muted small">
                          {" "}
                          ({u.onTime}/{u.assigned})
                        </span>
                      ) : null}
                    </td>
                    <td>{formatScore(u.avgScore)}</td>
                    <td className="nowrap">
                      {u.leader ? (
                        <>
                          {u.leader.name}{" "}
                          <span className={`badge ${u.leader.crisisPassed ? "good" : "bad"}`}>
                            {u.leader.crisisPassed
                              ? "舆情演练达标"
                              : u.leader.crisisBest === null
                                ? "未演练"
                                : "未达标"}
                          </span>
                        </>
                      ) : (
                        <span className="muted">未设置</span>
                      )}
                    </td>
                    <td className="small muted rd-reasons">{u.reasons.join("；") || "—"}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
        {d.hiddenDeeper > 0 ? (
          <p className="small muted" style={{ marginTop: 8 }}>
            另有 {d.hiddenDeeper} 个更下级单位，请在“单位”中选择下级单位或点击单位名称查看。
          </p>
        ) : null}
      </section>

      <div className="grid cols-2" style={{ marginTop: 16 }}>
        <section className="card" aria-labelledby="rd-trend-title">
          <h2 id="rd-trend-title">近{d.trend.length}期趋势</h2>
          <Chart config={chart} label={`${r.name}近${d.trend.length}期达标率、按时完成率和平均得分趋势`} />
          <details className="small" style={{ marginTop: 8 }}>
            <summary>查看数据</summary>
            <table className="data">
              <thead>
                <tr>
                  <th scope="col">周期</th>
                  <th scope="col">达标率</th>
                  <th scope="col">按时完成率</th>
                  <th scope="col">平均分</th>
                  <th scope="col">状态</th>
                </tr>
              </thead>
              <tbody>
                {d.trend.map((t) => (
                  <tr key={t.key}>
                    <td>{t.label}</td>
                    <td>{formatShare(t.readyShare)}</td>
                    <td>{formatShare(t.onTimeShare)}</td>
                    <td>{formatScore(t.avgScore)}</td>
                    <td>{LIGHT_LABELS[t.status]}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </details>
        </section>
        <section className="card" aria-labelledby="rd-leaders-title">
          <h2 id="rd-leaders-title">第一责任人舆情处置演练</h2>
          {d.leaders.length === 0 ? (
            <div className="empty">暂无设置第一责任人的单位。</div>
          ) : (
            <div className="table-wrap rd-scroll">
              <table className="data">
                <thead>
                  <tr>
                    <th scope="col">单位</th>
                    <th scope="col">第一责任人</th>
                    <th scope="col">本期最好成绩</th>
                    <th scope="col">情况</th>
                  </tr>
                </thead>
                <tbody>
                  {d.leaders.map((u) => (
                    <tr key={u.id}>
                      <td>{u.name}</td>
                      <td>{u.leader!.name}</td>
                      <td>{formatScore(u.leader!.crisisBest)}</td>
                      <td>
                        <span className={`badge ${u.leader!.crisisPassed ? "good" : "bad"}`}>
                          {u.leader!.crisisPassed
                            ? "已达标"
                            : u.leader!.crisisBest === null
                              ? "本期未演练"
                              : "未达标"}
                        </span>
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
        </section>
      </div>

      <section className="card" style={{ marginTop: 16 }} aria-labelledby="rd-heat-title">
        <h2 id="rd-heat-title">能力热力图</h2>
        <p className="small muted">
          每格为该单位需要掌握此项能力的干部中达标者所占比例（有效分 ≥ {d.targets.passScore}）。必修能力：
          {POSITION_LEVELS.map(
            (l) =>
              `${POSITION_LEVEL_LABELS[l]}：${d.targets.required[l].map((c) => COMPETENCY_LABELS[c]).join("、") || "无"}`,
          ).join("；")}
          。
        </p>
        <HeatLegend />
        <Heatmap rows={d.rows} caption={`${r.name}各单位能力达标比例（${d.period.label}）`} />
      </section>

      <section className="card" style={{ marginTop: 16 }} aria-labelledby="rd-overdue-title">
        <h2 id="rd-overdue-title">
          逾期未完成演练{" "}
          <span className={`badge ${d.overdue.total ? "bad" : "good"}`}>{d.overdue.total}</span>
        </h2>
        {d.overdue.rows.length === 0 ? (
          <div className="empty">没有逾期未完成的演练任务。</div>
        ) : (
          <div className="table-wrap rd-scroll">
            <table className="data">
              <thead>
                <tr>
                  <th scope="col">干部</th>
                  <th scope="col">单位</th>
                  <th scope="col">任务</th>
                  <th scope="col">截止日期</th>
                  <th scope="col">逾期天数</th>
                  <th scope="col">进度</th>
                </tr>
              </thead>
              <tbody>
                {d.overdue.rows.map((o) => (
                  <tr key={`${o.assignment_id}:${o.user_id}`}>
                    <td>
                      <Link to={`/readiness/cadres/${o.user_id}?period=${d.period.key}`}>
                        {o.display_name}
                      </Link>
                    </td>
                    <td>{o.unit_name}</td>
                    <td>{o.title}</td>
                    <td className="nowrap">{formatDate(o.due_at)}</td>
                    <td>{o.daysOverdue} 天</td>
                    <td>
                      {o.started ? (
                        <span className="badge warn">已开始未完成</span>
                      ) : (
                        <span className="badge">未开始</span>
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
        {d.overdue.total > d.overdue.rows.length ? (
          <p className="small muted">仅显示最早逾期的 {d.overdue.rows.length} 条，完整名单请导出。</p>
        ) : null}
      </section>
    </>
  );
}
