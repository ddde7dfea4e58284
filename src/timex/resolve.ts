// Resolution: turns a frame into a TIMEX3 type, value and mod against the document creation
// time (DCT), the tense around the expression and, for anaphoric expressions ("a day earlier",
// "that year"), the last date mentioned before it. Without a DCT, values stay underspecified.
import {
  addDays, addMonths, COMPUTED_DAYS, daysInMonth, easterSunday, formatDay, hebrewDay, hijriDay, formatMonth, formatWeek, orthodoxEaster, pad, parseYmd, quarterOf, weekdayOf, weekdayOnOrBefore, type Ymd,
} from './calendar.js';
import type { Frame } from './frame.js';
import { AFTERNOON_PART_CODES, ANAPHORIC_RELATIONS, COMING_WORDS, DAY_END, DAY_START, DAYS_BY_YEAR, PAST_STRETCH_RELATIONS, SEASON_START_MONTH, VAGUE_LONG_UNIT_LETTERS, YEARS_PER_UNIT, type HebrewDay } from './rules/vocabulary.js';

export type Tense = 'PAST' | 'PRESENT' | 'FUTURE';
export type TimexType = 'DATE' | 'TIME' | 'DURATION' | 'SET';

/** How far before the DCT a sentence's date may be the day a future was told from: a year, in months and in days. */
const TOLD_REACH_MONTHS = 12;
const TOLD_REACH_DAYS = 366;

export interface ResolveContext {
  dct: Ymd | null;
  /** The tense of the expression's sentence: worked out when first asked (it walks the whole sentence), once. */
  tense: () => Tense | null;
  /** The side of the DCT a word before the expression fixes outright ("since"), beyond the reach of a tense. */
  side?: Tense | null;
  /** A stretch from "since" in a present perfect ("have fallen since the start of the year"): it reaches the present. */
  sinceToNow?: boolean;
  /** TIMEX3 value of the nearest calendar date mentioned before the expression. */
  reference: string | null;
  /** The last day told, a date and not a clock time (which the narrative may have placed): what "that Sunday" is of. */
  lastDayTold?: () => string | null;
  /** The same, when it lies in the expression's sentence or the one before ("up from $5 a year ago"). */
  localReference?: string | null;
  /** The last month told with its year in the sentence or the one before as the time of what it tells ("in November 1922"). */
  localMonthTold?: string | null;
  /** The same, when it lies in the expression's own sentence: the day a future was told on ("warned in May that ... in July"). */
  sentenceReference?: string | null;
  /** The sentence's last period or day told where no aside about a noun holds it: the year of a quarter or half without one. */
  partReference?: () => string | null;
  /** The same, when it is the time expression right before this one, however far ("began on March 18, 2011. ... in April"). */
  toldLastReference?: string | null;
  /** The last clock time told in the expression's sentence or the one before ("left at 8:38 a.m. on Sunday"). */
  localClock?: string | null;
  /** The last period (a year, half, quarter or month, not a day) told in the expression's sentence or the one before. */
  localPeriod?: () => string | null;
  /** The last period told in the expression's own sentence. */
  sentencePeriod?: () => string | null;
  /** The last quarter told, however far back: the one a story of results reports on. */
  lastQuarterTold?: () => string | null;
  /** The last day the narrative reached ("On March 3 police arrived ..."): what "at 10 p.m." and "the next morning" fall on. */
  narrativeDay?: () => Ymd | null;
  /** The same, when the sentence or the one before told it. */
  localNarrativeDay?: () => Ymd | null;
  /** Whether the narrative reached its day's evening or night ("polls closed on Sunday night"): midnight after it ends the day. */
  narrativeAtNight?: () => boolean;
  /** Whether the expression's sentence gives a figure before it: "a year ago" compares periods only where one does. */
  figures?: () => boolean;
  /** The expression stands inside a quotation in its sentence: a "today" or "tonight" there is the speaker's. */
  quoted?: boolean;
  /** The day a clock time is joined to after it ("at 10 p.m. on March 3"): its own, whatever the tense. */
  joinedDay?: Ymd | null;
  /** The expression is a deadline ("by Tuesday", "until Friday"). */
  deadline?: boolean;
  /** The deadline is one given to act by ("gave civilians until Saturday to leave"): ahead, whatever the tense. */
  ultimatum?: boolean;
  /** A day something is arranged for ("a strike called for Friday"): ahead, whatever the tense. */
  arranged?: boolean;
  /** The day a plan was set for, told in the past ("Sentencing was set for Sept. 11"): the nearest such day. */
  setInThePast?: boolean;
  /** The expression is the adjective of the noun after it ("overnight losses", "the November 17 run-off"). */
  adjective?: boolean;
  /** A month a report's figures are of ("May's jobs report", "September figures"). */
  reportOf?: boolean;
  /** The date a weekday after "a" says the day of the week of ("on June 5, a Monday"). */
  apposedTo?: Ymd | null;
  /** A day named after "a" or "one" ("born on a Sunday"): any such day, not one of the calendar. */
  indefinite?: boolean;
  /** The words around it show it was told days ahead of it ("plans to vote Tuesday", "Tuesday's talks will"). */
  toldAhead?: () => boolean;
  /** The day a range opens with, for a weekday that closes it ("Thursday night into Friday morning"). */
  rangeFrom?: Ymd | null;
  /** The day a list opens with, for a weekday joined to it by "and" or "or" ("closed on Wednesday and Thursday"). */
  listedWith?: Ymd | null;
  /** The sentence, the one before or the dateline names a place of the United States: "election day" is the U.S. one. */
  usPlace?: boolean;
  /** The decade the text told last, when no date was told after it ("the 1970s ... two decades later"): its three digits. */
  decade?: string | null;
  /** The sentence tells what happens as a rule ("visit frequently", "usually rise"): a season in it is any year's. */
  habitual?: boolean;
  /** The last day the text told with its year ("May 13 next year", "Jan. 5, 1997"): where a schedule after it goes on from. */
  yearToldDay?: string | null;
  /** The same, when the text has told no day near the DCT since: the day a story's far past was told on. */
  storyPastDay?: string | null;
  /** The same, when it lies in the expression's own sentence. */
  yearToldInSentence?: string | null;
  /** The date the sentence told last, unless a word between tells of one before it ("resumes Jan. 5 after closing Dec. 24"). */
  scheduleFrom?: () => string | null;
  /** The date the sentence told last, where the words between make this one lead in to it ("on March 4 to holders of record on Feb. 10"). */
  leadsInTo?: () => string | null;
  /** The year of a noun told earlier in the expression's clause ("The 1997 Tour starts in Rouen on July 5"). */
  clauseYear?: number | null;
  /** The year of a date that set the scene earlier in the sentence ("In 2016, a fire that began on May 1"), when not the DCT's. */
  sceneYear?: number | null;
  /** A month's day written before a noun, the name of what happened on it ("the March 22 attacks"). */
  namesEvent?: () => boolean;
  /** The last day told in a sentence about an election or a vote: what a lower-case "election day" elsewhere is. */
  electionDay?: string | null;
}

export interface Resolved { type: TimexType; value: string; mod?: string; }

/**
 * OntoNotes' label: TIME for times of day and for periods shorter than a day ("two hours", "90
 * minutes": a duration counted in hours, minutes or seconds), and so for sets of them ("every morning", "each night",
 * "every minute"), DATE for the rest.
 */
export function labelOf(resolved: Resolved): 'DATE' | 'TIME' {
  return resolved.type === 'TIME' || (resolved.type === 'DURATION' && resolved.value.startsWith('PT')) || (resolved.type === 'SET' && resolved.value.includes('T')) ? 'TIME' : 'DATE';
}

/** A tense read from a verb moves a month or day without a year to its side only this far (in days) from the DCT. */
// About ten months: "was extended to Nov. 16" in an October story is still this November, while
// "changed its fiscal year in December" in an October story reaches back to last December.
const TENSE_REACH_DAYS = 300;
/** A day this close to the DCT (in days) is taken as the nearest one, whatever the tense. */
const NEAR_DAYS = 7;
/** How many months after a quarter ends its results are still to be reported on. */
const REPORTING_MONTHS = 2;

/** Whether the expression counts from an earlier date in the text rather than from the DCT. */
export function isAnaphoric(f: Frame): boolean {
  return Boolean(f.dir?.anaphoric || f.anaphoric || (f.the && f.relWord && ANAPHORIC_RELATIONS.has(f.relWord)));
}

export function resolveFrame(f: Frame, ctx: ResolveContext): Resolved | null {
  const mod = f.mod;
  const done = (type: TimexType, value: string): Resolved => (mod ? { type, value, mod } : { type, value });

  // "recent weeks" (PXW) is a stretch of time; "recently" (PAST_REF) a point.
  if (f.vague) return done(/^P[\dX]/.test(f.vague) ? 'DURATION' : 'DATE', f.vague);
  if (f.setValue) return done('SET', f.setValue);
  if (f.every) {
    if (f.weekday) return done('SET', `XXXX-WXX-${f.weekday}${f.part ? `T${f.part}` : ''}`);
    if (f.month) return done('SET', `XXXX-${pad(f.month)}${f.day ? `-${pad(f.day)}` : ''}`);
    if (f.season) return done('SET', `XXXX-${f.season}`);
    if (f.part && !f.unit) return done('SET', `XXXX-XX-XX${f.part.startsWith('T') ? f.part : `T${f.part}`}`);
    // "every weekend": the weekend of every week, no length
    if (f.unit === 'WE') return done('SET', 'XXXX-WXX-WE');
    if (f.unit) return done('SET', duration(f.amount ?? 1, f));
  }
  if (f.weekday !== undefined && typeof f.amount === 'number' && f.dir) {
    if (!ctx.dct) return done('DATE', 'XXXX-XX-XX');
    // The nearest such weekday on that side of the DCT, then whole weeks on.
    const today = weekdayOf(ctx.dct);
    const first = f.dir.sign < 0 ? -((today - f.weekday + 7) % 7 || 7) : (f.weekday - today + 7) % 7 || 7;
    return done('DATE', formatDay(addDays(ctx.dct, first + f.dir.sign * 7 * (f.amount - 1))));
  }
  if (f.nthOf) return done('DATE', shiftedPeriod(f.unit!, 0, ctx.dct));
  // "minutes later", "a few days later", "days earlier": a vague stretch from a day of the story is its length, as
  // TimeBank gives it ("A few days" PXD), for no day can be counted.
  if (f.unit && f.amount === 'X' && f.dir?.anaphoric) return done('DURATION', duration('X', f));
  if (f.unit && f.amount !== undefined && f.dir) {
    const value = offset(f, ctx);
    return done(/T\d/.test(value) ? 'TIME' : 'DATE', value);
  }
  if (f.unit && f.amount !== undefined && f.more) {
    const all = composedDuration(f.more.more ? [f, f.more, f.more.more] : [f, f.more]);
    if (all) return done('DURATION', all);
  }
  if (f.unit && f.amount !== undefined) return done('DURATION', duration(f.amount, f));
  if (f.unit && f.durative) return done('DURATION', duration(f.plural ? 'X' : 1, f));
  if (f.unitPos && f.unit) return { type: 'DATE', value: shiftedPeriod(f.unit, 0, ctx.dct), mod: f.unitPos };
  // "the past decade": the ten years up to now, a duration, not the calendar decade before this one.
  if (f.the && f.unit && YEARS_PER_UNIT[f.unit] && f.relWord && PAST_STRETCH_RELATIONS.has(f.relWord)) return done('DURATION', duration(1, f));
  if (f.unit && !hasCalendarField(f)) return relativeUnit(f, ctx, done);
  return calendar(f, ctx, done);
}

