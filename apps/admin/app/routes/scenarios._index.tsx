import { builtInScenarios, COMPETENCY_LABELS, type Competency } from "@k2k/scenarios";
import { forbidden, hasAnyRole, requireRole } from "@k2k/web/server";
import { formatDateTime } from "@k2k/web/ui";
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useNavigation } from "@remix-run/react";
import { ADMIN_ROLES, EDITOR_ROLES } from "../lib/roles.ts";
import {
  createScenario,
  getScenarioRow,
  listLibrary,
  listVersions,
  newBlank,
  setScenarioStatus,
} from "../lib/studio.server.ts";
import { COMPETENCY_KEYS, parseImport, STATUS_LABELS_SCENARIO } from "../lib/studio.ts";

export const meta: MetaFunction = () => [{ title: "场景库 · 键对键管理端" }];

const MAX_IMPORT_BYTES = 2_000_000;

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireRole(request, "admin", ADMIN_ROLES);
  const url = new URL(request.url);
  const f = {
    q: url.searchParams.get("q")?.trim() || undefined,
    category: url.searchParams.get("category") || undefined,
    competency: url.searchParams.get("competency") || undefined,
    status: url.searchParams.get("status") || undefined,
  };
  const rows = await listLibrary(f);
  return {
    rows: rows.map((r) => ({ ...r, competencies: safeList(r.competencies) })),
    filters: {
      q: f.q ?? "",
      category: f.category ?? "",
      competency: f.competency ?? "",
      status: f.status ?? "",
    },
    templates: builtInScenarios.map((s) => ({ id: s.id, title: s.title })),
    canEdit: hasAnyRole(user, EDITOR_ROLES),
  };
}

function safeList(json: string): string[] {
  try {
    const v = JSON.parse(json);
    return Array.isArray(v) ? v.filter((x): x is string => typeof x === "string") : [];
  } catch {
    return [];
  }
}

type ActionResult = { error?: string; importErrors?: { path: string; message: string }[]; fileName?: string };

export async function action({ request, context }: ActionFunctionArgs) {
  const user = await requireRole(request, "admin", ADMIN_ROLES);
  if (!hasAnyRole(user, EDITOR_ROLES)) throw forbidden("审阅人员只能查看场景库，不能修改。");
  const form = await request.formData();
  const intent = String(form.get("intent") ?? "");
  const ip = context.ip ?? null;
  if (intent === "create") {
    const template = String(form.get("template") ?? "");
    if (!template) {
      const id = await createScenario(newBlank() as unknown as Record<string, unknown>, user.id, {
        action: "scenario.create",
        details: { from: "blank" },
        ip,
      });
      throw redirect(`/scenarios/${id}`);
    }
    const tpl = builtInScenarios.find((s) => s.id === template);
    if (!tpl) return data<ActionResult>({ error: "所选模板不存在。" }, { status: 400 });
    const copy = { ...structuredClone(tpl), id: `${tpl.id}-copy`, version: 1, title: `${tpl.title}（副本）` };
    const id = await createScenario(copy as unknown as Record<string, unknown>, user.id, {
      action: "scenario.create",
      details: { from: "template", template },
      ip,
    });
    throw redirect(`/scenarios/${id}`);
  }
  if (intent === "import") {
    const file = form.get("file");
    if (!file || typeof file === "string" || file.size === 0)
      return data<ActionResult>({ error: "请选择要导入的场景 JSON 文件。" }, { status: 400 });
    if (file.size > MAX_IMPORT_BYTES)
      return data<ActionResult>({ error: "文件过大（超过 2MB），请检查是否选错了文件。" }, { status: 400 });
    const parsed = parseImport(await file.text());
    if (!parsed.ok)
      return data<ActionResult>(
        {
          error: "导入失败：文件未通过校验，请根据下列问题修改后重试。",
          importErrors: parsed.errors,
          fileName: file.name,
        },
        { status: 400 },
      );
    const id = await createScenario(parsed.def as unknown as Record<string, unknown>, user.id, {
      action: "scenario.import",
      details: { fileName: file.name, originalId: parsed.def.id },
      ip,
    });
    throw redirect(`/scenarios/${id}?imported=1`);
  }
  if (intent === "duplicate" || intent === "archive" || intent === "restore") {
    const row = await getScenarioRow(String(form.get("id") ?? ""));
    if (!row) return data<ActionResult>({ error: "场景不存在。" }, { status: 404 });
    if (intent === "duplicate") {
      let draft: Record<string, unknown>;
      try {
        draft = JSON.parse(row.draft_json);
      } catch {
        draft = newBlank() as unknown as Record<string, unknown>;
      }
      const id = await createScenario(
        { ...draft, id: `${row.id}-copy`, title: `${row.title}（副本）` },
        user.id,
        { action: "scenario.duplicate", details: { from: row.id }, ip },
      );
      throw redirect(`/scenarios/${id}`);
    }
    if (intent === "archive") await setScenarioStatus(row.id, "archived", user.id, ip);
    else {
      const hasVersion = await listVersionCount(row.id);
      await setScenarioStatus(row.id, hasVersion ? "published" : "draft", user.id, ip);
    }
    throw redirect("/scenarios");
  }
  return data<ActionResult>({ error: "未知操作。" }, { status: 400 });
}

async function listVersionCount(id: string) {
  return (await listVersions(id)).length;
}

