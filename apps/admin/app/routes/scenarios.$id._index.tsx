import { forbidden, hasAnyRole, notFound, requireRole } from "@k2k/web/server";
import { formatDateTime } from "@k2k/web/ui";
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data } from "@remix-run/node";
import { Link, useActionData, useLoaderData, useNavigation } from "@remix-run/react";
import { ScenarioEditor } from "../components/studio/Editor.tsx";
import { ADMIN_ROLES, EDITOR_ROLES } from "../lib/roles.ts";
import { getScenarioRow, listVersions, publishDraft, saveDraft } from "../lib/studio.server.ts";
import { STATUS_LABELS_SCENARIO } from "../lib/studio.ts";

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: `${data?.scenario.title ?? "场景"} · 场景编辑 · 键对键管理端` },
];

const MAX_DRAFT = 1_000_000;

export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requireRole(request, "admin", ADMIN_ROLES);
  const row = await getScenarioRow(String(params.id));
  if (!row) throw notFound("场景不存在。");
  const versions = await listVersions(row.id);
  let text = row.draft_json;
  try {
    text = JSON.stringify(JSON.parse(row.draft_json), null, 2);
  } catch {
    // an invalid draft is shown as stored
  }
  return {
    scenario: {
      id: row.id,
      title: row.title,
      status: row.status,
      updated_at: row.updated_at,
      builtin: row.builtin_version !== null,
    },
    text,
    versions,
    canEdit: hasAnyRole(user, EDITOR_ROLES),
    imported: new URL(request.url).searchParams.has("imported"),
  };
}

type Result = { ok: boolean; message: string; kind: "success" | "error" };

export async function action({ request, params, context }: ActionFunctionArgs) {
  const user = await requireRole(request, "admin", ADMIN_ROLES);
  if (!hasAnyRole(user, EDITOR_ROLES)) throw forbidden("审阅人员不能修改场景。");
  const row = await getScenarioRow(String(params.id));
  if (!row) throw notFound("场景不存在。");
  const form = await request.formData();
  const intent = String(form.get("intent") ?? "save");
  const draft = String(form.get("draft") ?? "");
  if (!draft.trim())
    return data<Result>({ ok: false, kind: "error", message: "草稿内容为空，未保存。" }, { status: 400 });
  if (draft.length > MAX_DRAFT)
    return data<Result>(
      { ok: false, kind: "error", message: "草稿过大（超过 1MB），未保存。" },
      { status: 413 },
    );
  const analysis = await saveDraft(row.id, draft);
  if (intent === "publish") {
    const r = await publishDraft(row.id, user.id, context.ip ?? null);
    if (!r.ok)
      return data<Result>(
        {
          ok: false,
          kind: "error",
          message: `草稿已保存，但${r.message}共 ${r.analysis?.errorCount ?? 0} 个错误，请查看上方的错误列表。`,
        },
        { status: 400 },
      );
    return {
      ok: true,
      kind: "success",
      message: `已发布为第 ${r.version} 版。进行中的演练仍使用原版本。`,
    } satisfies Result;
  }
  return {
    ok: true,
    kind: analysis.errorCount > 0 ? "error" : "success",
    message:
      analysis.errorCount > 0
        ? `草稿已保存，但仍有 ${analysis.errorCount} 个错误，修正前不能发布。`
        : "草稿已保存。",
  } satisfies Result;
}

export default function ScenarioPage() {
  const { scenario, text, versions, canEdit, imported } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>() as Result | undefined;
  const nav = useNavigation();
  return (
    <>
      <div className="page-title">
        <h1>
          {scenario.title}{" "}
          <span
            className={`badge ${scenario.status === "published" ? "good" : scenario.status === "draft" ? "warn" : ""}`}
          >
            {STATUS_LABELS_SCENARIO[scenario.status] ?? scenario.status}
          </span>
        </h1>
        <nav className="row-actions" aria-label="场景操作">
          <Link className="btn small" to="/scenarios">
            返回场景库
          </Link>
          <Link className="btn small" to={`/scenarios/${scenario.id}/playtest`}>
            试玩草稿
          </Link>
          <Link className="btn small" to={`/scenarios/${scenario.id}/history`}>
            版本与日志
          </Link>
          <a className="btn small" href={`/scenarios/${scenario.id}/export`} download>
            导出 JSON
          </a>
          {canEdit && versions.length > 0 ? (
            <Link className="btn small" to={`/assignments/new?version=${versions[0]?.id}`}>
              布置此场景
            </Link>
          ) : null}
        </nav>
      </div>
      {imported ? (
        <div className="alert success" role="status">
          导入成功，已保存为草稿。请检查后发布。
        </div>
      ) : null}
      {result ? (
        <div className={`alert ${result.kind}`} role={result.kind === "error" ? "alert" : "status"}>
          {result.message}
        </div>
      ) : null}
      {!canEdit ? (
        <div className="alert info" role="status">
          您是审阅人员，只能查看场景内容。
        </div>
      ) : null}
      {scenario.builtin ? (
        <p className="muted small">这是内置场景；可在此修改并发布新版本，或在场景库“复制”一份再改。</p>
      ) : null}
      <div className="studio-layout">
        <ScenarioEditor initialText={text} readOnly={!canEdit} busy={nav.state === "submitting"} />
        <aside className="card versions" aria-labelledby="versions-h">
          <h2 id="versions-h">已发布版本</h2>
          {versions.length === 0 ? (
            <p className="empty">尚未发布。</p>
          ) : (
            <ol className="version-list">
              {versions.map((v) => (
                <li key={v.id}>
                  <strong>v{v.version}</strong> {v.published_by_name ?? "系统（内置）"}
                  <div className="muted small">{formatDateTime(v.published_at)}</div>
                </li>
              ))}
            </ol>
          )}
        </aside>
      </div>
    </>
  );
}
