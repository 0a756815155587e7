import { CHANNEL_LABELS, type Channel, type DrillView } from "@k2k/scenarios";
import type { TaskType } from "@k2k/scoring";
import { requireRole } from "@k2k/web/server";
import { FeedItem, formatSimMinutes, formatTime } from "@k2k/web/ui";
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { Link, useActionData, useLoaderData, useRevalidator } from "@remix-run/react";
import { type FormEvent, useCallback, useEffect, useMemo, useRef, useState } from "react";
import { LiveHints } from "../components/LiveHints.tsx";
import { loadOwnAttempt, postEvent } from "../lib/drill.server.ts";
import { MAX_TEXT_LENGTH } from "../lib/limits.ts";
import { parsePostInput } from "../lib/post-input.server.ts";

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: `${data?.view.title ?? "演练"} · 键对键` },
];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requireRole(request, "learner", ["learner"]);
  const { attempt, view } = await loadOwnAttempt(String(params.id), user);
  return {
    attemptId: attempt.id,
    status: attempt.status,
    timeMode: attempt.time_mode,
    timeScale: attempt.time_scale,
    startedAt: attempt.started_at,
    view,
    // one key per rendered page: a no-JavaScript double submit posts it twice and is stored once
    formKey: crypto.randomUUID(),
  };
}

/** The no-JavaScript path: a plain form post, then back to the page (or on to the debrief). */
export async function action({ request, params }: ActionFunctionArgs) {
  const user = await requireRole(request, "learner", ["learner"]);
  const parsed = parsePostInput(await request.formData());
  if ("error" in parsed) return data({ error: parsed.error }, { status: 400 });
  const result = await postEvent(String(params.id), user, parsed.key, parsed.input);
  if (!result.ok) return data({ error: result.message }, { status: result.status });
  throw redirect(
    result.view.status === "ended" ? `/attempts/${params.id}/debrief` : `/attempts/${params.id}`,
  );
}

type Post = { ok: true; ended: boolean } | { ok: false; message: string };

/** Posts one event with its idempotency key; on a lost connection retries with the same key. */
function usePoster(attemptId: string) {
  const revalidator = useRevalidator();
  const [pending, setPending] = useState(false);
  const [offline, setOffline] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const post = useCallback(
    async (form: FormData): Promise<boolean> => {
      form.set("key", crypto.randomUUID());
      setPending(true);
      setError(null);
      for (let attempt = 0; ; attempt++) {
        try {
          const res = await fetch(`/attempts/${attemptId}/events`, {
            method: "POST",
            body: form,
            headers: { Accept: "application/json" },
          });
          if (res.status >= 500) throw new Error(`server ${res.status}`);
          const body = (await res.json()) as Post;
          setOffline(false);
          setPending(false);
          if (!body.ok) {
            setError(body.message);
            revalidator.revalidate();
            return false;
          }
          if (body.ended) window.location.assign(`/attempts/${attemptId}/debrief`);
          else revalidator.revalidate();
          return true;
        } catch {
          setOffline(true);
          await new Promise((r) => setTimeout(r, Math.min(8000, 1000 * 2 ** Math.min(attempt, 3))));
        }
      }
    },
    [attemptId, revalidator],
  );
  return { post, pending, offline, error, setError };
}

