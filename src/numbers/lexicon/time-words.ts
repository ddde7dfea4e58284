// Words that turn an adjacent number into part of a DATE or TIME, which the timex recognizer claims.
// Month and weekday names come from the shared calendar lexicon.
import { isAbbreviation, MONTHS as MONTH_NUMBERS, WEEKDAYS as WEEKDAY_NUMBERS } from '../../lexicon/calendar.js';

/**
 * A count of these is a duration ("five weeks", "40 years"), unless it gives an age (AGE_AFTER_UNIT: "25 years old", "two
 * 2-year-olds"). Seasons are not among them: the time rules read no length in "five seasons" or "three summers", which
 * count them.
 */
export const TIME_UNITS: ReadonlySet<string> = new Set([
  'year', 'years', 'yr', 'yrs', 'month', 'months', 'week', 'weeks', 'day', 'days', 'decade',
  'decades', 'century', 'centuries', 'millennium', 'millennia', 'hour', 'hours', 'hr', 'hrs',
  'minute', 'minutes', 'min', 'mins', 'second', 'seconds', 'sec', 'secs', 'millisecond', 'milliseconds', 'h', 'night', 'nights',
  'fortnight', 'fortnights', 'weekend', 'weekends', 'quarter', 'quarters',
  'morning', 'afternoon', 'evening', 'half', 'halves',
]);
/** Seasons, a part of which a fraction before them is ("half the season"), where a count of them counts them. */
export const SEASON_WORDS: ReadonlySet<string> = new Set(['season', 'seasons', 'summer', 'summers', 'winter', 'winters', 'autumn', 'autumns']);

/**
 * Nouns of a stretch of time that a hyphened length before them still measures, so an ordinal before both is part
 * of the date ("the first six-month period"); before any other noun it ranks the noun ("a second four-year term").
 */
export const STRETCH_NOUNS: ReadonlySet<string> = new Set(['period', 'periods', 'stretch', 'spell', 'span', 'window', 'interval', 'stint']);

/** Month names and abbreviations, with and without the abbreviation's full stop ("Sept." is one token). */
export const MONTHS: ReadonlySet<string> = new Set(Object.keys(MONTH_NUMBERS)
  .flatMap((w) => (isAbbreviation(MONTH_NUMBERS, w) ? [w, `${w}.`] : [w])));

/** Weekday names written in full. */
export const WEEKDAYS: ReadonlySet<string> = new Set(Object.keys(WEEKDAY_NUMBERS).filter((w) => !isAbbreviation(WEEKDAY_NUMBERS, w)));

/**
 * After a count of a time unit, this makes it an age ("25 years old", "a 3-year-old", "a six-month-old
 * puppy"): a property of a thing, which TimeML leaves unannotated and the timex recognizer leaves out,
 * so the count stays a CARDINAL instead of vanishing inside a DATE that is never made.
 */
export const AGE_AFTER_UNIT: ReadonlySet<string> = new Set(['old', 'olds']);

/**
 * Units an ordinal before them makes a period of the calendar ("the 21st century", "the third quarter",
 * "the first half"); before other units an ordinal ranks ("the 34th minute", "the second day of the strike").
 */
export const ORDINAL_PERIODS: ReadonlySet<string> = new Set(['century', 'centuries', 'millennium', 'millennia', 'quarter', 'quarters', 'half', 'halves']);

/**
 * Words of time, or of fewer, between a count and a unit of time that keep the count a length's ("two upcoming weeks",
 * "9 tomorrow morning", "2 fewer minutes"), as the unit adjectives do.
 */
export const TIME_WORDS_BEFORE_UNIT: readonly string[] = ['upcoming', 'remaining', 'recent', 'final', 'tomorrow', 'today', 'tonight', 'yesterday', 'fewer', 'less'];

/** Words between an ordinal and a period that make it the rank in a run of periods, no period of the calendar ("the 11th straight quarter"). */
export const SERIES_WORDS: ReadonlySet<string> = new Set(['straight', 'consecutive', 'successive', 'running']);

/** Words before an ordinal that make it count back with a relative time word after it ("the third last week"). */
export const COUNT_BACK_DETERMINERS: ReadonlySet<string> = new Set(['the', 'its', 'their', 'his', 'her']);

/** Words that place a time unit after a number ("5M last week"), so the number does not count it. */
export const RELATIVE_TIME_WORDS: ReadonlySet<string> = new Set(['last', 'next', 'this', 'past', 'previous', 'coming', 'following']);

/** Words joining two counts of one time unit: "two to three weeks", "a year or two". */
export const DURATION_RANGE_LINKS: ReadonlySet<string> = new Set(['to', 'or', 'and', '-']);

/** "second" after these is the unit of time ("a second or so", "per second", "a split second"), not the ordinal. */
export const SECOND_AS_TIME_BEFORE: ReadonlySet<string> = new Set(['a', 'per', 'every', 'one', 'split']);

/** Before "of a second", these (and fraction words: "hundredths of a second") make "second" the unit: "a fraction of a second". */
export const PARTS_OF_A_UNIT: ReadonlySet<string> = new Set(['fraction', 'fractions', 'part', 'parts']);

/** After a number these make it a clock time ("5 p.m.", "1430 GMT"). */
export const CLOCK_MARKERS: ReadonlySet<string> = new Set([
  'am', 'a.m.', 'pm', 'p.m.', "o'clock", 'gmt', 'utc', 'est', 'edt', 'cst', 'cdt', 'pst', 'pdt',
  'et', 'bst', 'cet', 'a.m', 'p.m',
]);

/**
 * Before "the" and a digit ordinal of 31 or less with no noun after, these make it a day of the month
 * ("due by the 15th", "until the 3rd"); not "on" or "after", which golf writes of holes ("a birdie on the 16th").
 */
export const DAY_BEFORE: ReadonlySet<string> = new Set(['by', 'until', 'till', 'since']);
