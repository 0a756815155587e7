import type { DrillView } from "@k2k/scenarios";
import { FeedItem, formatSimMinutes, HighlightedText } from "@k2k/web/ui";

/** A small line chart of the rumour's reach over simulated time (SVG, no library). */
export function SpreadChart({ view }: { view: DrillView }) {
  const pts = view.spread;
  if (pts.length < 2) return <p className="muted small">暂无传播数据。</p>;
  const W = 360;
  const H = 110;
  const maxX = Math.max(1, ...pts.map((p) => p.minute));
  const maxY = Math.max(1, ...pts.map((p) => p.reach));
  const d = pts
    .map(
      (p, i) =>
        `${i ? "L" : "M"}${((p.minute / maxX) * (W - 10) + 5).toFixed(1)},${(H - 15 - (p.reach / maxY) * (H - 25)).toFixed(1)}`,
    )
    .join(" ");
  const heat = pts
    .map(
      (p, i) =>
        `${i ? "L" : "M"}${((p.minute / maxX) * (W - 10) + 5).toFixed(1)},${(H - 15 - (p.heat / 100) * (H - 25)).toFixed(1)}`,
    )
    .join(" ");
  return (
    <figure className="spread-chart">
      <svg width={W} height={H} role="img" aria-label={`传言触达人数曲线，最高 ${Math.round(maxY)} 人`}>
        <path d={d} fill="none" stroke="#b91c1c" strokeWidth={2} />
        <path d={heat} fill="none" stroke="#1d4ed8" strokeWidth={1.2} strokeDasharray="4 3" />
        <text x={5} y={H - 2} className="node-sub">
          T+0
        </text>
        <text x={W - 5} y={H - 2} textAnchor="end" className="node-sub">
          T+{formatSimMinutes(maxX)}
        </text>
      </svg>
      <figcaption className="muted small">
        红线：传言触达人数（最高 {Math.round(maxY)}）；蓝虚线：热度
      </figcaption>
    </figure>
  );
}

/** The drill as it stood: stage, clock, feed, submissions with findings highlighted. */
export function DrillSnapshot({ view }: { view: DrillView }) {
  const feed = [...view.feed].sort((a, b) => b.at - a.at);
  return (
    <div className="snapshot">
      <div className="snapshot-head">
        <div>
          <div className="muted small">当前阶段</div>
          <strong data-testid="snapshot-stage">
            {view.ending ? `${view.ending.title}（已结束）` : view.stage.title}
          </strong>
        </div>
        <div>
          <div className="muted small">模拟时间</div>
          <strong>T+{formatSimMinutes(view.simMinutes)}</strong>
        </div>
        <div>
          <div className="muted small">热度</div>
          <strong>{Math.round(view.heat)}</strong>
        </div>
        <div>
          <div className="muted small">传言触达</div>
          <strong>{Math.round(view.reach)} 人</strong>
        </div>
      </div>
      <div className="snapshot-grid">
        <section aria-label="信息流">
          <h3>信息流（{feed.length}）</h3>
          <ul className="feed">
            {feed.map((item) => (
              <FeedItem key={item.id} item={item} />
            ))}
            {feed.length === 0 ? <li className="empty">暂无信息。</li> : null}
          </ul>
        </section>
        <section aria-label="处置与文稿">
          <h3>传播态势</h3>
          <SpreadChart view={view} />
          <h3>处置记录</h3>
          {view.log.length === 0 ? (
            <p className="muted small">尚无操作。</p>
          ) : (
            <ol className="log-list">
              {view.log.map((l, i) => (
                <li key={i}>
                  <span className="muted small">T+{formatSimMinutes(l.at)}</span> {l.label}
                  {l.total !== undefined ? (
                    <span className="badge info">{Math.round(l.total)} 分</span>
                  ) : null}
                  {l.interrupted ? <span className="badge warn">未完成</span> : null}
                </li>
              ))}
            </ol>
          )}
          <h3>提交的文稿</h3>
          {view.submissions.length === 0 ? (
            <p className="muted small">尚未提交文稿。</p>
          ) : (
            view.submissions.map((s) => (
              <div key={`${s.taskId}-${s.at}`} className="submission">
                <div>
                  <strong>{s.label}</strong>{" "}
                  <span className="badge info">{Math.round(s.score.total)} 分</span>{" "}
                  <span className="muted small">T+{formatSimMinutes(s.at)}</span>
                </div>
                <p className="sub-text">
                  <HighlightedText text={s.text} findings={s.score.findings} />
                </p>
              </div>
            ))
          )}
        </section>
      </div>
    </div>
  );
}
