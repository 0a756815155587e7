import { COMPETENCY_LABELS, type Competency } from "@k2k/scenarios";
import { requireRole } from "@k2k/web/server";
import { Chart, formatDateTime, STATUS_LABELS } from "@k2k/web/ui";
import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import type { ChartConfiguration } from "chart.js";
import { useMemo } from "react";
import { loadHome } from "../lib/home.server.ts";

export const meta: MetaFunction = () => [{ title: "首页 · 键对键学员端" }];

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireRole(request, "learner", ["learner"]);
  return { name: user.display_name, unit: user.unit_name, ...(await loadHome(user.id)) };
}

const ASSIGNMENT_STATUS: Record<string, { text: string; cls: string }> = {
  "not-started": { text: "未开始", cls: "warn" },
  active: { text: "进行中", cls: "info" },
  completed: { text: "已完成", cls: "good" },
  overdue: { text: "已逾期", cls: "bad" },
};

const COLORS = ["#b3261e", "#1d4f91", "#2f9e44", "#f08c00", "#7048e8", "#0c8599"];
const DIFFICULTY = ["", "入门", "进阶", "挑战"];

export default function Home() {
  const { name, unit, assignments, practice, progress, recent } = useLoaderData<typeof loader>();
  const categories = [...new Set(practice.map((p) => p.category))];

  const trend = useMemo<ChartConfiguration>(
    () => ({
      type: "line",
      data: {
        datasets: progress
          .filter((p) => p.points.length > 0)
          .map((p, i) => ({
            label: COMPETENCY_LABELS[p.competency as Competency],
            data: p.points.map((pt, j) => ({ x: j + 1, y: pt.score })),
            borderColor: COLORS[i % COLORS.length],
            backgroundColor: COLORS[i % COLORS.length],
            tension: 0.2,
          })),
      },
      options: {
        parsing: false,
        scales: {
          x: { type: "linear", title: { display: true, text: "第几次演练" }, ticks: { stepSize: 1 } },
          y: { min: 0, max: 100, title: { display: true, text: "得分" } },
        },
      },
    }),
    [progress],
  );
  // a trend needs two points of one competency at least
  const hasTrend = progress.some((p) => p.points.length > 1);

  return (
    <>
      <div className="page-title">
        <h1>{name}，您好</h1>
        <p>{unit} · 网上群众工作能力训练</p>
      </div>

      <section className="card" aria-labelledby="assigned">
        <h2 id="assigned">布置给我的演练</h2>
        {assignments.length === 0 ? (
          <p className="empty">目前没有布置给您的演练任务。可以在下方自主练习。</p>
        ) : (
          <div className="table-wrap">
            <table className="data">
              <thead>
                <tr>
                  <th>任务</th>
                  <th>场景</th>
                  <th>截止时间</th>
                  <th>状态</th>
                  <th>操作</th>
                </tr>
              </thead>
              <tbody>
                {assignments.map((a) => (
                  <tr key={a.assignmentId}>
                    <td>
                      {a.title}
                      {a.timeMode === "realtime" ? (
                        <span className="badge info" style={{ marginLeft: 6 }}>
                          实时模式
                        </span>
                      ) : null}
                    </td>
                    <td>{a.scenarioTitle}</td>
                    <td className="nowrap">{formatDateTime(a.dueAt)}</td>
                    <td>
                      <span className={`badge ${ASSIGNMENT_STATUS[a.status]?.cls ?? ""}`}>
                        {ASSIGNMENT_STATUS[a.status]?.text ?? a.status}
                      </span>
                    </td>
                    <td className="nowrap">
                      {a.status === "active" && a.attemptId ? (
                        <Link className="btn small secondary" to={`/attempts/${a.attemptId}`}>
                          继续
                        </Link>
                      ) : a.status === "completed" && a.attemptId ? (
                        <Link to={`/attempts/${a.attemptId}/debrief`}>查看复盘</Link>
                      ) : (
                        <Form method="post" action="/attempts/new">
                          <input type="hidden" name="versionId" value={a.scenarioVersionId} />
                          <input type="hidden" name="assignmentId" value={a.assignmentId} />
                          <button
                            className="btn small primary"
                            type="submit"
                            aria-label={`开始任务：${a.title}`}
                          >
                            开始
                          </button>
                        </Form>
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>

      <div className="grid cols-2" style={{ marginTop: 16 }}>
        <section className="card" aria-labelledby="progress">
          <h2 id="progress">我的能力进展</h2>
          <div className="kpis" style={{ gridTemplateColumns: "repeat(3, minmax(0, 1fr))" }}>
            {progress.map((p) => (
              <div className="kpi" key={p.competency}>
                <div className="label">{COMPETENCY_LABELS[p.competency as Competency]}</div>
                <div className="value">{p.best ?? "—"}</div>
                <div className="small muted">{p.attempts ? `最好成绩 · ${p.attempts} 次` : "尚未练习"}</div>
              </div>
            ))}
          </div>
          {hasTrend ? (
            <div style={{ marginTop: 12 }}>
              <Chart config={trend} label="各项能力历次得分趋势" height={220} />
            </div>
          ) : (
            <p className="muted small" style={{ marginTop: 12 }}>
              完成演练后，这里会显示各项能力的得分趋势。
            </p>
          )}
        </section>
        <section className="card" aria-labelledby="recent">
          <h2 id="recent">最近演练</h2>
          {recent.length === 0 ? (
            <p className="empty">还没有演练记录，从下方选一个场景开始吧。</p>
          ) : (
            <ul className="attempt-list">
              {recent.map((a) => (
                <li key={a.id}>
                  <Link to={a.status === "active" ? `/attempts/${a.id}` : `/attempts/${a.id}/debrief`}>
                    {a.title}
                  </Link>
                  <span className="muted small">
                    {formatDateTime(a.started_at)} · {STATUS_LABELS[a.status]}
                    {a.total_score !== null ? ` · ${Math.round(a.total_score)} 分` : ""}
                  </span>
                </li>
              ))}
            </ul>
          )}
          <p style={{ marginTop: 8 }}>
            <Link to="/attempts">全部演练记录 →</Link>
          </p>
        </section>
      </div>

      <section className="card" aria-labelledby="practice" style={{ marginTop: 16 }}>
        <h2 id="practice">自主练习</h2>
        {practice.length === 0 ? <p className="empty">暂无可用场景。</p> : null}
        {categories.map((category) => (
          <div key={category} style={{ marginBottom: 12 }}>
            <h3>{COMPETENCY_LABELS[category]}</h3>
            <ul className="scenario-list">
              {practice
                .filter((s) => s.category === category)
                .map((s) => (
                  <li key={s.versionId}>
                    <div>
                      <div>
                        <strong>{s.title}</strong>
                      </div>
                      <div className="small muted">
                        {s.summary.length > 90 ? `${s.summary.slice(0, 90)}……` : s.summary}
                      </div>
                      <div className="scenario-meta">
                        <span className="badge">{DIFFICULTY[s.difficulty] ?? ""}</span>
                        <span className="badge">约 {s.estimatedMinutes} 分钟</span>
                        {s.bestScore !== null ? (
                          <span className="badge good">最好 {Math.round(s.bestScore)} 分</span>
                        ) : null}
                      </div>
                    </div>
                    <Form method="post" action="/attempts/new">
                      <input type="hidden" name="versionId" value={s.versionId} />
                      <button className="btn small primary" type="submit" aria-label={`开始演练：${s.title}`}>
                        开始演练
                      </button>
                    </Form>
                  </li>
                ))}
            </ul>
          </div>
        ))}
      </section>
    </>
  );
}
