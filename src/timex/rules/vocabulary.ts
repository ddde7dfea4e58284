// Word tables for time expressions: the vocabulary the patterns are built from and the
// resolver reads values from. Keys are lower case; a trailing "." in an abbreviation is optional.
// Number words come from the number lexicon, so both recognizers read "twenty-one" alike.
import { DOZEN_WORDS, ORDINAL_WORDS, SCALE_WORDS, UNIT_WORDS } from '../../lexicon/number-words.js';
import { STATES_NAMED_LIKE_COUNTRIES, US_STATES } from '../../lexicon/us-states.js';
import { HABITUAL_WORDS } from './tense-words.js';

/** Words that name a time only in some uses: never recognized here, but read when another recognizer proposes them. */
export const VAGUE_NOT_RECOGNIZED: Record<string, string> = {
  previously: 'PAST_REF', formerly: 'PAST_REF', once: 'PAST_REF', earlier: 'PAST_REF', future: 'FUTURE_REF', soon: 'FUTURE_REF',
  'this time': 'PRESENT_REF', 'the moment': 'PRESENT_REF', 'at the moment': 'PRESENT_REF',
};

/** Abbreviations that are ordinary words too, so they count only with their full stop or capital. */
export const AMBIGUOUS_ABBREVIATIONS: ReadonlySet<string> = new Set(['mar', 'jan', 'jun', 'jul', 'sat', 'sun', 'wed', 'mon', 'sep', 'dec', 'thu', 'tue', 'fri']);

export const SEASONS: Record<string, string> = { spring: 'SP', summer: 'SU', fall: 'FA', autumn: 'FA', winter: 'WI' };
/** First month of each TIMEX3 season, for "last summer" against the document date. */
export const SEASON_START_MONTH: Record<string, number> = { SP: 3, SU: 6, FA: 9, WI: 12 };

/** Calendar units and their TIMEX3 duration letters; `time` units go after the "T". */
export interface Unit { code: string; time?: boolean; }
export const UNITS: Record<string, Unit> = {
  year: { code: 'Y' }, years: { code: 'Y' }, yr: { code: 'Y' }, yrs: { code: 'Y' },
  month: { code: 'M' }, months: { code: 'M' },
  week: { code: 'W' }, weeks: { code: 'W' }, fortnight: { code: 'W' },
  day: { code: 'D' }, days: { code: 'D' },
  weekend: { code: 'WE' }, weekends: { code: 'WE' },
  quarter: { code: 'Q' }, quarters: { code: 'Q' }, qtr: { code: 'Q' }, qtrs: { code: 'Q' },
  decade: { code: 'DE' }, decades: { code: 'DE' },
  century: { code: 'CE' }, centuries: { code: 'CE' },
  millennium: { code: 'ML' }, millennia: { code: 'ML' },
  hour: { code: 'H', time: true }, hours: { code: 'H', time: true }, hr: { code: 'H', time: true }, hrs: { code: 'H', time: true },
  minute: { code: 'M', time: true }, minutes: { code: 'M', time: true }, min: { code: 'M', time: true }, mins: { code: 'M', time: true },
  second: { code: 'S', time: true }, seconds: { code: 'S', time: true },
  // TIMEX3 has no unit below the second: a thousandth of one is written in seconds ("100 milliseconds" PT0.1S).
  millisecond: { code: 'MS', time: true }, milliseconds: { code: 'MS', time: true },
};
/** Units TIMEX3 writes in years: a decade is P10Y, "a decade ago" ten years back. */
export const YEARS_PER_UNIT: Record<string, number> = { DE: 10, CE: 100, ML: 1000 };
/** An unknown number of them has no number of years: TimeML writes the unit's letter ("centuries" PXC, "decades" PXE). */
export const VAGUE_LONG_UNIT_LETTERS: Record<string, string> = { DE: 'E', CE: 'C', ML: 'L' };
/** "the past decade", "the last century": the stretch up to now, a duration rather than the calendar period before. */
export const PAST_STRETCH_RELATIONS: ReadonlySet<string> = new Set(['past', 'last']);
/** Plural units that do not end in "s". */
export const IRREGULAR_PLURAL_UNITS: ReadonlySet<string> = new Set(['millennia']);
/** Units counted in bigger ones: a fortnight is two weeks. */
export const UNIT_MULTIPLIER: Record<string, number> = { fortnight: 2 };

/** Counts before a unit: the number lexicon's words, and "a week", "a single day", "a couple of days", "half an hour". */
export const NUMBER_WORDS: Record<string, number> = {
  ...UNIT_WORDS, hundred: SCALE_WORDS.hundred, thousand: SCALE_WORDS.thousand, dozen: DOZEN_WORDS.dozen,
  a: 1, an: 1, single: 1, couple: 2, half: 0.5,
};
/** Words that count an unknown amount ("several weeks" → PXW), or a known one a number pattern would misread ("half an hour", "the past half century", "a quarter-century"). */
export const VAGUE_AMOUNTS = ['half a', 'half an', 'half', 'a quarter', 'quarter', 'several', 'a few', 'few', 'many', 'some', 'a number of', 'a matter of', 'a couple of', 'couple of', 'a dozen', 'dozens of', 'hundreds of', 'thousands of'];
/** Of the vague amounts, those that still name a number. */
export const VAGUE_AMOUNT_VALUES: Record<string, number> = { 'half a': 0.5, 'half an': 0.5, 'a half': 0.5, half: 0.5, 'a quarter': 0.25, quarter: 0.25, 'a couple of': 2, 'couple of': 2, 'a dozen': 12 };

/** Fractions of one unit: "a quarter of an hour" (PT15M), "three-quarters of an hour" (PT45M). */
export const UNIT_FRACTIONS: Record<string, number> = { 'a quarter': 0.25, 'one quarter': 0.25, 'three quarters': 0.75, 'three quarter': 0.75, half: 0.5 };

