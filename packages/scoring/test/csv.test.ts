import { describe, expect, it } from "vitest";
import { parseCsv, parseCsvRecords } from "../src/csv.ts";

describe("parseCsv", () => {
  it("handles quoted fields with commas, quotes and newlines, CRLF and a BOM", () => {
    const text = '\ufeffa,b,c\r\n1,"x, y","he said ""hi""\nnext line"\r\n2,,\n';
    expect(parseCsv(text)).toEqual([
      ["a", "b", "c"],
      ["1", "x, y", 'he said "hi"\nnext line'],
      ["2", "", ""],
    ]);
  });
  it("keeps the last row without a trailing newline and builds records", () => {
    expect(parseCsvRecords("id,v\n1,a\n2,b")).toEqual([
      { id: "1", v: "a" },
      { id: "2", v: "b" },
    ]);
  });
});
