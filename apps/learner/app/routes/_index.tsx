import { getDb, listLatestPublished } from "@k2k/db";
import { COMPETENCY_LABELS, type Competency } from "@k2k/scenarios";
import { requireRole } from "@k2k/web/server";
import { formatDateTime, STATUS_LABELS } from "@k2k/web/ui";
import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";

export const meta: MetaFunction = () => [{ title: "首页 · 键对键学员端" }];

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireRole(request, "learner", ["learner"]);
  const { db } = getDb();
  const scenarios = await listLatestPublished(db);
  const recent = await db
    .selectFrom("attempts as a")
    .innerJoin("scenario_versions as v", "v.id", "a.scenario_version_id")
    .select(["a.id", "a.status", "a.started_at", "a.total_score", "v.title"])
    .where("a.user_id", "=", user.id)
    .orderBy("a.started_at", "desc")
    .limit(5)
    .execute();
  return { name: user.display_name, scenarios, recent };
}

export default function Home() {
  const { name, scenarios, recent } = useLoaderData<typeof loader>();
  const byCategory = new Map<string, typeof scenarios>();
  for (const s of scenarios) byCategory.set(s.category, [...(byCategory.get(s.category) ?? []), s]);
  return (
    <>
      <div className="page-title">
        <h1>{name}，您好</h1>
        <p>选择一个场景开始演练：网民回复、舆情处置、政策解读……</p>
      </div>
      <div className="grid cols-2">
        <section className="card" aria-labelledby="practice">
          <h2 id="practice">自主练习</h2>
          {scenarios.length === 0 ? <p className="empty">暂无可用场景。</p> : null}
          {[...byCategory.entries()].map(([category, list]) => (
            <div key={category} style={{ marginBottom: 12 }}>
              <h3>{COMPETENCY_LABELS[category as Competency] ?? category}</h3>
              <ul className="scenario-list">
                {list.map((s) => (
                  <li key={s.version_id}>
                    <span>{s.title}</span>
                    <Form method="post" action="/attempts/new">
                      <input type="hidden" name="versionId" value={s.version_id} />
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
        <section className="card" aria-labelledby="recent">
          <h2 id="recent">最近演练</h2>
          {recent.length === 0 ? (
            <p className="empty">还没有演练记录，从左侧选一个场景开始吧。</p>
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
        </section>
      </div>
    </>
  );
}
