import { describe, expect, it } from "vitest";
import { normalise, normaliseText, toOriginalSpan } from "../src/normalise.ts";

describe("normalise", () => {
  it("folds full-width ASCII and the ideographic space", () => {
    expect(normaliseText("ＡＢＣ１２３　ｘ")).toBe("ABC123 x");
    expect(normaliseText("电话：１３９０７３１０００１")).toBe("电话:13907310001");
  });
  it("widens half-width CJK punctuation and katakana", () => {
    expect(normaliseText("好｡｢是｣､")).toBe("好。「是」、");
    expect(normaliseText("ｶﾀｶﾅ")).toBe("カタカナ");
  });
  it("composes to NFC, including compatibility ideographs", () => {
    expect(normaliseText("e\u0301")).toBe("\u00e9");
    expect(normaliseText("\uf900")).toBe("\u8c48");
  });
  it("leaves plain text untouched without building a map", () => {
    const n = normalise("您好，路灯已修复。".replace("，", ","));
    expect(n.startMap).toBeNull();
  });
  it("maps spans of the normalised text back to the original", () => {
    const original = "Ｘe\u0301电话１３９";
    const n = normalise(original);
    expect(n.text).toBe("X\u00e9电话139");
    const i = n.text.indexOf("139");
    const [s, e] = toOriginalSpan(n, i, i + 3);
    expect(original.slice(s, e)).toBe("１３９");
    const j = n.text.indexOf("\u00e9");
    const [s2, e2] = toOriginalSpan(n, j, j + 1);
    expect(original.slice(s2, e2)).toBe("e\u0301");
  });
  it("keeps surrogate pairs whole", () => {
    const original = "😀ｂ";
    const n = normalise(original);
    expect(n.text).toBe("😀b");
    const [s, e] = toOriginalSpan(n, 2, 3);
    expect(original.slice(s, e)).toBe("ｂ");
  });
});
