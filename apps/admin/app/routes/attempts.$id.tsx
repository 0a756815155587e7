import { addScoreOverride, getDb, writeAudit } from "@k2k/db";
import { type DrillEvent, type DrillView, replayDrill } from "@k2k/scenarios";
import { DIMENSION_LABELS, DIMENSIONS, type Dimension } from "@k2k/scoring";
import { forbidden, hasAnyRole, requireRole } from "@k2k/web/server";
import { formatDateTime, formatSimMinutes, STATUS_LABELS } from "@k2k/web/ui";
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useNavigation, useSearchParams } from "@remix-run/react";
import { useMemo, useState } from "react";
import { DrillSnapshot } from "../components/studio/DrillSnapshot.tsx";
import { addComment, loadReview } from "../lib/review.server.ts";
import { ADMIN_ROLES, EDITOR_ROLES } from "../lib/roles.ts";
import { visiblePath } from "../lib/scope.server.ts";
import { OUTCOME_LABELS } from "../lib/studio.ts";

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: `演练回放：${data?.learner.display_name ?? ""} · 键对键管理端` },
];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requireRole(request, "admin", ADMIN_ROLES);
  const r = await loadReview(String(params.id), visiblePath(user));
  return {
    attempt: r.attempt,
    learner: { display_name: r.learner.display_name, unit_name: r.learner.unit_name },
    version: { version: r.version.version, title: r.version.title, scenario_id: r.version.scenario_id },
    def: r.def,
    events: r.events,
    scores: r.scores.map((s) => ({
      id: s.id,
      task_id: s.task_id,
      total: s.total,
      dimensions: JSON.parse(s.dimensions_json) as Record<string, number>,
      adjusted: s.adjusted,
      overrides: s.overrides,
    })),
    comments: r.comments,
    audit: r.audit,
    canEdit: hasAnyRole(user, EDITOR_ROLES),
  };
}

type Result = { ok: boolean; message: string; field?: string };

export async function action({ request, params, context }: ActionFunctionArgs) {
  const user = await requireRole(request, "admin", ADMIN_ROLES);
  if (!hasAnyRole(user, EDITOR_ROLES)) throw forbidden("审阅人员只能查看演练，不能调整分数或点评。");
  const r = await loadReview(String(params.id), visiblePath(user));
  const form = await request.formData();
  const intent = String(form.get("intent") ?? "");
  const { db } = getDb();
  const ip = context.ip ?? null;
  if (intent === "override") {
    const score = r.scores.find((s) => s.id === String(form.get("scoreId") ?? ""));
    const dimension = String(form.get("dimension") ?? "") as Dimension;
    const raw = String(form.get("value") ?? "").trim();
    const value = Number(raw);
    const reason = String(form.get("reason") ?? "").trim();
    if (!score)
      return data<Result>({ ok: false, field: "scoreId", message: "请选择要调整的文稿。" }, { status: 400 });
    if (!DIMENSIONS.includes(dimension))
      return data<Result>(
        { ok: false, field: "dimension", message: "请选择要调整的维度。" },
        { status: 400 },
      );
    if (raw === "" || !Number.isFinite(value) || value < 0 || value > 100)
      return data<Result>(
        { ok: false, field: "value", message: "新分值应为 0 到 100 之间的数。" },
        { status: 400 },
      );
    if (reason.length < 2)
      return data<Result>(
        { ok: false, field: "reason", message: "请填写调整理由（必填）。" },
        { status: 400 },
      );
    if (reason.length > 500)
      return data<Result>(
        { ok: false, field: "reason", message: "理由请控制在 500 字以内。" },
        { status: 400 },
      );
    const dims = JSON.parse(score.dimensions_json) as Record<string, number>;
    const oldValue = score.adjusted[dimension] ?? dims[dimension] ?? 0;
    const o = await addScoreOverride(db, {
      scoreId: score.id,
      dimension,
      oldValue,
      newValue: value,
      reason,
      byUserId: user.id,
    });
    await writeAudit(db, {
      actorUserId: user.id,
      action: "score.override",
      targetType: "attempt",
      targetId: r.attempt.id,
      details: {
        overrideId: o.id,
        scoreId: score.id,
        taskId: score.task_id,
        dimension,
        oldValue,
        newValue: value,
        reason,
      },
      ip,
    });
    return {
      ok: true,
      message: `已将“${DIMENSION_LABELS[dimension]}”由 ${Math.round(oldValue)} 调整为 ${value}。`,
    } satisfies Result;
  }
  if (intent === "comment") {
    const body = String(form.get("body") ?? "").trim();
    if (!body)
      return data<Result>({ ok: false, field: "body", message: "请填写点评内容。" }, { status: 400 });
    if (body.length > 2000)
      return data<Result>(
        { ok: false, field: "body", message: "点评请控制在 2000 字以内。" },
        { status: 400 },
      );
    const id = await addComment(r.attempt.id, user.id, body);
    await writeAudit(db, {
      actorUserId: user.id,
      action: "attempt.comment",
      targetType: "attempt",
      targetId: r.attempt.id,
      details: { commentId: id, length: body.length },
      ip,
    });
    return { ok: true, message: "点评已保存，学员可在复盘中看到。" } satisfies Result;
  }
  return data<Result>({ ok: false, message: "未知操作。" }, { status: 400 });
}