/** Ordinal words up to a month's last day: days ("the fifth of May"), centuries, quarters. */
export const ORDINALS: Record<string, number> = Object.fromEntries(Object.entries(ORDINAL_WORDS).filter(([, n]) => n <= 31));

/** Decade words: "the nineties" → 199 with the century of the document. */
export const DECADE_WORDS: Record<string, number> = {
  twenties: 2, thirties: 3, forties: 4, fifties: 5, sixties: 6, seventies: 7, eighties: 8, nineties: 9,
};

/** Days named relative to the document date. */
export const DAY_ANCHORS: Record<string, number> = {
  today: 0, yesterday: -1, tomorrow: 1, tonight: 0,
  'day before yesterday': -2, 'the day before yesterday': -2, 'day after tomorrow': 2, 'the day after tomorrow': 2,
};

/** "half past nine", "a quarter to noon": minutes counted from an hour. */
export const CLOCK_OFFSET_MINUTES: Record<string, number> = { quarter: 15, 'a quarter': 15, half: 30 };
export const CLOCK_OFFSET_SIGNS: Record<string, number> = { past: 1, after: 1, to: -1, before: -1 };

/** Parts of the day that put a clock hour after noon ("3 in the afternoon"); "night" from 6 on ("11 at night"). */
export const AFTERNOON_PARTS: Record<string, number> = { afternoon: 1, evening: 5, night: 6, tonight: 6 };

/** Midnight as the end of a day ("midnight Friday"): ISO 8601's 24:00. */
export const DAY_END = 'T24:00';
/** Midnight as the start of a day ("after midnight on Tuesday"): ISO 8601's 00:00, where the bare word is the day's end. */
export const DAY_START = 'T00:00';
/** Parts of the day and their TIMEX3 codes ("this morning" → 2019-12-20TMO). */
export const DAY_PARTS: Record<string, string> = {
  morning: 'MO', afternoon: 'AF', 'mid-afternoon': 'AF', 'mid afternoon': 'AF', evening: 'EV', night: 'NI',
  nights: 'NI', overnight: 'NI', tonight: 'NI', midday: 'MI', noon: 'T12:00', midnight: DAY_END,
  // "the early hours of Friday": the hours after midnight, the start of the morning.
  'early hours': 'MO', 'small hours': 'MO', 'wee hours': 'MO',
  // "at dawn", "by nightfall": the edges of the day, in the part they open or close.
  dawn: 'MO', daybreak: 'MO', dusk: 'EV', nightfall: 'EV',
};
/** The same by TIMEX3 code: the hour from which a clock reading without a.m. or p.m. in that part is after noon. */
export const AFTERNOON_PART_CODES: Record<string, number> = Object.fromEntries(Object.entries(AFTERNOON_PARTS).map(([w, h]) => [DAY_PARTS[w], h]));

/** Parts of the day that stand alone, with rules of their own, and take no day or "this" before them. */
export const STANDALONE_DAY_PARTS: ReadonlySet<string> = new Set(['noon', 'midnight', 'midday', 'overnight', 'tonight']);

/** Words that place a date relative to the document date: "last year" -1, "next month" +1. */
/** Of those, the words that name the next period to come, not the one after the DCT's own ("the coming weekend"). */
export const COMING_WORDS: ReadonlySet<string> = new Set(['coming', 'upcoming', 'this coming']);

export const RELATIVE_SHIFTS: Record<string, number> = {
  last: -1, past: -1, previous: -1, preceding: -1, prior: -1, latest: -1, 'this past': -1,
  this: 0, current: 0, present: 0, 'this coming': 1,
  next: 1, coming: 1, following: 1, upcoming: 1,
};
/** Words after a part of the day that place it as these relations do before it: "the evening before" is "the previous evening". */
export const RELATIONS_AFTER_PART: Record<string, string> = { before: 'previous', after: 'following' };
/** Of those, the ones that count from a date in the text after "the": "the following day", "the previous year", "the prior year". */
export const ANAPHORIC_RELATIONS: ReadonlySet<string> = new Set(['following', 'previous', 'preceding', 'prior', 'next']);

/** Words before a duration that place it: "the past five weeks", "the first few days", "the remaining years". */
export const DURATION_RELATIONS = [
  'past', 'last', 'next', 'coming', 'first', 'latest', 'previous', 'final', 'remaining', 'following',
  'initial', 'preceding', 'ensuing', 'subsequent', 'last few', 'next few', 'past few', 'past several', 'next several',
  'first few', 'last several', 'other', 'recent', 'few', 'several', 'early', 'later', 'intervening',
];

/** Position inside a period: TIMEX3 mod. */
export const POSITION_MODS: Record<string, string> = {
  early: 'START', beginning: 'START', start: 'START', 'early part': 'START', dawn: 'START', 'first half': 'START',
  mid: 'MID', middle: 'MID', 'mid-': 'MID',
  late: 'END', end: 'END', close: 'END', 'latter part': 'END', 'second half': 'END', 'last half': 'END', 'later part': 'END',
};

/** The first words of a period's opening or closing days or weeks, and their mod: "the first ten days of October" START. */
export const DAYS_OF_POSITIONS: Record<string, string> = { first: 'START', opening: 'START', last: 'END', final: 'END', closing: 'END' };

/** Halves of a year: "the second half of 1989" → 1989-H2. */
export const HALVES: Record<string, number> = { 'first half': 1, 'second half': 2, 'last half': 2, 'latter half': 2 };

/** Qualifiers that are prepositions too: before "the" they govern the phrase ("optimistic about the next 12 months"). */
export const PREPOSITION_QUALIFIERS: ReadonlySet<string> = new Set(['about']);

