/**
 * Locates the shared reference data (never part of the repository): <repoRoot>/../shared/data,
 * or the directory in K2K_SHARED_DATA. Node-only; used by scripts, the bench and data tests.
 */
import { existsSync, readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parseCsvRecords } from "../src/csv.ts";

const here = dirname(fileURLToPath(import.meta.url));
/** packages/scoring/scripts → repository root */
export const REPO_ROOT = resolve(here, "..", "..", "..");

export function sharedDataDir(): string {
  return process.env.K2K_SHARED_DATA
    ? resolve(process.env.K2K_SHARED_DATA)
    : resolve(REPO_ROOT, "..", "shared", "data");
}

export interface RealReply {
  id: string;
  message: string;
  reply: string;
  complete?: number;
  interpretable?: number;
}

/** The 2,816 real replies, or null when the shared data is absent. */
export function loadRealReplies(file = "messages_with_replies.csv"): RealReply[] | null {
  const path = join(sharedDataDir(), "teddy2020c", file);
  if (!existsSync(path)) return null;
  return parseCsvRecords(readFileSync(path, "utf8")).map((r) => {
    const out: RealReply = {
      id: r.留言编号 ?? "",
      message: `${r.留言主题 ?? ""}\n${r.留言详情 ?? ""}`,
      reply: r.答复意见 ?? "",
    };
    if (r.完整性指标 !== undefined) out.complete = Number(r.完整性指标);
    if (r.可解释性指标 !== undefined) out.interpretable = Number(r.可解释性指标);
    return out;
  });
}
