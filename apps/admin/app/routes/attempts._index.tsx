import { requireRole } from "@k2k/web/server";
import { formatDateTime, STATUS_LABELS } from "@k2k/web/ui";
import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { listAttempts } from "../lib/attempts.server.ts";
import { ADMIN_ROLES } from "../lib/roles.ts";
import { visiblePath } from "../lib/scope.server.ts";

export const meta: MetaFunction = () => [{ title: "演练记录 · 键对键管理端" }];

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireRole(request, "admin", ADMIN_ROLES);
  const url = new URL(request.url);
  const q = url.searchParams.get("q")?.trim() || undefined;
  const status = url.searchParams.get("status") || undefined;
  const attempts = await listAttempts(visiblePath(user), { q, status });
  return { attempts, q: q ?? "", status: status ?? "" };
}

export default function Attempts() {
  const { attempts, q, status } = useLoaderData<typeof loader>();
  return (
    <>
      <div className="page-title">
        <h1>演练记录</h1>
        <p>本人权限范围内干部的全部演练</p>
      </div>
      <Form
        method="get"
        className="card"
        style={{ display: "flex", gap: 12, alignItems: "flex-end", flexWrap: "wrap", marginBottom: 16 }}
      >
        <div style={{ flex: "1 1 240px" }}>
          <label htmlFor="q">搜索</label>
          <input id="q" name="q" type="search" defaultValue={q} placeholder="干部姓名或场景名称" />
        </div>
        <div style={{ flex: "0 1 160px" }}>
          <label htmlFor="status">状态</label>
          <select id="status" name="status" defaultValue={status}>
            <option value="">全部</option>
            <option value="active">进行中</option>
            <option value="completed">已完成</option>
            <option value="abandoned">已放弃</option>
          </select>
        </div>
        <button className="btn secondary" type="submit">
          筛选
        </button>
      </Form>
      {attempts.length === 0 ? (
        <div className="card empty">暂无演练记录。干部完成演练后会显示在这里。</div>
      ) : (
        <div className="table-wrap">
          <table className="data">
            <thead>
              <tr>
                <th>干部</th>
                <th>单位</th>
                <th>场景</th>
                <th>开始时间</th>
                <th>状态</th>
                <th>得分</th>
              </tr>
            </thead>
            <tbody>
              {attempts.map((a) => (
                <tr key={a.id}>
                  <td>{a.display_name}</td>
                  <td>{a.unit_name}</td>
                  <td>
                    <Link to={`/attempts/${a.id}`}>{a.scenario_title}</Link>{" "}
                    <span className="muted small">v{a.version}</span>
                  </td>
                  <td className="nowrap">{formatDateTime(a.started_at)}</td>
                  <td>
                    <span
                      className={`badge ${a.status === "completed" ? "good" : a.status === "active" ? "info" : ""}`}
                    >
                      {STATUS_LABELS[a.status] ?? a.status}
                    </span>
                  </td>
                  <td>{a.total_score === null ? "—" : Math.round(a.total_score)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
