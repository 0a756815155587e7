/**
 * Studio helpers shared by the browser and the server: draft analysis (validation + static
 * checks), error paths → form fields, the statechart graph and its layered layout.
 */
import * as scenarios from "@k2k/scenarios";
import { COMPETENCIES, type ScenarioDefinition, type Stage, validateScenario } from "@k2k/scenarios";
import type { TaskType } from "@k2k/scoring";

export const TASK_TYPE_LABELS: Record<TaskType, string> = {
  "netizen-reply": "网民回复",
  "crisis-statement": "情况通报/声明",
  "press-answer": "答记者问",
  "policy-interpretation": "政策解读",
  "risk-assessment": "风险研判",
  triage: "分类转办",
};

export const OUTCOME_LABELS: Record<string, string> = {
  success: "成功",
  partial: "部分达成",
  failure: "失败",
  abandoned: "放弃",
};

export const PUBLISH_KIND_LABELS: Record<string, string> = {
  authoritative: "权威发布",
  holding: "初步回应（稍后详报）",
  evasive: "回避",
  hostile: "对抗",
  false: "不实",
};

export const STATUS_LABELS_SCENARIO: Record<string, string> = {
  draft: "草稿",
  published: "已发布",
  archived: "已归档",
};

export interface Issue {
  severity: "error" | "warning";
  path: string;
  message: string;
  code?: string;
}

export interface Analysis {
  /** the parsed draft (may be structurally invalid) or null when the text is not JSON */
  draft: Record<string, unknown> | null;
  parseError: string | null;
  issues: Issue[];
  errorCount: number;
  warningCount: number;
  valid: ScenarioDefinition | null;
}

type CheckFn = (def: ScenarioDefinition) => {
  severity: string;
  path: string;
  code?: string;
  message: string;
  messageZh?: string;
}[];

/** The engine's static checks, when the package provides them. */
function engineChecks(def: ScenarioDefinition): Issue[] {
  const check = (scenarios as unknown as Record<string, unknown>).checkScenario as CheckFn | undefined;
  if (typeof check !== "function") return [];
  try {
    return check(def).map((c) => ({
      severity: c.severity === "error" ? "error" : "warning",
      path: c.path,
      code: c.code,
      message: c.messageZh || c.message,
    }));
  } catch {
    return [];
  }
}

/** Targets of a stage's transitions, with labels for the graph. */
export function stageEdges(stage: Stage) {
  const edges: { to: string; label: string; kind: "action" | "task" | "timer" | "branch"; path: string }[] =
    [];
  (stage.actions ?? []).forEach((a, i) => {
    const path = `stages[?].actions[${i}]`;
    (a.branches ?? []).forEach((b) => {
      edges.push({ to: b.target, label: `${a.label}（条件）`, kind: "branch", path });
    });
    if (a.target) edges.push({ to: a.target, label: a.label, kind: "action", path });
  });
  (stage.tasks ?? []).forEach((t, i) => {
    const path = `stages[?].tasks[${i}]`;
    (t.branches ?? []).forEach((b) => {
      edges.push({ to: b.target, label: `${t.label}（条件）`, kind: "branch", path });
    });
    if (t.target) edges.push({ to: t.target, label: t.label, kind: "task", path });
  });
  (stage.timers ?? []).forEach((t, i) => {
    const when = t.at !== undefined ? `T+${t.at}分` : `进入后${t.afterEntry ?? "?"}分`;
    edges.push({
      to: t.target,
      label: `计时：${t.label}（${when}）`,
      kind: "timer",
      path: `stages[?].timers[${i}]`,
    });
  });
  return edges;
}

/** Our own structural checks over the graph: unreachable stages and dead ends. */
function graphChecks(def: ScenarioDefinition): Issue[] {
  const issues: Issue[] = [];
  const ids = new Set(def.stages.map((s) => s.id));
  const reach = new Set<string>();
  const queue = [def.startStage];
  while (queue.length) {
    const id = queue.shift() as string;
    if (reach.has(id) || !ids.has(id)) continue;
    reach.add(id);
    const st = def.stages.find((s) => s.id === id);
    if (st) for (const e of stageEdges(st)) queue.push(e.to);
  }
  def.stages.forEach((s, i) => {
    if (!reach.has(s.id) && s.id !== def.timeoutStage)
      issues.push({
        severity: "warning",
        path: `stages[${i}]`,
        code: "unreachable",
        message: `阶段“${s.title || s.id}”从起始阶段无法到达`,
      });
    if (!s.final && stageEdges(s).length === 0)
      issues.push({
        severity: "warning",
        path: `stages[${i}]`,
        code: "dead-end",
        message: `阶段“${s.title || s.id}”没有出口（无跳转、无计时器，也不是结束阶段），只能等到演练超时`,
      });
  });
  if (!def.stages.some((s) => s.final && reach.has(s.id)))
    issues.push({
      severity: "error",
      path: "stages",
      code: "no-ending",
      message: "从起始阶段无法到达任何结束阶段",
    });
  return issues;
}

