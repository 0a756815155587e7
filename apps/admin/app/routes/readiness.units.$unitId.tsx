import { getDb } from "@k2k/db";
import { forbidden, notFound, requireRole } from "@k2k/web/server";
import { formatDate } from "@k2k/web/ui";
import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { ScoreCell, StatusBadge, UnitKpis } from "../components/readiness/parts.tsx";
import { buildReport, listCadres, listOverdue, OutOfScopeError } from "../lib/readiness.server.ts";
import {
  COMPETENCIES,
  COMPETENCY_LABELS,
  formatScore,
  formatShare,
  LIGHT_LABELS,
  POSITION_LEVEL_LABELS,
} from "../lib/readiness.ts";
import { READINESS_READERS, unitViews } from "../lib/readiness-view.server.ts";
import { visiblePath } from "../lib/scope.server.ts";

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: `${data?.unit.name ?? "单位"} · 能力达标 · 键对键管理端` },
];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requireRole(request, "admin", READINESS_READERS);
  const url = new URL(request.url);
  const scope = visiblePath(user);
  const handle = getDb();
  const now = new Date();
  let report: Awaited<ReturnType<typeof buildReport>>;
  try {
    report = await buildReport(handle, {
      scopePath: scope,
      unitId: params.unitId ?? "",
      periodKey: url.searchParams.get("period") || null,
      now,
    });
  } catch (e) {
    if (e instanceof OutOfScopeError) throw forbidden("该单位不在您的查看范围内。");
    throw e;
  }
  if (!report) throw notFound("未找到该单位。");
  const views = unitViews(report);
  const unit = views[0]!;
  const [cadres, overdue] = await Promise.all([
    listCadres(handle, report.root.path, report.period, report.targets, now),
    listOverdue(handle, report.root.path, now, 50),
  ]);
  const parentInScope = report.root.parent_id
    ? await handle.db
        .selectFrom("units")
        .select(["id", "name", "path"])
        .where("id", "=", report.root.parent_id)
        .executeTakeFirst()
    : undefined;
  return {
    unit,
    unitId: report.root.id,
    parent: parentInScope?.path.startsWith(scope) ? { id: parentInScope.id, name: parentInScope.name } : null,
    period: { key: report.period.key, label: report.period.label },
    history: report.history.map((p) => ({
      key: p.period.key,
      label: p.period.label,
      status: p.units.get(report.root.id)!.figures.status,
    })),
    children: views.filter((v) => v.depth === 1),
    cadres,
    overdue: overdue.rows,
    overdueTotal: overdue.total,
    targets: { passScore: report.targets.passScore, required: report.targets.required },
  };
}