function hasCalendarField(f: Frame): boolean {
  return [f.year, f.month, f.day, f.weekday, f.season, f.quarter, f.half, f.decade, f.decadeDigit, f.century, f.hour, f.part, f.anchor]
    .some((x) => x !== undefined);
}

function duration(amount: number | 'X', f: Frame): string {
  const code = f.unit ?? 'X';
  const t = f.unitTime ? 'T' : '';
  if (code === 'MS') return amount === 'X' ? 'PTXS' : `PT${Number((amount / 1000).toFixed(6))}S`;
  if (amount === 'X') return `P${t}X${VAGUE_LONG_UNIT_LETTERS[code] ?? code}`;
  if (YEARS_PER_UNIT[code]) return `P${amount * YEARS_PER_UNIT[code]}Y`;
  if (Number.isInteger(amount)) return `P${t}${amount}${code}`;
  const whole = Math.floor(amount);
  const frac = amount - whole;
  // A half year is six months; a half hour thirty minutes; a quarter day six hours. A part no whole count of the smaller
  // unit makes stays the decimal written ("2.8 days" is P2.8D, not 2 days and 19 hours).
  const parts = (n: number) => Math.abs(frac * n - Math.round(frac * n)) < 1e-9;
  if (code === 'Y' && parts(12)) return `P${whole ? `${whole}Y` : ''}${Math.round(frac * 12)}M`;
  if (code === 'D' && parts(24)) return `P${whole ? `${whole}D` : ''}T${Math.round(frac * 24)}H`;
  if (code === 'H' && f.unitTime && parts(60)) return `PT${whole ? `${whole}H` : ''}${Math.round(frac * 60)}M`;
  if (code === 'M' && f.unitTime && parts(60)) return `PT${whole ? `${whole}M` : ''}${Math.round(frac * 60)}S`;
  return `P${t}${amount}${code}`;
}

/** "10 years and eight months" → P10Y8M: amounts of several units in one ISO 8601 duration, or null. */
function composedDuration(parts: Frame[]): string | null {
  const date: Record<string, number> = {};
  const time: Record<string, number> = {};
  for (const p of parts) {
    if (typeof p.amount !== 'number' || !p.unit) return null;
    const [unit, size] = YEARS_PER_UNIT[p.unit] ? ['Y', YEARS_PER_UNIT[p.unit]] : p.unit === 'Q' ? ['M', 3] : [p.unit, 1];
    const into = p.unitTime ? time : date;
    if (!(p.unitTime ? 'HMS' : 'YMWD').includes(unit)) return null;
    into[unit] = (into[unit] ?? 0) + p.amount * size;
  }
  const written = (units: string, of: Record<string, number>) => [...units].filter((u) => of[u]).map((u) => `${of[u]}${u}`).join('');
  const t = written('HMS', time);
  return `P${written('YMWD', date)}${t ? `T${t}` : ''}`;
}

/** Shape of a TIMEX3 calendar value, so a shift keeps the granularity of its reference. */
interface Period { y: number; m?: number; d?: number; q?: number; h?: number; w?: string; }

function parsePeriod(value: string | null): Period | null {
  if (!value) return null;
  let m = /^(\d{4})-(\d\d)-(\d\d)/.exec(value);
  if (m) return { y: +m[1], m: +m[2], d: +m[3] };
  if ((m = /^(\d{4})-Q([1-4])$/.exec(value))) return { y: +m[1], q: +m[2] };
  if ((m = /^(\d{4})-(\d\d)$/.exec(value))) return { y: +m[1], m: +m[2] };
  if ((m = /^(\d{4})$/.exec(value))) return { y: +m[1] };
  // "died in 210 BC ... four years later": a year before Christ counts on as astronomers number it (1 BC is year 0).
  if ((m = /^BC(\d{4,})$/.exec(value))) return { y: 1 - +m[1] };
  // "the first half ... the same period last year": a half compared at its own grain.
  if ((m = /^(\d{4})-H([12])$/.exec(value))) return { y: +m[1], h: +m[2] };
  // "the spring of 1995 ... two years later": a season is a year to count from.
  if ((m = /^(\d{4})-(?:SP|SU|FA|WI)$/.exec(value))) return { y: +m[1] };
  return null;
}

const UNIT_MONTHS: Record<string, number> = { Y: 12, Q: 3, M: 1, DE: 120, CE: 1200 };