/** Words that qualify an amount or a date: TIMEX3 mod. */
export const QUANTIFIER_MODS: Record<string, string> = {
  about: 'APPROX', around: 'APPROX', approximately: 'APPROX', roughly: 'APPROX', some: 'APPROX',
  nearly: 'APPROX', almost: 'APPROX', 'close to': 'APPROX', circa: 'APPROX', 'or so': 'APPROX',
  'just about': 'APPROX', 'more or less': 'APPROX', sometime: 'APPROX',
  'more than': 'MORE_THAN', 'over': 'MORE_THAN', 'upwards of': 'MORE_THAN', 'in excess of': 'MORE_THAN', 'just over': 'MORE_THAN',
  'well over': 'MORE_THAN', 'a little over': 'MORE_THAN', 'a little more than': 'MORE_THAN', 'slightly more than': 'MORE_THAN',
  'less than': 'LESS_THAN', 'under': 'LESS_THAN', 'fewer than': 'LESS_THAN', 'just under': 'LESS_THAN', 'well under': 'LESS_THAN', 'a little under': 'LESS_THAN',
  'a little less than': 'LESS_THAN', 'slightly less than': 'LESS_THAN', 'longer than': 'MORE_THAN', 'shorter than': 'LESS_THAN',
  'at least': 'EQUAL_OR_MORE', 'no less than': 'EQUAL_OR_MORE', 'not less than': 'EQUAL_OR_MORE', 'a minimum of': 'EQUAL_OR_MORE',
  'at most': 'EQUAL_OR_LESS', 'no more than': 'EQUAL_OR_LESS', 'not more than': 'EQUAL_OR_LESS', 'a maximum of': 'EQUAL_OR_LESS', 'no longer than': 'EQUAL_OR_LESS', 'up to': 'EQUAL_OR_LESS', 'as long as': 'EQUAL_OR_LESS',
  'as much as': 'EQUAL_OR_LESS', 'as many as': 'EQUAL_OR_LESS',
};
/**
 * "1994 or later", "1990 and beyond": a date left open on one side (TIMEX3 mod), inside the span.
 * Not "and later", which more often starts a clause of its own ("joined in 1984 and later led it").
 */
export const OPEN_END_MODS: Record<string, string> = {
  'or later': 'ON_OR_AFTER', 'or after': 'ON_OR_AFTER', 'and beyond': 'ON_OR_AFTER',
  'or earlier': 'ON_OR_BEFORE', 'or before': 'ON_OR_BEFORE',
};

export const SPAN_QUALIFIERS = Object.keys(QUANTIFIER_MODS).filter((w) => w !== 'over' && w !== 'under' && w !== 'or so');

/** Directions of an offset from a reference date: "five weeks ago", "a day earlier". */
export const OFFSET_DIRECTIONS: Record<string, { sign: number; anaphoric: boolean; untilNow?: boolean }> = {
  ago: { sign: -1, anaphoric: false }, back: { sign: -1, anaphoric: false }, 'from now': { sign: 1, anaphoric: false }, 'from today': { sign: 1, anaphoric: false }, hence: { sign: 1, anaphoric: false },
  earlier: { sign: -1, anaphoric: true }, before: { sign: -1, anaphoric: true }, previously: { sign: -1, anaphoric: true }, prior: { sign: -1, anaphoric: true },
  later: { sign: 1, anaphoric: true }, after: { sign: 1, anaphoric: true }, afterwards: { sign: 1, anaphoric: true },
  // "Ten years on, the area remains closed": later, as British and wire copy writes it (only before a comma or a full stop);
  // with no date told before it, the time it reaches is the writer's now ("Thirteen years on, Fannie Mae remains").
  on: { sign: 1, anaphoric: true, untilNow: true },
};

/** "the same quarter last year", "the same period a year ago": the grain of the period compared (P: the story's own). */
export const PERIOD_GRAINS: Record<string, string> = { period: 'P', quarter: 'Q', half: 'H', month: 'M', day: 'D' };

/** "30 years ago today", "a year ago this week": the DCT's day, week or month that far back. */
export const AGO_GRAINS: Record<string, string> = { today: 'D', 'this week': 'W', 'this month': 'M' };

/** Words that refer to the present, past or future without a date. */

/** TIMEX3 letters of the units of a vague stretch of time ("recent weeks" PXW, the `stretch` rule). */
export const STRETCH_LETTERS: Record<string, string> = { days: 'D', weeks: 'W', months: 'M', quarters: 'Q', years: 'Y', decades: 'E' };

/** "for a while", "for some time": a stretch of time of no known length or unit (TIMEX3 PXX), after "for" only. */
export const VAGUE_LENGTHS: Record<string, string> = { 'a while': 'PXX', 'quite a while': 'PXX', 'some time': 'PXX', 'quite some time': 'PXX' };

export const VAGUE_REFERENCES: Record<string, string> = {
  now: 'PRESENT_REF', 'right now': 'PRESENT_REF', 'just now': 'PRESENT_REF', currently: 'PRESENT_REF',
  'at present': 'PRESENT_REF', presently: 'PRESENT_REF', nowadays: 'PRESENT_REF', 'these days': 'PRESENT_REF',
  recently: 'PAST_REF', 'more recently': 'PAST_REF', 'most recently': 'PAST_REF',
  // Phrases that name a time to come and nothing else, unlike "the future" alone.
  'the near future': 'FUTURE_REF', 'the distant future': 'FUTURE_REF', 'the near term': 'FUTURE_REF',
  'the short term': 'FUTURE_REF', 'a later date': 'FUTURE_REF', 'as soon as possible': 'FUTURE_REF',
  // "in the future", "well into the future"; not "the future designation" (an adjective, see recognize.ts).
  'the future': 'FUTURE_REF',
};

/**
 * Vague references that TimeML marks but OntoNotes-style DATE annotation (the seed gold) does
 * not: adjectives and nouns such as "recent", "the past", "the future". Recognized at low confidence.
 */
