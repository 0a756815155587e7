import { getDb } from "@k2k/db";
import { forbidden, notFound, requireRole } from "@k2k/web/server";
import { formatDateTime, STATUS_LABELS } from "@k2k/web/ui";
import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { getTargets, listCadres, listVersionInfo } from "../lib/readiness.server.ts";
import {
  COMPETENCIES,
  COMPETENCY_LABELS,
  decayedScore,
  evaluationTime,
  formatScore,
  POSITION_LEVEL_LABELS,
  parsePeriodKey,
  periodOf,
  positionLevelOf,
} from "../lib/readiness.ts";
import { READINESS_READERS } from "../lib/readiness-view.server.ts";
import { visiblePath } from "../lib/scope.server.ts";

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: `${data?.person.display_name ?? "干部"} · 能力达标 · 键对键管理端` },
];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requireRole(request, "admin", READINESS_READERS);
  const scope = visiblePath(user);
  const handle = getDb();
  const person = await handle.db
    .selectFrom("users as u")
    .innerJoin("units as un", "un.id", "u.unit_id")
    .select([
      "u.id",
      "u.display_name",
      "u.position",
      "u.position_level",
      "un.id as unit_id",
      "un.name as unit_name",
      "un.path",
    ])
    .where("u.id", "=", params.userId ?? "")
    .executeTakeFirst();
  if (!person) throw notFound("未找到该干部。");
  if (!person.path.startsWith(scope)) throw forbidden("该干部不在您的查看范围内。");
  const now = new Date();
  const { targets } = await getTargets(handle);
  const url = new URL(request.url);
  const period =
    parsePeriodKey(url.searchParams.get("period"), targets.periodMonths) ??
    periodOf(now, targets.periodMonths);
  const at = evaluationTime(period, now);
  const versions = await listVersionInfo(handle);
  const byVersion = new Map(versions.map((v) => [v.id, v]));
  const row = (await listCadres(handle, person.path, period, targets, now, versions)).find(
    (c) => c.id === person.id,
  );
  const attempts = await handle.db
    .selectFrom("attempts as a")
    .innerJoin("users as u", "u.id", "a.user_id")
    .innerJoin("units as un", "un.id", "u.unit_id")
    .select([
      "a.id",
      "a.scenario_version_id",
      "a.status",
      "a.started_at",
      "a.ended_at",
      "a.total_score",
      "a.assignment_id",
    ])
    .where("a.user_id", "=", person.id)
    .where("un.path", "like", `${scope}%`)
    .orderBy("a.started_at", "desc")
    .limit(200)
    .execute();
  const lvl = positionLevelOf(person.position_level);
  return {
    person: { ...person, lvl },
    period: { key: period.key, label: period.label },
    evaluatedAt: at,
    ready: row?.ready ?? false,
    eff: row?.eff ?? null,
    required: targets.required[lvl],
    passScore: targets.passScore,
    halfLifeDays: targets.halfLifeDays,
    graceDays: targets.graceDays,
    attempts: attempts.map((a) => {
      const v = byVersion.get(a.scenario_version_id);
      const age = a.ended_at ? (Date.parse(at) - Date.parse(a.ended_at)) / 86_400_000 : null;
      return {
        ...a,
        title: v?.title ?? "（场景已删除）",
        version: v?.version ?? null,
        competencies: v?.competencies ?? [],
        effective:
          a.status === "completed" &&
          a.total_score !== null &&
          age !== null &&
          age >= 0 &&
          age <= targets.lookbackDays
            ? decayedScore(a.total_score, age, targets.halfLifeDays, targets.graceDays)
            : null,
      };
    }),
  };
}

export default function CadreReadiness() {
  const d = useLoaderData<typeof loader>();
  const p = d.person;
  return (
    <>
      <nav aria-label="位置" className="small rd-crumbs">
        <Link to={`/readiness?period=${d.period.key}`}>能力达标</Link>
        {" / "}
        <Link to={`/readiness/units/${p.unit_id}?period=${d.period.key}`}>{p.unit_name}</Link>
        {" / "}
        <span aria-current="page">{p.display_name}</span>
      </nav>
      <div className="page-title">
        <div>
          <h1>
            {p.display_name}{" "}
            <span className={`badge ${d.ready ? "good" : "bad"}`}>{d.ready ? "达标" : "未达标"}</span>
          </h1>
          <p>
            {p.unit_name} · {p.position} · {POSITION_LEVEL_LABELS[p.lvl]} · {d.period.label}（计算至{" "}
            {formatDateTime(d.evaluatedAt)}）
          </p>
        </div>
      </div>
      <section className="card" aria-labelledby="rd-comp">
        <h2 id="rd-comp">各项能力有效分</h2>
        <p className="small muted">
          有效分：演练后 {d.graceDays} 天内按原分计，之后每 {d.halfLifeDays} 天减半，取最好的一次；达标线{" "}
          {d.passScore} 分。
        </p>
        <ul className="rd-bars">
          {COMPETENCIES.map((c) => {
            const v = d.eff?.[c] ?? null;
            const req = d.required.includes(c);
            const ok = v !== null && v >= d.passScore;
            return (
              <li key={c} className={req ? "rd-req" : ""}>
                <span className="rd-bar-label">
                  {COMPETENCY_LABELS[c]}
                  {req ? <span className="badge info">必修</span> : null}
                </span>
                <span className="rd-bar" aria-hidden="true">
                  <span
                    className={`rd-bar-fill ${ok ? "rd-pass-bg" : req ? "rd-fail-bg" : "rd-opt-bg"}`}
                    style={{ width: `${Math.min(100, Math.max(0, v ?? 0))}%` }}
                  />
                  <span className="rd-bar-mark" style={{ left: `${d.passScore}%` }} />
                </span>
                <span className="rd-bar-value">
                  {formatScore(v)}
                  <span className="sr-only">{ok ? "，达标" : "，未达标"}</span>
                </span>
              </li>
            );
          })}
        </ul>
      </section>
      <section className="card" aria-labelledby="rd-attempts">
        <h2 id="rd-attempts">演练记录</h2>
        {d.attempts.length === 0 ? (
          <div className="empty">该干部尚未参加演练。</div>
        ) : (
          <div className="table-wrap">
            <table className="data">
              <thead>
                <tr>
                  <th scope="col">场景</th>
                  <th scope="col">能力</th>
                  <th scope="col">开始时间</th>
                  <th scope="col">状态</th>
                  <th scope="col">得分</th>
                  <th scope="col">当前有效分</th>
                  <th scope="col">来源</th>
                </tr>
              </thead>
              <tbody>
                {d.attempts.map((a) => (
                  <tr key={a.id}>
                    <td>
                      <Link to={`/attempts/${a.id}`} data-attempt-link>
                        {a.title}
                      </Link>{" "}
                      {a.version ? <span className="muted small">v{a.version}</span> : null}
                    </td>
                    <td className="small">
                      {a.competencies.map((c) => COMPETENCY_LABELS[c]).join("、") || "—"}
                    </td>
                    <td className="nowrap">{formatDateTime(a.started_at)}</td>
                    <td>
                      <span
                        className={`badge ${a.status === "completed" ? "good" : a.status === "active" ? "info" : ""}`}
                      >
                        {STATUS_LABELS[a.status] ?? a.status}
                      </span>
                    </td>
                    <td>{formatScore(a.total_score)}</td>
                    <td>{formatScore(a.effective)}</td>
                    <td className="small">{a.assignment_id ? "布置任务" : "自主练习"}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
    </>
  );
}
