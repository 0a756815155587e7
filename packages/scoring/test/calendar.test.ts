import { describe, expect, it } from "vitest";
import {
  isWorkingDay,
  OFFICIAL_YEARS,
  PUBLIC_HOLIDAYS,
  scoreTimeliness,
  statutoryHolidays,
  workingDaysDeadlineMinutes,
  workingDaysEstimated,
} from "../src/index.ts";

describe("working-day calendar", () => {
  it("follows the published notice: holidays off, make-up weekend days on", () => {
    expect(isWorkingDay("2026-10-01")).toBe(false); // 国庆
    expect(isWorkingDay("2026-10-10")).toBe(true); // a Saturday worked in exchange
    expect(isWorkingDay("2026-02-16")).toBe(false); // 除夕, a Monday
    expect(isWorkingDay("2026-11-25")).toBe(true); // an ordinary Wednesday
    expect(isWorkingDay("2026-11-28")).toBe(false); // an ordinary Saturday
  });

  it("estimates the statutory holidays the notices of 2025 and 2026 contain", () => {
    // the estimator, run on years that have a notice, must find only days the notice gave off
    for (const year of OFFICIAL_YEARS) {
      const estimated = [...statutoryHolidays(year)];
      expect(estimated).toHaveLength(13);
      for (const day of estimated)
        expect(PUBLIC_HOLIDAYS.has(day), `${day} in the ${year} notice`).toBe(true);
    }
  });

  it("counts a year without its notice on the statutory holidays, and says it is an estimate", () => {
    expect(OFFICIAL_YEARS.has(2027)).toBe(false);
    expect(isWorkingDay("2027-01-01")).toBe(false); // 元旦, a Friday
    expect(isWorkingDay("2027-10-01")).toBe(false); // 国庆, a Friday
    expect(isWorkingDay("2027-04-05")).toBe(false); // 清明, a Monday
    expect(isWorkingDay("2027-01-04")).toBe(true); // the Monday after
    // 3 working days from Wednesday 30 December 2026: Thursday 31, (Friday 1 January off),
    // Monday 4 and Tuesday 5 January → end of Tuesday 5 January
    const start = new Date("2026-12-30T02:00:00Z"); // 10:00 CST
    const minutes = workingDaysDeadlineMinutes(start, 3);
    expect(new Date(start.getTime() + minutes * 60_000).toISOString()).toBe("2027-01-05T16:00:00.000Z");
    expect(workingDaysEstimated(start, 3)).toBe(true);
    expect(workingDaysEstimated(new Date("2026-11-02T02:00:00Z"), 3)).toBe(false);
  });

  it("adds the estimate to the explanation of a working-day rule that reaches such a year", () => {
    const rule = "LOCAL-12345-dept"; // 3 working days
    const late = scoreTimeliness([rule], 60, { start: "2026-12-30T02:00:00Z" });
    const known = scoreTimeliness([rule], 60, { start: "2026-11-02T02:00:00Z" });
    expect(late.rules[0]!.explanation).toContain("按法定节假日估算");
    expect(known.rules[0]!.explanation).not.toContain("估算");
  });
});
