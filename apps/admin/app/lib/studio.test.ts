import { builtInScenarios } from "@k2k/scenarios";
import { describe, expect, it } from "vitest";
import { analyseDraft, exportScenarioText, layoutGraph, parseImport } from "./studio.ts";

describe("scenario import/export", () => {
  it.each(builtInScenarios.map((s) => [s.id, s] as const))("round-trips the built-in %s", (_id, def) => {
    const file = exportScenarioText(def);
    const back = parseImport(file);
    expect(back.ok).toBe(true);
    if (back.ok) {
      expect(back.def).toEqual(def);
      expect(exportScenarioText(back.def)).toBe(file);
    }
  });

  it("has built-ins to test", () => {
    expect(builtInScenarios.length).toBeGreaterThan(0);
  });

  it("rejects a broken file with per-field errors", () => {
    const def = structuredClone(builtInScenarios[0]) as unknown as {
      stages: { actions?: { cost: unknown }[] }[];
    };
    const si = def.stages.findIndex((s) => (s.actions ?? []).length > 0);
    (def.stages[si]!.actions as { cost: unknown }[])[0]!.cost = -5;
    const r = parseImport(JSON.stringify(def));
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors.map((e) => e.path)).toContain(`stages[${si}].actions[0].cost`);
    const notJson = parseImport("{ not json");
    expect(notJson.ok).toBe(false);
  });

  it("analyses drafts and lays out every built-in graph", () => {
    for (const def of builtInScenarios) {
      const a = analyseDraft(JSON.stringify(def));
      expect(a.errorCount).toBe(0);
      const g = layoutGraph(def);
      expect(g.nodes.length).toBe(def.stages.length);
      expect(g.edges.length).toBeGreaterThan(0);
    }
  });
});
