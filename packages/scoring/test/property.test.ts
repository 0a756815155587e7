import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { DIMENSIONS, scoreResponse, TASK_TYPES } from "../src/index.ts";
import { normalise, toOriginalSpan } from "../src/normalise.ts";

// Pieces that exercise the scorer: CJK, full-width forms, emoji (surrogate pairs), combining
// marks, lone surrogates, lexicon words, digits that look like phones and dates.
const PIECES = [
  "您好",
  "感谢",
  "高度重视",
  "无理取闹",
  "不归我们管",
  "经核查",
  "6月12日",
  "１３９０７３１０００１",
  "13907310001",
  "430102199001011234",
  "湘A8K2M1",
  "6栋2单元502室",
  "正在核实",
  "后续情况将及时发布",
  "，",
  "。",
  "！",
  "\n",
  "　",
  "😀",
  "👨‍👩‍👧",
  "e\u0301",
  "\u0301",
  "\ud800",
  "\udc00",
  "ｶﾞ",
  "\uf900",
  "路灯",
  "小区",
];

const text = (max: number) =>
  fc
    .array(
      fc.oneof(
        fc.constantFrom(...PIECES),
        fc.string({ unit: "grapheme", maxLength: 8 }),
        fc.string({ unit: "binary", maxLength: 4 }),
      ),
      {
        maxLength: max,
      },
    )
    .map((xs) => xs.join(""));

describe("property: any input", () => {
  it("never throws; spans in bounds, matching their text; scores within 0–100", () => {
    fc.assert(
      fc.property(fc.constantFrom(...TASK_TYPES), text(60), text(200), (task, message, reply) => {
        const r = scoreResponse({
          task,
          message,
          reply,
          context: {
            citizen: { phone: "13907310001", name: "周建平" },
            facts: { verified: ["路灯"], unverified: ["12人"] },
          },
        });
        expect(r.total).toBeGreaterThanOrEqual(0);
        expect(r.total).toBeLessThanOrEqual(100);
        for (const d of DIMENSIONS) {
          expect(r.dimensions[d]).toBeGreaterThanOrEqual(0);
          expect(r.dimensions[d]).toBeLessThanOrEqual(100);
        }
        for (const f of r.findings) {
          expect(f.start).toBeGreaterThanOrEqual(0);
          expect(f.end).toBeLessThanOrEqual(reply.length);
          expect(reply.slice(f.start, f.end)).toBe(f.text);
          // the only finding without a span is the one saying the reply is empty
          if (reply.length > 0) expect(f.start).toBeLessThan(f.end);
        }
      }),
      { numRuns: 300 },
    );
  });

  it("handles long replies up to 20,000 characters", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme", minLength: 0, maxLength: 20_000 }), (reply) => {
        const r = scoreResponse({ task: "crisis-statement", message: "化工园区储罐爆炸", reply });
        for (const f of r.findings) expect(reply.slice(f.start, f.end)).toBe(f.text);
        expect(r.total).toBeGreaterThanOrEqual(0);
        expect(r.total).toBeLessThanOrEqual(100);
      }),
      { numRuns: 15 },
    );
    const big = "您好！经核查，路灯已于6月12日修复。高度重视。😀e\u0301１２３".repeat(700).slice(0, 20_000);
    const r = scoreResponse({ task: "netizen-reply", message: "路灯坏了", reply: big });
    for (const f of r.findings) expect(big.slice(f.start, f.end)).toBe(f.text);
  });

  it("normalisation maps every non-empty span to a non-empty original span", () => {
    fc.assert(
      fc.property(text(80), fc.nat(), fc.nat(), (s, x, y) => {
        const n = normalise(s);
        if (n.text.length === 0) return;
        const a = x % n.text.length;
        const b = a + 1 + (y % (n.text.length - a));
        const [os, oe] = toOriginalSpan(n, a, b);
        expect(os).toBeGreaterThanOrEqual(0);
        expect(oe).toBeLessThanOrEqual(s.length);
        expect(os).toBeLessThan(oe);
      }),
      { numRuns: 300 },
    );
  });
});