export const VAGUE_NOMINALS: Record<string, string> = {
  current: 'PRESENT_REF', 'the present': 'PRESENT_REF',
  recent: 'PAST_REF', lately: 'PAST_REF', 'the past': 'PAST_REF', 'the recent past': 'PAST_REF',
  'the long term': 'FUTURE_REF', 'later date': 'FUTURE_REF',
};

/**
 * Holidays and named days: a fixed day; the nth weekday of a month counted from day `from`
 * (nth -1 = the last; Election Day is the first Tuesday from November 2, i.e. after the first
 * Monday); or a day counted from Easter Sunday (computed for each year). `part`: a part of that
 * day ("Election Night").
 */
/**
 * A day of the Hebrew calendar (month from Nisan = 1, day); `moves`: the days it moves when it falls on
 * a given ISO weekday (Tisha B'Av on a Saturday is kept on the Sunday; Israel moves its days of
 * remembrance off the eve and the end of the Sabbath).
 */
export interface HebrewDay { month: number; day: number; moves?: Readonly<Record<number, number>> }

export interface Holiday {
  month?: number; day?: number; weekday?: number; nth?: number; from?: number; easter?: number; part?: string;
  /** A day looked up by year in DAYS_BY_YEAR, `shift` days on ("Chinese New Year's Eve": -1). */
  byYear?: { table: string; shift?: number };
  /** `easter` counts from the Orthodox Easter (the Julian calendar's), not the Western one. */
  orthodox?: boolean;
  /** A day of the Hebrew calendar (month from Nisan = 1, day), computed for each year ("Yom Kippur": Tishri 10). */
  hebrew?: HebrewDay;
  /** A day of the Islamic calendar (month from Muharram = 1, day), computed for each year ("Eid al-Fitr": Shawwal 1). */
  hijri?: { month: number; day: number };
  /** Days of the Islamic calendar one name may mean ("Eid": al-Fitr or al-Adha): the one nearest the publication date. */
  hijriNearest?: readonly { month: number; day: number }[];
  /** A day a rule of `src/timex/calendar.ts` computes for each year (COMPUTED_DAYS: "diwali"). */
  computed?: string;
  /** A U.S. day whose lower-case name other countries' stories use for their own ("election day"). */
  us?: boolean;
  /** Each nation keeps its own (INDEPENDENCE_DAYS): the day given is the United States'. */
  byNation?: boolean;
}

/**
 * Days a table gives by Gregorian year, as month and day, where no rule computes them: the Chinese
 * New Year (the second new moon after the winter solstice, in Beijing) from 1970 to 2035; Super
 * Tuesday (the day most U.S. states hold presidential primaries, in election years only), 1988 to
 * 2024. Years outside a table give the year only; a year without an entry takes the nearest that has one.
 */
export const DAYS_BY_YEAR: Record<string, Record<number, readonly [number, number]>> = {
  'chinese new year': {
    1970: [2, 6], 1971: [1, 27], 1972: [2, 15], 1973: [2, 3], 1974: [1, 23], 1975: [2, 11], 1976: [1, 31], 1977: [2, 18], 1978: [2, 7], 1979: [1, 28],
    1980: [2, 16], 1981: [2, 5], 1982: [1, 25], 1983: [2, 13], 1984: [2, 2], 1985: [2, 20], 1986: [2, 9], 1987: [1, 29], 1988: [2, 17], 1989: [2, 6],
    1990: [1, 27], 1991: [2, 15], 1992: [2, 4], 1993: [1, 23], 1994: [2, 10], 1995: [1, 31], 1996: [2, 19], 1997: [2, 7], 1998: [1, 28], 1999: [2, 16],
    2000: [2, 5], 2001: [1, 24], 2002: [2, 12], 2003: [2, 1], 2004: [1, 22], 2005: [2, 9], 2006: [1, 29], 2007: [2, 18], 2008: [2, 7], 2009: [1, 26],
    2010: [2, 14], 2011: [2, 3], 2012: [1, 23], 2013: [2, 10], 2014: [1, 31], 2015: [2, 19], 2016: [2, 8], 2017: [1, 28], 2018: [2, 16], 2019: [2, 5],
    2020: [1, 25], 2021: [2, 12], 2022: [2, 1], 2023: [1, 22], 2024: [2, 10], 2025: [1, 29], 2026: [2, 17], 2027: [2, 6], 2028: [1, 26], 2029: [2, 13],
    2030: [2, 3], 2031: [1, 23], 2032: [2, 11], 2033: [1, 31], 2034: [2, 19], 2035: [2, 8],
  },
  'super tuesday': {
    1988: [3, 8], 1992: [3, 10], 1996: [3, 12], 2000: [3, 7], 2004: [3, 2], 2008: [2, 5], 2012: [3, 6], 2016: [3, 1], 2020: [3, 3], 2024: [3, 5],
  },
};
/** Israel's Independence Day, Iyar 5, moved off Friday and Saturday, and off Monday (see HOLIDAYS). */
const YOM_HAATZMAUT: HebrewDay = { month: 2, day: 5, moves: { 5: -1, 6: -2, 1: 1 } };

/**
 * The independence days of nations, by the country's name or its people's adjective written before "Independence Day"
 * ("Indonesia's 79th Independence Day", "Mexican Independence Day"): [month, day]. The holiday's own entry below is the
 * United States' July 4, which a nation not listed keeps.
 */
