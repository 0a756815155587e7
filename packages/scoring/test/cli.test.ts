import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const bin = resolve(dirname(fileURLToPath(import.meta.url)), "..", "bin", "k2k-score.js");
const run = (args: string[]) =>
  spawnSync(process.execPath, [bin, ...args], { encoding: "utf8", timeout: 60_000 });

describe("k2k-score CLI", () => {
  const dir = mkdtempSync(join(tmpdir(), "k2k-score-"));

  it("scores each line, reports bad lines and goes on, exits 1", () => {
    const file = join(dir, "in.jsonl");
    const lines = [
      {
        id: "ok",
        task: "netizen-reply",
        message: "柳湾小区北门路灯坏了",
        reply: "您好！柳湾小区北门路灯已于6月12日修复。",
      },
      "not json",
      { id: "badtask", task: "poem", reply: "x" },
      {
        id: "crisis",
        task: "crisis-statement",
        message: "化工园区储罐爆炸",
        reply: "今日14时10分，化工园区储罐爆炸，原因正在调查，后续情况将及时发布。",
        elapsedMinutes: 200,
        context: { deadlineRules: ["YQ-80-first-info"] },
      },
    ];
    writeFileSync(file, `${lines.map((l) => (typeof l === "string" ? l : JSON.stringify(l))).join("\n")}\n`);
    const r = run([file]);
    expect(r.status).toBe(1);
    const out = r.stdout
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l));
    expect(out).toHaveLength(4);
    expect(out[0].id).toBe("ok");
    expect(out[0].total).toBeGreaterThan(0);
    expect(Object.keys(out[0].dimensions)).toContain("privacy");
    expect(out[1].error).toMatch(/JSON/);
    expect(out[2]).toMatchObject({ id: "badtask" });
    expect(out[2].error).toMatch(/task/);
    expect(out[3].timeliness.rules[0].ruleId).toBe("YQ-80-first-info");
    expect(out[3].timeliness.rules[0].met).toBe(true);
  });

  it("exits 0 when every line scores", () => {
    const file = join(dir, "good.jsonl");
    writeFileSync(file, `${JSON.stringify({ id: 1, task: "triage", message: "噪音", reply: "已阅" })}\n`);
    const r = run([file]);
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout).id).toBe(1);
  });

  it("exits 2 with one clear line and no stack trace when the file cannot be read", () => {
    const r = run([join(dir, "missing.jsonl")]);
    expect(r.status).toBe(2);
    expect(r.stderr.trim().split("\n")).toHaveLength(1);
    expect(r.stderr).toMatch(/cannot read/);
    expect(r.stderr).not.toMatch(/\bat /);
  });
});