export default function UnitReadiness() {
  const d = useLoaderData<typeof loader>();
  const u = d.unit;
  return (
    <>
      <nav aria-label="位置" className="small rd-crumbs">
        <Link to={`/readiness?period=${d.period.key}`}>能力达标</Link>
        {d.parent ? (
          <>
            {" / "}
            <Link to={`/readiness/units/${d.parent.id}?period=${d.period.key}`}>{d.parent.name}</Link>
          </>
        ) : null}
        {" / "}
        <span aria-current="page">{u.name}</span>
      </nav>
      <div className="page-title">
        <div>
          <h1>
            {u.name} <StatusBadge status={u.status} followUp={u.followUp} />
          </h1>
          <p>
            {d.period.label} · 含下级单位 · 达标分数线 {d.targets.passScore} 分
          </p>
        </div>
        <Link className="btn" to={`/readiness?unit=${d.unitId}&period=${d.period.key}`}>
          以本单位为范围查看看板
        </Link>
      </div>

      {u.status !== "green" && u.reasons.length ? (
        <div className={`alert ${u.status === "red" ? "error" : "warn"}`}>
          {u.followUp ? <strong>连续两期红灯，建议约谈第一责任人。</strong> : null}
          {u.reasons.join("；")}。
        </div>
      ) : null}

      <section className="kpis" aria-label="本单位指标">
        <UnitKpis r={u} />
        <div className="kpi">
          <div className="label">第一责任人</div>
          <div className="value rd-kpi-text">{u.leader?.name ?? "未设置"}</div>
          {u.leader ? (
            <div className="small">
              <span className={`badge ${u.leader.crisisPassed ? "good" : "bad"}`}>
                舆情处置演练：
                {u.leader.crisisPassed
                  ? `已达标（${formatScore(u.leader.crisisBest)}）`
                  : u.leader.crisisBest === null
                    ? "本期未演练"
                    : `未达标（${formatScore(u.leader.crisisBest)}）`}
              </span>
            </div>
          ) : null}
        </div>
        <div className="kpi">
          <div className="label">近期状态</div>
          <ol className="rd-history" aria-label="近几期状态">
            {d.history.map((h) => (
              <li key={h.key} title={h.label}>
                <span className={`rd-dot rd-${h.status}`} aria-hidden="true" />
                <span className="small">
                  {h.label.replace(/^\d{4}年/, "")}：{LIGHT_LABELS[h.status]}
                </span>
              </li>
            ))}
          </ol>
        </div>
      </section>

      {d.children.length ? (
        <section className="card" style={{ marginTop: 16 }} aria-labelledby="rd-children">
          <h2 id="rd-children">下级单位</h2>
          <div className="table-wrap">
            <table className="data">
              <thead>
                <tr>
                  <th scope="col">单位</th>
                  <th scope="col">状态</th>
                  <th scope="col">达标率</th>
                  <th scope="col">按时完成率</th>
                  <th scope="col">平均分</th>
                  <th scope="col">第一责任人</th>
                </tr>
              </thead>
              <tbody>
                {d.children.map((c) => (
                  <tr key={c.id}>
                    <th scope="row">
                      <Link to={`/readiness/units/${c.id}?period=${d.period.key}`}>{c.name}</Link>
                    </th>
                    <td>
                      <StatusBadge status={c.status} followUp={c.followUp} />
                    </td>
                    <td>
                      {formatShare(c.readyShare)}{" "}
                      <span className="muted small">
                        ({c.ready}/{c.cadres})
                      </span>
                    </td>
                    <td>{formatShare(c.onTimeShare)}</td>
                    <td>{formatScore(c.avgScore)}</td>
                    <td>
                      {c.leader ? (
                        <>
                          {c.leader.name}{" "}
                          {c.leader.crisisPassed ? null : <span className="badge bad">舆情演练未达标</span>}
                        </>
                      ) : (
                        "—"
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </section>
      ) : null}

      <section className="card" style={{ marginTop: 16 }} aria-labelledby="rd-cadres">
        <h2 id="rd-cadres">干部能力明细</h2>
        <p className="small muted">
          每项为近期最好成绩按时间衰减后的有效分；加粗为该干部岗位层级的必修能力，红色为未达{" "}
          {d.targets.passScore} 分。
        </p>
        {d.cadres.length === 0 ? (
          <div className="empty">本单位暂无参训干部。</div>
        ) : (
          <div className="table-wrap">
            <table className="data rd-cadres">
              <thead>
                <tr>
                  <th scope="col">干部</th>
                  <th scope="col">单位 / 职务</th>
                  {COMPETENCIES.map((c) => (
                    <th scope="col" key={c}>
                      {COMPETENCY_LABELS[c]}
                    </th>
                  ))}
                  <th scope="col">达标</th>
                  <th scope="col">演练</th>
                </tr>
              </thead>
              <tbody>
                {d.cadres.map((c) => (
                  <tr key={c.id} data-ready={c.ready ? "1" : "0"}>
                    <th scope="row">
                      <Link to={`/readiness/cadres/${c.id}?period=${d.period.key}`}>{c.display_name}</Link>
                      <div className="small muted">{POSITION_LEVEL_LABELS[c.lvl]}</div>
                    </th>
                    <td className="small">
                      {c.unit_name}
                      <div className="muted">{c.position}</div>
                    </td>
                    {COMPETENCIES.map((k) => (
                      <ScoreCell
                        key={k}
                        value={c.eff[k]}
                        required={d.targets.required[c.lvl].includes(k)}
                        pass={d.targets.passScore}
                      />
                    ))}
                    <td>
                      <span className={`badge ${c.ready ? "good" : "bad"}`}>
                        {c.ready ? "达标" : "未达标"}
                      </span>
                    </td>
                    <td className="small nowrap">
                      {c.attempts} 次
                      <div className="muted">{c.last_at ? formatDate(c.last_at) : "从未演练"}</div>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>

      <section className="card" style={{ marginTop: 16 }} aria-labelledby="rd-unit-overdue">
        <h2 id="rd-unit-overdue">逾期未完成</h2>
        {d.overdue.length === 0 ? (
          <div className="empty">没有逾期未完成的演练任务。</div>
        ) : (
          <ul className="rd-list">
            {d.overdue.map((o) => (
              <li key={`${o.assignment_id}:${o.user_id}`}>
                <Link to={`/readiness/cadres/${o.user_id}?period=${d.period.key}`}>{o.display_name}</Link>（
                {o.unit_name}）· {o.title} · 截止 {formatDate(o.due_at)}
              </li>
            ))}
            {d.overdueTotal > d.overdue.length ? (
              <li className="muted">另有 {d.overdueTotal - d.overdue.length} 条</li>
            ) : null}
          </ul>
        )}
      </section>
    </>
  );
}
