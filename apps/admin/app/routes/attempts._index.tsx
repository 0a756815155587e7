import { getDb, listSubtree } from "@k2k/db";
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
  const get = (k: string) => url.searchParams.get(k)?.trim() || undefined;
  const num = (k: string) => {
    const v = get(k);
    return v !== undefined && Number.isFinite(Number(v)) ? Number(v) : undefined;
  };
  // dates are picked in Beijing time (UTC+8)
  const day = (k: string, endOfDay: boolean) => {
    const v = get(k);
    if (!v || !/^\d{4}-\d{2}-\d{2}$/.test(v)) return undefined;
    const t = Date.parse(`${v}T00:00:00+08:00`) + (endOfDay ? 86_400_000 : 0);
    return Number.isNaN(t) ? undefined : new Date(t).toISOString();
  };
  const filters = {
    q: get("q"),
    status: get("status"),
    scenarioId: get("scenario"),
    unitId: get("unit"),
    minScore: num("min"),
    maxScore: num("max"),
    from: day("from", false),
    to: day("to", true),
  };
  const scope = visiblePath(user);
  const { db } = getDb();
  const [attempts, units, scenarios] = await Promise.all([
    listAttempts(scope, filters),
    listSubtree(db, scope),
    db.selectFrom("scenarios").select(["id", "title"]).orderBy("title").execute(),
  ]);
  return {
    attempts,
    units: units.map((u) => ({ id: u.id, name: u.name, depth: u.depth })),
    scenarios,
    values: Object.fromEntries(
      ["q", "status", "scenario", "unit", "min", "max", "from", "to"].map((k) => [k, get(k) ?? ""]),
    ),
  };
}

export default function Attempts() {
  const { attempts, units, scenarios, values } = useLoaderData<typeof loader>();
  const { q, status } = values;
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
        <div style={{ flex: "1 1 200px" }}>
          <label htmlFor="scenario">场景</label>
          <select id="scenario" name="scenario" defaultValue={values.scenario}>
            <option value="">全部场景</option>
            {scenarios.map((x) => (
              <option key={x.id} value={x.id}>
                {x.title}
              </option>
            ))}
          </select>
        </div>
        <div style={{ flex: "1 1 180px" }}>
          <label htmlFor="unit">单位（含下级）</label>
          <select id="unit" name="unit" defaultValue={values.unit}>
            <option value="">全部单位</option>
            {units.map((u) => (
              <option key={u.id} value={u.id}>
                {"　".repeat(Math.max(0, u.depth - (units[0]?.depth ?? 0)))}
                {u.name}
              </option>
            ))}
          </select>
        </div>
        <div style={{ flex: "0 1 90px" }}>
          <label htmlFor="min">最低分</label>
          <input id="min" name="min" type="number" min={0} max={100} defaultValue={values.min} />
        </div>
        <div style={{ flex: "0 1 90px" }}>
          <label htmlFor="max">最高分</label>
          <input id="max" name="max" type="number" min={0} max={100} defaultValue={values.max} />
        </div>
        <div style={{ flex: "0 1 150px" }}>
          <label htmlFor="from">开始日期</label>
          <input id="from" name="from" type="date" defaultValue={values.from} />
        </div>
        <div style={{ flex: "0 1 150px" }}>
          <label htmlFor="to">结束日期</label>
          <input id="to" name="to" type="date" defaultValue={values.to} />
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
