import { Link } from "@remix-run/react";
import {
  COMPETENCIES,
  COMPETENCY_LABELS,
  type Competency,
  formatScore,
  formatShare,
  LIGHT_BADGE,
  LIGHT_LABELS,
  type Light,
} from "../../lib/readiness.ts";

export function StatusBadge({ status, followUp }: { status: Light; followUp?: boolean }) {
  return (
    <span className="rd-status">
      <span className={`badge ${LIGHT_BADGE[status]}`}>
        <span className={`rd-dot rd-${status}`} aria-hidden="true" />
        {LIGHT_LABELS[status]}
      </span>
      {followUp ? <span className="badge bad rd-followup">需约谈</span> : null}
    </span>
  );
}

export interface HeatCell {
  c: Competency;
  required: number;
  passed: number;
  avg: number | null;
  light: Light;
}

export interface HeatRow {
  id: string;
  name: string;
  depth: number;
  heat: HeatCell[];
}

export function HeatLegend() {
  return (
    <ul className="rd-legend" aria-label="图例">
      <li>
        <span className="rd-swatch rd-heat-green" aria-hidden="true" />
        达标率达到绿灯目标
      </li>
      <li>
        <span className="rd-swatch rd-heat-yellow" aria-hidden="true" />
        达到黄灯线、未达绿灯目标
      </li>
      <li>
        <span className="rd-swatch rd-heat-red" aria-hidden="true" />
        低于黄灯线
      </li>
      <li>
        <span className="rd-swatch rd-heat-none" aria-hidden="true" />
        无人要求此能力
      </li>
    </ul>
  );
}

/** Units × competencies: the share of cadres who must pass a competency and do. */
export function Heatmap({ rows, caption }: { rows: HeatRow[]; caption: string }) {
  return (
    <div className="table-wrap">
      <table className="data rd-heatmap">
        <caption className="rd-caption">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">单位</th>
            {COMPETENCIES.map((c) => (
              <th scope="col" key={c}>
                {COMPETENCY_LABELS[c]}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.id}>
              <th scope="row" style={{ paddingLeft: 8 + r.depth * 16 }}>
                <Link to={`/readiness/units/${r.id}`}>{r.name}</Link>
              </th>
              {r.heat.map((h) => (
                <td
                  key={h.c}
                  className={`rd-heat rd-heat-${h.light}`}
                  title={
                    h.required
                      ? `${COMPETENCY_LABELS[h.c]}：${h.passed}/${h.required} 人达标，平均有效分 ${formatScore(h.avg)}`
                      : `${COMPETENCY_LABELS[h.c]}：本单位无人要求`
                  }
                >
                  {h.required ? (
                    <>
                      {formatShare(h.passed / h.required)}
                      <span className="sr-only">
                        （{h.passed}/{h.required} 人达标，{LIGHT_LABELS[h.light]}）
                      </span>
                    </>
                  ) : (
                    <>
                      <span aria-hidden="true">—</span>
                      <span className="sr-only">无要求</span>
                    </>
                  )}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export function ScoreCell({
  value,
  required,
  pass,
}: {
  value: number | null;
  required: boolean;
  pass: number;
}) {
  const ok = value !== null && value >= pass;
  const cls = !required ? "rd-opt" : ok ? "rd-pass" : "rd-fail";
  return (
    <td className={`rd-score ${cls}`}>
      {formatScore(value)}
      {required ? (
        <span className="sr-only">{ok ? "（达标）" : "（未达标）"}</span>
      ) : (
        <span className="sr-only">（非必修）</span>
      )}
    </td>
  );
}

/** The three headline figures of a unit (its whole subtree): ready share, on-time share, average. */
export function UnitKpis({
  r,
}: {
  r: {
    readyShare: number | null;
    ready: number;
    cadres: number;
    onTimeShare: number | null;
    onTime: number;
    assigned: number;
    avgScore: number | null;
  };
}) {
  return (
    <>
      <div className="kpi">
        <div className="label">干部达标率</div>
        <div className="value">{formatShare(r.readyShare)}</div>
        <div className="small muted">
          {r.ready}/{r.cadres} 人
        </div>
      </div>
      <div className="kpi">
        <div className="label">按时完成率</div>
        <div className="value">{formatShare(r.onTimeShare)}</div>
        <div className="small muted">
          {r.onTime}/{r.assigned} 项次
        </div>
      </div>
      <div className="kpi">
        <div className="label">平均得分</div>
        <div className="value">{formatScore(r.avgScore)}</div>
      </div>
    </>
  );
}
