import { createAssignment, getDb, getScenarioVersion, writeAudit } from "@k2k/db";
import { requireRole } from "@k2k/web/server";
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useNavigation } from "@remix-run/react";
import { useState } from "react";
import { assignmentFormOptions, parseAssignmentForm } from "../lib/assignments.server.ts";
import { EDITOR_ROLES } from "../lib/roles.ts";
import { visiblePath } from "../lib/scope.server.ts";

export const meta: MetaFunction = () => [{ title: "布置新任务 · 键对键管理端" }];

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireRole(request, "admin", EDITOR_ROLES);
  const options = await assignmentFormOptions(visiblePath(user));
  const url = new URL(request.url);
  const due = new Date(Date.now() + 7 * 86_400_000 + 8 * 3_600_000).toISOString().slice(0, 10);
  return { ...options, preselect: url.searchParams.get("version") ?? "", defaultDue: `${due}T18:00` };
}

export async function action({ request, context }: ActionFunctionArgs) {
  const user = await requireRole(request, "admin", EDITOR_ROLES);
  const { values, parsed, errors } = parseAssignmentForm(await request.formData());
  const { db } = getDb();
  if (parsed) {
    const version = await getScenarioVersion(db, parsed.versionId);
    if (!version) errors.versionId = "所选场景版本不存在，请重新选择。";
    const scope = visiblePath(user);
    if (parsed.unitIds.length) {
      const units = await db
        .selectFrom("units")
        .select(["id", "path"])
        .where("id", "in", parsed.unitIds)
        .execute();
      if (units.length !== new Set(parsed.unitIds).size || units.some((u) => !u.path.startsWith(scope)))
        errors.targets = "所选单位不存在或不在您的权限范围内。";
    }
    if (parsed.userIds.length) {
      const users = await db.selectFrom("users").select("id").where("id", "in", parsed.userIds).execute();
      if (users.length !== new Set(parsed.userIds).size) errors.targets = "所选人员不存在。";
    }
  }
  if (!parsed || Object.keys(errors).length > 0) return data({ errors, values }, { status: 400 });
  const a = await createAssignment(db, {
    scenarioVersionId: parsed.versionId,
    title: parsed.title,
    dueAt: parsed.dueAt,
    timeMode: parsed.timeMode,
    timeScale: parsed.timeScale,
    createdBy: user.id,
    unitIds: parsed.unitIds,
    userIds: parsed.userIds,
  });
  await writeAudit(db, {
    actorUserId: user.id,
    action: "assignment.create",
    targetType: "assignment",
    targetId: a.id,
    details: {
      title: parsed.title,
      scenarioVersionId: parsed.versionId,
      dueAt: parsed.dueAt,
      timeMode: parsed.timeMode,
      timeScale: parsed.timeScale,
      unitIds: parsed.unitIds,
      userIds: parsed.userIds,
    },
    ip: context.ip ?? null,
  });
  throw redirect(`/assignments/${a.id}`);
}

