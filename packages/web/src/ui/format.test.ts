import { describe, expect, it } from "vitest";
import { formatDate, formatDateTime, formatSimMinutes, formatTime } from "./format.ts";

describe("display formats", () => {
  it("show Beijing time whatever the runtime's zone", () => {
    expect(formatDate("2026-09-30T16:30:00Z")).toBe("2026-10-01");
    expect(formatDateTime("2026-09-30T16:30:00Z")).toBe("2026-10-01 00:30");
    expect(formatTime("2026-09-30T16:30:00Z")).toBe("00:30");
    expect(formatDateTime(null)).toBe("—");
    expect(formatDateTime("not a date")).toBe("—");
  });

  it("write simulated minutes in Chinese", () => {
    expect(formatSimMinutes(0)).toBe("0分钟");
    expect(formatSimMinutes(45)).toBe("45分钟");
    expect(formatSimMinutes(120)).toBe("2小时");
    expect(formatSimMinutes(200)).toBe("3小时20分");
  });
});
