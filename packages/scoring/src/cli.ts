/**
 * k2k-score FILE.jsonl — scores one reply per line.
 * In:  {"id","task","message","reply","elapsedMinutes"?,"context"?}
 * Out: {"id","total","dimensions","findings","timeliness"?}, or {"id","error"} for a bad line.
 * Exit 0 if every line scored, 1 if any line failed, 2 if the file cannot be read.
 */
import { readFileSync } from "node:fs";
import { scoreResponse } from "./score.ts";
import { type ScoreContext, TASK_TYPES, type TaskType } from "./types.ts";

export interface CliOutcome {
  lines: string[];
  failed: number;
}

function scoreLine(line: string, lineNo: number): { out: Record<string, unknown>; ok: boolean } {
  let id: unknown = null;
  try {
    const obj = JSON.parse(line) as Record<string, unknown>;
    if (!obj || typeof obj !== "object" || Array.isArray(obj)) throw new Error("每行须是一个 JSON 对象");
    id = obj.id ?? `line-${lineNo}`;
    if (!(TASK_TYPES as readonly string[]).includes(obj.task as string)) {
      throw new Error(`task 必须是 ${TASK_TYPES.join(" | ")} 之一`);
    }
    if (typeof obj.reply !== "string") throw new Error("reply 必须是字符串");
    if (obj.message !== undefined && typeof obj.message !== "string") throw new Error("message 必须是字符串");
    if (obj.context !== undefined && (typeof obj.context !== "object" || obj.context === null)) {
      throw new Error("context 必须是对象");
    }
    const context: ScoreContext = { ...((obj.context as ScoreContext | undefined) ?? {}) };
    if (obj.elapsedMinutes !== undefined) {
      if (typeof obj.elapsedMinutes !== "number" || !Number.isFinite(obj.elapsedMinutes)) {
        throw new Error("elapsedMinutes 必须是数字");
      }
      context.elapsedMinutes = obj.elapsedMinutes;
    }
    const r = scoreResponse({
      task: obj.task as TaskType,
      message: (obj.message as string | undefined) ?? "",
      reply: obj.reply,
      context,
    });
    const out: Record<string, unknown> = {
      id,
      total: r.total,
      dimensions: r.dimensions,
      findings: r.findings,
    };
    if (r.timeliness) out.timeliness = r.timeliness;
    return { out, ok: true };
  } catch (e) {
    const msg =
      e instanceof SyntaxError ? `JSON 解析失败：${e.message}` : e instanceof Error ? e.message : String(e);
    return { out: { id: id ?? `line-${lineNo}`, error: msg }, ok: false };
  }
}

/** Scores the text of a JSONL file (blank lines are skipped). */
export function runJsonl(text: string): CliOutcome {
  const lines: string[] = [];
  let failed = 0;
  text.split(/\r?\n/).forEach((line, i) => {
    if (line.trim() === "") return;
    const { out, ok } = scoreLine(line, i + 1);
    if (!ok) failed++;
    lines.push(JSON.stringify(out));
  });
  return { lines, failed };
}

function main(argv: string[]): number {
  const file = argv[0];
  if (!file || file === "-h" || file === "--help") {
    process.stderr.write("usage: k2k-score FILE.jsonl\n");
    return 2;
  }
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code ?? "read error";
    process.stderr.write(`k2k-score: cannot read ${file} (${code})\n`);
    return 2;
  }
  const { lines, failed } = runJsonl(text);
  if (lines.length) process.stdout.write(`${lines.join("\n")}\n`);
  return failed > 0 ? 1 : 0;
}

process.exitCode = main(process.argv.slice(2));
