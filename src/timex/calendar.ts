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

/** The latest day on or before `t` that falls on `weekday`. */
export function weekdayOnOrBefore(t: Ymd, weekday: number): Ymd {
  return addDays(t, -((weekdayOf(t) - weekday + 7) % 7));
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

/**
 * Orthodox Easter Sunday of a Gregorian year: Easter by the Julian calendar (Meeus's algorithm),
 * moved to the Gregorian date, 13 days on from 1900 to 2099 and one day fewer each century before.
 */
export function orthodoxEaster(y: number): Ymd {
  const a = y % 4, b = y % 7, c = y % 19;
  const d = (19 * c + 15) % 30, e = (2 * a + 4 * b - d + 34) % 7;
  const month = Math.floor((d + e + 114) / 31);
  const gap = Math.floor(y / 100) - Math.floor(y / 400) - 2;
  return addDays({ y, m: month, d: ((d + e + 114) % 31) + 1 }, gap);
}

/** Day number of 1 Tishri, year 1 of the Hebrew calendar, counted as Date.UTC counts days (from 1970-01-01). */
const HEBREW_EPOCH = -2092590;
const hebrewLeap = (y: number) => (7 * y + 1) % 19 < 7;
/** Days from the epoch to the Hebrew year's new moon of Tishri, after the postponements of its first day. */
function hebrewElapsed(y: number): number {
  const months = Math.floor((235 * y - 234) / 19);
  const parts = 12084 + 13753 * months;
  const day = 29 * months + Math.floor(parts / 25920);
  return (3 * (day + 1)) % 7 < 3 ? day + 1 : day;
}
function hebrewNewYear(y: number): number {
  const [before, now, after] = [hebrewElapsed(y - 1), hebrewElapsed(y), hebrewElapsed(y + 1)];
  return HEBREW_EPOCH + now + (after - now === 356 ? 2 : now - before === 382 ? 1 : 0);
}
function hebrewMonthLength(y: number, month: number): number {
  const yearLength = hebrewNewYear(y + 1) - hebrewNewYear(y);
  if ([2, 4, 6, 10, 13].includes(month) || (month === 12 && !hebrewLeap(y))) return 29;
  if (month === 8 && yearLength % 10 !== 5) return 29; // Heshvan is long only in a year of 355 or 385 days
  if (month === 9 && yearLength % 10 === 3) return 29; // Kislev is short in a year of 353 or 383 days
  return 30;
}

/**
 * A day of the Hebrew calendar (months counted from Nisan = 1, Tishri = 7) in Gregorian year `y`:
 * Tishri to Kislev fall in its autumn, the other months from its winter on; Adar (12) is Adar II
 * in a leap year, where Purim falls. The arithmetic of Calendrical Calculations (Reingold and Dershowitz).
 */
export function hebrewDay(y: number, month: number, day: number): Ymd {
  const hy = y + (month >= 7 && month <= 9 ? 3761 : 3760);
  const m = month === 12 && hebrewLeap(hy) ? 13 : month;
  const last = hebrewLeap(hy) ? 13 : 12;
  const sum = (from: number, to: number) => { let n = 0; for (let k = from; k <= to; k++) n += hebrewMonthLength(hy, k); return n; };
  const days = hebrewNewYear(hy) + day - 1 + (m < 7 ? sum(7, last) + sum(1, m - 1) : sum(7, m - 1));
  return fromDate(new Date(days * 86400000));
}

/**
 * A day of the Islamic (Hijri) calendar, the first in Gregorian year `y` (a Hijri year is 11 days
 * shorter, so each of its days falls in every Gregorian year, twice in some). A month begins the day
 * after the new moon when the conjunction comes before sunset at Mecca (taken as 15:00 UTC), else a day
 * later: the astronomical rule Saudi Arabia's Umm al-Qura calendar follows. Where sighting of the
 * crescent decides, the day may differ by one. New moons by Meeus' series (Astronomical Algorithms, ch. 49).
 */
export function hijriDay(y: number, month: number, day: number): Ymd {
  const near = Math.floor((y - 622) * (365.2425 / 354.367)) + 1;
  for (const hy of [near - 2, near - 1, near, near + 1, near + 2]) {
    const t = hijriToGregorian(hy, month, day);
    if (t.y === y) return t;
  }
  return hijriToGregorian(near, month, day);
}

function hijriToGregorian(hy: number, month: number, day: number): Ymd {
  // Lunation 0 is the new moon of 2000-01-06; 1 Muharram 1439 followed lunation 219.
  const conjunction = newMoon(219 + (hy - 1439) * 12 + (month - 1));
  const date = new Date((conjunction - 2440587.5) * 86400000);
  const first = addDays(fromDate(date), date.getUTCHours() < MECCA_SUNSET_UTC ? 1 : 2);
  return addDays(first, day - 1);
}
/**
 * Diwali (Lakshmi Puja) of Gregorian year `y`: the new moon (Amavasya) that closes the lunar month of
 * Ashvin, the one whose conjunction falls while the Sun is in sidereal Libra (Tula, from about Oct. 17
 * to Nov. 16), kept on the day whose evening (18:00 in India, 12:30 UTC) is the last before the
 * conjunction, when the Amavasya tithi holds at dusk. It gives the days India observed from 1998 to
 * 2025 but 2024's, where the almanacs split between Oct. 31 and Nov. 1 (this rule: Nov. 1).
 */
export function diwaliDay(y: number): Ymd {
  const from = Date.UTC(y, 9, 17);
  let k = Math.floor((from / 86400000 + 2440587.5 - 2451550.09766) / 29.530588861);
  while (newMoonTime(k) < from) k++;
  return fromDate(new Date(newMoonTime(k) - INDIAN_DUSK_UTC_MS));
}
/** Milliseconds since 1970 of new moon `k` (its Julian day taken as UTC: the minute between them does not move a day here). */
const newMoonTime = (k: number) => (newMoon(k) - 2440587.5) * 86400000;
/** Dusk in India, 18:00 IST, as hours after midnight UTC. */
const INDIAN_DUSK_UTC_MS = 12.5 * 3600000;

/**
 * A day of the Chinese lunisolar calendar in Gregorian year `y` (the Mid-Autumn Festival: month 8,
 * day 15). A month begins on the day, in Beijing time, of its new moon, and month n is the one that
 * holds the principal solar term at the Sun's longitude 330 + 30(n - 1) degrees (month 8 the autumn
 * equinox, month 5 the summer solstice, month 1 the term of about Feb. 19), which a leap month never
 * holds: the rule of the 1645 reform that China's calendar follows.
 */
export function chineseDay(y: number, month: number, day: number): Ymd {
  const jd = solarTermTime(y, (330 + 30 * (month - 1)) % 360);
  const termDay = beijingDay(jd);
  let k = Math.floor((jd - 2451550.09766) / 29.530588861);
  while (beijingDay(newMoon(k)) > termDay) k--;
  while (beijingDay(newMoon(k + 1)) <= termDay) k++;
  return fromDate(new Date((beijingDay(newMoon(k)) + day - 1) * 86400000));
}
/** The day, in Beijing, that the Sun reaches longitude `term` in Gregorian year `y` (Qingming: 15 degrees). */
export function solarTermDay(y: number, term: number): Ymd {
  return fromDate(new Date(beijingDay(solarTermTime(y, term)) * 86400000));
}
/** The Julian day the Sun reaches longitude `term` in year `y`: from its mean day of the year, moved by the Sun's longitude. */
function solarTermTime(y: number, term: number): number {
  let doy = 79 + term / DEGREES_PER_DAY;
  if (doy > 365) doy -= 365.2422;
  let jd = Date.UTC(y, 0, 0) / 86400000 + 2440587.5 + doy;
  for (let i = 0; i < 4; i++) jd += ((((term - sunLongitude(jd)) % 360) + 540) % 360 - 180) / DEGREES_PER_DAY;
  return jd;
}
/**
 * The day, in India, that the Sun enters a sign of the sidereal zodiac (`sign` in degrees: Capricorn
 * 270, Aries 0) in Gregorian year `y`, by the Lahiri ayanamsa (23.853 degrees at 2000, 50.29" a year
 * since). `afterDusk`: an entry after dusk (18:00 IST) is kept on the next day, as Makar Sankranti is;
 * Vaisakhi keeps the day of the entry.
 */
export function siderealIngressDay(y: number, sign: number, afterDusk: boolean): Ymd {
  const jd = solarTermTime(y, (sign + 23.853 + 0.013969 * (y - 2000)) % 360);
  const local = jd - 2440587.5 + INDIA_UTC_OFFSET_DAYS;
  const day = Math.floor(local);
  return fromDate(new Date((day + (afterDusk && local - day >= 0.75 ? 1 : 0)) * 86400000));
}
/** India Standard Time, UTC+5:30, in days. */
const INDIA_UTC_OFFSET_DAYS = 5.5 / 24;
const DEGREES_PER_DAY = 360 / 365.2422;
/** The day (counted from 1970-01-01) that Julian day `jd` falls on in Beijing (UTC+8). */
const beijingDay = (jd: number) => Math.floor(jd - 2440587.5 + 8 / 24);
/** The Sun's apparent longitude in degrees at Julian day `jd`, to about 0.01 degree (Meeus, ch. 25). */
function sunLongitude(jd: number): number {
  const T = (jd - 2451545) / 36525;
  const rad = (x: number) => (x * Math.PI) / 180;
  const M = rad(357.52911 + 35999.05029 * T - 0.0001537 * T * T);
  const C = (1.914602 - 0.004817 * T - 0.000014 * T * T) * Math.sin(M) + (0.019993 - 0.000101 * T) * Math.sin(2 * M) + 0.000289 * Math.sin(3 * M);
  const omega = rad(125.04 - 1934.136 * T);
  return (((280.46646 + 36000.76983 * T + 0.0003032 * T * T + C - 0.00569 - 0.00478 * Math.sin(omega)) % 360) + 360) % 360;
}

/** Days that a rule computes for each Gregorian year, by the name a holiday's `computed` gives. */
export const COMPUTED_DAYS: Record<string, (y: number) => Ymd> = {
  diwali: diwaliDay,
  // The days around Diwali, by the lunar days they usually fall on: Dhanteras two before (a day nearer when two lunar
  // days share one, as in 2020), Choti Diwali the eve, Govardhan Puja and Bhai Dooj one and two after, Chhath six after.
  dhanteras: (y) => addDays(diwaliDay(y), -2),
  'choti diwali': (y) => addDays(diwaliDay(y), -1),
  'govardhan puja': (y) => addDays(diwaliDay(y), 1),
  'bhai dooj': (y) => addDays(diwaliDay(y), 2),
  chhath: (y) => addDays(diwaliDay(y), 6),
  'mid-autumn': (y) => chineseDay(y, 8, 15),
  'dragon boat': (y) => chineseDay(y, 5, 5),
  'double ninth': (y) => chineseDay(y, 9, 9),
  qingming: (y) => solarTermDay(y, 15),
  'makar sankranti': (y) => siderealIngressDay(y, 270, true),
  // The Pongal days of Tamil Nadu around it: Bhogi the day before, Mattu and Kaanum Pongal the two after.
  bhogi: (y) => addDays(siderealIngressDay(y, 270, true), -1),
  'mattu pongal': (y) => addDays(siderealIngressDay(y, 270, true), 1),
  'kaanum pongal': (y) => addDays(siderealIngressDay(y, 270, true), 2),
  vaisakhi: (y) => siderealIngressDay(y, 0, false),
};

/** Sunset at Mecca, in hours UTC (about 18:00 local time all year round). */
const MECCA_SUNSET_UTC = 15;

/** Julian ephemeris day of new moon `k` (lunations from 2000-01-06), to a few minutes. */
function newMoon(k: number): number {
  const T = k / 1236.85;
  const rad = (x: number) => ((x % 360) * Math.PI) / 180;
  const E = 1 - 0.002516 * T - 0.0000074 * T * T;
  const M = rad(2.5534 + 29.1053567 * k - 0.0000014 * T * T);
  const Mp = rad(201.5643 + 385.81693528 * k + 0.0107582 * T * T + 0.00001238 * T ** 3);
  const F = rad(160.7108 + 390.67050284 * k - 0.0016118 * T * T - 0.00000227 * T ** 3);
  const Om = rad(124.7746 - 1.56375588 * k + 0.0020672 * T * T);
  const sin = Math.sin;
  return 2451550.09766 + 29.530588861 * k + 0.00015437 * T * T
    - 0.4072 * sin(Mp) + 0.17241 * E * sin(M) + 0.01608 * sin(2 * Mp) + 0.01039 * sin(2 * F) + 0.00739 * E * sin(Mp - M)
    - 0.00514 * E * sin(Mp + M) + 0.00208 * E * E * sin(2 * M) - 0.00111 * sin(Mp - 2 * F) - 0.00057 * sin(Mp + 2 * F)
    + 0.00056 * E * sin(2 * Mp + M) - 0.00042 * sin(3 * Mp) + 0.00042 * E * sin(M + 2 * F) + 0.00038 * E * sin(M - 2 * F)
    - 0.00024 * E * sin(2 * Mp - M) - 0.00017 * sin(Om) - 0.00007 * sin(Mp + 2 * M);
}