export const INDEPENDENCE_DAYS: Record<string, readonly [number, number] | HebrewDay> = {
  india: [8, 15], indian: [8, 15], pakistan: [8, 14], pakistani: [8, 14], indonesia: [8, 17], indonesian: [8, 17],
  bangladesh: [3, 26], bangladeshi: [3, 26], 'sri lanka': [2, 4], 'sri lankan': [2, 4], philippines: [6, 12], philippine: [6, 12],
  malaysia: [8, 31], malaysian: [8, 31], vietnam: [9, 2], vietnamese: [9, 2], myanmar: [1, 4], mexico: [9, 16], mexican: [9, 16],
  brazil: [9, 7], brazilian: [9, 7], argentina: [7, 9], argentine: [7, 9], chile: [9, 18], chilean: [9, 18], colombia: [7, 20],
  colombian: [7, 20], peru: [7, 28], peruvian: [7, 28], venezuela: [7, 5], venezuelan: [7, 5], ecuador: [8, 10], bolivia: [8, 6],
  uruguay: [8, 25], nigeria: [10, 1], nigerian: [10, 1], ghana: [3, 6], ghanaian: [3, 6], kenya: [12, 12], kenyan: [12, 12],
  tanzania: [12, 9], uganda: [10, 9], zimbabwe: [4, 18], zambia: [10, 24], namibia: [3, 21], mozambique: [6, 25], angola: [11, 11],
  algeria: [7, 5], algerian: [7, 5], morocco: [11, 18], tunisia: [3, 20], 'south sudan': [7, 9], senegal: [4, 4],
  ukraine: [8, 24], ukrainian: [8, 24], finland: [12, 6], finnish: [12, 6], poland: [11, 11], polish: [11, 11], estonia: [2, 24],
  lithuania: [2, 16], latvia: [11, 18], belarus: [7, 3], kazakhstan: [12, 16], armenia: [9, 21], georgia: [5, 26], cyprus: [10, 1],
  malta: [9, 21], jamaica: [8, 6], haiti: [1, 1],
  // Israel's is Yom Ha'atzmaut's day of the Hebrew calendar (below).
  israel: YOM_HAATZMAUT, israeli: YOM_HAATZMAUT,
};

