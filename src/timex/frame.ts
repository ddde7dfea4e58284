// What a time expression says, read off rule matches before any date arithmetic: the
// "semantic frame" that resolve.ts turns into a TIMEX3 value against the document date.
import { MONTHS, WEEKDAYS } from '../lexicon/calendar.js';
import { pad } from './calendar.js';
import { SCALE_WORDS } from '../lexicon/number-words.js';
import type { Extension, RuleMatch } from './grammar.js';
import {
  AFTERNOON_PARTS, AGO_GRAINS, PERIOD_GRAINS, CLOCK_OFFSET_MINUTES, CLOCK_OFFSET_SIGNS, DAY_ANCHORS, DAY_PARTS, DAY_START, DAYS_OF_POSITIONS, DECADE_WORDS, HALVES, HOLIDAYS, IRREGULAR_PLURAL_UNITS, NUMBER_WORDS, OFFSET_DIRECTIONS, ORDINALS, POSITION_MODS,
  MODAL_FUTURE, OPEN_END_MODS, QUANTIFIER_MODS, RELATIONS_AFTER_PART, RELATIVE_SHIFTS, SEASONS, SET_ADVERBS, STRETCH_LETTERS, UNIT_FRACTIONS, UNIT_MULTIPLIER, UNITS, VAGUE_AMOUNT_VALUES,
  VAGUE_AMOUNTS, VAGUE_LENGTHS, VAGUE_NOMINALS, VAGUE_NOT_RECOGNIZED, VAGUE_REFERENCES, type HebrewDay,
} from './rules/vocabulary.js';

