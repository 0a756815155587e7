import { getDb } from "@k2k/db";
import { requireRole } from "@k2k/web/server";
import { formatDateTime } from "@k2k/web/ui";
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useNavigation } from "@remix-run/react";
import { getTargets, saveTargets } from "../lib/readiness.server.ts";
import {
  COMPETENCIES,
  COMPETENCY_LABELS,
  DEFAULT_TARGETS,
  PERIOD_MONTHS,
  PERIOD_MONTHS_LABELS,
  POSITION_LEVEL_LABELS,
  POSITION_LEVELS,
  parseTargetsForm,
  type ReadinessTargets,
} from "../lib/readiness.ts";
import { TARGET_EDITORS } from "../lib/readiness-view.server.ts";

export const meta: MetaFunction = () => [{ title: "达标目标设置 · 键对键管理端" }];

export async function loader({ request }: LoaderFunctionArgs) {
  await requireRole(request, "admin", TARGET_EDITORS);
  const { targets, updatedAt, updatedBy } = await getTargets();
  const by = updatedBy
    ? await getDb()
        .db.selectFrom("users")
        .select("display_name")
        .where("id", "=", updatedBy)
        .executeTakeFirst()
    : undefined;
  return { targets, updatedAt, updatedByName: by?.display_name ?? null, defaults: DEFAULT_TARGETS };
}

export async function action({ request, context }: ActionFunctionArgs) {
  const user = await requireRole(request, "admin", TARGET_EDITORS);
  const form = await request.formData();
  if (form.get("intent") === "reset") {
    await saveTargets(DEFAULT_TARGETS, { userId: user.id, ip: context.ip ?? null });
    return { ok: true as const, message: "已恢复默认目标。", errors: {} as Record<string, string> };
  }
  const parsed = parseTargetsForm(form);
  if (!parsed.ok) return { ok: false as const, message: "请检查标红的项目。", errors: parsed.errors };
  await saveTargets(parsed.targets, { userId: user.id, ip: context.ip ?? null });
  return {
    ok: true as const,
    message: "目标已保存，看板和导出将按新目标计算。",
    errors: {} as Record<string, string>,
  };
}

function NumberField({
  name,
  label,
  value,
  hint,
  error,
  min,
  max,
  step = 1,
  suffix,
}: {
  name: string;
  label: string;
  value: number;
  hint?: string;
  error?: string;
  min: number;
  max: number;
  step?: number;
  suffix?: string;
}) {
  const hintId = `${name}-hint`;
  const errId = `${name}-err`;
  return (
    <div className="field">
      <label htmlFor={name}>{label}</label>
      <div className="rd-input-suffix">
        <input
          id={name}
          name={name}
          type="number"
          min={min}
          max={max}
          step={step}
          defaultValue={value}
          required
          aria-invalid={error ? true : undefined}
          aria-describedby={[hint ? hintId : "", error ? errId : ""].filter(Boolean).join(" ") || undefined}
        />
        {suffix ? <span aria-hidden="true">{suffix}</span> : null}
      </div>
      {hint ? (
        <div className="hint" id={hintId}>
          {hint}
        </div>
      ) : null}
      {error ? (
        <div className="field-error" id={errId}>
          {error}
        </div>
      ) : null}
    </div>
  );
}