export const HOLIDAYS: Record<string, Holiday> = {
  "new year's day": { month: 1, day: 1 }, "new year's eve": { month: 12, day: 31 }, "new year's": { month: 1, day: 1 },
  // "until the New Year" (in capitals: "the new year" is the year, a rule of its own).
  'new year': { month: 1, day: 1 },
  'christmas': { month: 12, day: 25 }, 'christmas day': { month: 12, day: 25 }, 'christmas eve': { month: 12, day: 24 },
  "valentine's day": { month: 2, day: 14 }, 'halloween': { month: 10, day: 31 }, 'bastille day': { month: 7, day: 14 },
  'independence day': { month: 7, day: 4, byNation: true }, 'the fourth of july': { month: 7, day: 4 }, 'veterans day': { month: 11, day: 11 },
  'armistice day': { month: 11, day: 11 }, 'remembrance day': { month: 11, day: 11 }, 'boxing day': { month: 12, day: 26 },
  'may day': { month: 5, day: 1 }, "st. patrick's day": { month: 3, day: 17 }, "saint patrick's day": { month: 3, day: 17 },
  'inauguration day': { month: 1, day: 20 }, 'earth day': { month: 4, day: 22 }, 'flag day': { month: 6, day: 14 },
  'juneteenth': { month: 6, day: 19 }, 'canada day': { month: 7, day: 1 }, 'australia day': { month: 1, day: 26 },
  'labor day': { month: 9, weekday: 1, nth: 1 }, 'thanksgiving': { month: 11, weekday: 4, nth: 4 },
  'thanksgiving day': { month: 11, weekday: 4, nth: 4 }, 'memorial day': { month: 5, weekday: 1, nth: -1 },
  'martin luther king day': { month: 1, weekday: 1, nth: 3 }, "presidents' day": { month: 2, weekday: 1, nth: 3 },
  'columbus day': { month: 10, weekday: 1, nth: 2 }, "mother's day": { month: 5, weekday: 7, nth: 2 },
  "father's day": { month: 6, weekday: 7, nth: 3 }, "patriots' day": { month: 4, weekday: 1, nth: 3 }, "patriots day": { month: 4, weekday: 1, nth: 3 }, 'election day': { month: 11, weekday: 2, nth: 1, from: 2, us: true },
  'election night': { month: 11, weekday: 2, nth: 1, from: 2, part: 'NI', us: true },
  // The Friday and Monday after Thanksgiving: the 4th Friday from November 2, the 4th Monday from November 5.
  'black friday': { month: 11, weekday: 5, nth: 4, from: 2 }, 'cyber monday': { month: 11, weekday: 1, nth: 4, from: 5 },
  'remembrance sunday': { month: 11, weekday: 7, nth: 2 },
  // Mexico's Day of the Dead (its second day, All Souls'), All Saints' Day, Bonfire Night, Anzac Day.
  'day of the dead': { month: 11, day: 2 }, "all souls' day": { month: 11, day: 2 }, "all saints' day": { month: 11, day: 1 },
  'guy fawkes night': { month: 11, day: 5 }, 'bonfire night': { month: 11, day: 5 }, 'anzac day': { month: 4, day: 25 },
  // Thailand's New Year (its first day), Germany's reunification day, Japan's Showa Day ("Golden Week" is Japan's in spring
  // and China's in October: no one day).
  'songkran': { month: 4, day: 13 }, 'german unity day': { month: 10, day: 3 }, 'day of german unity': { month: 10, day: 3 },
  'showa day': { month: 4, day: 29 }, 'thai new year': { month: 4, day: 13 },
  // Japan's other days of Golden Week (not "Children's Day", whose day differs by country), and England's bank holidays
  // of late May and late August.
  'constitution memorial day': { month: 5, day: 3 }, 'greenery day': { month: 5, day: 4 },
  'spring bank holiday': { month: 5, weekday: 1, nth: -1 }, 'august bank holiday': { month: 8, weekday: 1, nth: -1 },
  'summer bank holiday': { month: 8, weekday: 1, nth: -1 }, 'late summer bank holiday': { month: 8, weekday: 1, nth: -1 },
  // Kenya's national days (Madaraka: self-rule, Mashujaa: heroes, Jamhuri: the republic) and India's Gandhi Jayanti.
  'madaraka day': { month: 6, day: 1 }, 'mashujaa day': { month: 10, day: 20 }, 'jamhuri day': { month: 12, day: 12 }, 'gandhi jayanti': { month: 10, day: 2 },
  'easter': { easter: 0 }, 'easter sunday': { easter: 0 }, 'easter monday': { easter: 1 }, 'good friday': { easter: -2 },
  'holy saturday': { easter: -1 }, 'maundy thursday': { easter: -3 }, 'holy thursday': { easter: -3 }, 'palm sunday': { easter: -7 },
  'ash wednesday': { easter: -46 }, 'shrove tuesday': { easter: -47 }, 'mardi gras': { easter: -47 },
  'ascension day': { easter: 39 }, 'pentecost': { easter: 49 }, 'whit monday': { easter: 50 },
  // Other spellings of the same days.
  'new years eve': { month: 12, day: 31 }, 'new years day': { month: 1, day: 1 }, 'xmas': { month: 12, day: 25 },
  'valentines day': { month: 2, day: 14 }, "st patrick's day": { month: 3, day: 17 }, "st. paddy's day": { month: 3, day: 17 },
  "st paddy's day": { month: 3, day: 17 }, "veterans' day": { month: 11, day: 11 },
  'martin luther king jr. day': { month: 1, weekday: 1, nth: 3 }, 'martin luther king, jr. day': { month: 1, weekday: 1, nth: 3 },
  'mlk day': { month: 1, weekday: 1, nth: 3 }, "martin luther king's day": { month: 1, weekday: 1, nth: 3 }, 'martin luther kings day': { month: 1, weekday: 1, nth: 3 }, 'presidents day': { month: 2, weekday: 1, nth: 3 }, "president's day": { month: 2, weekday: 1, nth: 3 },
  "washington's birthday": { month: 2, weekday: 1, nth: 3 }, 'valentine day': { month: 2, day: 14 },
  'saint patricks day': { month: 3, day: 17 }, "saint paddy's day": { month: 3, day: 17 }, 'st patricks day': { month: 3, day: 17 },
  'whit sunday': { easter: 49 }, 'whitsun': { easter: 49 }, 'trinity sunday': { easter: 56 },
  // The Chinese New Year, the first day of the Spring Festival.
  'chinese new year': { byYear: { table: 'chinese new year' } }, 'chinese new years': { byYear: { table: 'chinese new year' } }, "chinese new year's day": { byYear: { table: 'chinese new year' } },
  'lunar new year': { byYear: { table: 'chinese new year' } }, "lunar new year's day": { byYear: { table: 'chinese new year' } },
  'chinese lunar new year': { byYear: { table: 'chinese new year' } }, "chinese lunar new year's day": { byYear: { table: 'chinese new year' } }, 'spring festival': { byYear: { table: 'chinese new year' } },
  "chinese new year's eve": { byYear: { table: 'chinese new year', shift: -1 } }, "lunar new year's eve": { byYear: { table: 'chinese new year', shift: -1 } },
  // Jewish holidays, their first day (each begins at sundown the evening before).
  'rosh hashanah': { hebrew: { month: 7, day: 1 } }, 'rosh hashana': { hebrew: { month: 7, day: 1 } }, 'yom kippur': { hebrew: { month: 7, day: 10 } },
  'sukkot': { hebrew: { month: 7, day: 15 } }, 'hanukkah': { hebrew: { month: 9, day: 25 } }, 'chanukah': { hebrew: { month: 9, day: 25 } },
  'hanukah': { hebrew: { month: 9, day: 25 } }, 'purim': { hebrew: { month: 12, day: 14 } }, 'passover': { hebrew: { month: 1, day: 15 } },
  'pesach': { hebrew: { month: 1, day: 15 } }, 'shavuot': { hebrew: { month: 3, day: 6 } },
  'shemini atzeret': { hebrew: { month: 7, day: 22 } }, 'simchat torah': { hebrew: { month: 7, day: 23 } }, 'simhat torah': { hebrew: { month: 7, day: 23 } },
  'tu bishvat': { hebrew: { month: 11, day: 15 } }, "tu b'shevat": { hebrew: { month: 11, day: 15 } }, 'shushan purim': { hebrew: { month: 12, day: 15 } },
  "lag b'omer": { hebrew: { month: 2, day: 18 } }, 'lag baomer': { hebrew: { month: 2, day: 18 } }, "lag ba'omer": { hebrew: { month: 2, day: 18 } },
  "tisha b'av": { hebrew: { month: 5, day: 9, moves: { 6: 1 } } }, 'tisha bav': { hebrew: { month: 5, day: 9, moves: { 6: 1 } } },
  // Israel's Holocaust Remembrance Day and Independence Day (Nisan 27, Iyar 5; not "Holocaust Remembrance Day", also the UN's
  // of Jan. 27), moved off Friday, Saturday and Sunday
  // (Independence Day off Monday too, so that the day of remembrance before it does not follow the Sabbath).
  'yom hashoah': { hebrew: { month: 1, day: 27, moves: { 5: -1, 7: 1 } } },
  'yom haatzmaut': { hebrew: YOM_HAATZMAUT }, "yom ha'atzmaut": { hebrew: YOM_HAATZMAUT },
  // Islamic holidays: Eid al-Fitr ends Ramadan, Eid al-Adha falls in the month of the pilgrimage.
  'eid al-fitr': { hijri: { month: 10, day: 1 } }, 'eid al fitr': { hijri: { month: 10, day: 1 } }, 'eid ul-fitr': { hijri: { month: 10, day: 1 } },
  'eid-ul-fitr': { hijri: { month: 10, day: 1 } }, 'id al-fitr': { hijri: { month: 10, day: 1 } }, 'eid al-adha': { hijri: { month: 12, day: 10 } },
  'eid al adha': { hijri: { month: 12, day: 10 } }, 'eid ul-adha': { hijri: { month: 12, day: 10 } }, 'eid-ul-adha': { hijri: { month: 12, day: 10 } },
  'id al-adha': { hijri: { month: 12, day: 10 } }, 'id ul-adha': { hijri: { month: 12, day: 10 } }, 'islamic new year': { hijri: { month: 1, day: 1 } },
  'hijri new year': { hijri: { month: 1, day: 1 } }, 'ashura': { hijri: { month: 1, day: 10 } }, 'day of ashura': { hijri: { month: 1, day: 10 } },
  // The fasting month, given its first day as the other holidays of several days (Hanukkah, Passover).
  'ramadan': { hijri: { month: 9, day: 1 } }, 'ramazan': { hijri: { month: 9, day: 1 } },
  'diwali': { computed: 'diwali' }, 'deepavali': { computed: 'diwali' }, 'divali': { computed: 'diwali' },
  'dhanteras': { computed: 'dhanteras' }, 'choti diwali': { computed: 'choti diwali' }, 'chhoti diwali': { computed: 'choti diwali' },
  'kali chaudas': { computed: 'choti diwali' }, 'naraka chaturdashi': { computed: 'choti diwali' }, 'govardhan puja': { computed: 'govardhan puja' },
  'bhai dooj': { computed: 'bhai dooj' }, 'bhaiya dooj': { computed: 'bhai dooj' }, 'bhau beej': { computed: 'bhai dooj' },
  'chhath': { computed: 'chhath' }, 'chhath puja': { computed: 'chhath' }, 'dala puja': { computed: 'chhath' },
  'mawlid': { hijri: { month: 3, day: 12 } }, 'mawlid al-nabi': { hijri: { month: 3, day: 12 } }, 'mawlid al-nabawi': { hijri: { month: 3, day: 12 } },
  'laylat al-qadr': { hijri: { month: 9, day: 27 } }, 'laylat al qadr': { hijri: { month: 9, day: 27 } }, 'laylat al kadr': { hijri: { month: 9, day: 27 } },
  'laylat al-kadr': { hijri: { month: 9, day: 27 } }, 'night of measures': { hijri: { month: 9, day: 27 } }, 'night of decree': { hijri: { month: 9, day: 27 } },
  'amun jadid': { hijri: { month: 1, day: 1 } }, "the prophet's ascension": { hijri: { month: 7, day: 27 } }, 'the night journey': { hijri: { month: 7, day: 27 } }, 'night of power': { hijri: { month: 9, day: 27 } }, "isra and mi'raj": { hijri: { month: 7, day: 27 } },
  'feast of the sacrifice': { hijri: { month: 12, day: 10 } }, 'sacrifice feast': { hijri: { month: 12, day: 10 } }, 'bakr id': { hijri: { month: 12, day: 10 } },
  'bakrid': { hijri: { month: 12, day: 10 } }, 'bakri id': { hijri: { month: 12, day: 10 } }, 'bakri eid': { hijri: { month: 12, day: 10 } },
  'bakra eid': { hijri: { month: 12, day: 10 } }, 'eid ul-azha': { hijri: { month: 12, day: 10 } }, 'eid-ul-azha': { hijri: { month: 12, day: 10 } },
  // "Eid" alone names either feast: a story tells of the one at hand, the nearest to its publication date.
  'eid': { hijriNearest: [{ month: 10, day: 1 }, { month: 12, day: 10 }] },
  // Days of the Chinese lunisolar calendar (`chineseDay` in src/timex/calendar.ts); the Lantern Festival closes the
  // New Year's fortnight, Qingming is a solar term (the Sun at 15 degrees, about April 5).
  'mid-autumn festival': { computed: 'mid-autumn' }, 'mid autumn festival': { computed: 'mid-autumn' }, 'moon festival': { computed: 'mid-autumn' },
  'mooncake festival': { computed: 'mid-autumn' }, 'chuseok': { computed: 'mid-autumn' }, 'dragon boat festival': { computed: 'dragon boat' }, 'duanwu festival': { computed: 'dragon boat' },
  'double ninth festival': { computed: 'double ninth' }, 'chung yeung festival': { computed: 'double ninth' },
  'lantern festival': { byYear: { table: 'chinese new year', shift: 14 } }, 'qingming festival': { computed: 'qingming' },
  'qingming': { computed: 'qingming' },
  // Days of the sidereal Sun in India (`siderealIngressDay`): Makar Sankranti (Pongal, Maghi) as it enters Capricorn,
  // Vaisakhi as it enters Aries.
  'makar sankranti': { computed: 'makar sankranti' }, 'makara sankranti': { computed: 'makar sankranti' }, 'makara sankranthi': { computed: 'makar sankranti' },
  'pongal': { computed: 'makar sankranti' }, 'thai pongal': { computed: 'makar sankranti' }, 'maghi': { computed: 'makar sankranti' },
  'bhogi': { computed: 'bhogi' }, 'bogi pandigai': { computed: 'bhogi' }, 'bhogi pandigai': { computed: 'bhogi' },
  'mattu pongal': { computed: 'mattu pongal' }, 'maattu pongal': { computed: 'mattu pongal' }, 'kaanum pongal': { computed: 'kaanum pongal' },
  'kanni pongal': { computed: 'kaanum pongal' }, 'vaisakhi': { computed: 'vaisakhi' }, 'baisakhi': { computed: 'vaisakhi' }, 'vaishakhi': { computed: 'vaisakhi' }, 'tomb-sweeping day': { computed: 'qingming' }, 'tomb sweeping day': { computed: 'qingming' },
  'pancake day': { easter: -47 }, 'the ides of march': { month: 3, day: 15 }, 'holy monday': { easter: -6 }, 'easter saturday': { easter: -1 },
  // Days of the Orthodox churches: Easter by the Julian calendar, Christmas on the Julian December 25.
  'orthodox easter': { easter: 0, orthodox: true }, 'orthodox easter sunday': { easter: 0, orthodox: true }, 'orthodox good friday': { easter: -2, orthodox: true },
  'clean monday': { easter: -48, orthodox: true }, 'lazarus saturday': { easter: -8, orthodox: true }, 'orthodox christmas': { month: 1, day: 7 },
  // U.S. days named in the news, and spellings without the apostrophe.
  'super tuesday': { byYear: { table: 'super tuesday' } }, "mothers day": { month: 5, weekday: 7, nth: 2 }, "mothers' day": { month: 5, weekday: 7, nth: 2 },
  "fathers day": { month: 6, weekday: 7, nth: 3 }, "fathers' day": { month: 6, weekday: 7, nth: 3 }, "veteran's day": { month: 11, day: 11 }, 'veteran day': { month: 11, day: 11 },
  'president day': { month: 2, weekday: 1, nth: 3 },
  'decoration day': { month: 5, weekday: 1, nth: -1 }, 'groundhog day': { month: 2, day: 2 }, "groundhog's day": { month: 2, day: 2 }, 'groundhogs day': { month: 2, day: 2 },
  "lincoln's birthday": { month: 2, day: 12 }, "abraham lincoln's birthday": { month: 2, day: 12 }, 'law day': { month: 5, day: 1 }, 'loyalty day': { month: 5, day: 1 },
};

