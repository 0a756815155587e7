import { createDrill, type DrillEvent, type DrillView, scoreTask } from "@k2k/scenarios";
import { notFound, requireRole } from "@k2k/web/server";
import { formatSimMinutes } from "@k2k/web/ui";
import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useMemo, useState } from "react";
import { DrillSnapshot } from "../components/studio/DrillSnapshot.tsx";
import { ADMIN_ROLES } from "../lib/roles.ts";
import { getScenarioRow } from "../lib/studio.server.ts";
import { analyseDraft, OUTCOME_LABELS } from "../lib/studio.ts";

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: `试玩：${data?.title ?? "场景"} · 键对键管理端` },
];

export async function loader({ request, params }: LoaderFunctionArgs) {
  await requireRole(request, "admin", ADMIN_ROLES);
  const row = await getScenarioRow(String(params.id));
  if (!row) throw notFound("场景不存在。");
  const analysis = analyseDraft(row.draft_json);
  return {
    id: row.id,
    title: row.title,
    def: analysis.valid,
    errors: analysis.issues.filter((i) => i.severity === "error").slice(0, 20),
  };
}

const SEED = 20261126;

export default function Playtest() {
  const { id, title, def, errors } = useLoaderData<typeof loader>();
  const [events, setEvents] = useState<DrillEvent[]>([]);
  const [message, setMessage] = useState<string | null>(null);
  const [texts, setTexts] = useState<Record<string, string>>({});
  const [wait, setWait] = useState("30");
  const view = useMemo<DrillView | null>(() => {
    if (!def) return null;
    const drill = createDrill(def, { seed: SEED });
    for (const e of events) drill.send(e);
    return drill.view();
  }, [def, events]);

  if (!def || !view) {
    return (
      <>
        <div className="page-title">
          <h1>试玩：{title}</h1>
          <Link to={`/scenarios/${id}`}>返回编辑</Link>
        </div>
        <div className="alert error" role="alert">
          草稿存在错误，暂不能试玩。请先在编辑页修正并保存：
          <ul>
            {errors.map((e, i) => (
              <li key={i}>
                <code>{e.path || "（整体）"}</code> {e.message}
              </li>
            ))}
          </ul>
        </div>
      </>
    );
  }

  const send = (event: DrillEvent) => {
    const drill = createDrill(def, { seed: SEED });
    for (const e of events) drill.send(e);
    const r = drill.send(event);
    if (!r.ok) {
      setMessage(r.errorZh);
      return false;
    }
    setMessage(null);
    setEvents([...events, event]);
    return true;
  };

  return (
    <>
      <div className="page-title">
        <h1>试玩：{title}</h1>
        <div className="row-actions">
          <button
            type="button"
            className="btn small"
            onClick={() => setEvents(events.slice(0, -1))}
            disabled={!events.length}
          >
            撤销一步
          </button>
          <button type="button" className="btn small" onClick={() => setEvents([])} disabled={!events.length}>
            重新开始
          </button>
          <Link className="btn small" to={`/scenarios/${id}`}>
            返回编辑
          </Link>
        </div>
      </div>
      <noscript>
        <div className="alert warn">试玩需要启用浏览器脚本。</div>
      </noscript>
      <div className="alert info" role="status">
        试玩使用已保存的草稿，只在本页面内进行，不会产生演练记录，也不计入统计。
      </div>
      {message ? (
        <div className="alert error" role="alert">
          {message}
        </div>
      ) : null}
      {view.status === "ended" ? (
        <div className="alert success" role="status" data-testid="playtest-ended">
          演练结束：{view.ending?.title}（{OUTCOME_LABELS[view.ending?.outcome ?? ""] ?? view.ending?.outcome}
          ）。
          {view.ending?.narrative}
        </div>
      ) : (
        <section className="card" aria-labelledby="pt-actions">
          <h2 id="pt-actions">
            当前阶段：{view.stage.title}{" "}
            <span className="muted small">T+{formatSimMinutes(view.simMinutes)}</span>
          </h2>
          <p>{view.stage.description}</p>
          <div className="playtest-actions">
            {view.actions.map((a) => (
              <button
                key={a.id}
                type="button"
                className="btn"
                onClick={() => send({ type: "learner.action", actionId: a.id })}
                title={a.description}
              >
                {a.label}（{formatSimMinutes(a.cost)}）
              </button>
            ))}
            {view.canWait ? (
              <span className="row-actions">
                <label htmlFor="pt-wait" className="sr-only">
                  等待分钟数
                </label>
                <select
                  id="pt-wait"
                  value={wait}
                  onChange={(e) => setWait(e.target.value)}
                  style={{ width: 110 }}
                >
                  <option value="15">15 分钟</option>
                  <option value="30">30 分钟</option>
                  <option value="60">1 小时</option>
                  <option value="240">4 小时</option>
                </select>
                <button
                  type="button"
                  className="btn"
                  onClick={() => send({ type: "clock.wait", minutes: Number(wait) })}
                >
                  等待
                </button>
              </span>
            ) : null}
          </div>
          {view.tasks.map((t) => (
            <div key={t.id} className="item-card">
              <label htmlFor={`pt-${t.id}`}>
                {t.label}：{t.prompt}
              </label>
              <textarea
                id={`pt-${t.id}`}
                className="short"
                value={texts[t.id] ?? ""}
                onChange={(e) => setTexts({ ...texts, [t.id]: e.target.value })}
              />
              <button
                type="button"
                className="btn primary small"
                onClick={() => {
                  const text = (texts[t.id] ?? "").trim();
                  if (!text) {
                    setMessage("请先填写内容再提交。");
                    return;
                  }
                  const score = scoreTask(def, view, t.id, text);
                  if (send({ type: "learner.task", taskId: t.id, text, score }))
                    setTexts({ ...texts, [t.id]: "" });
                }}
              >
                提交文稿
              </button>
            </div>
          ))}
          <button type="button" className="btn small" onClick={() => send({ type: "learner.abandon" })}>
            结束试玩（放弃）
          </button>
        </section>
      )}
      <section className="card" aria-label="试玩状态">
        <DrillSnapshot view={view} />
      </section>
    </>
  );
}
