// Calendar arithmetic on plain year/month/day triples (UTC, no time zones) and TIMEX3 formatting.

export interface Ymd { y: number; m: number; d: number; }

export function parseYmd(s: string | null | undefined): Ymd | null {
  const m = s ? /^(\d{4})-(\d{2})-(\d{2})/.exec(s) : null;
  return m ? { y: +m[1], m: +m[2], d: +m[3] } : null;
}

const toDate = (t: Ymd) => new Date(Date.UTC(t.y, t.m - 1, t.d));
const fromDate = (d: Date): Ymd => ({ y: d.getUTCFullYear(), m: d.getUTCMonth() + 1, d: d.getUTCDate() });

export function addDays(t: Ymd, n: number): Ymd {
  const d = toDate(t);
  d.setUTCDate(d.getUTCDate() + n);
  return fromDate(d);
}

/** Adds months, keeping the day inside the target month (Jan 31 + 1 month → Feb 28). */
export function addMonths(t: Ymd, n: number): Ymd {
  const total = t.y * 12 + (t.m - 1) + n;
  const y = Math.floor(total / 12);
  const m = total - y * 12 + 1;
  const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return { y, m, d: Math.min(t.d, last) };
}

/** ISO weekday, Monday = 1 … Sunday = 7. */
export function weekdayOf(t: Ymd): number {
  return toDate(t).getUTCDay() || 7;
}

/** ISO 8601 week-numbering year and week. */
function isoWeek(t: Ymd): { y: number; w: number } {
  const d = toDate(t);
  d.setUTCDate(d.getUTCDate() + 4 - weekdayOf(t));
  const y = d.getUTCFullYear();
  const w = Math.ceil(((d.getTime() - Date.UTC(y, 0, 1)) / 86400000 + 1) / 7);
  return { y, w };
}

export const pad = (n: number, width = 2) => String(n).padStart(width, '0');
export const formatDay = (t: Ymd) => `${pad(t.y, 4)}-${pad(t.m)}-${pad(t.d)}`;
export const formatMonth = (t: Ymd) => `${pad(t.y, 4)}-${pad(t.m)}`;
export const formatWeek = (t: Ymd) => { const w = isoWeek(t); return `${pad(w.y, 4)}-W${pad(w.w)}`; };
/** The number of days in a month. */
export const daysInMonth = (y: number, month: number) => new Date(Date.UTC(y, month, 0)).getUTCDate();
export const quarterOf = (month: number) => Math.ceil(month / 3);

/** Easter Sunday of a Gregorian year (the anonymous Gregorian algorithm, "Computus"). */
export function easterSunday(y: number): Ymd {
  const a = y % 19, b = Math.floor(y / 100), c = y % 100;
  const d = Math.floor(b / 4), e = b % 4, f = Math.floor((b + 8) / 25), g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30, i = Math.floor(c / 4), k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7, m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  return { y, m: month, d: ((h + l - 7 * m + 114) % 31) + 1 };
}