/** Holiday names that are other words in lower case ("may day"); the rest count in lower case too. */
/**
 * Words that place a sentence in the United States, where "election day" in lower case is the U.S.
 * Election Day; elsewhere it is the day of the election the story told ("Taiwan votes on March 18").
 */
export const US_PLACES = new RegExp(`(?:U\\.S\\.|\\b(?:${[
  'United States', 'America', 'Americans?', ...US_STATES.filter((state) => !STATES_NAMED_LIKE_COUNTRIES.has(state)),
].join('|')})\\b)`, 'i');
/** Words of a sentence that tells the day of an election, which a lower-case "election day" later refers to. */
export const ELECTION_WORDS = /\b(?:elections?|vote|voting|polls|ballot)\b/i;
export const LOWERCASE_UNSAFE_HOLIDAYS: ReadonlySet<string> = new Set(['may day', 'easter', 'pentecost', 'flag day', 'spring festival', 'lantern festival', 'moon festival', 'eid']);

/** Frequencies: "every year", "daily" → TIMEX3 SET values. */
export const SET_ADVERBS: Record<string, string> = {
  daily: 'P1D', weekly: 'P1W', monthly: 'P1M', yearly: 'P1Y', annually: 'P1Y', hourly: 'PT1H', quarterly: 'P3M',
  nightly: 'XXXX-XX-XXTNI', biweekly: 'P2W', 'bi-weekly': 'P2W', fortnightly: 'P2W', semiannually: 'P6M', 'semi-annually': 'P6M',
};

