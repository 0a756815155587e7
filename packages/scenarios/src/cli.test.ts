import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { builtInScenarios } from "./builtins.ts";
import { rumourFixture } from "./test-fixtures/rumour.ts";

const BIN = fileURLToPath(new URL("../bin/k2k-scenario.js", import.meta.url));
const dir = mkdtempSync(join(tmpdir(), "k2k-scenario-cli-"));

function file(name: string, content: unknown): string {
  const path = join(dir, name);
  writeFileSync(path, typeof content === "string" ? content : JSON.stringify(content));
  return path;
}

function run(...args: string[]) {
  const r = spawnSync(process.execPath, [BIN, ...args], { encoding: "utf8", timeout: 60_000 });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

const oneClearLine = (s: string) => {
  const lines = s.trim().split("\n");
  expect(lines).toHaveLength(1);
  expect(s).not.toMatch(/\n\s+at /);
  return lines[0] as string;
};

describe("k2k-scenario CLI", () => {
  it("list prints the built-in scenarios as JSON", () => {
    const r = run("list");
    expect(r.code).toBe(0);
    const rows = JSON.parse(r.out);
    expect(rows.map((x: { id: string }) => x.id)).toEqual(builtInScenarios.map((s) => s.id));
    for (const row of rows)
      expect(Object.keys(row)).toEqual([
        "id",
        "title",
        "category",
        "version",
        "competencies",
        "estimatedMinutes",
      ]);
  });

  it("validate: ok line, one line per error, one line for a file that is not JSON", () => {
    const ok = run("validate", file("ok.json", rumourFixture));
    expect(ok.code).toBe(0);
    expect(ok.out.trim()).toBe("ok: fixture-rumour (5 stages)");

    const bad = structuredClone(rumourFixture) as any;
    bad.stages[0].actions[0].cost = 0;
    bad.stages[1].tasks[0].target = "nowhere";
    const r = run("validate", file("bad.json", bad));
    expect(r.code).toBe(1);
    expect(r.out.trim().split("\n")).toEqual([
      "stages[0].actions[0].cost: expected a positive number",
      'stages[1].tasks[0].target: unknown stage "nowhere"',
    ]);

    const notJson = run("validate", file("broken.json", "{ this is not json"));
    expect(notJson.code).toBe(1);
    expect(oneClearLine(notJson.err)).toMatch(/^k2k-scenario: .*broken\.json is not valid JSON/);

    const missing = run("validate", join(dir, "absent.json"));
    expect(missing.code).toBe(1);
    expect(oneClearLine(missing.err)).toMatch(/cannot read scenario .*ENOENT/);
  });

  it("check: exit 0 when clean, 1 with problems", () => {
    expect(run("check", file("ok2.json", rumourFixture)).code).toBe(0);
    const orphan = structuredClone(rumourFixture) as any;
    orphan.stages.push({
      id: "s-x",
      title: "x",
      description: "x",
      final: { outcome: "success", narrative: "x" },
    });
    const r = run("check", file("orphan.json", orphan));
    expect(r.code).toBe(1);
    expect(r.out).toContain("error: stages[5]:");
    expect(r.out).toContain("[unreachable-stage]");
  });

  it("play runs a script and prints the result; an illegal step names what is allowed", () => {
    const script = file("script.json", [
      { action: "a-verify" },
      {
        action: "k-statement",
        text: "您好，经核实，仓库冒烟，消防已到场，现场2人轻微擦伤，已送医治疗。今天18时发布下一次通报。",
      },
    ]);
    const r = run("play", file("play.json", rumourFixture), "--script", script);
    expect(r.err).toBe("");
    expect(r.code).toBe(0);
    const out = JSON.parse(r.out);
    expect(out).toMatchObject({
      finalStage: expect.stringMatching(/^s-(good|weak)$/),
      simMinutes: 70,
      events: 2,
    });
    expect(out.tasks[0]).toMatchObject({ taskId: "k-statement", total: expect.any(Number) });
    // the published statement changed the curve (which way depends on its score)
    expect(out.spread.reachAtMax.actual).not.toBe(out.spread.reachAtMax.noResponse);
    expect(out.spread.reachAtMax.noResponse).toBeGreaterThan(0);

    const illegal = run(
      "play",
      file("play2.json", rumourFixture),
      "--script",
      file("s2.json", [{ action: "k-statement", text: "x" }]),
    );
    expect(illegal.code).toBe(1);
    expect(oneClearLine(illegal.err)).toContain("allowed at this point: a-verify, a-ignore");
  });

  it("walk plays random legal runs and summarises them", () => {
    const r = run("walk", file("walk.json", rumourFixture), "--runs", "20", "--seed", "5");
    expect(r.code).toBe(0);
    const summary = JSON.parse(r.out);
    expect(summary).toMatchObject({ id: "fixture-rumour", runs: 20 });
    expect(Object.values(summary.outcomes as Record<string, number>).reduce((a, b) => a + b, 0)).toBe(20);
    expect(summary.runsPerSecond).toBeGreaterThan(0);
  });

  it("walk all covers the library; unknown commands fail in one line", () => {
    const r = run("walk", "all", "--runs", "2");
    expect(r.code).toBe(0);
    expect(r.out.trim().split("\n").filter(Boolean)).toHaveLength(Math.max(1, builtInScenarios.length));
    const u = run("frobnicate");
    expect(u.code).toBe(1);
    oneClearLine(u.err);
  });
});