export function analyseDraft(text: string): Analysis {
  let draft: unknown;
  try {
    draft = JSON.parse(text);
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    return {
      draft: null,
      parseError: `JSON 格式错误：${message}`,
      issues: [{ severity: "error", path: "", message: `JSON 格式错误：${message}` }],
      errorCount: 1,
      warningCount: 0,
      valid: null,
    };
  }
  const obj =
    draft && typeof draft === "object" && !Array.isArray(draft) ? (draft as Record<string, unknown>) : null;
  let result: ReturnType<typeof validateScenario>;
  try {
    result = validateScenario(draft);
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    return {
      draft: obj,
      parseError: null,
      issues: [{ severity: "error", path: "", message: `校验失败：${message}` }],
      errorCount: 1,
      warningCount: 0,
      valid: null,
    };
  }
  let issues: Issue[];
  let valid: ScenarioDefinition | null = null;
  if (!result.ok) {
    issues = result.errors.map((e) => ({
      severity: "error",
      path: e.path,
      message: e.messageZh || e.message,
    }));
  } else {
    valid = result.scenario;
    issues = [...engineChecks(valid), ...graphChecks(valid)];
    // the engine may already report the same thing: keep one per path and message
    const seen = new Set<string>();
    issues = issues.filter((i) => {
      const k = `${i.path}|${i.message}`;
      if (seen.has(k)) return false;
      seen.add(k);
      return true;
    });
  }
  const errorCount = issues.filter((i) => i.severity === "error").length;
  return {
    draft: obj,
    parseError: null,
    issues,
    errorCount,
    warningCount: issues.length - errorCount,
    valid: errorCount === 0 ? valid : null,
  };
}

/** The DOM id of the input bound to a path such as stages[2].actions[0].cost. */
export function fieldId(path: string): string {
  return `f-${path.replace(/\[(\d+)\]/g, "-$1").replace(/[^\w-]/g, "-")}`;
}

/** The stage index a path belongs to, if any. */
export function stageIndexOf(path: string): number | null {
  const m = /^stages\[(\d+)\]/.exec(path);
  return m ? Number(m[1]) : null;
}

/** Issues grouped by exact path. */
export function issuesByPath(issues: Issue[]): Map<string, Issue[]> {
  const map = new Map<string, Issue[]>();
  for (const i of issues) map.set(i.path, [...(map.get(i.path) ?? []), i]);
  return map;
}

export function blankScenario(id: string, title = "新建场景"): ScenarioDefinition {
  return {
    schemaVersion: 1,
    id,
    version: 1,
    title,
    summary: "请填写场景简介。",
    category: "netizen-reply",
    competencies: ["netizen-reply"],
    difficulty: 1,
    estimatedMinutes: 15,
    maxSimMinutes: 480,
    setting: "江滨市",
    startStage: "start",
    deadlines: [],
    facts: [],
    injects: [],
    stages: [
      {
        id: "start",
        title: "开始",
        description: "请描述学员面对的情况。",
        actions: [],
        tasks: [],
        timers: [],
      },
      {
        id: "end",
        title: "结束",
        description: "演练结束。",
        final: { outcome: "success", narrative: "处置得当。" },
      },
    ],
  };
}

export const COMPETENCY_KEYS = COMPETENCIES;

/* ---------------- graph ---------------- */

export interface GraphNode {
  id: string;
  index: number;
  title: string;
  x: number;
  y: number;
  w: number;
  h: number;
  final?: string;
  start: boolean;
  unreachable: boolean;
  hasError: boolean;
}

export interface GraphEdge {
  from: string;
  to: string;
  label: string;
  kind: string;
  path: string;
  points: { x: number; y: number }[];
  loop: boolean;
  back: boolean;
}

export interface Graph {
  nodes: GraphNode[];
  edges: GraphEdge[];
  width: number;
  height: number;
}

const NODE_W = 150;
const NODE_H = 44;
const COL_GAP = 170;
const ROW_GAP = 64;