/** The zones wires give markets' and the world's times in: a clock time in one, a paragraph after a day, is the story's. */
export const UNIVERSAL_ZONES = ['GMT', 'UTC', 'UT', 'Universal Time', 'Coordinated Universal Time', 'Greenwich Mean Time'];
/**
 * Time zones after a clock time: kept in the span, not in the value. Astronomers' "UT" among them; not a city's ("7 a.m.
 * London time"), whose name is a place's mention, as CoNLL marks it.
 */
export const TIME_ZONES = [
  'EST', 'EDT', 'CST', 'CDT', 'MST', 'MDT', 'PST', 'PDT', 'AKST', 'AKDT', 'HST', 'BST', 'CET', 'CEST', 'EET', 'EEST', 'WET', 'MSK',
  'IST', 'PKT', 'JST', 'KST', 'HKT', 'SGT', 'WIB', 'AEST', 'AEDT', 'NZST', 'NZDT', 'local time', 'Eastern time', 'Pacific time', 'Central time', 'Mountain time', 'ET', 'PT', 'CT',
  'Eastern Standard Time', 'Eastern Daylight Time', 'Central Standard Time', 'Central Daylight Time', 'Mountain Standard Time',
  'Mountain Daylight Time', 'Pacific Standard Time', 'Pacific Daylight Time', 'British Summer Time', 'Central European Time',
  'Central European Summer Time', 'Eastern European Time', 'Western European Time', 'Atlantic time', 'Atlantic Standard Time',
  'AWST', 'ACST', 'WAT', 'SAST', 'ICT', 'PHT', 'MYT',
  ...UNIVERSAL_ZONES,
];

/**
 * US zones written without "time" after a clock time ("7 p.m. Eastern"): zones only where a stop, a comma or a
 * preposition follows (not "at 10 a.m. central London").
 */
export const BARE_TIME_ZONES = ['Eastern', 'Pacific', 'Central', 'Mountain'];

/** "Islam will one day be...", "hopes to someday return": after a modal or "to", a day to come, not a length. */
export const MODAL_FUTURE: Record<string, string> = { 'one day': 'FUTURE_REF', someday: 'FUTURE_REF', 'some day': 'FUTURE_REF' };
export const MODALS_BEFORE_FUTURE = ['will', "'ll", 'would', 'could', 'may', 'might', 'can', 'shall', 'should', 'must', 'to'];

/**
 * "will last three days", "expected to last", "did not last", "usually last": "last" after these is the verb, not a
 * relation.
 */
export const LAST_AS_VERB_AFTER = [...MODALS_BEFORE_FUTURE, 'not', "n't", 'did', 'does', 'do', ...HABITUAL_WORDS, 'still', 'only', 'each', 'all'];

/** Words of four letters or more in -s that are no plural subject before "last" ("this last week", "perhaps last"). */
export const NOT_PLURALS_IN_S = ['this', 'thus', 'plus', 'perhaps', 'whereas', 'towards', 'besides', 'always', 'sometimes'];