/** "five weeks ago", "a day earlier", "a year earlier". */
function offset(f: Frame, ctx: ResolveContext): string {
  const sign = f.dir!.sign;
  // "a decade ago" is a year: ten years before the DCT's; "half a century ago" fifty.
  const inYears = YEARS_PER_UNIT[f.unit!];
  const amount: number | 'X' = f.amount === 'X' ? 'X' : (f.amount as number) * (inYears ?? 1);
  // "a year and a half ago", "two and a half years earlier": a part of a year is counted in months.
  if (amount !== 'X' && !Number.isInteger(amount) && (inYears || f.unit === 'Y') && Number.isInteger(amount * 12)) {
    return offset({ ...f, unit: 'M', amount: amount * 12 }, ctx);
  }
  // "half an hour later", "an hour and a half earlier": a part of an hour is counted in minutes.
  if (amount !== 'X' && !Number.isInteger(amount) && f.unitTime && f.unit === 'H' && Number.isInteger(amount * 60)) {
    return offset({ ...f, unit: 'M', amount: amount * 60 }, ctx);
  }
  // A vague amount, a fraction, or a shift beyond the calendar's years gives no date: back past the year 1 ("40,000 years
  // ago"), or over a thousand years without a DCT ("almost 2,000 years ago" in a story of 2024 is the year 24).
  if (amount === 'X' || !Number.isInteger(amount) || (f.amount as number) * (UNIT_MONTHS[f.unit!] ?? 0) > 12 * (ctx.dct ? ctx.dct.y - 1 : 1000)) {
    return sign < 0 ? 'PAST_REF' : 'FUTURE_REF';
  }
  const n = sign * amount;
  if (f.unitTime) return clockOffset(f, n, ctx);
  const unit = inYears ? 'Y' : f.unit!;
  // "Thirty years ago today": the DCT's day (week, month) that many years or months back.
  if (f.grain && ctx.dct && (unit === 'Y' || unit === 'M')) {
    const t = addMonths(ctx.dct, n * (unit === 'Y' ? 12 : 1));
    return f.grain === 'D' ? formatDay(t) : f.grain === 'W' ? formatWeek(t) : formatMonth(t);
  }
  // "a day earlier" counts from the last date mentioned; "a year ago" from the DCT, unless its
  // sentence compares periods ("$5 in the third quarter, up from $4 a year ago").
  const told = parsePeriod(ctx.localReference ?? null);
  // "the 1970s ... two decades later": a decade told counts on in whole decades.
  if (ctx.decade && f.dir!.anaphoric && unit === 'Y' && n % 10 === 0) return String(+ctx.decade + n / 10);
  // Only "a year ago" compares periods; "30 years ago" is a year counted from the DCT.
  const yearBack = unit === 'Y' && n === -1;
  // ("reported third-quarter revenue on Wednesday, up 12% from a year ago": the day of the report is no period a figure
  // compares; the quarter or half told before it is)
  const reported = yearBack && !f.dir!.anaphoric && reportDay(told, ctx) && ctx.figures?.() !== false ? parsePeriod(ctx.localPeriod?.() ?? null) : null;
  const local = reported && (reported.q !== undefined || reported.h !== undefined) ? reported : told;
  const comparison = f.dir!.comparison || (!f.dir!.anaphoric && yearBack && local && local.d === undefined && ctx.figures?.() !== false);
  let ref = f.dir!.anaphoric ? local ?? parsePeriod(ctx.reference) : comparison ? local : null;
  // "the same month of 1998": the period compared, in the year named.
  if (f.year !== undefined) return ref ? formatPeriod({ ...(f.periodGrain ? atGrain(ref, f.periodGrain) : ref), y: f.year }) : pad(f.year, 4);
  // "year-ago", "a year ago" compare with the period reported on, which is recent: a period the
  // text named that already lies about a year back is the year-ago one itself ("$5 in the 1988
  // period; the year-ago results..."), and one further back is no period of comparison at all.
  if (comparison && ref && ctx.dct) {
    const back = monthsAfter(endOf(ref), ctx.dct);
    if (yearBack && back > 6 && back <= 18) return formatPeriod(f.periodGrain ? atGrain(ref, f.periodGrain) : ref);
    // (nor one still to end: "banned from the 2022 Winter Games. The sanction was imposed a year ago" in 2020)
    if (back > 18 || back < 0) ref = null;
  }
  // "the week before", "the month after": that whole unit, next to the one holding the date told.
  if (ref && f.wholeUnit && unit !== 'D') {
    const t = addMonths({ y: ref.y, m: ref.m ?? 1, d: ref.d ?? 1 }, unit === 'Y' ? 12 * n : unit === 'M' ? n : 0);
    if (unit === 'W' && ref.d !== undefined) return formatWeek(addDays({ y: ref.y, m: ref.m!, d: ref.d }, 7 * n));
    if (unit === 'M' && ref.m !== undefined) return formatMonth(t);
    if (unit === 'Y') return pad(t.y, 4);
  }
  // "the year-ago quarter" with no quarter told: the one a story reports on (the last to end before the DCT's), a year back.
  if (!ref && f.periodGrain === 'Q' && unit === 'Y' && ctx.dct) return shiftedPeriod('Q', 4 * n - 1, ctx.dct);
  // "GDP grew in the first half, the bureau announced today. ... the same period last year": the day of the
  // report is no period it reports on; the period told before it is ("third-quarter profit fell, it said on Wednesday.
  // ... from $2.17 billion a year earlier" is the quarter a year back).
  const period = f.periodGrain || (yearBack && f.dir!.anaphoric) ? parsePeriod(ctx.localPeriod?.() ?? null) : null;
  // (a year too, told in its own sentence with a figure: "a profit of £9.6bn for 2024 on Thursday, down from £10.7bn a year earlier")
  const yearOfFigure = yearBack && period && period.m === undefined && ctx.figures?.() && ctx.sentencePeriod?.() === formatPeriod(period);
  if (period && reportDay(ref, ctx) && (f.periodGrain || period.q !== undefined || period.h !== undefined || yearOfFigure)) ref = period;
  // "Fourth-quarter profit rose ... For the full year ... In the same quarter last year": a year told since the quarter is
  // the quarter's year; the quarter compared is the one told.
  const storyQuarter = ref && f.periodGrain === 'Q' && ref.q === undefined && ref.m === undefined ? parsePeriod(ctx.lastQuarterTold?.() ?? null) : null;
  if (storyQuarter && storyQuarter.y === ref!.y) ref = storyQuarter;
  // "the same quarter last year": the period compared, at its own grain.
  if (ref && f.periodGrain) ref = atGrain(ref, f.periodGrain);
  // "Markets see a cut by mid-2026. The Fed had cut its rate a day earlier": a period still to come is no point a
  // past offset counts back from; the DCT is.
  if (ref && f.dir!.anaphoric && !f.dir!.comparison && (unit === 'D' || unit === 'W') && sign < 0 && ctx.dct && ctx.tense() === 'PAST'
    && monthsAfter(ctx.dct, startOf(ref)) > 0) ref = null;
  // An anaphoric shift keeps the reference's own granularity when it is fine enough for the unit.
  if (ref) {
    // A half keeps its grain only when compared ("the same period last year", a figure's "from a year earlier" after it);
    // "two years later" is a year.
    const compared = f.dir!.comparison || (yearBack && ctx.figures?.() === true);
    if (unit === 'Y') return formatPeriod({ ...ref, h: compared ? ref.h : undefined, y: ref.y + n });
    if ((unit === 'M' || unit === 'Q') && ref.m !== undefined) {
      const t = addMonths({ y: ref.y, m: ref.m, d: ref.d ?? 1 }, n * UNIT_MONTHS[unit]);
      return formatPeriod({ y: t.y, m: t.m, d: ref.d !== undefined ? t.d : undefined });
    }
    if ((unit === 'D' || unit === 'W') && ref.d !== undefined) {
      // "The count began the next morning and ended two days later": from the last day the narrative reached.
      const from = (f.dir!.anaphoric && ctx.narrativeDay?.()) || { y: ref.y, m: ref.m!, d: ref.d };
      return formatDay(addDays(from, n * (unit === 'W' ? 7 : 1)));
    }
    // "arrested in 1997 and released a month later": a date told coarser than the offset keeps its own
    // grain, moved by the whole units of it that the offset makes (not counted from the DCT).
    if (f.dir!.anaphoric && !f.dir!.comparison) {
      // "met on Sunday night ... under the 1995 accord. A day earlier, ...": days counted from a year told after a day of
      // the sentence before go from that day.
      const local = (unit === 'D' || unit === 'W') && ref.m === undefined && ref.q === undefined ? ctx.localNarrativeDay?.() : null;
      if (local) return formatDay(addDays(local, n * (unit === 'W' ? 7 : 1)));
      const months = unit === 'M' || unit === 'Q' ? n * UNIT_MONTHS[unit] : Math.trunc((n * (unit === 'W' ? 7 : 1)) / 30.44);
      if (ref.m !== undefined) return formatMonth(addMonths({ y: ref.y, m: ref.m, d: 1 }, months));
      if (ref.q !== undefined) {
        const t = addMonths({ y: ref.y, m: ref.q * 3 - 2, d: 1 }, months - (months % 3));
        return `${pad(t.y, 4)}-Q${quarterOf(t.m)}`;
      }
      return formatPeriod({ y: ref.y + Math.trunc(months / 12) });
    }
  }
  return shiftedPeriod(unit, f.dir!.untilNow ? 0 : n, ctx.dct);
}

const MINUTES_PER_TIME_UNIT: Record<string, number> = { H: 60, M: 1, S: 1 / 60 };

/**
 * "two hours later", "30 minutes earlier": from the clock reading told before, when it has one (a
 * TIME), else on the day told before (or the DCT's), moved only by whole days.
 */
function clockOffset(f: Frame, n: number, ctx: ResolveContext): string {
  const told = f.dir!.anaphoric ? ctx.localReference ?? ctx.reference : null;
  const day = parseYmd(told) ?? ctx.dct;
  if (!day) return 'XXXX-XX-XX';
  const minutes = n * MINUTES_PER_TIME_UNIT[f.unit!];
  // "left at 8:38 a.m. on Sunday and lost contact six minutes later": the clock time told on that day, before the day.
  const clocked = told && f.dir!.anaphoric && !told.includes('T') && ctx.localClock?.startsWith(`${told}T`) ? ctx.localClock : told;
  const clock = clocked ? /T(\d\d):(\d\d)/.exec(clocked) : null;
  if (!clock) return formatDay(addDays(day, Math.trunc(minutes / 1440)));
  const total = +clock[1] * 60 + +clock[2] + Math.round(minutes);
  const days = Math.floor(total / 1440);
  const rest = total - days * 1440;
  return `${formatDay(addDays(day, days))}T${pad(Math.floor(rest / 60))}:${pad(rest % 60)}`;
}

/** The month a period starts in, as year and month. */
function startOf(p: Period): { y: number; m: number } {
  return { y: p.y, m: p.m ?? (p.q !== undefined ? p.q * 3 - 2 : p.h !== undefined ? p.h * 6 - 5 : 1) };
}

/** The month a period ends in, as year and month. */
function endOf(p: Period): { y: number; m: number } {
  return { y: p.y, m: p.m ?? (p.q !== undefined ? p.q * 3 : p.h !== undefined ? p.h * 6 : 12) };
}

/** Whole months from `from` to `to` (negative when `to` is earlier). */
function monthsAfter(from: { y: number; m: number }, to: { y: number; m: number }): number {
  return (to.y - from.y) * 12 + to.m - from.m;
}

/**
 * A period told, at the grain of the one compared with it: its quarter ("the same quarter"), its
 * month ("the same month"), or for "the same period" itself, unless it was a day, which a business
 * story reports by its quarter ("the quarter ended Sept. 30 ... the same period last year").
 */
function atGrain(p: Period, grain: string): Period {
  const quarter = p.q ?? (p.m !== undefined ? quarterOf(p.m) : undefined);
  if (grain === 'Q' || (grain === 'P' && p.d !== undefined)) return quarter !== undefined ? { y: p.y, q: quarter } : p;
  if (grain === 'M') return p.m !== undefined ? { y: p.y, m: p.m } : p;
  // ("the same half in 2019": the half the period told lies in)
  const half = p.h ?? (quarter !== undefined ? Math.ceil(quarter / 2) : undefined);
  if (grain === 'H') return half !== undefined ? { y: p.y, h: half } : p;
  return p;
}

function formatPeriod(p: Period): string {
  if (p.d !== undefined) return `${pad(p.y, 4)}-${pad(p.m!)}-${pad(p.d)}`;
  if (p.m !== undefined) return `${pad(p.y, 4)}-${pad(p.m)}`;
  if (p.q !== undefined) return `${pad(p.y, 4)}-Q${p.q}`;
  if (p.h !== undefined) return `${pad(p.y, 4)}-H${p.h}`;
  return p.y > 0 ? pad(p.y, 4) : `BC${pad(1 - p.y, 4)}`;
}

/** The period of `unit` that lies `n` units from the DCT: ("Y", -1) → last year. */
function shiftedPeriod(unit: string, n: number, dct: Ymd | null): string {
  if (!dct) {
    return ({ Y: 'XXXX', M: 'XXXX-XX', Q: 'XXXX-QX', W: 'XXXX-WXX', WE: 'XXXX-WXX-WE', DE: 'XXX', CE: 'XX', ML: 'X' } as Record<string, string>)[unit] ?? 'XXXX-XX-XX';
  }
  switch (unit) {
    case 'Y': return pad(dct.y + n, 4);
    case 'M': return formatMonth(addMonths(dct, n));
    case 'Q': { const t = addMonths(dct, 3 * n); return `${pad(t.y, 4)}-Q${quarterOf(t.m)}`; }
    case 'W': return formatWeek(addDays(dct, 7 * n));
    case 'WE': return `${formatWeek(addDays(dct, 7 * n))}-WE`;
    case 'DE': return String(Math.floor(dct.y / 10) + n);
    case 'CE': return String(Math.floor(dct.y / 100) + n);
    case 'ML': return String(Math.floor(dct.y / 1000) + n);
    case 'H': return formatDay(dct);
    default: return formatDay(addDays(dct, n));
  }
}

/** Whether a date told is a day within a week of the DCT: the day a report came out, not a period it reports on. */
function reportDay(ref: Period | null, ctx: ResolveContext): boolean {
  return ref?.d !== undefined && !!ctx.dct && Math.abs(Date.UTC(ref.y, ref.m! - 1, ref.d) - Date.UTC(ctx.dct.y, ctx.dct.m - 1, ctx.dct.d)) <= NEAR_DAYS * 86400000;
}