export default function Player() {
  const { attemptId, view, formKey, timeMode, timeScale, startedAt } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const { post, pending, offline, error } = usePoster(attemptId);
  const [channel, setChannel] = useState<Channel | "all">("all");
  const revalidator = useRevalidator();

  // Real-time mode: the server is the clock; refresh the view every real 30 s.
  useEffect(() => {
    if (timeMode !== "realtime" || view.status !== "active") return;
    const t = setInterval(() => revalidator.revalidate(), 30_000);
    return () => clearInterval(t);
  }, [timeMode, view.status, revalidator]);

  const onSubmit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    if (pending) return;
    void post(new FormData(e.currentTarget));
  };

  const channels = useMemo(() => [...new Set(view.feed.map((i) => i.channel))], [view.feed]);
  const feed = useMemo(
    () =>
      [...view.feed].filter((i) => channel === "all" || i.channel === channel).sort((a, b) => b.at - a.at),
    [view.feed, channel],
  );
  const lastLog = view.log[view.log.length - 1];
  const message = error ?? actionData?.error ?? null;

  return (
    <>
      <DrillTop view={view} timeMode={timeMode} timeScale={timeScale} startedAt={startedAt} />
      {message ? (
        <div className="alert error" role="alert">
          {message}
        </div>
      ) : null}
      {view.status === "ended" ? (
        <div className="alert success" role="status">
          演练已结束：{view.ending?.title ?? "结束"}。
          <Link to={`/attempts/${attemptId}/debrief`}>查看复盘</Link>
        </div>
      ) : null}
      <div className="drill">
        <section aria-labelledby="ws-title">
          <h2 id="ws-title" className="sr-only">
            信息渠道
          </h2>
          <fieldset className="channel-tabs">
            <legend className="sr-only">按渠道筛选</legend>
            <button type="button" aria-pressed={channel === "all"} onClick={() => setChannel("all")}>
              全部（{view.feed.length}）
            </button>
            {channels.map((c) => (
              <button key={c} type="button" aria-pressed={channel === c} onClick={() => setChannel(c)}>
                {CHANNEL_LABELS[c]}（{view.feed.filter((i) => i.channel === c).length}）
              </button>
            ))}
          </fieldset>
          <ul className="feed" aria-label="信息流" data-testid="feed">
            {feed.map((item) => (
              <FeedItem key={item.id} item={item} />
            ))}
            {feed.length === 0 ? <li className="empty">暂无信息。</li> : null}
          </ul>
        </section>

        <section className="panel stack" aria-label="处置">
          <div className="card">
            <h2>当前阶段：{view.stage.title}</h2>
            <p>{view.stage.description}</p>
            {lastLog?.feedback ? (
              <div className="last-feedback" role="status">
                {lastLog.feedback}
              </div>
            ) : null}
            {view.facts.known.length > 0 ? (
              <>
                <h3>已掌握的情况</h3>
                <ul className="facts">
                  {view.facts.known.map((f) => (
                    <li key={f.id}>
                      {f.text}{" "}
                      {f.verified ? (
                        <span className="badge good">已核实</span>
                      ) : (
                        <span className="badge warn">未经证实</span>
                      )}
                    </li>
                  ))}
                </ul>
              </>
            ) : null}
            {view.facts.unknownCount > 0 ? (
              <p className="muted small">还有 {view.facts.unknownCount} 项情况有待核实。</p>
            ) : null}
          </div>

          {view.status === "active" ? (
            <>
              <div className="card">
                <h2>可采取的行动</h2>
                {view.actions.length === 0 ? (
                  <p className="muted">当前没有可选行动，可以撰写文稿或等待事态发展。</p>
                ) : null}
                <ul className="actions-list">
                  {view.actions.map((a) => (
                    <li key={a.id}>
                      <form method="post" onSubmit={onSubmit}>
                        <input type="hidden" name="key" value={formKey} />
                        <input type="hidden" name="intent" value="action" />
                        <input type="hidden" name="actionId" value={a.id} />
                        <button className="btn" type="submit" disabled={pending} title={a.description}>
                          <span>{a.label}</span>
                          <span className="cost">耗时 {formatSimMinutes(a.cost)}</span>
                        </button>
                      </form>
                    </li>
                  ))}
                </ul>
                {view.canWait ? (
                  <form
                    method="post"
                    onSubmit={onSubmit}
                    style={{ display: "flex", gap: 8, alignItems: "flex-end", marginTop: 12 }}
                  >
                    <input type="hidden" name="key" value={formKey} />
                    <input type="hidden" name="intent" value="wait" />
                    <div style={{ flex: 1 }}>
                      <label htmlFor="wait-minutes">等待并观察事态（分钟）</label>
                      <select id="wait-minutes" name="minutes" defaultValue="30">
                        <option value="15">15 分钟</option>
                        <option value="30">30 分钟</option>
                        <option value="60">1 小时</option>
                        <option value="120">2 小时</option>
                        <option value="240">4 小时</option>
                      </select>
                    </div>
                    <button className="btn" type="submit" disabled={pending}>
                      等待
                    </button>
                  </form>
                ) : null}
              </div>

              {view.tasks.map((task) => (
                <Composer key={task.id} task={task} formKey={formKey} onSubmit={onSubmit} pending={pending} />
              ))}

              <div style={{ display: "flex", gap: 8, flexWrap: "wrap" }}>
                <form
                  method="post"
                  onSubmit={(e) =>
                    confirm("确定放弃本次演练吗？放弃后不能继续。") ? onSubmit(e) : e.preventDefault()
                  }
                >
                  <input type="hidden" name="key" value={formKey} />
                  <input type="hidden" name="intent" value="abandon" />
                  <button className="btn small" type="submit" disabled={pending}>
                    放弃本次演练
                  </button>
                </form>
                <form
                  method="post"
                  action="/attempts/new"
                  onSubmit={(e) => {
                    if (!confirm("确定重新开始吗？本次演练将记为放弃。")) e.preventDefault();
                  }}
                >
                  <input type="hidden" name="restartOf" value={attemptId} />
                  <button className="btn small" type="submit" disabled={pending}>
                    重新开始
                  </button>
                </form>
              </div>
            </>
          ) : null}
        </section>
      </div>
      {offline ? (
        <div className="offline" role="alert">
          网络连接中断，正在重试……您的操作不会重复提交。
        </div>
      ) : null}
      {pending && !offline ? (
        <div className="sr-only" role="status">
          正在提交……
        </div>
      ) : null}
    </>
  );
}