export interface Frame {
  year?: number;
  /** "June last year": a year given relative to the document date. */
  yearShift?: number;
  month?: number;
  day?: number;
  weekday?: number;
  /** "Wednesday of next week": the weekday inside the week this many weeks from the DCT's. */
  weekShift?: number;
  /** "the first Monday of next month": the month this many from the DCT's. */
  monthShift?: number;
  /** "this time last year": the DCT's day, `yearShift` years on. */
  sameDay?: boolean;
  /** "the week before", "the year after": the whole unit next to the date told, written at the unit's grain. */
  wholeUnit?: boolean;
  /** "on the 15th": a day of the month the text is in. */
  dayOfMonth?: boolean;
  /** "the last day of March": the month's last day. */
  lastDay?: boolean;
  /** "January-October": the second month of a range, in the first's year or the next. */
  rangeEnd?: boolean;
  /** "January-October": the first month of a range, whose year is the one the range ends in (or the one before). */
  rangeTo?: number;
  /** "the new century": the period whose start lies nearest the DCT. */
  newPeriod?: boolean;
  /** A holiday each nation keeps on its own day ("Independence Day": INDEPENDENCE_DAYS). */
  byNation?: boolean;
  /** A holiday's name ("Passover", "Lunar New Year"): a day the calendar gives for each year. */
  holiday?: boolean;
  /** A floating holiday: the nth weekday of `month` from day `from` ("Thanksgiving": 4th Thursday of November). */
  nthWeekday?: { weekday: number; nth: number; from?: number };
  /** A day counted from Easter Sunday ("Good Friday": -2). */
  easter?: number;
  /** A day a table gives by year: its table in DAYS_BY_YEAR and the days on from it. */
  byYear?: { table: string; shift?: number };
  /** `easter` counts from the Orthodox Easter. */
  orthodox?: boolean;
  /** A day of the Hebrew calendar: month (Nisan = 1) and day. */
  hebrew?: HebrewDay;
  /** A day of the Islamic calendar: month (Muharram = 1) and day. */
  hijri?: { month: number; day: number };
  /** Days of the Islamic calendar a name may mean ("Eid"), read as the one nearest the publication date. */
  hijriNearest?: readonly { month: number; day: number }[];
  /** A day a rule computes for each year: its name in COMPUTED_DAYS ("diwali"). */
  computed?: string;
  /** "election day" in lower case: the U.S. day in a U.S. story only, elsewhere the day of the election told. */
  localElection?: boolean;
  /** "Easter week": the week that holds the day. */
  weekOf?: boolean;
  /** "the Labor Day weekend": the weekend next to the day. */
  weekendOf?: boolean;
  /**
   * "the Saturday before Orthodox Easter", "the day after Thanksgiving", "the week before Eid": the day (a weekday, or 'D'),
   * week ('W') or weekend ('WE') before (-1) or after (1) the holiday's day.
   */
  around?: { unit: 'D' | 'W' | 'WE' | number; dir: number };
  season?: string;
  quarter?: number;
  /** "the second quarter ended Oct. 31": the day a (fiscal) quarter ends on, whose year is the quarter's, and whether it is said to have ended. */
  quarterEnd?: { month: number; day: number; ended: boolean };
  half?: number;
  /** First three digits of a decade ("1980s" → 198) or, from "the eighties", only its digit. */
  decade?: number;
  decadeDigit?: number;
  /** TIMEX3 century digits: "the 20th century" → 19. */
  century?: number;
  /** A year or century before Christ ("246 BC", "the third century BC"), which TIMEX3 writes "BC0246", "BC02". */
  beforeChrist?: boolean;
  hour?: number;
  minute?: number;
  second?: number;
  /** An hour before noon read without a.m. or p.m., which a part of the day may move after noon ("6:30 this evening"). */
  bareHour?: boolean;
  /** "overnight": the night that ends on the day it is told of, when told in the past. */
  overnight?: boolean;
  /** TIMEX3 part of day (MO, AF, EV, NI, MI) or a clock value ("T12:00"). */
  part?: string;
  /** Day shift from the document date: yesterday = -1. */
  anchor?: number;
  rel?: number;
  relWord?: string;
  unit?: string;
  unitTime?: boolean;
  amount?: number | 'X';
  plural?: boolean;
  /**
   * `comparison`: "year-ago", "year-earlier", which compare with the period the text reports on. `untilNow`: "ten years on",
   * which with no date told before it reaches the writer's now.
   */
  dir?: { sign: number; anaphoric: boolean; comparison?: boolean; untilNow?: boolean };
  /** "year-end", "midyear": the end or the middle of the DCT's period of `unit` (TIMEX3 mod). */
  unitPos?: 'END' | 'MID';
  /** "30 years ago today", "a year ago this week": the grain (D, W, M) of the DCT's period that far back. */
  grain?: string;
  /** "the same quarter last year": the grain (Q, M; P for "period", a quarter when a day was told) of the period compared. */
  periodGrain?: string;
  /** "10 years and eight months": the second amount and unit of one duration (and its own `more`, a third: "and 56 seconds"). */
  more?: Frame;
  /** "the year ended March 31": a period counted as a duration. */
  durative?: boolean;
  /** "today is the eighth day of the blockade": a period counted within an event that is going on now. */
  nthOf?: boolean;
  /** "ended the year higher": the period closing at the DCT, the one before when the DCT has just opened a new one. */
  closing?: boolean;
  /** "that year", "the same day": the period of an earlier date. */
  anaphoric?: boolean;
  /** "the same morning", "that same night": the part of a day told before, the last one told in that part. */
  samePart?: boolean;
  the?: boolean;
  fiscal?: boolean;
  vague?: string;
  setValue?: string;
  every?: boolean;
  mod?: string;
}

/** ISO 8601: a week belongs to the month (or year) that holds its Thursday. */
const WEEK_OWNER_WEEKDAY = 4;
const WEEKEND_SATURDAY = 6;

const clean = (s: string) => s.toLowerCase().replace(/\.$/, '').replace(/\s+/g, ' ').trim();