/** "last year", "this week", "the following day", "the past year", "that day". */
function relativeUnit(f: Frame, ctx: ResolveContext, done: (t: TimexType, v: string) => Resolved): Resolved | null {
  const unit = f.unit!;
  // "the new millennium": in 1999 the coming one, in 2000 this one; the period whose start lies nearest.
  if (f.newPeriod && unit === 'Y') return done('DATE', ctx.dct ? pad(Math.round(ctx.dct.y + (ctx.dct.m - 1) / 12), 4) : 'XXXX');
  if (f.newPeriod && YEARS_PER_UNIT[unit]) {
    return done('DATE', ctx.dct ? String(Math.round((ctx.dct.y + (ctx.dct.m - 1) / 12) / YEARS_PER_UNIT[unit])) : shiftedPeriod(unit, 0, null));
  }
  if (isAnaphoric(f)) {
    const shift = f.rel ?? 0;
    // "the next day", "the following week": from the day the narrative reached ("Nine days later ... the following week");
    // "that day" is the day its own sentence told, if it told one ("The deal, announced on Sept. 15, 2022, ... sent the
    // shares down 17% that day", after a paragraph of the DCT's morning).
    const own = unit === 'D' && shift === 0 ? parsePeriod(ctx.sentenceReference ?? null) : null;
    // (a month its sentence told without the day is the month of a day the text does not number: "In December, a study ...
    // sent the stock down 11% that day", not the day an earlier paragraph reached)
    const ownMonth = !f.the && own?.m !== undefined && own.d === undefined ? own : null;
    const day = own?.d !== undefined ? { y: own.y, m: own.m!, d: own.d } : !ownMonth && (unit === 'D' || unit === 'W') ? narrativeDay(ctx) : null;
    // "that year" reaches back as far as the text goes; "the year" only to its own or the sentence before.
    let ref = day ? { y: day.y, m: day.m, d: day.d } : ownMonth ?? parsePeriod(ctx.localReference ?? (f.the && !f.relWord ? null : ctx.reference));
    // "grew in the April-June quarter, data showed on Friday. ... forecast for the quarter": the day of the report is no
    // period "the quarter" reports on; the period told before it is ("the following year" still counts from the day).
    const told = !day && f.the && !f.relWord && reportDay(ref, ctx) ? ctx.localPeriod?.() : null;
    if (told) ref = parsePeriod(told) ?? ref;
    // "revenue for the third quarter ended October 29, ... up 34% from the previous quarter": a quarter is counted from
    // the quarter told nearby, not from a day told after it.
    const toldQuarter = unit === 'Q' ? quarterTold(ctx) : null;
    if (toldQuarter) ref = toldQuarter;
    if (ref?.d !== undefined && (unit === 'D' || unit === 'W')) {
      const t = addDays({ y: ref.y, m: ref.m!, d: ref.d }, shift * (unit === 'W' ? 7 : 1));
      return done('DATE', unit === 'D' ? formatDay(t) : formatWeek(t));
    }
    // "By 2003 sales will double. For the full year, ...", "funds the government through Jan. 30. ... subsidies expire at
    // the end of the year": a target year or day ahead is no period the story reports on, so "the year" stays the DCT's
    // ("that year" still is the one told).
    const target = ref && f.the && !f.relWord && ctx.dct && ref.y > ctx.dct.y && ref.q === undefined && ref.h === undefined;
    // "have stumbled since the start of the year": a stretch from "since" that reaches the present is in the DCT's year.
    const toNow = f.the && !f.relWord && ctx.sinceToNow;
    // "took office in January 1996. The party will choose a leader by the end of the month", "sanctions imposed in August
    // 1990 be lifted by the end of the year": a month or a year told more than a year back is no month or year a future or
    // a deadline is told of; the DCT's is.
    // Nor is a year before the DCT's the year a future is told of ("peaked in October ... expect it to climb back by
    // the end of the year").
    // (a decade's "by" told in the past is no deadline to come: "by the end of the decade he was one of the best-selling
    // artists", after "released in May 1975"; a year's may be, its past verb an aside's: "the AI Act, first proposed in
    // April 2021, before the end of the year")
    const stale = f.the && !f.relWord && ctx.dct && (ctx.tense() === 'FUTURE' || (ctx.deadline && (unit !== 'DE' || ctx.tense() !== 'PAST'))) && ref
      && (monthsAfter({ y: ref.y, m: ref.m ?? 12 }, ctx.dct) > 12 || (ctx.tense() === 'FUTURE' && ref.y < ctx.dct.y));
    if (ref && unit === 'Y' && !target && !toNow && !stale) return done('DATE', pad(ref.y + shift, 4));
    // "The mid-1970s changed everything ... by the end of the decade": the decade told last, where no date came after it
    // (not what is told to come: "could run short of power by the end of the decade", after the 1990s of a party's past).
    if (unit === 'DE' && ctx.decade && ctx.tense() !== 'FUTURE' && !target && !toNow && !stale) return done('DATE', String(+ctx.decade + shift));
    // "founded in 1962 ... by the end of that decade", "the following decade": the decade (or century) of the year told.
    if (ref && YEARS_PER_UNIT[unit] && unit !== 'ML' && !target && !toNow && !stale) return done('DATE', String(Math.floor(ref.y / YEARS_PER_UNIT[unit]) + shift));
    if (ref && unit === 'Q' && (ref.q ?? ref.m) !== undefined) {
      const q = ref.q ?? quarterOf(ref.m!);
      const t = addMonths({ y: ref.y, m: q * 3 - 2, d: 1 }, 3 * shift);
      return done('DATE', `${pad(t.y, 4)}-Q${quarterOf(t.m)}`);
    }
    if (ref?.m !== undefined && unit === 'M' && !stale) return done('DATE', formatMonth(addMonths({ y: ref.y, m: ref.m, d: 1 }, shift)));
    // "In December, a study ... sent the stock down 11% that day": a day of the month told, which the text does not number.
    if (ownMonth && ref?.m !== undefined && ref.d === undefined && unit === 'D' && shift === 0 && !stale) return done('DATE', `${formatMonth({ y: ref.y, m: ref.m, d: 1 })}-XX`);
  }
  if (unit === 'D' && f.rel === undefined && !isAnaphoric(f)) return null;
  if (f.unitTime) return null;
  // "the coming weekend" told on a weekday is that week's, the next to come ("next weekend" may be the one after).
  if (unit === 'WE' && f.rel === 1 && ctx.dct && COMING_WORDS.has(f.relWord ?? '') && weekdayOf(ctx.dct) < 6) return done('DATE', shiftedPeriod('WE', 0, ctx.dct));
  if (unit === 'WE' && !f.rel && ctx.dct) {
    // "the weekend" is the one just past unless the sentence looks ahead; "this weekend" the one
    // of the DCT's week unless the sentence looks back.
    const ahead = f.rel === 0 ? ctx.tense() !== 'PAST' : ctx.tense() === 'FUTURE' || ctx.tense() === 'PRESENT';
    return done('DATE', shiftedPeriod('WE', weekdayOf(ctx.dct) >= 6 || ahead ? 0 : -1, ctx.dct));
  }
  // "Ford reported second-quarter revenue ... Ford ended the quarter with": the quarter told nearby, if it is over.
  const closedQuarter = f.closing && unit === 'Q' ? quarterTold(ctx) : null;
  if (closedQuarter && ctx.dct && closedQuarter.y * 4 + closedQuarter.q! <= ctx.dct.y * 4 + quarterOf(ctx.dct.m)) {
    return done('DATE', `${pad(closedQuarter.y, 4)}-Q${closedQuarter.q}`);
  }
  // "Stocks ended the year on Dec. 31" in a January story: last year's; in a June story, this year's so far.
  if (f.closing && ctx.dct) return done('DATE', shiftedPeriod(unit, justOpened(unit, ctx.dct) ? -1 : 0, ctx.dct));
  // "revenue rose 4% in the quarter", told in the past with no quarter named before: the quarter
  // just reported on, the one before the DCT's (the DCT's own has not been told yet).
  if (unit === 'Q' && (f.rel === undefined || f.relWord === 'this') && ctx.tense() === 'PAST') return done('DATE', shiftedPeriod('Q', -1, ctx.dct));
  return done('DATE', shiftedPeriod(unit, f.rel ?? 0, ctx.dct));
}

/**
 * Whether the DCT falls early in a new period of `unit` (a year's January, a quarter's first half-month,
 * a month's first week, a week's Monday or Tuesday): the period that just closed is then the one before.
 */
function justOpened(unit: string, dct: Ymd): boolean {
  if (unit === 'Y') return dct.m === 1;
  if (unit === 'Q') return dct.m % 3 === 1 && dct.d <= 15;
  if (unit === 'M') return dct.d <= 7;
  return weekdayOf(dct) <= 2;
}

/** The quarter told in the sentence or the one before ("second-quarter revenue"), if the period told last there is one. */
function quarterTold(ctx: ResolveContext): { y: number; q: number } | null {
  const told = parsePeriod(ctx.localPeriod?.() ?? null);
  return told?.q !== undefined ? { y: told.y, q: told.q } : null;
}

/** The day a clock time is joined to, else the day the narrative reached unless the sentence speaks of now or later and that day is past. */
function narrativeDay(ctx: ResolveContext): Ymd | null {
  if (ctx.joinedDay) return ctx.joinedDay;
  const day = ctx.narrativeDay?.() ?? null;
  if (!day || !ctx.dct || (ctx.tense() !== 'FUTURE' && ctx.tense() !== 'PRESENT')) return day;
  return formatDay(day) < formatDay(ctx.dct) ? null : day;
}

/** The narrative's day where it is one of the six before the DCT: the day a quotation told after it was spoken on. */
function spokenDay(ctx: ResolveContext): Ymd | null {
  const day = ctx.narrativeDay?.() ?? null;
  if (!day || !ctx.dct) return null;
  const back = gapFrom(day, ctx.dct.y, ctx.dct.m, ctx.dct.d);
  return back >= 1 && back <= 6 ? day : null;
}

