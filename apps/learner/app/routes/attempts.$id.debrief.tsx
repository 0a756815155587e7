import { getDb, listAttemptComments, listLatestPublished, listScores } from "@k2k/db";
import { COMPETENCY_LABELS, type Competency, type SpreadSeries } from "@k2k/scenarios";
import { DIMENSION_LABELS, type Dimension, FINDING_CODES, type Finding } from "@k2k/scoring";
import { requireRole } from "@k2k/web/server";
import { Chart, formatDateTime, formatSimMinutes, HighlightedText } from "@k2k/web/ui";
import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import type { ChartConfiguration } from "chart.js";
import { useMemo } from "react";
import { debriefSeries, loadOwnAttempt } from "../lib/drill.server.ts";

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: `复盘：${data?.title ?? ""} · 键对键` },
];

const OUTCOME_LABELS: Record<string, { text: string; cls: string }> = {
  success: { text: "处置得当", cls: "good" },
  partial: { text: "基本处置", cls: "warn" },
  failure: { text: "处置失当", cls: "bad" },
  abandoned: { text: "已放弃", cls: "" },
};

export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requireRole(request, "learner", ["learner"]);
  const loaded = await loadOwnAttempt(String(params.id), user);
  const { attempt, def, view } = loaded;
  const { db } = getDb();
  const scores = await listScores(db, attempt.id);
  const comments = await listAttemptComments(db, attempt.id);
  const series = compactSeries(debriefSeries(loaded));
  const version = await db
    .selectFrom("scenario_versions")
    .select("scenario_id")
    .where("id", "=", attempt.scenario_version_id)
    .executeTakeFirstOrThrow();
  const earlier = await db
    .selectFrom("attempts as a")
    .innerJoin("scenario_versions as v", "v.id", "a.scenario_version_id")
    .select(["a.id", "a.started_at", "a.total_score", "a.status", "a.outcome"])
    .where("a.user_id", "=", user.id)
    .where("v.scenario_id", "=", version.scenario_id)
    .orderBy("a.started_at")
    .execute();

  const tasks = def.stages.flatMap((s) => s.tasks ?? []);
  const submissions = view.submissions.map((s) => {
    const stored = scores.find((x) => x.task_id === s.taskId);
    const task = tasks.find((t) => t.id === s.taskId);
    return {
      ...s,
      adjusted: stored?.adjusted ?? {},
      overrides: stored?.overrides ?? [],
      exemplar: task?.exemplar ?? null,
      prompt: task?.prompt ?? "",
    };
  });

  // the next drill: a published scenario of the weakest competency that this learner has not finished
  const done = new Set(
    (
      await db
        .selectFrom("attempts as a")
        .innerJoin("scenario_versions as v", "v.id", "a.scenario_version_id")
        .select("v.scenario_id")
        .where("a.user_id", "=", user.id)
        .where("a.status", "=", "completed")
        .execute()
    ).map((r) => r.scenario_id),
  );
  const published = await listLatestPublished(db);
  const next =
    published.find((p) => !done.has(p.scenario_id) && p.scenario_id !== version.scenario_id) ?? null;

  return {
    attemptId: attempt.id,
    status: attempt.status,
    title: view.title,
    category: def.category,
    // only what the page shows: the whole view (feed, tasks, actions) would triple the page
    view: { ending: view.ending, simMinutes: view.simMinutes, log: view.log, deadlines: view.deadlines },
    submissions,
    series,
    comments,
    earlier,
    next: next ? { versionId: next.version_id, title: next.title, category: next.category } : null,
  };
}

/**
 * The chart needs hours and whole people only; three series of objects with every model
 * variable made up most of the page's bytes.
 */
function compactSeries(series: SpreadSeries) {
  const compact = (points: SpreadSeries["actual"]) => ({
    hours: points.map((p) => Math.round((p.minute / 60) * 100) / 100),
    reach: points.map((p) => Math.round(p.reach)),
  });
  return {
    actual: compact(series.actual),
    noResponse: compact(series.noResponse),
    earliest: compact(series.earliest),
  };
}

function average(values: number[]) {
  return values.length ? values.reduce((a, b) => a + b, 0) / values.length : 0;
}

