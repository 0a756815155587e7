import { completionByUnit, getAssignment, getDb, listAssignmentPeople } from "@k2k/db";
import { notFound, requireRole } from "@k2k/web/server";
import { formatDateTime } from "@k2k/web/ui";
import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { ASSIGNMENT_STATUS_BADGE, ASSIGNMENT_STATUS_LABELS } from "../lib/assignment-status.ts";
import { ADMIN_ROLES } from "../lib/roles.ts";
import { visiblePath } from "../lib/scope.server.ts";

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: `${data?.assignment.title ?? "任务"} · 键对键管理端` },
];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requireRole(request, "admin", ADMIN_ROLES);
  const { db } = getDb();
  const assignment = await getAssignment(db, String(params.id));
  if (!assignment) throw notFound("任务不存在。");
  const people = await listAssignmentPeople(db, assignment.id, visiblePath(user));
  return { assignment, people, units: completionByUnit(people) };
}

export default function AssignmentDetail() {
  const { assignment: a, people, units } = useLoaderData<typeof loader>();
  const notStarted = people.filter((p) => p.status === "not-started");
  const overdue = people.filter((p) => p.status === "overdue");
  const completed = people.filter((p) => p.status === "completed").length;
  return (
    <>
      <div className="page-title">
        <h1>{a.title}</h1>
        <Link to="/assignments">返回任务列表</Link>
      </div>
      <div className="kpis">
        <div className="kpi">
          <div className="label">应参训人数</div>
          <div className="value">{people.length}</div>
        </div>
        <div className="kpi">
          <div className="label">已完成</div>
          <div className="value">{completed}</div>
        </div>
        <div className="kpi">
          <div className="label">未开始</div>
          <div className="value">{notStarted.length}</div>
        </div>
        <div className="kpi">
          <div className="label">已逾期</div>
          <div className="value">{overdue.length}</div>
        </div>
      </div>
      <div className="card" style={{ marginTop: 16 }}>
        <dl className="meta-list">
          <dt>场景</dt>
          <dd>
            <Link to={`/scenarios/${a.scenario_id}`}>{a.scenario_title}</Link> v{a.version}
          </dd>
          <dt>截止时间</dt>
          <dd>{formatDateTime(a.due_at)}</dd>
          <dt>计时方式</dt>
          <dd>{a.time_mode === "realtime" ? `实时：现实 1 分钟 = 模拟 ${a.time_scale} 分钟` : "回合制"}</dd>
          <dt>布置对象</dt>
          <dd>
            {a.targets
              .map((t) => (t.unit_id ? `${t.unit_name ?? t.unit_id}（含下级）` : t.display_name))
              .join("、") || "—"}
          </dd>
          <dt>布置人</dt>
          <dd>
            {a.created_by_name ?? "—"} · {formatDateTime(a.created_at)}
          </dd>
        </dl>
      </div>

      <div className="grid cols-2" style={{ marginTop: 16 }}>
        <section className="card" aria-labelledby="remind-ns">
          <h2 id="remind-ns">待提醒：尚未开始（{notStarted.length}）</h2>
          {notStarted.length === 0 ? (
            <p className="empty">没有尚未开始的人员。</p>
          ) : (
            <ul className="people-list">
              {notStarted.map((p) => (
                <li key={p.userId}>
                  {p.displayName} <span className="muted small">{p.unitName}</span>
                </li>
              ))}
            </ul>
          )}
        </section>
        <section className="card" aria-labelledby="remind-od">
          <h2 id="remind-od">待提醒：已逾期未完成（{overdue.length}）</h2>
          {overdue.length === 0 ? (
            <p className="empty">没有逾期人员。</p>
          ) : (
            <ul className="people-list">
              {overdue.map((p) => (
                <li key={p.userId}>
                  {p.displayName} <span className="muted small">{p.unitName}</span>
                  {p.attemptId ? <span className="badge info">已开始</span> : null}
                </li>
              ))}
            </ul>
          )}
        </section>
      </div>

      <section className="card" style={{ marginTop: 16 }} aria-labelledby="by-unit">
        <h2 id="by-unit">按单位统计</h2>
        {units.length === 0 ? (
          <p className="empty">您的权限范围内没有被布置的人员。</p>
        ) : (
          <div className="table-wrap">
            <table className="data">
              <thead>
                <tr>
                  <th>单位</th>
                  <th>人数</th>
                  <th>已完成</th>
                  <th>进行中</th>
                  <th>未开始</th>
                  <th>逾期</th>
                  <th>完成率</th>
                </tr>
              </thead>
              <tbody>
                {units.map((u) => (
                  <tr key={u.unitId}>
                    <td>{u.unitName}</td>
                    <td>{u.total}</td>
                    <td>{u.completed}</td>
                    <td>{u.active}</td>
                    <td>{u.notStarted}</td>
                    <td>{u.overdue}</td>
                    <td>{u.total ? Math.round((u.completed / u.total) * 100) : 0}%</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>

      <section className="card" style={{ marginTop: 16 }} aria-labelledby="by-person">
        <h2 id="by-person">按人员</h2>
        {people.length === 0 ? (
          <p className="empty">暂无人员。</p>
        ) : (
          <div className="table-wrap">
            <table className="data">
              <thead>
                <tr>
                  <th>姓名</th>
                  <th>单位</th>
                  <th>状态</th>
                  <th>得分</th>
                  <th>演练</th>
                </tr>
              </thead>
              <tbody>
                {people.map((p) => (
                  <tr key={p.userId}>
                    <td>{p.displayName}</td>
                    <td>{p.unitName}</td>
                    <td>
                      <span className={`badge ${ASSIGNMENT_STATUS_BADGE[p.status]}`}>
                        {ASSIGNMENT_STATUS_LABELS[p.status]}
                      </span>
                    </td>
                    <td>{p.totalScore === null ? "—" : Math.round(p.totalScore)}</td>
                    <td>{p.attemptId ? <Link to={`/attempts/${p.attemptId}`}>查看</Link> : "—"}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
    </>
  );
}