/**
 * Year of a month, day, season or quarter given without one, the one rule for all of them: "last"
 * or a word like "since" puts it on the side before the DCT (the latest one not after it), "next"
 * on the side after; a past or future tense does the same when that one lies within about ten
 * months (a verb elsewhere in the sentence does not outweigh a date a few days away); otherwise
 * the nearest. A month without a day is compared as a whole month, so "in December" in a
 * December story is this December whatever the tense.
 */
function inferYear(dct: Ymd, month: number, f: Frame, ctx: ResolveContext, day?: number): number {
  // "last February" in a March story is a year back: the month just before the DCT's is "last month"
  // (as TimeBank has it). Not "next March" in February, which Duckling reads as the coming one.
  const adjacent = f.month !== undefined && f.season === undefined ? 1 : 0;
  // "last summer" in a July story is a year back: a season is past once it has ended, by its third month.
  const last = f.season !== undefined ? month + 2 : month;
  if (f.rel !== undefined && f.rel < 0) return last >= dct.m - adjacent ? dct.y - 1 : dct.y;
  if (f.rel !== undefined && f.rel > 0) return month <= dct.m ? dct.y + 1 : dct.y;
  if (f.rel === 0) return dct.y;
  // "will pay a dividend on March 4 to holders of record on Feb. 10": the day that leads in to a day told is the last such
  // day on or before it, whichever side of the DCT.
  const leadsIn = day !== undefined ? parsePeriod(ctx.leadsInTo?.() ?? null) : null;
  if (leadsIn?.m !== undefined && leadsIn.d !== undefined) {
    return gapFrom({ y: leadsIn.y, m: leadsIn.m, d: leadsIn.d }, leadsIn.y, month, day) <= 0 ? leadsIn.y : leadsIn.y - 1;
  }
  // "In 2016, a fire that began on May 1", "in the spring of 2023, when the bank collapsed on March 10": the scene's year.
  if (ctx.sceneYear != null) return ctx.sceneYear;
  // "May's labour force survey is due on Friday", "September figures are due on Oct. 14": the month a report is of has
  // ended, whatever the tense of its release, when it ended within the months results are still reported on.
  if (ctx.reportOf && day === undefined) {
    const back = (dct.m - month + 12) % 12;
    if (back <= REPORTING_MONTHS) return month <= dct.m ? dct.y : dct.y - 1;
  }
  // "The 1997 Tour starts in Rouen on July 5", "open the 1996 season on September 2": the year of the clause's noun.
  if (ctx.clauseYear != null && Math.abs(ctx.clauseYear - dct.y) <= 1) return ctx.clauseYear;
  // "The 2026 World Cup will open on June 11": further ahead, where the clause tells what is to come.
  if (ctx.clauseYear != null && ctx.clauseYear > dct.y && ctx.clauseYear - dct.y <= CLAUSE_YEARS_AHEAD && ctx.tense() === 'FUTURE') return ctx.clauseYear;
  // "opens in Melbourne on March 8 and ends in Abu Dhabi on Dec. 6": a date a present or future verb places, later in the
  // calendar than a day the sentence told ahead in the next year, goes on in it; not one that would fall within a month before
  // that day ("payable Jan. 2 to holders of record Dec. 15"), nor after a month alone, often a thing's name ("would publish the
  // January cap by 25 November"); nor one no verb places ("first set for Jan. 31, was later pushed to Feb. 10").
  const verbTense = ctx.tense();
  const ahead = verbTense === 'FUTURE' || verbTense === 'PRESENT' ? parsePeriod(ctx.scheduleFrom?.() ?? null) : null;
  if (ahead?.m !== undefined && ahead.d !== undefined && ahead.y === dct.y + 1 && (month > ahead.m || (month === ahead.m && day !== undefined && day >= ahead.d))
    && -gapFrom({ y: ahead.y, m: ahead.m, d: ahead.d }, ahead.y - 1, month, day) > LEAD_IN_DAYS) return ahead.y;
  const position = day === undefined
    ? (y: number) => (y - dct.y) * 12 + month - dct.m
    : (y: number) => (Date.UTC(y, month - 1, day) - Date.UTC(dct.y, dct.m - 1, dct.d)) / 86400000;
  const options = [dct.y - 1, dct.y, dct.y + 1].map((y) => ({ y, gap: position(y) }));
  const nearest = (xs: typeof options) => xs.reduce((a, b) => (Math.abs(b.gap) < Math.abs(a.gap) ? b : a));
  // A present verb right before the date ("takes effect Jan. 1", "meets in May") speaks of one to come; a season under
  // way is still to come until it ends ("by the end of the summer" in July).
  const underWay = f.season !== undefined && day === undefined ? SEASON_MONTHS - 1 : 0;
  const sided = (side: Tense | null | undefined) =>
    side === 'PAST' ? options.filter((o) => o.gap <= 0) : side === 'FUTURE' || side === 'PRESENT' ? options.filter((o) => o.gap >= -underWay) : [];
  // "to pay down the loan by February": a deadline that no past verb places lies ahead.
  const side = ctx.side ?? (ctx.deadline && !ctx.tense() ? 'FUTURE' : null);
  // "LUXOR — One hundred years ago today, on Nov. 4, 1922, a water boy ... On Nov. 26, by candlelight, Carter peered": a
  // day in the past that neither the tense nor a word before it can place within about ten months of the DCT is of the
  // story's past, nearest the last day it told with its year, where that lies years back (and no day near the DCT was told
  // since: storyPastDay).
  const toldBack = day !== undefined ? parsePeriod(ctx.storyPastDay ?? null) : null;
  const storyPast = (past: typeof options) => (toldBack?.d !== undefined && monthsAfter({ y: toldBack.y, m: toldBack.m! }, dct) > 12
    && Math.abs(nearest(past).gap) > TENSE_REACH_DAYS ? +nearestYear(toldBack, month, day) : undefined);
  // ("ordered airlines to cut flights starting Nov. 7" in a Nov. 12 story: a day within a week before the DCT is that one,
  // though a word before it looks ahead, as a schedule told may have begun; not a day ahead of it where a word looks back:
  // "since the Nov. 2 recall" in an Oct. 27 story is the year before)
  if (side && side !== 'PAST' && day !== undefined && nearest(options).gap < 0 && -nearest(options).gap <= NEAR_DAYS) return nearest(options).y;
  if (side && sided(side).length) return (side === 'PAST' ? storyPast(sided(side)) : undefined) ?? nearest(sided(side)).y;
  // "to look into the November 17 run-off vote": a day that names an event is the nearest, whatever the verb's tense,
  // unless a past verb governs it and the nearest lies ahead ("had funded its campaign in the May 26 elections").
  if (day !== undefined && ctx.adjective && !(ctx.tense() === 'PAST' && nearest(options).gap > 0)) return nearest(options).y;
  // A day within a week of the DCT is that one, whatever a verb elsewhere says ("is asked to call, quoting
  // the log of 13 July" in a 14 July story): a year away is the less likely reading.
  if (day !== undefined && Math.abs(nearest(options).gap) <= NEAR_DAYS) return nearest(options).y;
  // "Sentencing was set for Sept. 11": a day arranged in the past is the nearest such day, ahead or behind.
  if (day !== undefined && ctx.setInThePast) return nearest(options).y;
  // "talks for Nov. 14": a day something is arranged for, which no verb places, is read as told in the future.
  const tense = ctx.arranged && (day === undefined || !ctx.tense()) ? 'FUTURE' : ctx.tense();
  // "warned in May that the curbs would cost $8 billion in July": a future told in a sentence that dates its telling
  // before the DCT looks ahead from that date, not from the DCT.
  const toldOn = tense === 'FUTURE' ? parsePeriod(ctx.sentenceReference ?? null) : null;
  if (toldOn?.m !== undefined) {
    const toldAt = day === undefined ? (toldOn.y - dct.y) * 12 + toldOn.m - dct.m
      : (Date.UTC(toldOn.y, toldOn.m - 1, toldOn.d ?? 1) - Date.UTC(dct.y, dct.m - 1, dct.d)) / 86400000;
    const ahead = options.filter((o) => o.gap >= toldAt);
    // (within a year of the DCT: "took office in December 2018 and will leave in March" is no telling in 2018)
    if (toldAt < 0 && toldAt >= -(day === undefined ? TOLD_REACH_MONTHS : TOLD_REACH_DAYS) && ahead.length) return ahead.reduce((a, b) => (b.gap < a.gap ? b : a)).y;
  }
  const byTense = sided(tense);
  // A future tense reaches a whole year ahead ("will resume in October" in a November story): a
  // past verb may report a date still to come ("was extended to Nov. 16"), a future one hardly a past one.
  const reachDays = tense === 'FUTURE' ? 366 : TENSE_REACH_DAYS;
  const reach = day === undefined ? Math.round(reachDays / 30.4) : reachDays;
  if (byTense.length && Math.abs(nearest(byTense).gap) <= reach) return nearest(byTense).y;
  // ("made $18.8 million after avoiding arbitration in January" in a December story: a month of the DCT's own year has
  // begun, and a past verb reaches it however early)
  if (tense === 'PAST' && day === undefined && byTense.length && nearest(byTense).y === dct.y) return dct.y;
  const past = tense === 'PAST' && byTense.length ? storyPast(byTense) : undefined;
  if (past !== undefined) return past;
  // "starting on May 13 next year. / May 14 Practice at Lord's / May 15 v Durham": a date no word places, after a day
  // the text told with its year in another year than the DCT's (within a year of it), is the one nearest that day.
  const told = !tense && !side ? otherYearDay(ctx.yearToldDay, dct) : null;
  if (told) return [told.y - 1, told.y, told.y + 1].reduce((a, b) => (Math.abs(gapFrom(told, b, month, day)) < Math.abs(gapFrom(told, a, month, day)) ? b : a));
  return nearest(options).y;
}

/** How far before a day told ahead a date may lie and still lead in to it (a dividend's record day before its payment). */
const LEAD_IN_DAYS = 31;

/** How many years ahead the year of a clause's noun still places its months ("The 2026 World Cup will open on June 11"). */
const CLAUSE_YEARS_AHEAD = 5;