/** "twenty-four", "one hundred and six", "2 1/2", "12-1/2", "a dozen", "67 million" → number; vague amounts → 'X'. */
function parseAmount(text: string): number | 'X' | undefined {
  const s = clean(text);
  if (s in VAGUE_AMOUNT_VALUES) return VAGUE_AMOUNT_VALUES[s];
  if (VAGUE_AMOUNTS.includes(s)) return 'X';
  let total = 0;
  let current = 0;
  let seen = false;
  // ("12-1/2", "7½")
  for (const w of s.replace(/½/g, ' 1/2').split(/[\s-]+/)) {
    if (w === 'and' || w === '') continue;
    if (/^\d[\d,]*(\.\d+)?$/.test(w)) { current += parseFloat(w.replace(/,/g, '')); seen = true; continue; }
    if (w === '1/2') { current += 0.5; continue; }
    // A scale of a million or more multiplies all of the amount before it ("4.6 billion"); "hundred" and "thousand" below.
    if ((SCALE_WORDS[w] ?? 0) >= 1e6) { current = (total + (current || 1)) * SCALE_WORDS[w]; total = 0; continue; }
    const n = NUMBER_WORDS[w];
    if (n === undefined) return undefined;
    seen = true;
    if (w === 'hundred' || w === 'dozen') current = (current || 1) * n;
    else if (w === 'thousand') { total += (current || 1) * n; current = 0; }
    else current += n;
  }
  return seen ? total + current : undefined;
}

/** "1988", "'88", "nineteen ninety-six", "two thousand and one" → the year. */
/** Two figures of a year below this are of this century ("'88" is 1988, "'05" 2005). */
const YEAR_PIVOT = 30;
/** A fiscal year's two figures, which companies write of plans decades ahead ("FY30") and seldom of years before 1960. */
const FISCAL_YEAR_PIVOT = 60;

function parseYear(text: string, pivot = YEAR_PIVOT): number | undefined {
  const s = clean(text);
  // ("2024-25", "2022/23": a split year is the year it opens in)
  if (/^\d{4}(?:[-–/]\d{2,4})?$/.test(s)) return +s.slice(0, 4);
  // "'88", and the two-digit year of a numeric date ("10/31/74").
  if (/^['’]?\d\d$/.test(s)) { const n = +s.replace(/['’]/, ''); return n < pivot ? 2000 + n : 1900 + n; }
  const words = s.split(/[\s-]+/).filter((w) => w !== 'and' && w !== 'hundred');
  if (words[0] === 'two' && words[1] === 'thousand') return 2000 + ((parseAmount(words.slice(2).join(' ')) as number) || 0);
  const head = NUMBER_WORDS[words[0]];
  if (head === undefined) return undefined;
  const tail = words[1] === 'oh' ? parseAmount(words.slice(2).join(' ')) : parseAmount(words.slice(1).join(' '));
  return typeof tail === 'number' ? head * 100 + tail : undefined;
}

function parseOrdinal(text: string): number | undefined {
  const s = clean(text);
  const digits = /^(\d+)(?:st|nd|rd|th)?$/.exec(s);
  if (digits) return +digits[1];
  if (s in ORDINALS) return ORDINALS[s];
  const [tens, ones] = s.split(/[\s-]+/);
  if (ones && NUMBER_WORDS[tens] && ORDINALS[ones]) return NUMBER_WORDS[tens] + ORDINALS[ones];
  return undefined;
}

function unitOf(word: string, frame: Frame): void {
  const w = clean(word);
  const u = UNITS[w];
  if (!u) return;
  frame.unit = u.code;
  frame.unitTime = u.time;
  frame.plural = w.endsWith('s') || IRREGULAR_PLURAL_UNITS.has(w);
  if (UNIT_MULTIPLIER[w] && typeof frame.amount === 'number') frame.amount *= UNIT_MULTIPLIER[w];
}

/**
 * "2:01:39" → two hours, one minute and 39 seconds; "2:05.85" → two minutes and 5.85 seconds; "1min 34sec" → one minute
 * and 34 seconds: one duration of its parts.
 */
