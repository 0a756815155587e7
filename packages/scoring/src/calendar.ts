/**
 * Working-day calendar for deadlines counted in 工作日. Weekends are days off, except the
 * make-up working days (调休上班); public holidays from the State Council's yearly notices
 * (国务院办公厅关于部分节假日安排的通知) for 2025 and 2026. Extend the lists each year; dates
 * outside them fall back to plain weekends. Days are China Standard Time (UTC+8, no DST).
 */

const range = (from: string, to: string): string[] => {
  const out: string[] = [];
  for (let d = Date.parse(`${from}T00:00:00Z`); d <= Date.parse(`${to}T00:00:00Z`); d += 86_400_000) {
    out.push(new Date(d).toISOString().slice(0, 10));
  }
  return out;
};

export const PUBLIC_HOLIDAYS: ReadonlySet<string> = new Set([
  // 2025
  "2025-01-01",
  ...range("2025-01-28", "2025-02-04"),
  ...range("2025-04-04", "2025-04-06"),
  ...range("2025-05-01", "2025-05-05"),
  ...range("2025-05-31", "2025-06-02"),
  ...range("2025-10-01", "2025-10-08"),
  // 2026
  ...range("2026-01-01", "2026-01-03"),
  ...range("2026-02-15", "2026-02-23"),
  ...range("2026-04-04", "2026-04-06"),
  ...range("2026-05-01", "2026-05-05"),
  ...range("2026-06-19", "2026-06-21"),
  ...range("2026-09-25", "2026-09-27"),
  ...range("2026-10-01", "2026-10-07"),
]);

/** Weekend days that are working days because of holiday swaps. */
export const MAKEUP_WORKDAYS: ReadonlySet<string> = new Set([
  "2025-01-26",
  "2025-02-08",
  "2025-04-27",
  "2025-09-28",
  "2025-10-11",
  "2026-01-04",
  "2026-02-14",
  "2026-02-28",
  "2026-05-09",
  "2026-09-20",
  "2026-10-10",
]);

const CST = 8 * 3_600_000;
const DAY = 86_400_000;

/** YYYY-MM-DD of a day number (days since epoch, CST). */
const isoDay = (dayNo: number) => new Date(dayNo * DAY).toISOString().slice(0, 10);

export function isWorkingDay(isoDate: string): boolean {
  if (MAKEUP_WORKDAYS.has(isoDate)) return true;
  if (PUBLIC_HOLIDAYS.has(isoDate)) return false;
  const dow = new Date(`${isoDate}T00:00:00Z`).getUTCDay();
  return dow !== 0 && dow !== 6;
}

/**
 * Minutes from `start` to the end (24:00 CST) of the n-th working day after the start day.
 * The start day itself does not count ("次日起"), as in the local rules quoted.
 */
export function workingDaysDeadlineMinutes(start: Date, n: number): number {
  const startDay = Math.floor((start.getTime() + CST) / DAY);
  let day = startDay;
  let left = Math.max(0, Math.floor(n));
  while (left > 0) {
    day++;
    if (isWorkingDay(isoDay(day))) left--;
  }
  const endInstant = (day + 1) * DAY - CST;
  return (endInstant - start.getTime()) / 60_000;
}

/** Minutes from `start` to 24:00 CST of the same day ("当天"). */
export function sameDayDeadlineMinutes(start: Date): number {
  const startDay = Math.floor((start.getTime() + CST) / DAY);
  return ((startDay + 1) * DAY - CST - start.getTime()) / 60_000;
}