export default function Targets() {
  const { targets, updatedAt, updatedByName } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const nav = useNavigation();
  const t: ReadinessTargets = targets;
  const e = result?.errors ?? {};
  const pct = (x: number) => Math.round(x * 1000) / 10;
  return (
    <>
      <nav aria-label="位置" className="small rd-crumbs">
        <Link to="/readiness">能力达标</Link> / <span aria-current="page">目标设置</span>
      </nav>
      <div className="page-title">
        <h1>达标目标设置</h1>
        <p>
          {updatedAt
            ? `最近修改：${formatDateTime(updatedAt)}${updatedByName ? `（${updatedByName}）` : ""}`
            : "当前使用默认目标"}
        </p>
      </div>
      {result ? (
        <div className={`alert ${result.ok ? "success" : "error"}`} role="status">
          {result.message}
        </div>
      ) : null}
      <Form method="post" className="rd-targets">
        <div className="grid cols-2">
          <fieldset className="card">
            <legend>得分与衰减</legend>
            <NumberField
              name="passScore"
              label="达标分数线"
              value={t.passScore}
              min={0}
              max={100}
              suffix="分"
              error={e.passScore}
              hint="某项能力的有效分达到此线即为该项达标；第一责任人舆情处置演练也按此线判定。"
            />
            <NumberField
              name="graceDays"
              label="成绩全额有效期"
              value={t.graceDays}
              min={0}
              max={3650}
              suffix="天"
              error={e.graceDays}
              hint="演练后这些天内按原分计入。"
            />
            <NumberField
              name="halfLifeDays"
              label="成绩半衰期"
              value={t.halfLifeDays}
              min={1}
              max={3650}
              suffix="天"
              error={e.halfLifeDays}
              hint="全额有效期过后，有效分 = 得分 × 0.5^((距统计时点天数 − 全额有效期) ÷ 半衰期)。"
            />
            <NumberField
              name="lookbackDays"
              label="成绩最长计入期"
              value={t.lookbackDays}
              min={1}
              max={3650}
              suffix="天"
              error={e.lookbackDays}
              hint="早于此天数的成绩不再计入。"
            />
            <div className="field">
              <label htmlFor="periodMonths">统计周期</label>
              <select id="periodMonths" name="periodMonths" defaultValue={String(t.periodMonths)}>
                {PERIOD_MONTHS.map((m) => (
                  <option key={m} value={m}>
                    {PERIOD_MONTHS_LABELS[m]}
                  </option>
                ))}
              </select>
              {e.periodMonths ? <div className="field-error">{e.periodMonths}</div> : null}
            </div>
          </fieldset>
          <fieldset className="card">
            <legend>红黄绿目标</legend>
            <NumberField
              name="greenReadyShare"
              label="绿灯：干部达标率不低于"
              value={pct(t.greenReadyShare)}
              min={0}
              max={100}
              step={0.1}
              suffix="%"
              error={e.greenReadyShare}
            />
            <NumberField
              name="yellowReadyShare"
              label="红灯：干部达标率低于"
              value={pct(t.yellowReadyShare)}
              min={0}
              max={100}
              step={0.1}
              suffix="%"
              error={e.yellowReadyShare}
              hint="介于两者之间为黄灯。"
            />
            <NumberField
              name="onTimeTarget"
              label="绿灯：按时完成率不低于"
              value={pct(t.onTimeTarget)}
              min={0}
              max={100}
              step={0.1}
              suffix="%"
              error={e.onTimeTarget}
            />
            <NumberField
              name="onTimeRed"
              label="红灯：按时完成率低于"
              value={pct(t.onTimeRed)}
              min={0}
              max={100}
              step={0.1}
              suffix="%"
              error={e.onTimeRed}
              hint="第一责任人本期未通过舆情处置演练的单位最高为黄灯；连续两期红灯提示约谈。"
            />
          </fieldset>
        </div>
        <fieldset className="card" style={{ marginTop: 16 }}>
          <legend>各岗位层级必修能力</legend>
          <div className="table-wrap">
            <table className="data">
              <thead>
                <tr>
                  <th scope="col">岗位层级</th>
                  {COMPETENCIES.map((c) => (
                    <th scope="col" key={c}>
                      {COMPETENCY_LABELS[c]}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {POSITION_LEVELS.map((l) => (
                  <tr key={l}>
                    <th scope="row">{POSITION_LEVEL_LABELS[l]}</th>
                    {COMPETENCIES.map((c) => (
                      <td key={c}>
                        <input
                          type="checkbox"
                          name={`required.${l}`}
                          value={c}
                          defaultChecked={t.required[l].includes(c)}
                          aria-label={`${POSITION_LEVEL_LABELS[l]}必修${COMPETENCY_LABELS[c]}`}
                        />
                      </td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </fieldset>
        <fieldset className="card" style={{ marginTop: 16 }}>
          <legend>数据交换</legend>
          <div className="field">
            <label htmlFor="xapiBase">xAPI 活动标识前缀</label>
            <input
              id="xapiBase"
              name="xapiBase"
              type="text"
              defaultValue={t.xapiBase}
              aria-invalid={e.xapiBase ? true : undefined}
              aria-describedby="xapiBase-hint"
            />
            <div className="hint" id="xapiBase-hint">
              导出到学习记录库（LRS）时，场景、阶段和单位的标识以此地址开头。
            </div>
            {e.xapiBase ? <div className="field-error">{e.xapiBase}</div> : null}
          </div>
        </fieldset>
        <div className="rd-actions" style={{ marginTop: 16 }}>
          <button
            className="btn primary"
            type="submit"
            name="intent"
            value="save"
            disabled={nav.state === "submitting"}
          >
            保存目标
          </button>
          <button className="btn" type="submit" name="intent" value="reset" formNoValidate>
            恢复默认
          </button>
        </div>
      </Form>
    </>
  );
}
