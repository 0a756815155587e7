import { notFound, requireRole } from "@k2k/web/server";
import { formatDateTime } from "@k2k/web/ui";
import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { ADMIN_ROLES } from "../lib/roles.ts";
import { getScenarioRow, listScenarioAudit, listVersions } from "../lib/studio.server.ts";

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: `${data?.title ?? "场景"} · 版本与日志 · 键对键管理端` },
];

const ACTION_LABELS: Record<string, string> = {
  "scenario.create": "新建",
  "scenario.import": "导入",
  "scenario.duplicate": "复制创建",
  "scenario.publish": "发布",
  "scenario.archive": "归档",
  "scenario.restore": "恢复",
};

export async function loader({ request, params }: LoaderFunctionArgs) {
  await requireRole(request, "admin", ADMIN_ROLES);
  const row = await getScenarioRow(String(params.id));
  if (!row) throw notFound("场景不存在。");
  const [versions, audit] = await Promise.all([listVersions(row.id), listScenarioAudit(row.id)]);
  return { id: row.id, title: row.title, versions, audit };
}

export default function History() {
  const { id, title, versions, audit } = useLoaderData<typeof loader>();
  return (
    <>
      <div className="page-title">
        <h1>{title} · 版本与日志</h1>
        <Link to={`/scenarios/${id}`}>返回编辑</Link>
      </div>
      <section className="card" aria-labelledby="v-h">
        <h2 id="v-h">已发布版本</h2>
        {versions.length === 0 ? (
          <p className="empty">尚未发布任何版本。</p>
        ) : (
          <div className="table-wrap">
            <table className="data">
              <thead>
                <tr>
                  <th>版本</th>
                  <th>标题</th>
                  <th>发布人</th>
                  <th>发布时间</th>
                  <th>文件</th>
                </tr>
              </thead>
              <tbody>
                {versions.map((v) => (
                  <tr key={v.id}>
                    <td>v{v.version}</td>
                    <td>{v.title}</td>
                    <td>{v.published_by_name ?? "系统（内置）"}</td>
                    <td className="nowrap">{formatDateTime(v.published_at)}</td>
                    <td>
                      <a href={`/scenarios/${id}/export?version=${v.version}`} download>
                        导出
                      </a>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
      <section className="card" aria-labelledby="a-h">
        <h2 id="a-h">操作日志</h2>
        {audit.length === 0 ? (
          <p className="empty">暂无记录。</p>
        ) : (
          <div className="table-wrap">
            <table className="data">
              <thead>
                <tr>
                  <th>时间</th>
                  <th>操作人</th>
                  <th>操作</th>
                  <th>详情</th>
                </tr>
              </thead>
              <tbody>
                {audit.map((a) => (
                  <tr key={a.id}>
                    <td className="nowrap">{formatDateTime(a.at)}</td>
                    <td>{a.actor ?? "—"}</td>
                    <td>{ACTION_LABELS[a.action] ?? a.action}</td>
                    <td className="small">
                      <code>{a.details_json ?? ""}</code>
                    </td>
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
