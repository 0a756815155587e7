import { getDb } from "@k2k/db";
import { requireRole } from "@k2k/web/server";
import { formatDateTime, formatSimMinutes, STATUS_LABELS } from "@k2k/web/ui";
import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";

export const meta: MetaFunction = () => [{ title: "我的演练 · 键对键" }];

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireRole(request, "learner", ["learner"]);
  const url = new URL(request.url);
  const status = url.searchParams.get("status") || "";
  const scenario = url.searchParams.get("scenario") || "";
  const { db } = getDb();
  let q = db
    .selectFrom("attempts as a")
    .innerJoin("scenario_versions as v", "v.id", "a.scenario_version_id")
    .select([
      "a.id",
      "a.status",
      "a.started_at",
      "a.total_score",
      "a.sim_minutes",
      "a.outcome",
      "v.title",
      "v.scenario_id",
      "v.version",
    ])
    .where("a.user_id", "=", user.id);
  if (status) q = q.where("a.status", "=", status as "active");
  if (scenario) q = q.where("v.scenario_id", "=", scenario);
  const attempts = await q.orderBy("a.started_at", "desc").limit(500).execute();
  const scenarios = await db
    .selectFrom("attempts as a")
    .innerJoin("scenario_versions as v", "v.id", "a.scenario_version_id")
    .select(["v.scenario_id", "v.title"])
    .where("a.user_id", "=", user.id)
    .groupBy(["v.scenario_id", "v.title"])
    .execute();
  return { attempts, scenarios, status, scenario };
}

export default function History() {
  const { attempts, scenarios, status, scenario } = useLoaderData<typeof loader>();
  return (
    <>
      <div className="page-title">
        <h1>我的演练</h1>
        <p>全部演练记录，点击查看复盘或继续演练</p>
      </div>
      <Form
        method="get"
        className="card"
        style={{ display: "flex", gap: 12, alignItems: "flex-end", flexWrap: "wrap", marginBottom: 16 }}
      >
        <div style={{ flex: "1 1 220px" }}>
          <label htmlFor="scenario">场景</label>
          <select id="scenario" name="scenario" defaultValue={scenario}>
            <option value="">全部场景</option>
            {[...new Map(scenarios.map((s) => [s.scenario_id, s.title])).entries()].map(([id, title]) => (
              <option key={id} value={id}>
                {title}
              </option>
            ))}
          </select>
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
        <div className="card empty">没有符合条件的演练。可以回到首页选择场景开始演练。</div>
      ) : (
        <div className="table-wrap">
          <table className="data">
            <thead>
              <tr>
                <th>场景</th>
                <th>开始时间</th>
                <th>状态</th>
                <th>模拟用时</th>
                <th>得分</th>
                <th>操作</th>
              </tr>
            </thead>
            <tbody>
              {attempts.map((a) => (
                <tr key={a.id}>
                  <td>
                    {a.title} <span className="muted small">v{a.version}</span>
                  </td>
                  <td className="nowrap">{formatDateTime(a.started_at)}</td>
                  <td>
                    <span
                      className={`badge ${a.status === "completed" ? "good" : a.status === "active" ? "info" : ""}`}
                    >
                      {STATUS_LABELS[a.status]}
                    </span>
                  </td>
                  <td>{formatSimMinutes(a.sim_minutes)}</td>
                  <td>{a.total_score === null ? "—" : Math.round(a.total_score)}</td>
                  <td className="nowrap">
                    {a.status === "active" ? <Link to={`/attempts/${a.id}`}>继续演练</Link> : null}{" "}
                    <Link to={`/attempts/${a.id}/debrief`}>复盘</Link>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