export default function NewAssignment() {
  const { versions, units, learners, preselect, defaultDue } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const errors = result?.errors ?? {};
  const v = (result?.values ?? {}) as Record<string, string | string[] | undefined>;
  const nav = useNavigation();
  const [mode, setMode] = useState(String(v.timeMode ?? "turn"));
  const selectedUnits = new Set((v.unitIds as string[] | undefined) ?? []);
  const selectedUsers = (v.userIds as string[] | undefined) ?? [];
  const firstVersion = String(v.versionId ?? preselect ?? "");
  const [title, setTitle] = useState(
    String(v.title ?? versions.find((x) => x.version_id === firstVersion)?.title ?? ""),
  );

  return (
    <>
      <div className="page-title">
        <h1>布置新任务</h1>
        <Link to="/assignments">返回任务列表</Link>
      </div>
      {Object.keys(errors).length > 0 ? (
        <div className="alert error" role="alert">
          请修改标出的内容后再提交。
        </div>
      ) : null}
      {versions.length === 0 ? (
        <div className="card empty">
          还没有已发布的场景。请先在<Link to="/scenarios">场景库</Link>中发布一个场景。
        </div>
      ) : (
        <Form method="post" className="grid cols-2" noValidate>
          <div className="card">
            <h2>任务内容</h2>
            <div className="field">
              <label htmlFor="versionId">场景（已发布的最新版本）</label>
              <select
                id="versionId"
                name="versionId"
                defaultValue={firstVersion}
                aria-invalid={errors.versionId ? true : undefined}
                aria-describedby={errors.versionId ? "versionId-error" : undefined}
                onChange={(e) => {
                  const t = versions.find((x) => x.version_id === e.target.value)?.title;
                  if (t && !title) setTitle(t);
                }}
              >
                <option value="">请选择场景</option>
                {versions.map((x) => (
                  <option key={x.version_id} value={x.version_id}>
                    {x.title}（v{x.version}）
                  </option>
                ))}
              </select>
              {errors.versionId ? (
                <div className="field-error" id="versionId-error">
                  {errors.versionId}
                </div>
              ) : null}
            </div>
            <div className="field">
              <label htmlFor="title">任务名称</label>
              <input
                id="title"
                name="title"
                type="text"
                value={title}
                onChange={(e) => setTitle(e.target.value)}
                maxLength={100}
                aria-invalid={errors.title ? true : undefined}
                aria-describedby={errors.title ? "title-error" : undefined}
              />
              {errors.title ? (
                <div className="field-error" id="title-error">
                  {errors.title}
                </div>
              ) : null}
            </div>
            <div className="field">
              <label htmlFor="dueAt">截止时间（北京时间）</label>
              <input
                id="dueAt"
                name="dueAt"
                type="datetime-local"
                defaultValue={String(v.dueAt ?? defaultDue)}
                aria-invalid={errors.dueAt ? true : undefined}
                aria-describedby={errors.dueAt ? "dueAt-error" : undefined}
              />
              {errors.dueAt ? (
                <div className="field-error" id="dueAt-error">
                  {errors.dueAt}
                </div>
              ) : null}
            </div>
            <fieldset className="field">
              <legend>计时方式</legend>
              <label className="inline">
                <input
                  type="radio"
                  name="timeMode"
                  value="turn"
                  checked={mode === "turn"}
                  onChange={() => setMode("turn")}
                />{" "}
                回合制（每个行动消耗模拟时间）
              </label>
              <label className="inline">
                <input
                  type="radio"
                  name="timeMode"
                  value="realtime"
                  checked={mode === "realtime"}
                  onChange={() => setMode("realtime")}
                />{" "}
                实时（模拟时钟随现实时间推进）
              </label>
            </fieldset>
            <div className="field">
              <label htmlFor="timeScale">实时倍率：现实 1 分钟 = 模拟多少分钟</label>
              <input
                id="timeScale"
                name="timeScale"
                type="number"
                min={1}
                max={120}
                defaultValue={String(v.timeScale ?? "10")}
                aria-invalid={errors.timeScale ? true : undefined}
                aria-describedby="timeScale-hint"
              />
              <div className="hint" id="timeScale-hint">
                仅在实时模式下使用，例如 10 表示现实 1 分钟推进 10 分钟模拟时间。
              </div>
              {errors.timeScale ? <div className="field-error">{errors.timeScale}</div> : null}
            </div>
          </div>
          <div className="card">
            <h2>布置对象</h2>
            {errors.targets ? (
              <div className="field-error" role="alert" id="targets-error">
                {errors.targets}
              </div>
            ) : null}
            <fieldset className="field">
              <legend>单位（含全部下级单位）</legend>
              <div className="unit-picker">
                {units.map((u) => (
                  <label key={u.id} className="inline" style={{ paddingLeft: u.depth * 18 }}>
                    <input
                      type="checkbox"
                      name="unitId"
                      value={u.id}
                      defaultChecked={selectedUnits.has(u.id)}
                    />{" "}
                    {u.name}
                  </label>
                ))}
              </div>
            </fieldset>
            <div className="field">
              <label htmlFor="userId">或指定人员（按住 Ctrl 可多选）</label>
              <select id="userId" name="userId" multiple size={8} defaultValue={selectedUsers}>
                {learners.map((p) => (
                  <option key={p.id} value={p.id}>
                    {p.display_name}（{p.unit_name}）
                  </option>
                ))}
              </select>
            </div>
            <button className="btn primary" type="submit" disabled={nav.state === "submitting"}>
              {nav.state === "submitting" ? "正在布置……" : "布置任务"}
            </button>
          </div>
        </Form>
      )}
    </>
  );
}