function readRaceTime(frame: Frame, g: Record<string, string>): void {
  const parts: Frame[] = [[g.laph ?? g.uh, 'hours'], [g.lapm ?? g.lapm2 ?? g.lapm3 ?? g.um, 'minutes'], [g.laps ?? g.laps2 ?? g.laps3 ?? g.us, 'seconds']]
    .filter(([amount]) => amount !== undefined)
    .map(([amount, unit]) => { const part: Frame = { amount: +amount! }; unitOf(unit!, part); return part; });
  for (let k = 1; k < parts.length; k++) parts[k - 1].more = parts[k];
  Object.assign(frame, parts[0]);
}

/** "April" to "June" is the second quarter, "January" to "June" the first half: the quarter or half two months bound, or null. */
export function calendarSpan(from: string, to: string): Pick<Frame, 'quarter' | 'half'> | null {
  const [a, b] = [MONTHS[clean(from)], MONTHS[clean(to)]];
  if (b - a === 2 && b % 3 === 0) return { quarter: b / 3 };
  if (b - a === 5 && b % 6 === 0) return { half: b / 6 };
  return null;
}

/** Adds what one rule match says to the frame. */
export function readMatch(frame: Frame, match: RuleMatch): void {
  const g = match.groups;
  // A month by name ("Oct.") or by number ("10/31/1974", "1974-10-31").
  if (g.month) frame.month = /^\d+$/.test(g.month) ? +g.month : MONTHS[clean(g.month)];
  if (g.spanfrom) Object.assign(frame, calendarSpan(g.spanfrom, g.spanto));
  if (g.holiday) {
    const h = HOLIDAYS[clean(g.holiday).replace(/’/g, "'")];
    frame.holiday = true;
    if (h.byYear) frame.byYear = h.byYear;
    else if (h.hebrew) frame.hebrew = h.hebrew;
    else if (h.hijri) frame.hijri = h.hijri;
    else if (h.hijriNearest) { frame.hijriNearest = h.hijriNearest; frame.hijri = h.hijriNearest[0]; }
    else if (h.computed) frame.computed = h.computed;
    else if (h.easter !== undefined) { frame.easter = h.easter; if (h.orthodox) frame.orthodox = true; }
    else frame.month = h.month;
    if (h.day !== undefined) frame.day = h.day;
    else if (h.weekday !== undefined) frame.nthWeekday = { weekday: h.weekday, nth: h.nth!, from: h.from };
    if (h.part) frame.part = h.part;
    if (h.us && g.holiday === g.holiday.toLowerCase()) frame.localElection = true;
    if (h.byNation) frame.byNation = true;
  }
  if (g.around) {
    const unit = clean(g.around);
    frame.around = { unit: unit === 'day' ? 'D' : unit === 'week' ? 'W' : unit === 'weekend' ? 'WE' : WEEKDAYS[unit], dir: clean(g.arounddir) === 'before' ? -1 : 1 };
  }
  if (g.weekof) frame.weekOf = true;
  if (g.weekend) frame.weekendOf = true;
  if (g.nth) {
    const nth = clean(g.nth) === 'last' ? -1 : parseOrdinal(g.nth);
    if (nth !== undefined && nth <= 5) frame.nthWeekday = { weekday: WEEKDAYS[clean(g.weekday)] ?? WEEKDAYS[clean(g.weekday).replace(/s$/, '')], nth };
  }
  if (g.nthweek && clean(g.nthunit ?? 'week') === 'day') {
    if (/^(?:last|final)$/i.test(g.nthweek)) frame.lastDay = true;
    else frame.day = parseOrdinal(g.nthweek);
  } else if (g.nthweek) {
    // The nth week of a month is the one that holds its nth Thursday (ISO 8601's rule for the weeks of a year); "the first
    // weekend of June" the weekend of its nth Saturday.
    const nth = /^(?:last|final)$/i.test(g.nthweek) ? -1 : parseOrdinal(g.nthweek);
    const weekend = clean(g.nthunit!) === 'weekend';
    if (nth !== undefined && nth <= 5) {
      frame.nthWeekday = { weekday: weekend ? WEEKEND_SATURDAY : WEEK_OWNER_WEEKDAY, nth };
      if (weekend) frame.weekendOf = true;
      else frame.weekOf = true;
    }
  }
  // (a day written before its month in a pattern that also reads it after: "22 April next year")
  const day = g.day ?? g.dayfirst;
  if (day) frame.day = parseOrdinal(day);
  if (g.weekrel) frame.weekShift = RELATIVE_SHIFTS[clean(g.weekrel)];
  if (g.monthrel) frame.monthShift = RELATIVE_SHIFTS[clean(g.monthrel)];
  if (g.thismonth) frame.monthShift = 0;
  if (g.afternext) frame.rel = 2;
  if (g.beforelast) frame.rel = -2;
  if (match.rule.says) Object.assign(frame, match.rule.says);
  if (g.sameago) frame.yearShift = -1;
  if (g.range) frame.rangeEnd = true;
  else if (g.rangeto) frame.rangeTo = MONTHS[clean(g.rangeto)];
  if (g.newperiod) frame.newPeriod = true;
  for (const y of [g.year, g.year2, g.yearw]) if (y) frame.year = parseYear(y, g.fiscal ? FISCAL_YEAR_PIVOT : YEAR_PIVOT);
  // "Sept. 15 and Jan. 15, 2026", "Dec. 28 to Jan. 3, 2025": a year the first shares with the second is a year before its
  // month where that comes later in the calendar than the second's.
  if (g.closingmonth && g.year && frame.year !== undefined && frame.month !== undefined && frame.month > MONTHS[clean(g.closingmonth)]) frame.year--;
  // "1998-99": the two digits of the second year take the first's century, or the next one's after "99".
  if (g.century && /^\d\d$/.test(g.year ?? '')) frame.year = +g.century * 100 + +g.year + (+g.year < +g.yy ? 100 : 0);
  for (const r of [g.yearrel, g.yearrel2]) if (r) frame.yearShift = RELATIVE_SHIFTS[clean(r)];
  // "the second half of the year": this year's, whatever the tense.
  if (g.ofyear && frame.yearShift === undefined) frame.yearShift = 0;
  if (g.weekday) frame.weekday = WEEKDAYS[clean(g.weekday).replace(/s$/, '')] ?? WEEKDAYS[clean(g.weekday)];
  if (g.rel || g.relafter) {
    const r = g.rel ? clean(g.rel) : RELATIONS_AFTER_PART[clean(g.relafter)];
    if (r in DAY_ANCHORS) frame.anchor = DAY_ANCHORS[r];
    else if (r in POSITION_MODS) frame.mod = POSITION_MODS[r];
    else { frame.rel = RELATIVE_SHIFTS[r]; frame.relWord = r; }
  }
  // ("midnight tonight": a word for a day's part that names its day too keeps the hour read before it)
  const keepsPart = frame.part !== undefined && g.part !== undefined && clean(g.part) in DAY_ANCHORS;
  if (g.part && !keepsPart) frame.part = DAY_PARTS[clean(g.part)] ?? DAY_PARTS[clean(g.part).replace(/^mid-?\s?/, '')] ?? DAY_PARTS[clean(g.part).replace(/s$/, '')];
  if (g.setpart) frame.part = DAY_PARTS[clean(g.setpart).replace(/s$/, '')];
  if (g.daystart) frame.part = DAY_START;
  if (g.part && clean(g.part) === 'overnight') frame.overnight = true;
  if (g.plural || g.setpart) frame.every = true;
  if (g.anchor) frame.anchor = DAY_ANCHORS[clean(g.anchor)];
  // "tonight" is a part of today
  if (g.part && clean(g.part) in DAY_ANCHORS) frame.anchor = DAY_ANCHORS[clean(g.part)];
  const hour = g.hour ?? g.hour2;
  if (hour) {
    const h = NUMBER_WORDS[clean(hour)] ?? +hour;
    // (the hour opening a range of hours takes its half of the day from the closing one's: "from 3 to 5 p.m.")
    const rangeHalf = g.ampmto === undefined ? undefined : sameHalfAsRangeEnd(h, +g.hourto!) ? g.ampmto : /^p/i.test(g.ampmto) ? 'am' : 'pm';
    const pm = /^p/i.test(g.ampm ?? g.ampm2 ?? rangeHalf ?? '');
    const am = /^a/i.test(g.ampm ?? g.ampm2 ?? rangeHalf ?? '');
    // "3 in the afternoon" is 15:00; "11 at night" 23:00 but "2 at night" 02:00.
    const after = g.dayhalf ? AFTERNOON_PARTS[g.dayhalf.toLowerCase()] : undefined;
    const late = after !== undefined && h >= after && h < 12;
    frame.hour = (pm || late) && h < 12 ? h + 12 : (am || g.dayhalf?.toLowerCase() === 'morning') && h === 12 ? 0 : h;
    frame.minute = g.minute ? +g.minute : g.minw ? Number(parseAmount(g.minw.replace(/^oh[- ]/i, ''))) || 0 : 0;
    // (an hour written with a leading zero is a 24-hour clock's: "07:00" is seven in the morning)
    if (!pm && !am && after === undefined && h < 12 && !/^0\d/.test(hour)) frame.bareHour = true;
    if (g.second) frame.second = +g.second;
  }
  if (g.offpart) frame.hour = clean(g.offpart) === 'noon' ? 12 : 24;
  if (g.offmin && frame.hour !== undefined) {
    // "a quarter to midnight" 23:45, "20 minutes past 3 p.m." 15:20.
    const words = clean(g.offmin).replace(/ minutes?$/, '');
    const minutes = CLOCK_OFFSET_MINUTES[words] ?? Number(parseAmount(words));
    const total = frame.hour * 60 + (frame.minute ?? 0) + CLOCK_OFFSET_SIGNS[clean(g.offdir)] * minutes;
    frame.hour = Math.floor(total / 60) % 24;
    frame.minute = total % 60;
  }
  if (g.hh) { frame.hour = +g.hh; frame.minute = +g.mm; }
  if (g.fiscal || g.fiscal2 || g.fiscal3) frame.fiscal = true;
  // "the 1800s", "the early 1900s": a hundred years, as the press means them; "the 2000s" is the decade.
  if (g.decade && +g.decade % 100 === 0 && +g.decade < 2000) frame.century = +g.decade / 100;
  else if (g.decade) frame.decade = Math.floor(+g.decade / 10);
  if (g.decadeshort) frame.decadeDigit = +g.decadeshort[0];
  if (g.decadew) frame.decadeDigit = DECADE_WORDS[clean(g.decadew)];
  if (g.century) frame.century = +g.century - 1;
  const eraYear = g.erayear ?? g.adyear;
  if (eraYear) frame.year = +eraYear.replace(',', '');
  if (g.era && /^B/i.test(g.era)) frame.beforeChrist = true;
  if (g.centuryw) { const n = parseOrdinal(g.centuryw); if (n) frame.century = n - 1; }
  if (g.season) frame.season = SEASONS[clean(g.season)];
  if (g.quarter) frame.quarter = parseOrdinal(g.quarter) ?? +g.quarter;
  // "the last quarter of 2009": a year's last quarter is its fourth
  if (g.lastquarter) frame.quarter = 4;
  if (g.qendmonth && g.qendday) frame.quarterEnd = { month: MONTHS[clean(g.qendmonth)], day: parseOrdinal(g.qendday)!, ended: clean(g.qendverb ?? '') === 'ended' };
  if (g.half) frame.half = HALVES[`${clean(g.half)} half`];
  if (g.halfn) frame.half = +g.halfn;
  if (g.qmonth) {
    const month = MONTHS[clean(g.qmonth)];
    if (clean(g.qunit) === 'half') { if (month % 6 === 0) frame.half = month / 6; } else frame.quarter = month / 3;
  }
  // ("every other week", "every second Monday": one in two)
  if (g.amount) frame.amount = clean(g.amount) === 'other' || clean(g.amount) === 'second' ? 2 : parseAmount(g.amount);
  if (g.frac) frame.amount = UNIT_FRACTIONS[clean(g.frac).replace('-', ' ')];
  if (match.rule.amount !== undefined && !g.unitp) frame.amount = match.rule.amount;
  // "two and a half years", "two years and a half", "the past year and a half" (a rule's one unit)
  if ((g.andhalf || g.andhalf2 || g.unithalf) && typeof frame.amount === 'number') frame.amount += 0.5;
  // "27 weeks or more", "93 days or less": the length is a bound; "10 days or so" an approximation
  if (g.orbound) frame.mod = /more|longer/i.test(g.orbound) ? 'EQUAL_OR_MORE' : 'EQUAL_OR_LESS';
  if (g.orso) frame.mod = 'APPROX';
  // "two and a quarter hours", "one and three quarters hours", "an hour and a quarter" (not three months)
  const andFraction = g.andfrac ?? g.unitfrac;
  if (andFraction && typeof frame.amount === 'number') frame.amount += UNIT_FRACTIONS[clean(andFraction).replace(/^and /, '').replace('-', ' ')] ?? 0;
  if (g.unit) unitOf(g.unit, frame);
  if (g.nthof) frame.nthOf = true;
  if (g.unit2) {
    const more: Frame = { amount: parseAmount(g.amount2) };
    unitOf(g.unit2, more);
    frame.more = more;
    if (g.unit3) {
      const third: Frame = { amount: parseAmount(g.amount3) };
      unitOf(g.unit3, third);
      more.more = third;
    }
  }
  if (g.unitp) { unitOf(g.unitp, frame); frame.amount = 'X'; }
  if (g.laps ?? g.laps2 ?? g.laps3 ?? g.uh ?? g.um ?? g.us) readRaceTime(frame, g);
  if (g.dir) frame.dir = OFFSET_DIRECTIONS[clean(g.dir)];
  if (g.grain) frame.grain = AGO_GRAINS[clean(g.grain)];
  const sameGrain = g.samegrain ?? g.samegrain2 ?? g.samegrain3 ?? g.samegrainh;
  if (sameGrain) frame.periodGrain = PERIOD_GRAINS[clean(sameGrain)];
  // "year-ago", "year-earlier": back from the period talked about, not from the document date.
  if (match.rule.anaphoric && frame.dir) frame.dir = { ...frame.dir, anaphoric: true, comparison: true };
  else if (match.rule.anaphoric || g.that) frame.anaphoric = true;
  if (g.that && g.part && /same/i.test(g.that)) frame.samePart = true;
  if (g.unitpos) frame.unitPos = 'END';
  if (g.unitmid) frame.unitPos = 'MID';
  // "the quarter ended Sept. 30" is the calendar quarter that date closes; "the year ended March 31" a stretch of a year.
  const endMonth = g.endmonth ?? g.endmonth2 ?? g.endmonth3;
  const endDay = g.endday ?? g.endday2 ?? g.endday3;
  if ((g.ended || g.ended2) && endMonth && frame.unit === 'Q' && !frame.plural) frame.quarter = Math.ceil(MONTHS[clean(endMonth)] / 3);
  else if ((g.ended || g.ended2) && endDay && frame.unit === 'W' && !frame.plural) Object.assign(frame, { month: MONTHS[clean(endMonth)], day: parseOrdinal(endDay), weekOf: true });
  else if ((g.endweekday || g.endweekday2) && frame.unit === 'W' && !frame.plural) Object.assign(frame, { weekday: WEEKDAYS[clean(g.endweekday ?? g.endweekday2)], weekOf: true });
  else if (g.ended || g.ended2 || g.stretchahead !== undefined) frame.durative = true;
  if (g.the) frame.the = true;
  const stretch = g.stretch ?? g.stretch2;
  if (stretch) frame.vague = `PX${STRETCH_LETTERS[clean(stretch)]}`;
  if (g.choicedir) frame.vague = clean(g.choicedir) === 'ago' ? 'PAST_REF' : 'FUTURE_REF';
  if (g.vague) { const v = clean(g.vague); frame.vague = VAGUE_REFERENCES[v] ?? VAGUE_NOMINALS[v] ?? VAGUE_NOT_RECOGNIZED[v] ?? MODAL_FUTURE[v] ?? VAGUE_LENGTHS[v]; }
  if (g.setq || g.freq) frame.every = true;
  // "every fortnight": one of the unit, two weeks (the count of a unit multiplied is read with the unit, "two fortnights")
  if (frame.every && frame.amount === undefined && g.unit && UNIT_MULTIPLIER[clean(g.unit)]) frame.amount = UNIT_MULTIPLIER[clean(g.unit)];
  if (g.setadv) frame.setValue = SET_ADVERBS[clean(g.setadv)];
  if (g.weekends) frame.setValue = 'XXXX-WXX-WE';
  const monthDay = g.monthday ? parseOrdinal(g.monthday) : undefined;
  if (monthDay !== undefined) frame.setValue = `XXXX-XX-${pad(monthDay)}`;
  if (g.openend) frame.mod = OPEN_END_MODS[clean(g.openend)];
}