const AUDIT_LABELS: Record<string, string> = { "score.override": "调整分数", "attempt.comment": "添加点评" };

export default function Review() {
  const d = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>() as Result | undefined;
  const nav = useNavigation();
  const [params, setParams] = useSearchParams();
  const n = d.events.length;
  const initial = Math.min(n, Math.max(0, Number(params.get("step") ?? n) || 0));
  const [step, setStepState] = useState(Number.isFinite(initial) ? initial : n);
  const setStep = (k: number) => {
    const v = Math.max(0, Math.min(n, k));
    setStepState(v);
    const next = new URLSearchParams(params);
    next.set("step", String(v));
    setParams(next, { replace: true, preventScrollReset: true });
  };
  const replay = useMemo((): { view: DrillView | null; error: string | null } => {
    try {
      return {
        view: replayDrill(d.def, d.events.slice(0, step), { seed: d.attempt.seed }).view,
        error: null,
      };
    } catch (e) {
      return { view: null, error: e instanceof Error ? e.message : String(e) };
    }
  }, [d.def, d.events, d.attempt.seed, step]);
  const taskLabel = (id: string) =>
    d.def.stages.flatMap((s) => s.tasks ?? []).find((t) => t.id === id)?.label ?? id;
  const last = d.events[step - 1];

  return (
    <>
      <div className="page-title">
        <h1>
          演练回放：{d.learner.display_name}
          <span className="muted small">（{d.learner.unit_name}）</span>
        </h1>
        <Link to="/attempts">返回演练记录</Link>
      </div>
      <div className="card">
        <dl className="meta-list">
          <dt>场景</dt>
          <dd>
            {d.version.title} v{d.version.version}
          </dd>
          <dt>状态</dt>
          <dd>
            {STATUS_LABELS[d.attempt.status] ?? d.attempt.status}
            {d.attempt.outcome ? ` · ${OUTCOME_LABELS[d.attempt.outcome] ?? d.attempt.outcome}` : ""}
            {d.attempt.total_score !== null ? ` · 自动得分 ${Math.round(d.attempt.total_score)}` : ""}
          </dd>
          <dt>时间</dt>
          <dd>
            {formatDateTime(d.attempt.started_at)} 开始
            {d.attempt.ended_at ? `，${formatDateTime(d.attempt.ended_at)} 结束` : ""} · 模拟{" "}
            {formatSimMinutes(d.attempt.sim_minutes)}
          </dd>
        </dl>
      </div>
      {result ? (
        <div className={`alert ${result.ok ? "success" : "error"}`} role={result.ok ? "status" : "alert"}>
          {result.message}
        </div>
      ) : null}

      <section className="card" aria-labelledby="replay-h">
        <h2 id="replay-h">逐步回放</h2>
        <Form method="get" className="scrubber" onSubmit={(e) => e.preventDefault()}>
          <button type="button" className="btn small" onClick={() => setStep(step - 1)} disabled={step <= 0}>
            ◀ 上一步
          </button>
          <label htmlFor="step" className="sr-only">
            回放进度
          </label>
          <input
            id="step"
            name="step"
            type="range"
            min={0}
            max={n}
            value={step}
            onChange={(e) => setStep(Number(e.target.value))}
            aria-valuetext={`第 ${step} 步，共 ${n} 步`}
          />
          <button type="button" className="btn small" onClick={() => setStep(step + 1)} disabled={step >= n}>
            下一步 ▶
          </button>
          <span className="nowrap" data-testid="step-label">
            第 {step} / {n} 步
          </span>
          <noscript>
            <button className="btn small" type="submit">
              跳转
            </button>
          </noscript>
        </Form>
        <p className="muted small" data-testid="step-event">
          {step === 0 ? "开始时的状态" : describeEvent(last, taskLabel, d.def)}
        </p>
        {replay.view ? (
          <DrillSnapshot view={replay.view} />
        ) : (
          <div className="alert error">回放失败：{replay.error}</div>
        )}
      </section>

      <div className="grid cols-2" style={{ marginTop: 16 }}>
        <section className="card" aria-labelledby="scores-h">
          <h2 id="scores-h">评分与调整</h2>
          {d.scores.length === 0 ? (
            <p className="empty">本次演练没有提交文稿，没有可调整的分数。</p>
          ) : (
            <>
              {d.scores.map((s) => (
                <div key={s.id} className="score-block">
                  <h3>
                    {taskLabel(s.task_id)} <span className="badge info">{Math.round(s.total)} 分</span>
                  </h3>
                  <table className="data compact">
                    <thead>
                      <tr>
                        <th>维度</th>
                        <th>自动</th>
                        <th>教员调整</th>
                      </tr>
                    </thead>
                    <tbody>
                      {DIMENSIONS.filter((k) => s.dimensions[k] !== undefined).map((k) => (
                        <tr key={k}>
                          <td>{DIMENSION_LABELS[k]}</td>
                          <td>{Math.round(s.dimensions[k] ?? 0)}</td>
                          <td data-testid={`adjusted-${s.task_id}-${k}`}>{s.adjusted[k] ?? "—"}</td>
                        </tr>
                      ))}
                    </tbody>
                  </table>
                  {s.overrides.length > 0 ? (
                    <ul className="small">
                      {s.overrides.map((o) => (
                        <li key={o.id}>
                          {DIMENSION_LABELS[o.dimension as Dimension] ?? o.dimension}：
                          {Math.round(o.old_value)} → {o.new_value}
                          ，理由：{o.reason}（{formatDateTime(o.created_at)}）
                        </li>
                      ))}
                    </ul>
                  ) : null}
                </div>
              ))}
              {d.canEdit ? (
                <Form method="post" className="override-form" key={d.audit.length}>
                  <input type="hidden" name="intent" value="override" />
                  <h3>调整分数</h3>
                  <div className="form-grid">
                    <div className="field">
                      <label htmlFor="scoreId">文稿</label>
                      <select id="scoreId" name="scoreId" required>
                        {d.scores.map((s) => (
                          <option key={s.id} value={s.id}>
                            {taskLabel(s.task_id)}
                          </option>
                        ))}
                      </select>
                    </div>
                    <div className="field">
                      <label htmlFor="dimension">维度</label>
                      <select id="dimension" name="dimension" required>
                        {DIMENSIONS.map((k) => (
                          <option key={k} value={k}>
                            {DIMENSION_LABELS[k]}
                          </option>
                        ))}
                      </select>
                    </div>
                    <div className="field">
                      <label htmlFor="value">新分值（0–100）</label>
                      <input
                        id="value"
                        name="value"
                        type="number"
                        min={0}
                        max={100}
                        required
                        aria-invalid={result?.field === "value" || undefined}
                      />
                    </div>
                    <div className="field span-3">
                      <label htmlFor="reason">调整理由（必填）</label>
                      <textarea
                        id="reason"
                        name="reason"
                        className="short"
                        required
                        minLength={2}
                        maxLength={500}
                        aria-invalid={result?.field === "reason" || undefined}
                        aria-describedby={result?.field === "reason" ? "reason-err" : undefined}
                      />
                      {result?.field === "reason" ? (
                        <div className="field-error" id="reason-err">
                          {result.message}
                        </div>
                      ) : null}
                    </div>
                  </div>
                  <button className="btn primary" type="submit" disabled={nav.state === "submitting"}>
                    保存调整
                  </button>
                </Form>
              ) : null}
            </>
          )}
        </section>
        <section className="card" aria-labelledby="comments-h">
          <h2 id="comments-h">教员点评</h2>
          {d.comments.length === 0 ? <p className="empty">暂无点评。</p> : null}
          <ul className="comment-list">
            {d.comments.map((c) => (
              <li key={c.id}>
                <div className="muted small">
                  {c.author} · {formatDateTime(c.created_at)}
                </div>
                <p>{c.body}</p>
              </li>
            ))}
          </ul>
          {d.canEdit ? (
            <Form method="post" key={d.comments.length}>
              <input type="hidden" name="intent" value="comment" />
              <div className="field">
                <label htmlFor="body">添加点评（学员在复盘中可见）</label>
                <textarea id="body" name="body" className="short" required maxLength={2000} />
              </div>
              <button className="btn secondary" type="submit" disabled={nav.state === "submitting"}>
                发表点评
              </button>
            </Form>
          ) : null}
          <h2 style={{ marginTop: 20 }}>审计记录</h2>
          {d.audit.length === 0 ? (
            <p className="empty">暂无记录。</p>
          ) : (
            <ul className="audit-list small" data-testid="audit-list">
              {d.audit.map((a) => {
                const det = a.details_json ? (JSON.parse(a.details_json) as Record<string, unknown>) : {};
                return (
                  <li key={a.id}>
                    {formatDateTime(a.at)} · {a.actor ?? "—"} · {AUDIT_LABELS[a.action] ?? a.action}
                    {a.action === "score.override"
                      ? `：${DIMENSION_LABELS[det.dimension as Dimension] ?? det.dimension} ${Math.round(Number(det.oldValue))} → ${det.newValue}（${det.reason}）`
                      : ""}
                  </li>
                );
              })}
            </ul>
          )}
        </section>
      </div>
    </>
  );
}

function describeEvent(
  e: DrillEvent | undefined,
  taskLabel: (id: string) => string,
  def: { stages: { actions?: { id: string; label: string }[] }[] },
): string {
  const ev = e;
  switch (ev?.type) {
    case "learner.action":
      return `本步：采取行动“${def.stages.flatMap((s) => s.actions ?? []).find((a) => a.id === ev.actionId)?.label ?? ev.actionId}”`;
    case "learner.task":
      return `本步：提交文稿“${taskLabel(ev.taskId)}”`;
    case "clock.wait":
      return `本步：等待 ${formatSimMinutes(ev.minutes)}`;
    case "clock.advanceTo":
      return `本步：实时时钟推进到 T+${formatSimMinutes(ev.minute)}`;
    case "learner.abandon":
      return "本步：放弃演练";
    default:
      return "";
  }
}