/** The months of a season. */
const SEASON_MONTHS = 3;

/** A day told (a full date) in another year than the DCT's, within a year of it; or null. */
function otherYearDay(value: string | null | undefined, dct: Ymd): Ymd | null {
  const day = value && /^\d{4}-\d\d-\d\d$/.test(value) ? parseYmd(value) : null;
  if (!day || day.y === dct.y) return null;
  return Math.abs(Date.UTC(day.y, day.m - 1, day.d) - Date.UTC(dct.y, dct.m - 1, dct.d)) <= 366 * 86400000 ? day : null;
}
/** The year (as four digits) in which the `day` of `month` lies nearest the day `told`. */
function nearestYear(told: Period, month: number, day?: number): string {
  const from = { y: told.y, m: told.m!, d: told.d! };
  return pad([from.y - 1, from.y, from.y + 1].reduce((a, b) => (Math.abs(gapFrom(from, b, month, day)) < Math.abs(gapFrom(from, a, month, day)) ? b : a)), 4);
}

/** How far (in days) the `day` of `month` in year `y` lies from `from`; the middle of the month when no day is given. */
function gapFrom(from: Ymd, y: number, month: number, day = 15): number {
  return (Date.UTC(y, month - 1, day) - Date.UTC(from.y, from.m - 1, from.d)) / 86400000;
}

/**
 * "Sat., Sept. 21": the one year next to the DCT's in which that day falls on that weekday, if only one; where none
 * does, the one next to the year of the date told before ("in August 1991. On Sunday, Aug. 18," in a story of 2011).
 */
function yearOfWeekday(dct: Ymd, month: number, day: number, weekday: number, told: { y: number } | null): string | null {
  for (const around of told && told.y !== dct.y ? [dct.y, told.y] : [dct.y]) {
    const fits = [around - 1, around, around + 1].filter((y) => weekdayOf({ y, m: month, d: day }) === weekday);
    if (fits.length) return fits.length === 1 ? pad(fits[0], 4) : null;
  }
  return null;
}

function weekdayDate(dct: Ymd, weekday: number, f: Frame, tense: Tense | null, writtenDayBefore = false, deadline = false, arranged = false, setBefore = false): Ymd {
  const today = weekdayOf(dct);
  const back = (today - weekday + 7) % 7;
  const ahead = (weekday - today + 7) % 7;
  // "last Monday" said on a Tuesday is the Monday of last week (the day before is "yesterday" or
  // "Monday"), as "next Thursday" said on a Wednesday is the Thursday of next week.
  if (f.relWord === 'last' && back === 1) return addDays(dct, -8);
  // "last Friday", "Friday before last" (two back).
  if (f.rel !== undefined && f.rel < 0) return addDays(dct, -(back || 7) + 7 * (f.rel + 1));
  // "next Thursday" is the Thursday of next week, even said on a Wednesday (the day after is "Thursday"
  // or "tomorrow"); "this coming Thursday" and "Friday after next" count from the DCT.
  if (f.relWord === 'next') return addDays(dct, 7 - today + weekday);
  // "This Sunday, the party will hold its congress" in a Monday story: "this" points to the one to come
  // unless the sentence tells the past (never the day before that a plain future may otherwise mean).
  if (f.relWord === 'this') return addDays(dct, tense === 'PAST' ? -back : ahead);
  if (f.rel !== undefined && f.rel > 0) return addDays(dct, (ahead || 7) + 7 * (f.rel - 1));
  // "called a general strike for Friday": the day it is arranged for lies ahead of the telling; "which had been due on
  // Thursday": one arranged before the telling, then changed, is the nearest.
  if (arranged) return addDays(dct, ahead);
  if (setBefore) return addDays(dct, back <= ahead ? -back : ahead);
  // "will mark the day on Friday" in a story dated Saturday: a wire story is often dated for the
  // morning after it is written, so the day before the DCT may still be to come as it is written.
  // Only a plain future: not a deadline ("would act by Tuesday"), which lies ahead of the writing,
  // nor a day told days ahead (`writtenDayBefore` false: "plans to vote on Tuesday", "said the vote
  // would be held Tuesday", "Tuesday's talks will"), nor a present ("a vote is likely Tuesday").
  if (tense === 'FUTURE' || tense === 'PRESENT') return addDays(dct, back === 1 && writtenDayBefore && tense === 'FUTURE' ? -1 : ahead);
  // "have until Friday to disarm": a deadline that no past verb places lies ahead.
  if (deadline && tense === null) return addDays(dct, ahead);
  return addDays(dct, -back);
}

/** A day of the Hebrew calendar in Gregorian year `y`, moved as its rule says when it falls on some weekdays. */
function movedHebrewDay(y: number, h: HebrewDay): Ymd {
  const t = hebrewDay(y, h.month, h.day);
  return addDays(t, h.moves?.[weekdayOf(t)] ?? 0);
}

/** The day a table gives for a year, or null outside it. */
function tableDay(table: string): (y: number) => Ymd | null {
  const days = DAYS_BY_YEAR[table];
  return (y) => (days[y] ? { y, m: days[y][0], d: days[y][1] } : null);
}

/** Whether a day of the year is still to come in the DCT's year and lies nearer the DCT in the year before. */
function justGone(dct: Ymd, month: number, day: number): boolean {
  const at = Date.UTC(dct.y, dct.m - 1, dct.d);
  const [ahead, gone] = [Date.UTC(dct.y, month - 1, day) - at, at - Date.UTC(dct.y - 1, month - 1, day)];
  return ahead > 0 && gone < ahead;
}

/** The Saturday within three days of `t`: the weekend a holiday belongs to. */
function nearestSaturday(t: Ymd): Ymd {
  const ahead = 6 - weekdayOf(t);
  return addDays(t, ahead > 3 ? ahead - 7 : ahead);
}

/** The nth (or, for -1, the last) given weekday of a month, counting from day `from`. */
function nthWeekday(y: number, month: number, { weekday, nth, from }: { weekday: number; nth: number; from?: number }): Ymd {
  if (nth < 0) {
    const last = addDays(addMonths({ y, m: month, d: 1 }, 1), -1);
    return weekdayOnOrBefore(last, weekday);
  }
  const first = { y, m: month, d: from ?? 1 };
  return addDays(first, ((weekday - weekdayOf(first) + 7) % 7) + 7 * (nth - 1));
}

function timeOfDay(f: Frame): string | null {
  if (f.hour !== undefined) {
    // "6:30 this evening" is 18:30, "11 tonight" 23:00; "2 tonight" stays 02:00.
    const from = f.bareHour && f.part ? AFTERNOON_PART_CODES[f.part] : undefined;
    const hour = from !== undefined && f.hour >= from ? f.hour + 12 : f.hour;
    return `T${pad(hour)}:${pad(f.minute ?? 0)}${f.second !== undefined ? `:${pad(f.second)}` : ''}`;
  }
  if (f.part) return f.part.startsWith('T') ? f.part : `T${f.part}`;
  return null;
}

/**
 * The month and year of a day or weekday counted in a month the text names only relatively: "the
 * first Monday of next month" (from the DCT's), "on the 15th" (the month of a date told in its
 * sentence or the one before, else of the day the narrative reached, else the DCT's or the one
 * beside it the tense points to).
 */
function inMonth(f: Frame, dct: Ymd, ctx: ResolveContext): Frame {
  if (f.monthShift !== undefined) {
    const t = addMonths({ y: dct.y, m: dct.m, d: 1 }, f.monthShift);
    return { ...f, month: t.m, year: t.y };
  }
  if (!f.dayOfMonth || f.day === undefined) return f;
  const told = parsePeriod(ctx.localReference ?? null) ?? ctx.narrativeDay?.() ?? null;
  if (told?.m !== undefined) return { ...f, month: told.m, year: told.y };
  const shift = ctx.tense() === 'PAST' && f.day > dct.d ? -1 : ctx.tense() === 'FUTURE' && f.day < dct.d ? 1 : 0;
  const t = addMonths({ y: dct.y, m: dct.m, d: 1 }, shift);
  return { ...f, month: t.m, year: t.y };
}

/** "Eid": of the Islamic days a name may mean, the one nearest the DCT, in the year before, of or after it. */
function nearestHijri(f: Frame, dct: Ymd): Frame {
  if (!f.hijriNearest) return f;
  const gap = (h: { month: number; day: number }) => Math.min(...[-1, 0, 1].map((k) => {
    const t = hijriDay(dct.y + k, h.month, h.day);
    return Math.abs(Date.UTC(t.y, t.m - 1, t.d) - Date.UTC(dct.y, dct.m - 1, dct.d));
  }));
  return { ...f, hijri: [...f.hijriNearest].sort((a, b) => gap(a) - gap(b))[0] };
}

