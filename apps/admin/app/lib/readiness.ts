/**
 * The readiness model (能力达标) without I/O: targets and their defaults, periods, decay, the
 * traffic-light status and the roll-up of unit figures to their ancestors. The SQL that feeds
 * it lives in readiness.server.ts; docs/readiness.md explains the rules in prose.
 */

/** Mirrors COMPETENCIES of @k2k/scenarios (a test keeps the two equal). */
export const COMPETENCIES = ["netizen-reply", "crisis", "policy", "appeal", "risk", "opinion"] as const;
export type Competency = (typeof COMPETENCIES)[number];

export const COMPETENCY_LABELS: Record<Competency, string> = {
  "netizen-reply": "网民回复",
  crisis: "舆情处置",
  policy: "政策解读",
  appeal: "诉求办理",
  risk: "风险研判",
  opinion: "民意研判",
};

export const POSITION_LEVELS = ["leader", "cadre", "staff"] as const;
export type PositionLevel = (typeof POSITION_LEVELS)[number];
export const POSITION_LEVEL_LABELS: Record<PositionLevel, string> = {
  leader: "领导干部",
  cadre: "一般干部",
  staff: "工作人员",
};

export function positionLevelOf(raw: string | null | undefined): PositionLevel {
  return raw === "leader" || raw === "staff" ? raw : "cadre";
}

export const PERIOD_MONTHS = [1, 3, 6, 12] as const;
export type PeriodMonths = (typeof PERIOD_MONTHS)[number];
export const PERIOD_MONTHS_LABELS: Record<PeriodMonths, string> = {
  1: "月度",
  3: "季度",
  6: "半年",
  12: "年度",
};

export interface ReadinessTargets {
  /** a competency passes when its effective (decayed) best score reaches this; also the crisis-drill bar */
  passScore: number;
  /** a score counts in full for this many days after the drill … */
  graceDays: number;
  /** … and then loses half its weight every this many days */
  halfLifeDays: number;
  /** scores older than this many days at the evaluation time are ignored */
  lookbackDays: number;
  /** green needs at least this share of cadres ready (0–1) */
  greenReadyShare: number;
  /** below this share of cadres ready the unit is red (0–1) */
  yellowReadyShare: number;
  /** green needs at least this share of assigned drills done on time (0–1) */
  onTimeTarget: number;
  /** below this on-time share the unit is red (0–1) */
  onTimeRed: number;
  /** competencies each position level must pass to be ready */
  required: Record<PositionLevel, Competency[]>;
  periodMonths: PeriodMonths;
  /** prefix of xAPI activity ids */
  xapiBase: string;
}

export const DEFAULT_TARGETS: ReadinessTargets = {
  passScore: 60,
  graceDays: 90,
  halfLifeDays: 180,
  lookbackDays: 365,
  greenReadyShare: 0.8,
  yellowReadyShare: 0.5,
  onTimeTarget: 0.9,
  onTimeRed: 0.6,
  required: {
    leader: ["crisis", "netizen-reply", "policy", "risk"],
    cadre: ["netizen-reply", "appeal", "crisis"],
    staff: ["netizen-reply", "appeal"],
  },
  periodMonths: 3,
  xapiBase: "https://k2k.local/xapi/",
};

export type TargetsResult =
  | { ok: true; targets: ReadinessTargets }
  | { ok: false; errors: Record<string, string> };

const clampNum = (v: unknown, fallback: number) => {
  const n = typeof v === "number" ? v : typeof v === "string" && v.trim() !== "" ? Number(v) : Number.NaN;
  return Number.isFinite(n) ? n : fallback;
};

/** Merges a stored (possibly partial or older) document over the defaults. */
export function withDefaults(stored: unknown): ReadinessTargets {
  const s = (stored && typeof stored === "object" ? stored : {}) as Partial<
    Record<keyof ReadinessTargets, unknown>
  >;
  const d = DEFAULT_TARGETS;
  const req = (s.required && typeof s.required === "object" ? s.required : {}) as Record<string, unknown>;
  const comps = (v: unknown, fb: Competency[]) =>
    Array.isArray(v) ? COMPETENCIES.filter((c) => v.includes(c)) : fb;
  const months = clampNum(s.periodMonths, d.periodMonths);
  return {
    passScore: clampNum(s.passScore, d.passScore),
    graceDays: clampNum(s.graceDays, d.graceDays),
    halfLifeDays: clampNum(s.halfLifeDays, d.halfLifeDays),
    lookbackDays: clampNum(s.lookbackDays, d.lookbackDays),
    greenReadyShare: clampNum(s.greenReadyShare, d.greenReadyShare),
    yellowReadyShare: clampNum(s.yellowReadyShare, d.yellowReadyShare),
    onTimeTarget: clampNum(s.onTimeTarget, d.onTimeTarget),
    onTimeRed: clampNum(s.onTimeRed, d.onTimeRed),
    required: {
      leader: comps(req.leader, d.required.leader),
      cadre: comps(req.cadre, d.required.cadre),
      staff: comps(req.staff, d.required.staff),
    },
    periodMonths: (PERIOD_MONTHS as readonly number[]).includes(months) ? (months as PeriodMonths) : 3,
    xapiBase: typeof s.xapiBase === "string" && s.xapiBase ? s.xapiBase : d.xapiBase,
  };
}

