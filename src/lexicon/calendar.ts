// Month and weekday names, read by both recognizers: the time rules take their values from
// them, and the number recognizer leaves a number next to one to the time rules ("May 5").
// Keys are lower case; a trailing "." in an abbreviation is optional.

export const MONTHS: Record<string, number> = {
  january: 1, jan: 1, february: 2, feb: 2, march: 3, mar: 3, april: 4, apr: 4, may: 5, june: 6, jun: 6,
  july: 7, jul: 7, august: 8, aug: 8, september: 9, sept: 9, sep: 9, october: 10, oct: 10,
  november: 11, nov: 11, december: 12, dec: 12,
};

/** Month names that are common words too ("may", "march", "august"): in lower case they name a month only beside a day or year. */
export const AMBIGUOUS_MONTHS: ReadonlySet<string> = new Set(['may', 'march', 'august']);

/** The oldest year a bare number of four digits may be. */
export const OLDEST_YEAR = 1000;
/** Bare numbers of four digits from this year on may be years wherever they stand; older ones only after OLD_YEAR_BEFORE. */
export const YEARS_ANYWHERE_FROM = 1600;
/** Bare numbers of four digits up to this year may be years wherever they stand; later ones (to 2199) only after FAR_YEAR_BEFORE. */
export const YEARS_ANYWHERE_UNTIL = 2100;
/** The words after which a bare number after YEARS_ANYWHERE_UNTIL, before no noun, is a year ("warm by 2.4 C by 2150", "not until 2126"). */
export const FAR_YEAR_BEFORE: ReadonlySet<string> = new Set(['in', 'by', 'until', 'till', 'before', 'after', 'between', 'and', 'from', 'around']);
/**
 * The words after which a bare number older than YEARS_ANYWHERE_FROM, before no noun, is a year ("built in 1483",
 * "between 1483 and 1485"; not "and 1200 tanks"): fewer than for later years, as such numbers count things more often.
 * Both recognizers read them, so that a number neither takes is none they both leave.
 */
export const OLD_YEAR_BEFORE: ReadonlySet<string> = new Set(['in', 'since', 'until', 'till', 'from', 'before', 'after', 'between', 'and', 'circa', 'around']);

/** Eras written after a year or a century ("246 BC", "79 AD", "the third century BCE"), and "AD" before one ("AD 122"); in capitals only. */
export const ERAS: readonly string[] = ['BCE', 'BC', 'B.C.E.', 'B.C.', 'AD', 'A.D.', 'CE', 'C.E.'];

/** ISO weekday numbers, Monday = 1. */
export const WEEKDAYS: Record<string, number> = {
  monday: 1, mon: 1, tuesday: 2, tues: 2, tue: 2, wednesday: 3, wed: 3, thursday: 4, thurs: 4, thu: 4,
  friday: 5, fri: 5, saturday: 6, sat: 6, sunday: 7, sun: 7,
};

/** The weekdays' names and abbreviations as one alternation of a regular expression: "monday|mon|tuesday|...". */
export const WEEKDAY_ALTERNATION = Object.keys(WEEKDAYS).join('|');
/** The months' names and abbreviations the same way, their full stops escaped: "january|jan\\.|...". */
export const MONTH_ALTERNATION = Object.keys(MONTHS).map((k) => k.replace(/\./g, '\\.')).join('|');

/** Whether a word names a month or weekday of `table` ("Sept.", "JUL", "Friday"). */
export function isCalendarWord(table: Record<string, number>, word: string): boolean {
  return Object.hasOwn(table, word.toLowerCase().replace(/\.$/, ''));
}

/** Whether `word` abbreviates a longer name of the same month or weekday in `table` ("Sept" for September). */
export function isAbbreviation(table: Record<string, number>, word: string): boolean {
  return Object.keys(table).some((k) => table[k] === table[word] && k.length > word.length);
}