export default function Debrief() {
  const d = useLoaderData<typeof loader>();
  const outcome =
    OUTCOME_LABELS[d.view.ending?.outcome ?? (d.status === "abandoned" ? "abandoned" : "")] ?? null;
  const total = d.submissions.length ? Math.round(average(d.submissions.map((s) => s.score.total))) : null;

  const dims = useMemo(() => {
    const keys = Object.keys(d.submissions[0]?.score.dimensions ?? {}) as Dimension[];
    return keys.map((k) => ({
      key: k,
      value: Math.round(average(d.submissions.map((s) => s.adjusted[k] ?? s.score.dimensions[k] ?? 0))),
    }));
  }, [d.submissions]);

  const dimChart = useMemo<ChartConfiguration>(
    () => ({
      type: "bar",
      data: {
        labels: dims.map((x) => DIMENSION_LABELS[x.key] ?? x.key),
        datasets: [
          {
            label: "维度得分",
            data: dims.map((x) => x.value),
            backgroundColor: dims.map((x) =>
              x.value >= 75 ? "#2f9e44" : x.value >= 50 ? "#f08c00" : "#e03131",
            ),
          },
        ],
      },
      options: {
        indexAxis: "y",
        scales: { x: { min: 0, max: 100 } },
        plugins: { legend: { display: false } },
      },
    }),
    [dims],
  );

  const spreadChart = useMemo<ChartConfiguration>(() => {
    const toPoints = (s: { hours: number[]; reach: number[] }) =>
      s.hours.map((x, i) => ({ x, y: s.reach[i] ?? 0 }));
    return {
      type: "line",
      data: {
        datasets: [
          {
            label: "您的处置",
            data: toPoints(d.series.actual),
            borderColor: "#1d4f91",
            backgroundColor: "#1d4f91",
            pointRadius: 0,
            borderWidth: 2,
          },
          {
            label: "不作回应",
            data: toPoints(d.series.noResponse),
            borderColor: "#e03131",
            backgroundColor: "#e03131",
            pointRadius: 0,
            borderDash: [6, 4],
            borderWidth: 2,
          },
          {
            label: "最早回应（同样内容在首条信息时发布）",
            data: toPoints(d.series.earliest),
            borderColor: "#2f9e44",
            backgroundColor: "#2f9e44",
            pointRadius: 0,
            borderDash: [2, 3],
            borderWidth: 2,
          },
        ],
      },
      options: {
        parsing: false,
        scales: {
          x: { type: "linear", title: { display: true, text: "模拟时间（小时）" } },
          y: { title: { display: true, text: "累计触达人数" }, beginAtZero: true },
        },
      },
    };
  }, [d.series]);

  const historyChart = useMemo<ChartConfiguration>(
    () => ({
      type: "line",
      data: {
        labels: d.earlier.map((_, i) => `第${i + 1}次`),
        datasets: [
          {
            label: "总分",
            data: d.earlier.map((a) => (a.total_score === null ? null : Math.round(a.total_score))),
            borderColor: "#b3261e",
            backgroundColor: "#b3261e",
            spanGaps: true,
          },
        ],
      },
      options: { scales: { y: { min: 0, max: 100 } }, plugins: { legend: { display: false } } },
    }),
    [d.earlier],
  );

  return (
    <>
      <div className="page-title">
        <h1>复盘：{d.title}</h1>
        <div style={{ display: "flex", gap: 12, alignItems: "center" }}>
          <Form method="post" action="/attempts/new">
            <input type="hidden" name="restartOf" value={d.attemptId} />
            <button className="btn small primary" type="submit">
              再练一次
            </button>
          </Form>
          <Link to="/attempts">返回我的演练</Link>
        </div>
      </div>

      <section className="card outcome" aria-label="结果">
        <div>
          <div className="muted small">综合得分</div>
          <div className="score-big" data-testid="total-score">
            {total ?? "—"}
          </div>
        </div>
        <div style={{ flex: 1, minWidth: 260 }}>
          {outcome ? <span className={`badge ${outcome.cls}`}>{outcome.text}</span> : null}{" "}
          <strong>{d.view.ending?.title ?? (d.status === "active" ? "演练尚未结束" : "")}</strong>
          <p style={{ marginTop: 6 }}>{d.view.ending?.narrative}</p>
          <p className="muted small">
            模拟用时 {formatSimMinutes(d.view.simMinutes)} ·{" "}
            {COMPETENCY_LABELS[d.category as Competency] ?? d.category}
          </p>
        </div>
      </section>

      {d.comments.length > 0 ? (
        <section className="card" aria-labelledby="comments">
          <h2 id="comments">教员点评</h2>
          {d.comments.map((c) => (
            <blockquote key={c.id} style={{ margin: "0 0 8px" }}>
              <p style={{ whiteSpace: "pre-wrap" }}>{c.body}</p>
              <footer className="muted small">
                —— {c.author}，{formatDateTime(c.created_at)}
              </footer>
            </blockquote>
          ))}
        </section>
      ) : null}

      <div className="grid cols-2" style={{ marginTop: 16 }}>
        <section className="card" aria-labelledby="dims">
          <h2 id="dims">各维度得分</h2>
          {dims.length ? (
            <Chart config={dimChart} label="各维度得分柱状图" height={320} />
          ) : (
            <p className="empty">本次演练没有提交文稿。</p>
          )}
        </section>
        <section className="card" aria-labelledby="spread">
          <h2 id="spread">舆情传播：早一点、好一点会怎样</h2>
          <Chart
            config={spreadChart}
            label="谣言触达人数随时间变化：您的处置、不作回应、最早回应"
            height={320}
          />
          <p className="small muted">
            蓝线为您的实际处置；红色虚线为不作任何回应；绿色虚线为把您的回应提前到首条信息出现时发布。
          </p>
        </section>
      </div>

      <section className="card" aria-labelledby="texts" style={{ marginTop: 16 }}>
        <h2 id="texts">逐字点评</h2>
        {d.submissions.length === 0 ? <p className="empty">本次演练没有提交文稿。</p> : null}
        {d.submissions.map((s) => (
          <article key={s.taskId} style={{ marginBottom: 24 }}>
            <h3>
              {s.label}{" "}
              <span className="muted small">
                T+{formatSimMinutes(s.at)} 提交 · {Math.round(s.score.total)} 分
              </span>
            </h3>
            <div className="submission">
              <div>
                <div className="preview card" data-testid="highlighted-text">
                  <HighlightedText text={s.text} findings={s.score.findings} />
                </div>
                {s.score.timeliness ? (
                  <ul className="small" style={{ marginTop: 8 }}>
                    {s.score.timeliness.rules.map((r) => (
                      <li key={r.ruleId}>{r.explanation}</li>
                    ))}
                  </ul>
                ) : null}
                {s.exemplar ? (
                  <details style={{ marginTop: 8 }}>
                    <summary>参考写法</summary>
                    <p style={{ whiteSpace: "pre-wrap" }}>{s.exemplar}</p>
                  </details>
                ) : null}
              </div>
              <FindingList findings={s.score.findings} />
            </div>
            {s.overrides.length > 0 ? (
              <div className="alert info" style={{ marginTop: 8 }}>
                教员调整：
                {s.overrides.map((o) => (
                  <div key={o.id}>
                    {DIMENSION_LABELS[o.dimension as Dimension] ?? o.dimension}：{Math.round(o.old_value)} →{" "}
                    {Math.round(o.new_value)}（{o.reason}）
                  </div>
                ))}
              </div>
            ) : null}
          </article>
        ))}
      </section>

      <div className="grid cols-2" style={{ marginTop: 16 }}>
        <section className="card" aria-labelledby="timeline">
          <h2 id="timeline">处置时间线与时限</h2>
          <ol className="timeline">
            {[
              ...d.view.log.map((l) => ({
                at: l.at,
                key: `l${l.index}`,
                text: `${l.label}${l.total !== undefined ? `（${Math.round(l.total)} 分）` : ""}`,
                deadline: false,
              })),
              ...d.view.deadlines.map((x) => ({
                at: x.dueAt,
                key: `d${x.ruleId}`,
                text: `时限：${x.label} —— ${x.status === "met" ? `已于 T+${formatSimMinutes(x.doneAt ?? 0)} 完成` : x.status === "missed" ? "未能按时完成" : "未到期"}`,
                deadline: true,
              })),
            ]
              .sort((a, b) => a.at - b.at)
              .map((e) => (
                <li key={e.key} className={e.deadline ? "deadline-mark" : ""}>
                  <span className="t">T+{formatSimMinutes(e.at)}</span>
                  {e.text}
                </li>
              ))}
          </ol>
        </section>
        <section className="card" aria-labelledby="history">
          <h2 id="history">与以往演练对比</h2>
          {d.earlier.length > 1 ? (
            <Chart config={historyChart} label="同一场景历次得分折线图" height={200} />
          ) : (
            <p className="muted">这是您第一次演练本场景。</p>
          )}
          <ul className="attempt-list">
            {d.earlier.map((a, i) => (
              <li key={a.id}>
                <span>
                  第{i + 1}次 · {formatDateTime(a.started_at)} ·{" "}
                  {a.total_score === null ? "未评分" : `${Math.round(a.total_score)} 分`}{" "}
                  {a.id === d.attemptId ? "（本次）" : ""}
                </span>
              </li>
            ))}
          </ul>
          <h3 style={{ marginTop: 12 }}>推荐下一个演练</h3>
          {d.next ? (
            <Form
              method="post"
              action="/attempts/new"
              style={{ display: "flex", gap: 8, alignItems: "center" }}
            >
              <input type="hidden" name="versionId" value={d.next.versionId} />
              <span>
                {d.next.title}（{COMPETENCY_LABELS[d.next.category as Competency] ?? d.next.category}）
              </span>
              <button className="btn primary small" type="submit">
                开始
              </button>
            </Form>
          ) : (
            <p className="muted">您已完成全部场景，可以重练得分较低的场景。</p>
          )}
        </section>
      </div>
    </>
  );
}