/** Reads the targets form (percentages as 0–100) and checks it; messages are Chinese. */
export function parseTargetsForm(form: FormData): TargetsResult {
  const errors: Record<string, string> = {};
  const num = (name: string, min: number, max: number, label: string) => {
    const raw = String(form.get(name) ?? "").trim();
    const n = Number(raw);
    if (raw === "" || !Number.isFinite(n) || n < min || n > max) {
      errors[name] = `${label}应为 ${min}–${max} 之间的数字`;
      return min;
    }
    return n;
  };
  const passScore = num("passScore", 0, 100, "达标分数线");
  const graceDays = num("graceDays", 0, 3650, "全额有效天数");
  const halfLifeDays = num("halfLifeDays", 1, 3650, "半衰期");
  const lookbackDays = num("lookbackDays", 1, 3650, "有效期");
  const green = num("greenReadyShare", 0, 100, "绿灯达标率");
  const yellow = num("yellowReadyShare", 0, 100, "黄灯达标率");
  const onTime = num("onTimeTarget", 0, 100, "按时完成率目标");
  const onTimeRed = num("onTimeRed", 0, 100, "按时完成率红灯线");
  if (!errors.greenReadyShare && !errors.yellowReadyShare && yellow > green)
    errors.yellowReadyShare = "黄灯达标率不能高于绿灯达标率";
  if (!errors.onTimeTarget && !errors.onTimeRed && onTimeRed > onTime)
    errors.onTimeRed = "红灯线不能高于按时完成率目标";
  const months = Number(form.get("periodMonths"));
  if (!(PERIOD_MONTHS as readonly number[]).includes(months)) errors.periodMonths = "请选择统计周期";
  const required = {} as Record<PositionLevel, Competency[]>;
  for (const level of POSITION_LEVELS) {
    const picked = form.getAll(`required.${level}`).map(String);
    required[level] = COMPETENCIES.filter((c) => picked.includes(c));
  }
  const xapiBase = String(form.get("xapiBase") ?? "").trim();
  if (!/^https?:\/\/[^\s]+\/$/.test(xapiBase)) errors.xapiBase = "请输入以 http(s):// 开头、以 / 结尾的地址";
  if (Object.keys(errors).length) return { ok: false, errors };
  return {
    ok: true,
    targets: {
      passScore,
      graceDays,
      halfLifeDays,
      lookbackDays,
      greenReadyShare: green / 100,
      yellowReadyShare: yellow / 100,
      onTimeTarget: onTime / 100,
      onTimeRed: onTimeRed / 100,
      required,
      periodMonths: months as PeriodMonths,
      xapiBase,
    },
  };
}

// ---------------------------------------------------------------------------------------------
// Periods. Boundaries are midnight in China Standard Time (UTC+8, no daylight saving), so a
// quarter is what an organisation department in China calls a quarter.

const CST_OFFSET_MS = 8 * 3_600_000;

export interface Period {
  key: string;
  label: string;
  /** inclusive start, ISO UTC */
  start: string;
  /** exclusive end, ISO UTC */
  end: string;
  months: PeriodMonths;
  /** months since year 0 of the first month, used for arithmetic */
  index: number;
}

function periodFromIndex(index: number, months: PeriodMonths): Period {
  const first = index * months;
  const year = Math.floor(first / 12);
  const month0 = first % 12;
  const start = new Date(Date.UTC(year, month0, 1) - CST_OFFSET_MS).toISOString();
  const end = new Date(Date.UTC(year, month0 + months, 1) - CST_OFFSET_MS).toISOString();
  const n = month0 / months + 1;
  const key =
    months === 3
      ? `${year}Q${n}`
      : months === 1
        ? `${year}M${String(n).padStart(2, "0")}`
        : months === 6
          ? `${year}H${n}`
          : `${year}Y`;
  const label =
    months === 3
      ? `${year}年第${n}季度`
      : months === 1
        ? `${year}年${n}月`
        : months === 6
          ? `${year}年${n === 1 ? "上" : "下"}半年`
          : `${year}年`;
  return { key, label, start, end, months, index };
}

