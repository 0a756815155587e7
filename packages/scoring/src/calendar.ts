/**
 * Working-day calendar for deadlines counted in 工作日. Weekends are days off, except the
 * make-up working days (调休上班); public holidays from the State Council's yearly notices
 * (国务院办公厅关于部分节假日安排的通知) for 2025 and 2026. Extend the lists each year (and
 * OFFICIAL_YEARS) when the notice is published. A year without its notice is estimated from the
 * statutory holidays of 《全国年节及纪念日放假办法》 (2024 revision) without the bridging days and
 * swaps that only the notice fixes, and results that count such a year say so. Days are China
 * Standard Time (UTC+8, no DST).
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

/** Years whose holidays and make-up working days come from the published notice. */
export const OFFICIAL_YEARS: ReadonlySet<number> = new Set([2025, 2026]);

const lunarFormat = new Intl.DateTimeFormat("en-u-ca-chinese", {
  timeZone: "UTC",
  month: "numeric",
  day: "numeric",
});

/** The Gregorian day in [from, to] whose Chinese-calendar date is month/day (not a leap month). */
function lunarDay(year: number, from: string, to: string, month: number, day: number): string | null {
  for (const iso of range(`${year}-${from}`, `${year}-${to}`)) {
    if (lunarFormat.format(new Date(`${iso}T00:00:00Z`)) === `${month}/${day}`) return iso;
  }
  return null;
}

const estimates = new Map<number, ReadonlySet<string>>();

/**
 * The statutory public holidays of a year (2024 revision, 13 days): 元旦 1 January; 春节 除夕 and
 * 正月初一至初三; 清明 on the solar term; 劳动节 1–2 May; 端午 五月初五; 中秋 八月十五; 国庆 1–3
 * October. Lunar dates come from the runtime's Chinese calendar (ICU), whose astronomy can put a
 * new moon near midnight on the neighbouring day: an estimate, replaced by the notice.
 */
export function statutoryHolidays(year: number): ReadonlySet<string> {
  let set = estimates.get(year);
  if (set) return set;
  const days: string[] = [`${year}-01-01`, `${year}-05-01`, `${year}-05-02`];
  days.push(...range(`${year}-10-01`, `${year}-10-03`));
  // 清明: the usual 21st-century rule for the solar term's day in April
  const y = year % 100;
  days.push(`${year}-04-${String(Math.floor(y * 0.2422 + 4.81) - Math.floor((y - 1) / 4)).padStart(2, "0")}`);
  const newYear = lunarDay(year, "01-19", "02-21", 1, 1);
  if (newYear) {
    const d = Date.parse(`${newYear}T00:00:00Z`);
    days.push(
      ...range(
        new Date(d - 86_400_000).toISOString().slice(0, 10),
        new Date(d + 2 * 86_400_000).toISOString().slice(0, 10),
      ),
    );
  }
  const duanwu = lunarDay(year, "05-25", "06-25", 5, 5);
  if (duanwu) days.push(duanwu);
  const midAutumn = lunarDay(year, "09-05", "10-08", 8, 15);
  if (midAutumn) days.push(midAutumn);
  set = new Set(days);
  estimates.set(year, set);
  return set;
}

const CST = 8 * 3_600_000;
const DAY = 86_400_000;

/** YYYY-MM-DD of a day number (days since epoch, CST). */
const isoDay = (dayNo: number) => new Date(dayNo * DAY).toISOString().slice(0, 10);

export function isWorkingDay(isoDate: string): boolean {
  if (MAKEUP_WORKDAYS.has(isoDate)) return true;
  if (PUBLIC_HOLIDAYS.has(isoDate)) return false;
  const year = Number(isoDate.slice(0, 4));
  if (!OFFICIAL_YEARS.has(year) && statutoryHolidays(year).has(isoDate)) return false;
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

/** Whether counting n working days from `start` reaches into a year without its notice. */
export function workingDaysEstimated(start: Date, n: number): boolean {
  const minutes = workingDaysDeadlineMinutes(start, n);
  const first = new Date(start.getTime() + CST).getUTCFullYear();
  const last = new Date(start.getTime() + minutes * 60_000 - 1 + CST).getUTCFullYear();
  for (let y = first; y <= last; y++) if (!OFFICIAL_YEARS.has(y)) return true;
  return false;
}

/** Minutes from `start` to 24:00 CST of the same day ("当天"). */
export function sameDayDeadlineMinutes(start: Date): number {
  const startDay = Math.floor((start.getTime() + CST) / DAY);
  return ((startDay + 1) * DAY - CST - start.getTime()) / 60_000;
}