function Composer({
  task,
  formKey,
  onSubmit,
  pending,
}: {
  task: DrillView["tasks"][number];
  formKey: string;
  onSubmit: (e: FormEvent<HTMLFormElement>) => void;
  pending: boolean;
}) {
  const [text, setText] = useState("");
  const id = `task-${task.id}`;
  const ref = useRef<HTMLTextAreaElement>(null);
  return (
    <div className="card composer">
      <h2>{task.label}</h2>
      <p>{task.prompt}</p>
      <form method="post" onSubmit={onSubmit}>
        <input type="hidden" name="key" value={formKey} />
        <input type="hidden" name="intent" value="task" />
        <input type="hidden" name="taskId" value={task.id} />
        <label htmlFor={id}>撰写文稿（提交耗时约 {formatSimMinutes(task.cost)}）</label>
        <textarea
          ref={ref}
          id={id}
          name="text"
          required
          maxLength={MAX_TEXT_LENGTH}
          value={text}
          onChange={(e) => setText(e.target.value)}
          placeholder="在此输入回复或声明……"
        />
        <div className="small muted" style={{ textAlign: "right" }}>
          {text.length} / {MAX_TEXT_LENGTH} 字
        </div>
        <LiveHints text={text} taskType={task.taskType as TaskType} message={task.message} />
        <button className="btn primary" type="submit" disabled={pending} style={{ marginTop: 10 }}>
          {pending ? "正在提交……" : "提交"}
        </button>
      </form>
    </div>
  );
}

function DrillTop({
  view,
  timeMode,
  timeScale,
  startedAt,
}: {
  view: DrillView;
  timeMode: string;
  timeScale: number;
  startedAt: string;
}) {
  const heat = Math.round(view.heat);
  return (
    <div className="drill-top">
      <div>
        <h1>{view.title}</h1>
        <div className="stage">
          {timeMode === "realtime"
            ? `实时模式（现实 1 分钟 = 模拟 ${timeScale} 分钟，开始于 ${formatTime(startedAt)}）`
            : "回合模式：每个行动消耗模拟时间"}
        </div>
      </div>
      <div className="sim-clock" role="timer" aria-label="模拟时钟">
        T+{formatSimMinutes(view.simMinutes)}
        <small>最长 {formatSimMinutes(view.maxSimMinutes)}</small>
      </div>
      <section className="deadlines" aria-label="时限">
        {view.deadlines.map((d) => {
          const left = d.dueAt - view.simMinutes;
          const cls =
            d.status === "met" ? "met" : d.status === "missed" ? "missed" : left <= 60 ? "soon" : "";
          return (
            <span key={d.ruleId} className={`deadline ${cls}`} data-rule={d.ruleId}>
              {d.label}：
              {d.status === "met"
                ? `已完成（T+${formatSimMinutes(d.doneAt ?? 0)}）`
                : d.status === "missed"
                  ? "已超时"
                  : `剩余 ${formatSimMinutes(left)}`}
            </span>
          );
        })}
      </section>
      <div className="heat">
        <span>舆情热度</span>
        <span className="heat-bar" aria-hidden="true">
          <span style={{ width: `${heat}%` }} />
        </span>
        <span>
          {heat} · 触达{" "}
          {view.reach >= 10000 ? `${(view.reach / 10000).toFixed(1)}万` : Math.round(view.reach)} 人
        </span>
      </div>
    </div>
  );
}
