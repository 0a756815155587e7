import type { Graph } from "../../lib/studio.ts";

const OUTCOME_COLOR: Record<string, string> = { success: "#2f855a", partial: "#b7791f", failure: "#c53030" };
const OUTCOME_ZH: Record<string, string> = { success: "成功", partial: "部分", failure: "失败" };

function short(s: string, n: number) {
  return s.length > n ? `${s.slice(0, n - 1)}…` : s;
}

/** The statechart as SVG: stages are nodes, actions/tasks/timers labelled edges. */
export function StateGraph({ graph, onSelect }: { graph: Graph; onSelect?: (stageIndex: number) => void }) {
  if (graph.nodes.length === 0) return <p className="empty">还没有阶段。</p>;
  return (
    <div className="graph-scroll">
      <svg
        width={graph.width}
        height={graph.height}
        viewBox={`0 0 ${graph.width} ${graph.height}`}
        role="img"
        aria-label={`场景流程图：${graph.nodes.length} 个阶段，${graph.edges.length} 条跳转`}
        data-testid="scenario-graph"
      >
        <defs>
          <marker
            id="arrow"
            viewBox="0 0 10 10"
            refX="9"
            refY="5"
            markerWidth="7"
            markerHeight="7"
            orient="auto"
          >
            <path d="M0,0 L10,5 L0,10 z" fill="#64748b" />
          </marker>
          <marker
            id="arrow-t"
            viewBox="0 0 10 10"
            refX="9"
            refY="5"
            markerWidth="7"
            markerHeight="7"
            orient="auto"
          >
            <path d="M0,0 L10,5 L0,10 z" fill="#b45309" />
          </marker>
        </defs>
        {graph.edges.map((e, i) => {
          const [a, m, b] = e.points as [
            { x: number; y: number },
            { x: number; y: number },
            { x: number; y: number },
          ];
          const d = `M${a.x},${a.y} Q${2 * m.x - (a.x + b.x) / 2},${2 * m.y - (a.y + b.y) / 2} ${b.x},${b.y}`;
          const timer = e.kind === "timer";
          return (
            <g key={`${e.from}-${e.to}-${i}`} className={`edge ${e.kind}`}>
              <title>{`${e.from} → ${e.to}：${e.label}`}</title>
              <path
                d={d}
                fill="none"
                stroke={timer ? "#b45309" : "#64748b"}
                strokeWidth={1.4}
                strokeDasharray={timer ? "5 3" : e.kind === "branch" ? "2 3" : undefined}
                markerEnd={`url(#${timer ? "arrow-t" : "arrow"})`}
              />
              <text x={m.x} y={m.y - 4} textAnchor="middle" className="edge-label">
                {short(e.label, 12)}
              </text>
            </g>
          );
        })}
        {graph.nodes.map((n) => (
          // biome-ignore lint/a11y/useSemanticElements: an SVG group cannot be a <button>
          <g
            key={n.id}
            className={`node${n.final ? " final" : ""}${n.unreachable ? " unreachable" : ""}${n.hasError ? " has-error" : ""}`}
            transform={`translate(${n.x},${n.y})`}
            role="button"
            tabIndex={0}
            aria-label={`阶段：${n.title}${n.start ? "（起始）" : ""}${n.final ? `（结束：${OUTCOME_ZH[n.final] ?? n.final}）` : ""}${n.unreachable ? "（无法到达）" : ""}`}
            onClick={() => onSelect?.(n.index)}
            onKeyDown={(ev) => {
              if (ev.key === "Enter" || ev.key === " ") {
                ev.preventDefault();
                onSelect?.(n.index);
              }
            }}
            data-stage={n.id}
          >
            <rect
              width={n.w}
              height={n.h}
              rx={n.final ? 22 : 6}
              fill={n.final ? "#f8fafc" : "#fff"}
              stroke={n.hasError ? "#c53030" : n.final ? (OUTCOME_COLOR[n.final] ?? "#334155") : "#1e3a8a"}
              strokeWidth={n.final || n.start ? 2.5 : 1.5}
              strokeDasharray={n.unreachable ? "4 3" : undefined}
            />
            {n.final ? (
              <rect
                x={3}
                y={3}
                width={n.w - 6}
                height={n.h - 6}
                rx={19}
                fill="none"
                stroke={OUTCOME_COLOR[n.final] ?? "#334155"}
                strokeWidth={1}
              />
            ) : null}
            <text x={n.w / 2} y={n.final ? 20 : 27} textAnchor="middle" className="node-title">
              {short(n.title, 10)}
            </text>
            {n.final ? (
              <text x={n.w / 2} y={35} textAnchor="middle" className="node-sub">
                结束 · {OUTCOME_ZH[n.final] ?? n.final}
              </text>
            ) : null}
            {n.start ? (
              <text x={0} y={-6} className="node-sub">
                ▶ 起始
              </text>
            ) : null}
          </g>
        ))}
      </svg>
      <p className="muted small graph-legend">
        实线：操作/写作任务跳转；点线：条件分支；橙色虚线：计时器；双线圆角框：结束阶段；虚线框：无法到达。点击阶段可跳到其编辑卡片。
      </p>
    </div>
  );
}
