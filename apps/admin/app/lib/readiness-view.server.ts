/** Plain, serialisable views of a readiness report for pages and exports. */
import type { Role } from "@k2k/db";
import type { ReadinessReport } from "./readiness.server.ts";
import { COMPETENCIES, cellLight, type Light, type Period, shiftPeriod } from "./readiness.ts";

/** Who may read readiness pages, export them and change the targets. */
export const READINESS_READERS: readonly Role[] = ["reviewer", "admin", "instructor"];
export const READINESS_EXPORTERS: readonly Role[] = ["reviewer", "admin"];
export const TARGET_EDITORS: readonly Role[] = ["admin"];

export interface UnitView {
  id: string;
  name: string;
  parentName: string | null;
  kind: string;
  /** depth below the report's root unit */
  depth: number;
  status: Light;
  followUp: boolean;
  reasons: string[];
  cadres: number;
  ready: number;
  readyShare: number | null;
  assigned: number;
  onTime: number;
  onTimeShare: number | null;
  avgScore: number | null;
  leader: { userId: string; name: string; crisisBest: number | null; crisisPassed: boolean } | null;
  heat: {
    c: (typeof COMPETENCIES)[number];
    required: number;
    passed: number;
    avg: number | null;
    light: Light;
  }[];
  /** statuses of the earlier periods, oldest first */
  history: Light[];
}

export function unitViews(report: ReadinessReport): UnitView[] {
  const names = new Map(report.units.map((u) => [u.id, u.name]));
  return report.units.map((u) => {
    const r = report.current.units.get(u.id)!;
    return {
      id: u.id,
      name: u.name,
      parentName: u.parent_id ? (names.get(u.parent_id) ?? null) : null,
      kind: u.kind,
      depth: u.depth - report.root.depth,
      status: r.figures.status,
      followUp: report.followUp.has(u.id),
      reasons: r.figures.reasons,
      cadres: r.counts.cadres,
      ready: r.counts.ready,
      readyShare: r.figures.readyShare,
      assigned: r.counts.assigned,
      onTime: r.counts.onTime,
      onTimeShare: r.figures.onTimeShare,
      avgScore: r.figures.avgScore,
      leader: r.leader,
      heat: COMPETENCIES.map((c) => {
        const k = r.counts.comp[c];
        return {
          c,
          required: k.required,
          passed: k.passed,
          avg: k.required ? k.effSum / k.required : null,
          light: cellLight(k.passed, k.required, report.targets),
        };
      }),
      history: report.history.slice(0, -1).map((p) => p.units.get(u.id)?.figures.status ?? "none"),
    };
  });
}

export function trendView(report: ReadinessReport) {
  return report.history.map((p) => {
    const r = p.units.get(report.root.id)!;
    return {
      key: p.period.key,
      label: p.period.label,
      readyShare: r.figures.readyShare,
      onTimeShare: r.figures.onTimeShare,
      avgScore: r.figures.avgScore,
      status: r.figures.status,
    };
  });
}

/** The period picker: the current period and the eight before it. */
export function periodOptions(current: Period, selected: Period) {
  const out: { key: string; label: string }[] = [];
  for (let i = 0; i < 9; i++) {
    const p = shiftPeriod(current, -i);
    out.push({ key: p.key, label: p.label });
  }
  if (!out.some((o) => o.key === selected.key)) out.push({ key: selected.key, label: selected.label });
  return out;
}

export function statusTotals(units: UnitView[]) {
  const t: Record<Light, number> = { green: 0, yellow: 0, red: 0, none: 0 };
  for (const u of units) t[u.status]++;
  return t;
}
