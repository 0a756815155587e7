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
      <div className="grid cols-3" style={{ marginTop: 16 }}>
        {d.roles.some((r) => r === "instructor" || r === "admin") ? (
          <>
            <Link className="card" to="/scenarios">
              <h2>场景库</h2>
              <p className="muted">编写、校验、试玩并发布演练场景；导入导出场景文件。</p>
            </Link>
            <Link className="card" to="/assignments">
              <h2>任务布置</h2>
              <p className="muted">把已发布的场景布置给单位或个人，跟踪完成情况和逾期名单。</p>
            </Link>
          </>
        ) : null}
        <Link className="card" to="/attempts">
          <h2>演练记录</h2>
          <p className="muted">按场景、单位、分数和日期筛选演练，逐步回放并点评、调整评分。</p>
        </Link>
        <Link className="card" to="/readiness">
          <h2>能力达标</h2>
          <p className="muted">各单位达标率、红黄绿状态、第一责任人演练情况，导出通报报表。</p>
        </Link>
      </div>
    </>
  );
}