/** The opening or the closing days or weeks of a period ("first ten days", "final days", "last two weeks"): the mod of their first word. */
const daysOfPosition = (words: string) => (/ (?:days|weeks)$/.test(words) ? DAYS_OF_POSITIONS[words.slice(0, words.indexOf(' '))] : undefined);

/** The mods of a position in a period (START, MID, END). */
const POSITION_MOD_VALUES: ReadonlySet<string> = new Set(Object.values(POSITION_MODS));

/** Adds what the words before a match say: position (mod), qualifier (mod), "the". */
export function readExtension(frame: Frame, ext: Extension): void {
  const g = ext.groups;
  if (g.mod) {
    const word = clean(g.mod).replace(/^(?:the|an?) /, '').replace(/^very /, '').replace(/ of$/, '');
    const half = HALVES[word];
    const mod = POSITION_MODS[word] ?? daysOfPosition(word);
    if (half && frame.year !== undefined && frame.month === undefined) frame.half = half;
    else if (mod && !frame.mod) frame.mod = mod;
    if (word in SEASONS) frame.season = SEASONS[word];
  }
  if (g.partof) frame.part = DAY_PARTS[clean(g.partof).replace(/^the /, '').replace(/ of$/, '')];
  // ("around the middle of the month": the position says more than the approximation, and TIMEX3 keeps one mod)
  const qualified = g.qual ? QUANTIFIER_MODS[clean(g.qual)] : undefined;
  if (qualified && !(qualified === 'APPROX' && frame.mod && POSITION_MOD_VALUES.has(frame.mod))) frame.mod = qualified;
  if (g.the) frame.the = true;
}

/**
 * Whether the hour opening a range of hours is in the half of the day of the one closing it: "3 to 5 p.m.", "12 to 3 p.m.",
 * "9:00 and 9:15 p.m." (not "9 to 5 p.m.", "8 to 12 p.m.").
 */
function sameHalfAsRangeEnd(hour: number, hourTo: number): boolean {
  return hour === 12 || (hourTo !== 12 && hour <= hourTo);
}