export default function Library() {
  const { rows, filters, templates, canEdit } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>() as ActionResult | undefined;
  const nav = useNavigation();
  const busy = nav.state === "submitting";
  return (
    <>
      <div className="page-title">
        <h1>场景库</h1>
        <p>搜索、新建、导入导出演练场景</p>
      </div>
      {result?.error ? (
        <div className="alert error" role="alert">
          {result.error}
          {result.importErrors ? (
            <>
              {result.fileName ? <div className="small">文件：{result.fileName}</div> : null}
              <table className="data import-errors" aria-label="导入错误">
                <thead>
                  <tr>
                    <th>字段</th>
                    <th>问题</th>
                  </tr>
                </thead>
                <tbody>
                  {result.importErrors.slice(0, 50).map((e, i) => (
                    <tr key={`${e.path}-${i}`}>
                      <td>
                        <code>{e.path}</code>
                      </td>
                      <td>{e.message}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
              {result.importErrors.length > 50 ? (
                <div className="small">另有 {result.importErrors.length - 50} 项问题未列出。</div>
              ) : null}
            </>
          ) : null}
        </div>
      ) : null}
      {canEdit ? (
        <div className="grid cols-2" style={{ marginBottom: 16 }}>
          <Form method="post" className="card">
            <h2>新建场景</h2>
            <input type="hidden" name="intent" value="create" />
            <div className="field">
              <label htmlFor="template">起点</label>
              <select id="template" name="template" defaultValue="">
                <option value="">空白场景</option>
                {templates.map((t) => (
                  <option key={t.id} value={t.id}>
                    模板：{t.title}
                  </option>
                ))}
              </select>
            </div>
            <button className="btn primary" type="submit" disabled={busy}>
              新建
            </button>
          </Form>
          <Form method="post" encType="multipart/form-data" className="card">
            <h2>导入场景文件</h2>
            <input type="hidden" name="intent" value="import" />
            <div className="field">
              <label htmlFor="file">场景 JSON 文件</label>
              <input id="file" name="file" type="file" accept=".json,application/json" required />
              <div className="hint">可导入其他党校导出的场景文件；导入后为草稿，需检查后发布。</div>
            </div>
            <button className="btn secondary" type="submit" disabled={busy}>
              导入
            </button>
          </Form>
        </div>
      ) : null}
      <Form method="get" className="card filters" style={{ marginBottom: 16 }}>
        <div style={{ flex: "1 1 220px" }}>
          <label htmlFor="q">搜索</label>
          <input id="q" name="q" type="search" defaultValue={filters.q} placeholder="场景名称" />
        </div>
        <div>
          <label htmlFor="category">类别</label>
          <select id="category" name="category" defaultValue={filters.category}>
            <option value="">全部</option>
            {COMPETENCY_KEYS.map((c) => (
              <option key={c} value={c}>
                {COMPETENCY_LABELS[c]}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="competency">能力项</label>
          <select id="competency" name="competency" defaultValue={filters.competency}>
            <option value="">全部</option>
            {COMPETENCY_KEYS.map((c) => (
              <option key={c} value={c}>
                {COMPETENCY_LABELS[c]}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="status">状态</label>
          <select id="status" name="status" defaultValue={filters.status}>
            <option value="">未归档</option>
            <option value="draft">草稿</option>
            <option value="published">已发布</option>
            <option value="archived">已归档</option>
          </select>
        </div>
        <button className="btn secondary" type="submit">
          筛选
        </button>
      </Form>
      {rows.length === 0 ? (
        <div className="card empty">没有符合条件的场景。</div>
      ) : (
        <div className="table-wrap">
          <table className="data">
            <thead>
              <tr>
                <th>场景</th>
                <th>类别</th>
                <th>能力项</th>
                <th>状态</th>
                <th>最新版本</th>
                <th>更新时间</th>
                <th>操作</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((s) => (
                <tr key={s.id}>
                  <td>
                    <Link to={`/scenarios/${s.id}`}>{s.title}</Link>
                    {s.builtin_version !== null ? <span className="badge info">内置</span> : null}
                    {s.author ? <div className="muted small">{s.author}</div> : null}
                  </td>
                  <td className="nowrap">{COMPETENCY_LABELS[s.category as Competency] ?? s.category}</td>
                  <td>{s.competencies.map((c) => COMPETENCY_LABELS[c as Competency] ?? c).join("、")}</td>
                  <td>
                    <span
                      className={`badge ${s.status === "published" ? "good" : s.status === "draft" ? "warn" : ""}`}
                    >
                      {STATUS_LABELS_SCENARIO[s.status] ?? s.status}
                    </span>
                  </td>
                  <td>{s.latest_version ? `v${s.latest_version}` : "—"}</td>
                  <td className="nowrap">{formatDateTime(s.updated_at)}</td>
                  <td className="row-actions">
                    <a className="btn small" href={`/scenarios/${s.id}/export`} download>
                      导出
                    </a>
                    {canEdit ? (
                      <>
                        <Form method="post">
                          <input type="hidden" name="id" value={s.id} />
                          <button className="btn small" type="submit" name="intent" value="duplicate">
                            复制
                          </button>
                        </Form>
                        <Form method="post">
                          <input type="hidden" name="id" value={s.id} />
                          {s.status === "archived" ? (
                            <button className="btn small" type="submit" name="intent" value="restore">
                              恢复
                            </button>
                          ) : (
                            <button className="btn small" type="submit" name="intent" value="archive">
                              归档
                            </button>
                          )}
                        </Form>
                      </>
                    ) : null}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
