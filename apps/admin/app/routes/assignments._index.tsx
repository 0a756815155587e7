import { completionByUnit, getDb, listAssignmentPeople, listAssignments } from "@k2k/db";
import { hasAnyRole, requireRole } from "@k2k/web/server";
import { formatDateTime } from "@k2k/web/ui";
import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { ADMIN_ROLES, EDITOR_ROLES } from "../lib/roles.ts";
import { visiblePath } from "../lib/scope.server.ts";

export const meta: MetaFunction = () => [{ title: "任务布置 · 键对键管理端" }];

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireRole(request, "admin", ADMIN_ROLES);
  const { db } = getDb();
  const scope = visiblePath(user);
  const list = await listAssignments(db);
  const now = new Date().toISOString();
  const rows = [];
  for (const a of list) {
    const people = await listAssignmentPeople(db, a.id, scope, now);
    const units = completionByUnit(people);
    rows.push({
      ...a,
      total: people.length,
      completed: units.reduce((s, u) => s + u.completed, 0),
      overdue: units.reduce((s, u) => s + u.overdue, 0),
      notStarted: units.reduce((s, u) => s + u.notStarted, 0),
    });
  }
  return { rows, canEdit: hasAnyRole(user, EDITOR_ROLES) };
}

export default function Assignments() {
  const { rows, canEdit } = useLoaderData<typeof loader>();
  return (
    <>
      <div className="page-title">
        <h1>任务布置</h1>
        {canEdit ? (
          <Link className="btn primary" to="/assignments/new">
            布置新任务
          </Link>
        ) : null}
      </div>
      {rows.length === 0 ? (
        <div className="card empty">
          还没有布置任何任务。{canEdit ? "点击“布置新任务”，把已发布的场景布置给单位或个人。" : ""}
        </div>
      ) : (
        <div className="table-wrap">
          <table className="data">
            <thead>
              <tr>
                <th>任务</th>
                <th>场景</th>
                <th>截止时间</th>
                <th>计时方式</th>
                <th>完成情况</th>
                <th>未开始</th>
                <th>逾期</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((a) => (
                <tr key={a.id}>
                  <td>
                    <Link to={`/assignments/${a.id}`}>{a.title}</Link>
                  </td>
                  <td>
                    {a.scenario_title} <span className="muted small">v{a.version}</span>
                  </td>
                  <td className="nowrap">{formatDateTime(a.due_at)}</td>
                  <td>{a.time_mode === "realtime" ? `实时（1:${a.time_scale}）` : "回合制"}</td>
                  <td>
                    <span className="progress" aria-hidden="true">
                      <span style={{ width: `${a.total ? (a.completed / a.total) * 100 : 0}%` }} />
                    </span>{" "}
                    {a.completed} / {a.total}
                  </td>
                  <td>{a.notStarted}</td>
                  <td>{a.overdue > 0 ? <span className="badge bad">{a.overdue}</span> : 0}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