export function periodOf(at: Date, months: PeriodMonths): Period {
  const local = new Date(at.getTime() + CST_OFFSET_MS);
  const m = local.getUTCFullYear() * 12 + local.getUTCMonth();
  return periodFromIndex(Math.floor(m / months), months);
}

export function parsePeriodKey(key: string | null | undefined, months: PeriodMonths): Period | null {
  if (!key) return null;
  const m = /^(\d{4})(?:Q([1-4])|M(\d{2})|H([12])|Y)$/.exec(key);
  if (!m) return null;
  const year = Number(m[1]);
  const n = Number(m[2] ?? m[3] ?? m[4] ?? 1);
  const kind = m[2] ? 3 : m[3] ? 1 : m[4] ? 6 : 12;
  if (kind !== months || (kind === 1 && (n < 1 || n > 12))) return null;
  return periodFromIndex(year * (12 / months) + (n - 1), months);
}

export function shiftPeriod(p: Period, by: number): Period {
  return periodFromIndex(p.index + by, p.months);
}

/** The moment a period is judged at: its end, or now while it is still running. */
export function evaluationTime(p: Period, now: Date): string {
  return new Date(Math.min(Date.parse(p.end), now.getTime())).toISOString();
}

// ---------------------------------------------------------------------------------------------
// Decay and status

/**
 * effective = score × 0.5^(max(0, age − grace) / half-life): full weight during the grace
 * days, then half the weight every half-life. A score from the future (clock skew) is not boosted.
 */
export function decayedScore(score: number, ageDays: number, halfLifeDays: number, graceDays = 0): number {
  return score * 0.5 ** (Math.max(0, ageDays - graceDays) / halfLifeDays);
}

export type Light = "green" | "yellow" | "red" | "none";
export const LIGHT_LABELS: Record<Light, string> = {
  green: "绿灯",
  yellow: "黄灯",
  red: "红灯",
  none: "无数据",
};
export const LIGHT_BADGE: Record<Light, string> = { green: "good", yellow: "warn", red: "bad", none: "" };

/** Figures of one unit in one period: additive, so a subtree is the sum of its units. */
export interface UnitCounts {
  cadres: number;
  ready: number;
  assigned: number;
  onTime: number;
  scoreSum: number;
  scoreCount: number;
  /** per competency: cadres who must pass it, those who do, and the sum of their effective scores */
  comp: Record<Competency, { required: number; passed: number; effSum: number }>;
}

export function emptyCounts(): UnitCounts {
  const comp = {} as UnitCounts["comp"];
  for (const c of COMPETENCIES) comp[c] = { required: 0, passed: 0, effSum: 0 };
  return { cadres: 0, ready: 0, assigned: 0, onTime: 0, scoreSum: 0, scoreCount: 0, comp };
}

export function addCounts(into: UnitCounts, from: UnitCounts): void {
  into.cadres += from.cadres;
  into.ready += from.ready;
  into.assigned += from.assigned;
  into.onTime += from.onTime;
  into.scoreSum += from.scoreSum;
  into.scoreCount += from.scoreCount;
  for (const c of COMPETENCIES) {
    into.comp[c].required += from.comp[c].required;
    into.comp[c].passed += from.comp[c].passed;
    into.comp[c].effSum += from.comp[c].effSum;
  }
}

export interface LeaderStatus {
  userId: string;
  name: string;
  /** best crisis-drill total in the period, null when none was completed */
  crisisBest: number | null;
  crisisPassed: boolean;
}

export interface UnitFigures {
  readyShare: number | null;
  onTimeShare: number | null;
  avgScore: number | null;
  status: Light;
  /** why the status is not green, in Chinese */
  reasons: string[];
}

const pct = (x: number) => `${Math.round(x * 100)}%`;

/**
 * Green: ready share ≥ green target, on-time share ≥ its target (or nothing was due) and the
 * responsible leader passed the crisis drill. Red: ready share below the yellow target or
 * on-time share below the red line. Otherwise yellow. A unit without cadres has no status.
 */