/**
 * What cost points comes first, each with its words and a better wording; what earned points
 * follows, grouped by dimension so that a long text does not bury the lessons.
 */
/** The catalogue's message of a code without its quoted example, for a group of findings. */
function genericMessage(code: string, first: Finding): string {
  const spec = (FINDING_CODES as Record<string, { message: string }>)[code];
  if (!spec) return first.message;
  return spec.message.replace(/（?“\{t\}”）?/g, "").replace(/\{t\}/g, "");
}

function FindingList({ findings }: { findings: Finding[] }) {
  const minus = findings
    .filter((f) => f.effect === "-")
    .sort((a, b) => b.severity - a.severity || a.start - b.start);
  const plus = new Map<string, Finding[]>();
  for (const f of findings.filter((x) => x.effect === "+"))
    plus.set(f.code, [...(plus.get(f.code) ?? []), f]);
  return (
    <div className="stack">
      <h4 style={{ margin: 0 }}>扣分之处（{minus.length}）</h4>
      {minus.length === 0 ? <p className="muted small">没有发现明显扣分的措辞。</p> : null}
      <ul className="findings-list" aria-label="扣分依据">
        {minus.map((f) => (
          <li key={`${f.code}-${f.start}-${f.end}`} className="minus">
            <span className="badge bad">扣分 · {DIMENSION_LABELS[f.dimension] ?? f.dimension}</span>{" "}
            {f.text ? <q>{f.text}</q> : null} {f.message}
            {f.suggestion ? <div className="suggestion">建议：{f.suggestion}</div> : null}
          </li>
        ))}
      </ul>
      <h4 style={{ margin: 0 }}>加分之处</h4>
      <ul className="findings-list" aria-label="加分依据">
        {[...plus.entries()].map(([code, list]) => (
          <li key={code} className="plus">
            <span className="badge good">
              加分 · {DIMENSION_LABELS[list[0]!.dimension] ?? list[0]!.dimension}
            </span>{" "}
            {genericMessage(code, list[0]!)}
            <div className="small">
              {list.slice(0, 8).map((f) => (
                <q key={`${f.start}-${f.end}`} style={{ marginRight: 8 }}>
                  {f.text}
                </q>
              ))}
              {list.length > 8 ? <span className="muted">等 {list.length} 处</span> : null}
            </div>
          </li>
        ))}
      </ul>
    </div>
  );
}
