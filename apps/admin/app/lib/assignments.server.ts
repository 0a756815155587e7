import { type DbHandle, getDb, listLatestPublished } from "@k2k/db";

export interface AssignmentForm {
  versionId: string;
  title: string;
  dueAt: string;
  timeMode: "turn" | "realtime";
  timeScale: number;
  unitIds: string[];
  userIds: string[];
}

export type FormErrors = Partial<Record<"versionId" | "title" | "dueAt" | "timeScale" | "targets", string>>;

/** A datetime-local value ("2026-12-01T18:00") read as China Standard Time (UTC+8). */
export function parseLocalDateTime(value: string): string | null {
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/.test(value)) return null;
  const d = new Date(`${value}:00+08:00`);
  return Number.isNaN(d.getTime()) ? null : d.toISOString();
}

export function parseAssignmentForm(form: FormData): {
  values: Record<string, string | string[]>;
  parsed?: AssignmentForm;
  errors: FormErrors;
} {
  const str = (k: string) => String(form.get(k) ?? "").trim();
  const values = {
    versionId: str("versionId"),
    title: str("title"),
    dueAt: str("dueAt"),
    timeMode: str("timeMode") || "turn",
    timeScale: str("timeScale") || "10",
    unitIds: form.getAll("unitId").map(String),
    userIds: form.getAll("userId").map(String).filter(Boolean),
  };
  const errors: FormErrors = {};
  if (!values.versionId) errors.versionId = "请选择要布置的场景版本。";
  if (!values.title) errors.title = "请填写任务名称。";
  else if (values.title.length > 100) errors.title = "任务名称请控制在 100 字以内。";
  const due = parseLocalDateTime(values.dueAt);
  if (!due) errors.dueAt = "请填写有效的截止时间。";
  else if (due < new Date().toISOString()) errors.dueAt = "截止时间不能早于现在。";
  const scale = Number(values.timeScale);
  if (values.timeMode === "realtime" && (!Number.isFinite(scale) || scale < 1 || scale > 120))
    errors.timeScale = "时间倍率应在 1 到 120 之间（现实 1 分钟对应的模拟分钟数）。";
  if (values.unitIds.length === 0 && values.userIds.length === 0)
    errors.targets = "请至少选择一个单位或一名人员。";
  if (Object.keys(errors).length > 0 || !due) return { values, errors };
  return {
    values,
    errors,
    parsed: {
      versionId: values.versionId,
      title: values.title,
      dueAt: due,
      timeMode: values.timeMode === "realtime" ? "realtime" : "turn",
      timeScale: values.timeMode === "realtime" ? Math.round(scale) : 10,
      unitIds: values.unitIds,
      userIds: values.userIds,
    },
  };
}

/** What the form offers: published versions, the units of the scope and their learners. */
export async function assignmentFormOptions(scopePath: string, handle: DbHandle = getDb()) {
  const { db } = handle;
  const versions = await listLatestPublished(db);
  const units = await db
    .selectFrom("units")
    .select(["id", "name", "depth", "path"])
    .where("path", "like", `${scopePath}%`)
    .orderBy("path")
    .execute();
  const learners = await db
    .selectFrom("users as u")
    .innerJoin("units as un", "un.id", "u.unit_id")
    .innerJoin("user_roles as r", (j) => j.onRef("r.user_id", "=", "u.id").on("r.role", "=", "learner"))
    .select(["u.id", "u.display_name", "un.name as unit_name"])
    .where("u.disabled", "=", 0)
    .where("un.path", "like", `${scopePath}%`)
    .orderBy("un.path")
    .orderBy("u.display_name")
    .execute();
  return { versions, units: sortTree(units), learners };
}

/** Depth-first order so that children follow their parent. */
function sortTree<T extends { path: string; depth: number }>(units: T[]): T[] {
  return [...units].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

export { ASSIGNMENT_STATUS_BADGE, ASSIGNMENT_STATUS_LABELS } from "./assignment-status.ts";