export function unitFigures(c: UnitCounts, leader: LeaderStatus | null, t: ReadinessTargets): UnitFigures {
  const readyShare = c.cadres ? c.ready / c.cadres : null;
  const onTimeShare = c.assigned ? c.onTime / c.assigned : null;
  const avgScore = c.scoreCount ? c.scoreSum / c.scoreCount : null;
  if (readyShare === null)
    return { readyShare, onTimeShare, avgScore, status: "none", reasons: ["无参训干部"] };
  const reasons: string[] = [];
  let red = false;
  let yellow = false;
  if (readyShare < t.yellowReadyShare) {
    red = true;
    reasons.push(`达标率 ${pct(readyShare)} 低于黄灯线 ${pct(t.yellowReadyShare)}`);
  } else if (readyShare < t.greenReadyShare) {
    yellow = true;
    reasons.push(`达标率 ${pct(readyShare)} 未达绿灯目标 ${pct(t.greenReadyShare)}`);
  }
  if (onTimeShare !== null) {
    if (onTimeShare < t.onTimeRed) {
      red = true;
      reasons.push(`按时完成率 ${pct(onTimeShare)} 低于红灯线 ${pct(t.onTimeRed)}`);
    } else if (onTimeShare < t.onTimeTarget) {
      yellow = true;
      reasons.push(`按时完成率 ${pct(onTimeShare)} 未达目标 ${pct(t.onTimeTarget)}`);
    }
  }
  if (leader && !leader.crisisPassed) {
    yellow = true;
    reasons.push(
      leader.crisisBest === null ? "第一责任人本期未完成舆情处置演练" : "第一责任人舆情处置演练未达标",
    );
  }
  return { readyShare, onTimeShare, avgScore, status: red ? "red" : yellow ? "yellow" : "green", reasons };
}

/** Unit ids on a materialised path "/a/b/c/" → ["a", "b", "c"]. */
export function pathIds(path: string): string[] {
  return path.split("/").filter(Boolean);
}

/**
 * Sums each unit's own figures into itself and every ancestor inside the set of units given
 * (the visible subtree), so that a town's figures include its villages.
 */
export function rollUp(
  units: { id: string; path: string }[],
  own: Map<string, UnitCounts>,
): Map<string, UnitCounts> {
  const known = new Set(units.map((u) => u.id));
  const total = new Map<string, UnitCounts>();
  for (const u of units) total.set(u.id, emptyCounts());
  for (const u of units) {
    const c = own.get(u.id);
    if (!c) continue;
    for (const id of pathIds(u.path)) if (known.has(id)) addCounts(total.get(id)!, c);
  }
  return total;
}

/** One cadre's standing at an evaluation time: best effective score per competency. */
export interface CadreStanding {
  id: string;
  unit_id: string;
  lvl: PositionLevel;
  eff: Record<Competency, number | null>;
  /** sum and number of completed attempt scores inside the period (for the average) */
  scoreSum: number;
  scoreCount: number;
}

/** Ready: every competency the cadre's position level requires is at or above the pass score. */
export function isReady(c: CadreStanding, t: ReadinessTargets): boolean {
  return t.required[c.lvl].every((k) => (c.eff[k] ?? 0) >= t.passScore);
}

/** Each unit's own counts (before the roll-up) from its cadres' standings. */
export function countsByUnit(cadres: Iterable<CadreStanding>, t: ReadinessTargets): Map<string, UnitCounts> {
  const own = new Map<string, UnitCounts>();
  for (const c of cadres) {
    let u = own.get(c.unit_id);
    if (!u) {
      u = emptyCounts();
      own.set(c.unit_id, u);
    }
    u.cadres++;
    if (isReady(c, t)) u.ready++;
    u.scoreSum += c.scoreSum;
    u.scoreCount += c.scoreCount;
    for (const k of COMPETENCIES) {
      if (!t.required[c.lvl].includes(k)) continue;
      const e = c.eff[k] ?? 0;
      const slot = u.comp[k];
      slot.required++;
      if (e >= t.passScore) slot.passed++;
      slot.effSum += e;
    }
  }
  return own;
}

/** Flagged for a follow-up talk (约谈) when red in this period and in the one before. */
export function needsFollowUp(current: Light, previous: Light | undefined): boolean {
  return current === "red" && previous === "red";
}

export function formatShare(x: number | null | undefined): string {
  return x === null || x === undefined ? "—" : `${Math.round(x * 100)}%`;
}

export function formatScore(x: number | null | undefined): string {
  return x === null || x === undefined ? "—" : String(Math.round(x));
}

/** A heatmap cell's colour: the pass share against the unit targets. */
export function cellLight(passed: number, required: number, t: ReadinessTargets): Light {
  if (!required) return "none";
  const share = passed / required;
  return share >= t.greenReadyShare ? "green" : share >= t.yellowReadyShare ? "yellow" : "red";
}
