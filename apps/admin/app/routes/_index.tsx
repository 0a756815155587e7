import { getDb } from "@k2k/db";
import { requireRole } from "@k2k/web/server";
import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { ADMIN_ROLES } from "../lib/roles.ts";
import { visiblePath } from "../lib/scope.server.ts";

export const meta: MetaFunction = () => [{ title: "概览 · 键对键管理端" }];

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireRole(request, "admin", ADMIN_ROLES);
  const { db } = getDb();
  const scope = visiblePath(user);
  const counts = await db
    .selectFrom("attempts as a")
    .innerJoin("users as u", "u.id", "a.user_id")
    .innerJoin("units as un", "un.id", "u.unit_id")
    .select((eb) => [
      eb.fn.countAll<number>().as("total"),
      eb.fn.sum<number>(eb.case().when("a.status", "=", "completed").then(1).else(0).end()).as("completed"),
      eb.fn.avg<number>("a.total_score").as("avgScore"),
    ])
    .where("un.path", "like", `${scope}%`)
    .executeTakeFirst();
  const scenarios = await db
    .selectFrom("scenarios")
    .select((eb) => eb.fn.countAll<number>().as("n"))
    .where("status", "!=", "archived")
    .executeTakeFirst();
  return {
    name: user.display_name,
    roles: user.roles,
    total: Number(counts?.total ?? 0),
    completed: Number(counts?.completed ?? 0),
    avgScore:
      counts?.avgScore === null || counts?.avgScore === undefined
        ? null
        : Math.round(Number(counts.avgScore)),
    scenarios: Number(scenarios?.n ?? 0),
  };
}

export default function Overview() {
  const d = useLoaderData<typeof loader>();
  return (
    <>
      <div className="page-title">
        <h1>您好，{d.name}</h1>
        <p>网上群众工作能力训练 · 管理概览</p>
      </div>
      <div className="kpis">
        <div className="kpi">
          <div className="label">演练总数</div>
          <div className="value">{d.total}</div>
        </div>
        <div className="kpi">
          <div className="label">已完成</div>
          <div className="value">{d.completed}</div>
        </div>
        <div className="kpi">
          <div className="label">平均得分</div>
          <div className="value">{d.avgScore ?? "—"}</div>
        </div>
        <div className="kpi">
          <div className="label">可用场景</div>
          <div className="value">{d.scenarios}</div>
        </div>
      </div>
      <div className="card" style={{ marginTop: 16 }}>
        <h2>常用入口</h2>
        <p>
          <Link to="/attempts">查看演练记录</Link>
        </p>
      </div>
    </>
  );
}