/** Explicit and partly explicit calendar expressions: dates, months, seasons, weekdays, times. */
function calendar(frame: Frame, ctx: ResolveContext, done: (t: TimexType, v: string) => Resolved): Resolved | null {
  const dct = ctx.dct;
  const f = dct ? nearestHijri(inMonth(frame, dct, ctx), dct) : frame;
  const time = timeOfDay(f);
  const withTime = (date: string) => (time ? done('TIME', date + time) : done('DATE', date));
  if (f.month === undefined && f.day !== undefined && (f.dayOfMonth || f.monthShift !== undefined)) return withTime(`XXXX-XX-${pad(f.day)}`);
  if (f.sameDay) return done('DATE', dct ? formatDay(addMonths(dct, 12 * (f.yearShift ?? 0))) : 'XXXX-XX-XX');
  let year = f.year !== undefined ? pad(f.year, 4) : undefined;
  if (year === undefined && f.yearShift !== undefined) year = dct ? pad(dct.y + f.yearShift, 4) : 'XXXX';
  // "He enlisted in 1941. That December ...", "married that fall": the month or season of the year told before.
  const toldYear = f.anaphoric && f.rel === undefined && (f.month !== undefined || f.season !== undefined) ? parsePeriod(ctx.reference) : null;
  if (year === undefined && toldYear) year = pad(toldYear.y, 4);
  // "The March 2016 bombings ... The March 22 attacks": an event named by a day of the month told with its year in the
  // sentence or the one before is in that year.
  const toldMonth = year === undefined && f.rel === undefined && ctx.namesEvent?.() ? parsePeriod(ctx.localReference ?? null) : null;
  if (toldMonth && toldMonth.m === f.month && toldMonth.d === undefined && dct && toldMonth.y !== dct.y) year = pad(toldMonth.y, 4);
  // "exploded on April 20, 2010, and the well was capped in July", "halted in March 2019, but revived in October": a month
  // alone told in the past in the sentence of a day or month told with its year, more than a year before the DCT, goes on
  // from it (in its year, or the next before its month).
  const pastMonth = year === undefined && f.rel === undefined && f.month !== undefined && f.day === undefined && ctx.tense() === 'PAST';
  const toldDay = pastMonth ? parsePeriod(ctx.sentenceReference ?? null) : null;
  if (toldDay?.m !== undefined && dct && monthsAfter({ y: toldDay.y, m: toldDay.m! }, dct) > 12) year = pad(toldDay.y + (f.month! < toldDay.m! ? 1 : 0), 4);
  // "The killing began on April 6, 1994. Ten peacekeepers were murdered on April 7": a day of a month told in the past in
  // the sentence of a day told with its year, or the one after it, more than a year before the DCT, is the one of its date
  // nearest that day; after a month so told, only a day of that month ("found the steps in November 1922. On Nov. 26, by
  // candlelight, ..."), and not after a noun's month, often an event's name ("the August 1988 cease-fire").
  const pastDay = year === undefined && f.rel === undefined && f.month !== undefined && f.day !== undefined && f.weekday === undefined && ctx.tense() === 'PAST';
  const toldNear = pastDay ? parsePeriod(ctx.localReference ?? null) : null;
  const ofMonth = toldNear?.d === undefined && toldNear?.m === f.month && ctx.localReference === ctx.localMonthTold;
  if (toldNear?.m !== undefined && (toldNear.d !== undefined || ofMonth) && dct && monthsAfter({ y: toldNear.y, m: toldNear.m }, dct) > 12) {
    year = nearestYear({ ...toldNear, d: toldNear.d ?? f.day }, f.month!, f.day);
  }
  // Told sentences later, with no time told between, it keeps to that far day only where the DCT would put a past after
  // itself: "Protests began on March 18, 2011. The council was set up in April" (not April ahead of a March DCT); "The
  // bank asked for help on 13 September 2007. Hundreds queued. The run stopped on 17 September". A story that comes back
  // to its present without a date ("the October 1, 2017 referendum. Sánchez agreed to the amnesty in November") has its
  // past before the DCT.
  const toldLast = (pastMonth && !toldDay) || (pastDay && !toldNear) ? parsePeriod(ctx.toldLastReference ?? null) : null;
  if (toldLast?.d !== undefined && dct && monthsAfter({ y: toldLast.y, m: toldLast.m! }, dct) > 12 && gapFrom(dct, inferYear(dct, f.month!, f, ctx, f.day), f.month!, f.day ?? 1) > 0) {
    year = f.day === undefined ? (f.month! >= toldLast.m! ? pad(toldLast.y, 4) : undefined) : nearestYear(toldLast, f.month!, f.day);
  }
  if (f.fiscal && f.year === undefined && f.quarter === undefined && dct && f.month === undefined) year = pad(dct.y, 4);
  // "January-October": the second month of a range is in the first's year, or the next when it comes before it.
  const from = f.rangeEnd ? /^(\d{4})-(\d\d)/.exec(ctx.reference ?? '') : null;
  // (not after a month of every year: "typically runs from May to October")
  if (year === undefined && from && f.month !== undefined && !ctx.habitual) year = pad(+from[1] + (f.month < +from[2] ? 1 : 0), 4);
  // "the following January", "the previous spring": next to the date the text told, not to the DCT;
  // past its end or before its start when it was a longer period ("in 1995 ... the previous spring" is 1994's).
  const told = isAnaphoric(f) && f.rel !== undefined ? parsePeriod(ctx.reference) : null;
  const after = (f.rel ?? 0) > 0;
  const base = told
    ? { y: told.y, m: told.m ?? (told.q !== undefined ? told.q * 3 - (after ? 0 : 2) : after ? 12 : 1), d: told.d ?? (after ? 28 : 1) }
    : dct;
  const yearFor = (month: number, day?: number) => year ?? (base ? pad(inferYear(base, month, f, ctx, day), 4) : 'XXXX');

  // A day named by the text: "the week of June 12" and "Easter week" are the week that holds it,
  // "the Labor Day weekend" the weekend nearest it (before a Monday, after a Thursday).
  const onDay = (t: Ymd) => (f.weekOf ? done('DATE', formatWeek(t)) : f.weekendOf ? done('DATE', `${formatWeek(nearestSaturday(t))}-WE`) : withTime(formatDay(t)));
  // "On election day, schools will close" in a story of Taiwan's vote: the day of the election the story told, if any.
  if (f.localElection && !ctx.usPlace && year === undefined && f.rel === undefined) return withTime(ctx.electionDay ?? 'XXXX-XX-XX');
  // "Tuesday the 18th": the nearest month, of the DCT's and the two beside it, whose 18th is a Tuesday.
  if (f.month === undefined && f.day !== undefined && f.weekday !== undefined && year === undefined) {
    if (!dct) return withTime(`XXXX-XX-${pad(f.day)}`);
    const fits = [0, -1, 1].map((k) => addMonths({ y: dct.y, m: dct.m, d: 1 }, k)).map((t) => ({ ...t, d: f.day! }))
      .filter((t) => new Date(Date.UTC(t.y, t.m - 1, t.d)).getUTCMonth() === t.m - 1 && weekdayOf(t) === f.weekday);
    return fits.length ? withTime(formatDay(fits[0])) : withTime(`XXXX-XX-${pad(f.day)}`);
  }
  if (f.month !== undefined && f.lastDay) {
    const y = yearFor(f.month, 28);
    return withTime(y === 'XXXX' ? `XXXX-${pad(f.month)}` : `${y}-${pad(f.month)}-${pad(daysInMonth(+y, f.month))}`);
  }
  // "Families spent less this Christmas" in a January story: the day just gone, told in the past, where it is nearer than
  // the one this year still holds.
  if (f.month !== undefined && f.day !== undefined && year === undefined && f.rel === 0 && dct && justGone(dct, f.month, f.day) && ctx.tense() === 'PAST') {
    year = pad(dct.y - 1, 4);
  }
  if (f.month !== undefined && f.day !== undefined) {
    const y = (f.weekday !== undefined && year === undefined && dct ? yearOfWeekday(dct, f.month, f.day, f.weekday, parsePeriod(ctx.reference)) : null) ?? yearFor(f.month, f.day);
    return y === 'XXXX' || !(f.weekOf || f.weekendOf) ? withTime(`${y}-${pad(f.month)}-${pad(f.day)}`) : onDay({ y: +y, m: f.month, d: f.day });
  }
  if (f.month !== undefined && f.nthWeekday) {
    // Placed by the day it falls on near the DCT ("Thanksgiving" the day before it is this year's, not next).
    // (by the month it falls in too: Cyber Monday may be December's)
    const near = base ? nthWeekday(base.y, f.month, f.nthWeekday) : null;
    const y = near ? yearFor(near.m, near.d) : yearFor(f.month, 15);
    return y === 'XXXX' ? done('DATE', `XXXX-${pad(f.month)}`) : onDay(nthWeekday(+y, f.month, f.nthWeekday));
  }
  // A day of another calendar or a table: the Chinese New Year and Super Tuesday looked up, a Hebrew or
  // Islamic holiday or Diwali computed.
  const dayOf = f.byYear ? tableDay(f.byYear.table) : f.hebrew ? (k: number) => movedHebrewDay(k, f.hebrew!)
    : f.hijri ? (k: number) => hijriDay(k, f.hijri!.month, f.hijri!.day) : f.computed ? COMPUTED_DAYS[f.computed] : null;
  if (dayOf) {
    // "last Chinese New Year": the latest before the DCT; a year the table skips ("Super Tuesday" in
    // 2013): the nearest that has one, on the side the tense points to; otherwise the year by the day
    // it falls on in the DCT's year. Outside a table, the year alone.
    const near = (dct && dayOf(dct.y)) || { y: 0, m: 2, d: 1 };
    const side = f.rel ?? (dct && !dayOf(dct.y) ? (ctx.tense() === 'PAST' ? -1 : ctx.tense() ? 1 : 0) : undefined);
    const sided = year === undefined && dct && side !== undefined ? [-4, -3, -2, -1, 0, 1, 2, 3, 4]
      .map((k) => ({ k: dct.y + k, day: dayOf(dct.y + k) })).filter((c): c is { k: number; day: Ymd } => Boolean(c.day))
      .map((c) => ({ k: c.k, gap: Date.UTC(c.day.y, c.day.m - 1, c.day.d) - Date.UTC(dct.y, dct.m - 1, dct.d) }))
      .filter((c) => !side || Math.sign(c.gap) === Math.sign(side)).sort((a, b) => Math.abs(a.gap) - Math.abs(b.gap))[0] : undefined;
    const y = sided ? pad(sided.k, 4) : yearFor(near.m, near.d);
    const day = y === 'XXXX' ? null : dayOf(+y);
    if (!day) return done('DATE', y === 'XXXX' ? 'XXXX-XX-XX' : y);
    return onDay(addDays(day, f.byYear?.shift ?? 0));
  }
  if (f.easter !== undefined) {
    const sunday = f.orthodox ? orthodoxEaster : easterSunday;
    const near = base ? addDays(sunday(base.y), f.easter) : { m: 4, d: 1 };
    const y = yearFor(near.m, near.d);
    return y === 'XXXX' ? done('DATE', 'XXXX-XX-XX') : onDay(addDays(sunday(+y), f.easter));
  }
  if (f.month !== undefined) {
    // "The monsoon typically runs from June to September": a month of every year, as a season so told is.
    if (year === undefined && f.rel === undefined && !isAnaphoric(f) && ctx.habitual && ctx.tense() !== 'FUTURE') return done('DATE', `XXXX-${pad(f.month)}`);
    // "January-November" in a December story: a range is placed by the month it ends in, the first month
    // in that year or, when it comes after it ("Nov.-Feb."), the one before.
    if (f.rangeTo !== undefined && year === undefined && base) {
      const end = +yearFor(f.rangeTo);
      return done('DATE', `${pad(f.month > f.rangeTo ? end - 1 : end, 4)}-${pad(f.month)}`);
    }
    return done('DATE', `${yearFor(f.month)}-${pad(f.month)}`);
  }
  if (f.season) {
    // Winter runs from December into the next year and is written with the year it begins in ("the
    // winter of 1998-99" is 1998-WI): in a January or February story it is counted from the December
    // before, so "this winter" is the one under way and "last winter" the one before it.
    // "competing at soccer in the summer" of communities that "visit frequently": the summer of every year (not
    // one a future speaks of: "will often rise this winter").
    if (year === undefined && !told && f.rel === undefined && ctx.habitual && ctx.tense() !== 'FUTURE') return done('DATE', `XXXX-${f.season}`);
    const start = SEASON_START_MONTH[f.season];
    const into = start + 2 - 12;
    if (year === undefined && !told && dct && into > 0 && dct.m <= into) {
      return done('DATE', `${pad(inferYear({ y: dct.y - 1, m: dct.m + 12, d: dct.d }, start, f, ctx), 4)}-${f.season}`);
    }
    // "This winter was the mildest on record" in a March story: the winter just ended, told in the past.
    if (year === undefined && !told && dct && into > 0 && f.rel === 0 && ctx.tense() === 'PAST' && dct.m < start - 6) {
      return done('DATE', `${pad(dct.y - 1, 4)}-${f.season}`);
    }
    return done('DATE', `${yearFor(start)}-${f.season}`);
  }
  // "In 2019, sales fell in the first half", "the third quarter of 2025, later than the first half it had targeted": a
  // quarter or a half without its year, in the sentence of a date of another year than the DCT's told before it, is that
  // date's year's (a day of the DCT's year, "said on Tuesday that profit rose in the fourth quarter", leaves it to the
  // quarter's own rule).
  const toldPart = year === undefined && f.rel === undefined && !f.fiscal && !f.quarterEnd && (f.quarter !== undefined || f.half !== undefined)
    ? parsePeriod(ctx.partReference?.() ?? null) : null;
  if (toldPart && toldPart.y !== dct?.y) year = pad(toldPart.y, 4);
  if (f.quarter !== undefined) {
    // "the fourth quarter" in a January story is the one just ended, "the second quarter" in a
    // November story this year's: the nearest by its last day, as a quarter is reported on once it
    // has ended (nearest a day told with its year only in its own sentence, not paragraphs before as a row of a table
    // is). Not by tense: reports of a quarter mix past results and coming ones in one sentence;
    // but what "fell in the third quarter" in a May story tells has happened, so not a quarter yet to begin.
    // "the second quarter ended Oct. 31": a quarter as written (a fiscal one), in the year of the day it ends on, as TimeBank writes it.
    // A quarter said to have ended ended by the DCT, whatever the sentence's verb ("will report its fiscal third quarter,
    // which ended Jan. 31, on Feb. 27").
    if (year === undefined && f.quarterEnd && base) {
      const { month, day, ended } = f.quarterEnd;
      const y = ended && dct ? pad(month * 100 + day <= dct.m * 100 + dct.d ? dct.y : dct.y - 1, 4) : yearFor(month, day);
      return done('DATE', `${y}-Q${f.quarter}`);
    }
    let y = year ?? (!dct ? 'XXXX' : f.fiscal ? pad(dct.y, 4) : pad(inferYear(dct, f.quarter * 3, f, { ...ctx, tense: () => null, side: null, yearToldDay: ctx.yearToldInSentence }, f.quarter === 1 || f.quarter === 4 ? 31 : 30), 4));
    if (year === undefined && dct && !f.fiscal && ctx.tense() === 'PAST' && f.rel === undefined && (+y - dct.y) * 12 + f.quarter * 3 - 2 > dct.m) y = pad(+y - 1, 4);
    // And what "will open in the fourth quarter" in a June story tells is to come: not a quarter that ended months
    // before ("expects to report a third-quarter loss" in November is of the quarter just ended, reported on now).
    // So does a present's ("after the deal closes in the third quarter"), a schedule's.
    if (year === undefined && dct && !f.fiscal && (ctx.tense() === 'FUTURE' || ctx.tense() === 'PRESENT') && f.rel === undefined && (+y - dct.y) * 12 + f.quarter * 3 < dct.m - REPORTING_MONTHS) y = pad(+y + 1, 4);
    return done('DATE', `${y}-Q${f.quarter}`);
  }
  if (f.half !== undefined) {
    // "the second half" without a year: the one rule of a month or quarter without one, by the
    // half's last day. In a May story "profits rose in the second half" is last year's, "sales
    // should pick up in the second half" this year's; with no tense, the nearest ("the first half" in November: this year's).
    const y = year ?? (!dct ? 'XXXX' : f.fiscal ? pad(dct.y, 4) : pad(inferYear(dct, f.half * 6, f, ctx, f.half === 1 ? 30 : 31), 4));
    return done('DATE', `${y}-H${f.half}`);
  }
  if (year !== undefined) return done('DATE', f.beforeChrist ? `BC${year}` : year);
  if (f.decade !== undefined) return done('DATE', String(f.decade));
  // "the '90s", "the nineties": the latest such decade that has begun by the DCT.
  if (f.decadeDigit !== undefined) {
    const century = dct ? Math.floor(dct.y / 100) - (f.decadeDigit * 10 > dct.y % 100 ? 1 : 0) : 19;
    return done('DATE', `${century}${f.decadeDigit}`);
  }
  if (f.century !== undefined) return done('DATE', f.beforeChrist ? `BC${pad(f.century)}` : pad(f.century));
  if (f.weekday !== undefined) {
    // "on Nov. 23, 2019, a Saturday", "Aug. 1, a Sunday evening": that date, not any Saturday.
    if (ctx.apposedTo && f.rel === undefined && weekdayOf(ctx.apposedTo) === f.weekday) return onDay(ctx.apposedTo);
    if (!dct || (ctx.indefinite && f.rel === undefined && !f.weekOf)) return f.weekOf ? done('DATE', 'XXXX-WXX') : withTime(`XXXX-WXX-${f.weekday}`);
    // "Wednesday of next week": that weekday of the week so many from the DCT's.
    if (f.weekShift !== undefined) return withTime(formatDay(addDays(dct, 7 * f.weekShift + f.weekday - weekdayOf(dct))));
    // "Thursday night into Friday morning", "from Monday to Wednesday": the first such day after the one the range opens with.
    if (ctx.rangeFrom && f.rel === undefined) return onDay(addDays(ctx.rangeFrom, (f.weekday - weekdayOf(ctx.rangeFrom) + 7) % 7 || 7));
    // "closed on Wednesday and Thursday", "statements made Friday and Thursday": the such day nearest the one listed first.
    if (ctx.listedWith && f.rel === undefined) {
      const ahead = (f.weekday - weekdayOf(ctx.listedWith) + 7) % 7 || 7;
      return onDay(addDays(ctx.listedWith, ahead <= 3 ? ahead : ahead - 7));
    }
    // "the previous Friday", "the following Monday": counted from the day the narrative reached.
    const told = isAnaphoric(f) ? narrativeDay(ctx) : null;
    // "landfall on Sept. 28 ... at 3:05 p.m. that Wednesday", "on Aug. 29. ... By 7 p.m. that Sunday": the such day of the
    // week of the last day told, however far back, nearest it; else of the day the narrative reached.
    const lastDay = f.anaphoric ? parseYmd(ctx.lastDayTold?.() ?? null) : null;
    const anchor = lastDay ?? told;
    if (anchor && f.rel === undefined) {
      const ahead = (f.weekday - weekdayOf(anchor) + 7) % 7;
      return onDay(addDays(anchor, ahead <= 3 ? ahead : ahead - 7));
    }
    return onDay(weekdayDate(told ?? dct, f.weekday, f, ctx.ultimatum && !told ? null : ctx.tense(), !told && !ctx.deadline && !ctx.toldAhead?.(), !told && ctx.deadline, !told && ctx.arranged, !told && ctx.setInThePast));
  }
  if (f.anchor !== undefined || f.rel !== undefined || time) {
    // "yesterday", "last night", "this morning": a day counted from the DCT. "At 10 p.m.", "that
    // night", "the next morning": from the day the narrative reached, if the text told one.
    // "Spanberger was elected on Tuesday. 'Tonight, Virginia chose pragmatism,' she told supporters": a quotation's today
    // is the day the story told its speaker on, where that is a day of the week before the DCT.
    const spoken = ctx.quoted && (f.anchor === 0 || f.rel === 0) ? spokenDay(ctx) : null;
    const told = spoken ?? (f.anchor === undefined && (isAnaphoric(f) || f.rel === undefined) ? narrativeDay(ctx) : null);
    const day = told ?? dct;
    let shift = f.anchor ?? 0;
    if (f.anchor === undefined && f.rel !== undefined && (f.part === 'NI' || told)) shift = f.rel;
    // "Polls closed on Sunday night ... shortly after midnight": the midnight that ends the night told, the next day's start.
    if (told && !spoken && f.part === DAY_START && f.anchor === undefined && f.rel === undefined && ctx.narrativeAtNight?.()) shift = 1;
    // "shelled the city overnight": told in the past of no day, the night that ended on the DCT, as the wire tells what
    // happened since its last story; after a day the text told, the night that follows it ("arrested two men on Monday.
    // The suspects were questioned overnight"), but "overnight losses in New York" before a day's trading told is the
    // night before that day (an adjective names the night a report starts from).
    if (f.overnight && ctx.tense() === 'PAST' && (!told || ctx.adjective)) shift = -1;
    if (!day) return withTime('XXXX-XX-XX');
    // "Fireworks lit the sky at midnight": told in the past of no day, the midnight just gone, that began the DCT.
    if (!told && f.part === DAY_END && f.anchor === undefined && f.rel === undefined && ctx.tense() === 'PAST') return done('TIME', formatDay(day) + DAY_START);
    return withTime(formatDay(addDays(day, shift)));
  }
  return null;
}
