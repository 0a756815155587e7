import { describe, expect, it } from "vitest";
import { loadRealReplies } from "../scripts/shared-data.ts";
import { scoreResponse } from "../src/index.ts";

const rows = loadRealReplies();
if (!rows) console.log("real-data test skipped: ../shared/data not found (set K2K_SHARED_DATA)");

describe.skipIf(!rows)("the 2,816 real replies", () => {
  it("all score without error, with valid spans and bounded scores", () => {
    expect(rows!.length).toBe(2816);
    for (const r of rows!) {
      const s = scoreResponse({ task: "netizen-reply", message: r.message, reply: r.reply });
      expect(s.total).toBeGreaterThanOrEqual(0);
      expect(s.total).toBeLessThanOrEqual(100);
      for (const f of s.findings) expect(r.reply.slice(f.start, f.end)).toBe(f.text);
    }
  }, 120_000);
});
