/**
 * Display helpers shared by both apps (zh-CN). Times are shown in Beijing time whatever the
 * server's or the browser's zone, so the server's HTML and the hydrated page always agree.
 */
const BEIJING_OFFSET_MS = 8 * 3_600_000;

export function formatDateTime(iso: string | null | undefined): string {
  if (!iso) return "—";
  const t = new Date(iso).getTime();
  if (Number.isNaN(t)) return "—";
  const d = new Date(t + BEIJING_OFFSET_MS);
  const p = (n: number) => String(n).padStart(2, "0");
  return `${d.getUTCFullYear()}-${p(d.getUTCMonth() + 1)}-${p(d.getUTCDate())} ${p(d.getUTCHours())}:${p(d.getUTCMinutes())}`;
}

export function formatTime(iso: string | null | undefined): string {
  return formatDateTime(iso).slice(11) || "—";
}

export function formatDate(iso: string | null | undefined): string {
  return formatDateTime(iso).slice(0, 10);
}

/** Simulated minutes as "3小时20分" (or "第2天 03:20" beyond a day). */
export function formatSimMinutes(total: number): string {
  const m = Math.max(0, Math.round(total));
  const h = Math.floor(m / 60);
  const min = m % 60;
  if (h === 0) return `${min}分钟`;
  if (min === 0) return `${h}小时`;
  return `${h}小时${min}分`;
}

export const STATUS_LABELS: Record<string, string> = {
  active: "进行中",
  completed: "已完成",
  abandoned: "已放弃",
};