/** A layered layout: columns by BFS depth from the start stage, unreachable stages last. */
export function layoutGraph(
  def: Pick<ScenarioDefinition, "stages" | "startStage">,
  errorStages = new Set<number>(),
): Graph {
  const stages = Array.isArray(def.stages) ? def.stages.filter((s) => s && typeof s.id === "string") : [];
  const byId = new Map(stages.map((s) => [s.id, s]));
  const depth = new Map<string, number>();
  const queue: string[] = [];
  if (byId.has(def.startStage)) {
    depth.set(def.startStage, 0);
    queue.push(def.startStage);
  }
  while (queue.length) {
    const id = queue.shift() as string;
    const d = depth.get(id) ?? 0;
    for (const e of stageEdges(byId.get(id) as Stage)) {
      if (byId.has(e.to) && !depth.has(e.to)) {
        depth.set(e.to, d + 1);
        queue.push(e.to);
      }
    }
  }
  const maxDepth = Math.max(0, ...depth.values());
  const unreachableCol = maxDepth + 1;
  const columns = new Map<number, string[]>();
  for (const s of stages) {
    const col = depth.get(s.id) ?? unreachableCol;
    columns.set(col, [...(columns.get(col) ?? []), s.id]);
  }
  const nodes: GraphNode[] = [];
  const pos = new Map<string, GraphNode>();
  let maxRows = 0;
  for (const [col, ids] of [...columns.entries()].sort((a, b) => a[0] - b[0])) {
    maxRows = Math.max(maxRows, ids.length);
    ids.forEach((id, row) => {
      const s = byId.get(id) as Stage;
      const index = stages.indexOf(s);
      const n: GraphNode = {
        id,
        index: def.stages.indexOf(s),
        title: s.title || id,
        x: 20 + col * (NODE_W + COL_GAP),
        y: 30 + row * (NODE_H + ROW_GAP),
        w: NODE_W,
        h: NODE_H,
        final: s.final?.outcome,
        start: id === def.startStage,
        unreachable: !depth.has(id),
        hasError: errorStages.has(index),
      };
      nodes.push(n);
      pos.set(id, n);
    });
  }
  const edges: GraphEdge[] = [];
  for (const s of stages) {
    const from = pos.get(s.id) as GraphNode;
    const seen = new Map<string, number>();
    for (const e of stageEdges(s)) {
      const to = pos.get(e.to);
      if (!to) continue;
      const k = seen.get(e.to) ?? 0;
      seen.set(e.to, k + 1);
      const path = e.path.replace("stages[?]", `stages[${from.index}]`);
      if (to === from) {
        const x = from.x + from.w / 2;
        const y = from.y;
        edges.push({
          from: s.id,
          to: e.to,
          label: e.label,
          kind: e.kind,
          path,
          loop: true,
          back: false,
          points: [
            { x: x - 16, y },
            { x: x, y: y - 26 - k * 10 },
            { x: x + 16, y },
          ],
        });
        continue;
      }
      const back = to.x <= from.x;
      const off = (k - 0) * 8;
      const a = {
        x: from.x + (back ? from.w / 2 : from.w),
        y: from.y + (back ? from.h : from.h / 2) + off / 2,
      };
      const b = { x: to.x + (back ? to.w / 2 : 0), y: to.y + (back ? to.h : to.h / 2) };
      const mid = back
        ? { x: (a.x + b.x) / 2, y: Math.max(a.y, b.y) + 40 + k * 14 }
        : { x: (a.x + b.x) / 2, y: (a.y + b.y) / 2 + off };
      edges.push({
        from: s.id,
        to: e.to,
        label: e.label,
        kind: e.kind,
        path,
        loop: false,
        back,
        points: [a, mid, b],
      });
    }
  }
  const cols = columns.size || 1;
  const width = 40 + Math.max(...[...columns.keys()], 0) * (NODE_W + COL_GAP) + NODE_W + 20;
  const height = 60 + maxRows * (NODE_H + ROW_GAP) + 60;
  return { nodes, edges, width: Math.max(width, cols * 0 + 300), height: Math.max(height, 160) };
}

/** Reads an imported scenario file: JSON, then the format's validation with per-field errors. */
export function parseImport(
  text: string,
): { ok: true; def: ScenarioDefinition } | { ok: false; errors: { path: string; message: string }[] } {
  let raw: unknown;
  try {
    raw = JSON.parse(text.replace(/^\uFEFF/, ""));
  } catch (e) {
    return {
      ok: false,
      errors: [
        { path: "（文件）", message: `不是有效的 JSON 文件：${e instanceof Error ? e.message : String(e)}` },
      ],
    };
  }
  const r = validateScenario(raw);
  if (!r.ok)
    return {
      ok: false,
      errors: r.errors.map((e) => ({ path: e.path || "（根）", message: e.messageZh || e.message })),
    };
  return { ok: true, def: r.scenario };
}

/** The exported file of a definition. */
export function exportScenarioText(def: unknown): string {
  return `${JSON.stringify(def, null, 2)}\n`;
}
