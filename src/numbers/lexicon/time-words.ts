// Words that turn an adjacent number into part of a DATE or TIME, which the timex recognizer claims.

/** A count of these is a duration ("five weeks", "40 years", "30-year old"). */
export const TIME_UNITS: ReadonlySet<string> = new Set([
  'year', 'years', 'yr', 'yrs', 'month', 'months', 'week', 'weeks', 'day', 'days', 'decade',
  'decades', 'century', 'centuries', 'millennium', 'millennia', 'hour', 'hours', 'hr', 'hrs',
  'minute', 'minutes', 'min', 'mins', 'second', 'seconds', 'sec', 'secs', 'night', 'nights',
  'fortnight', 'fortnights', 'weekend', 'weekends', 'quarter', 'quarters',
  'morning', 'afternoon', 'evening', 'season', 'seasons', 'half', 'halves', 'year-old', 'years-old',
  'summer', 'summers', 'winter', 'winters', 'autumn', 'autumns',
]);

export const MONTHS: ReadonlySet<string> = new Set([
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september',
  'october', 'november', 'december', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep',
  'sept', 'oct', 'nov', 'dec', 'jan.', 'feb.', 'mar.', 'apr.', 'jun.', 'jul.', 'aug.', 'sep.',
  'sept.', 'oct.', 'nov.', 'dec.',
]);

export const WEEKDAYS: ReadonlySet<string> = new Set([
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday',
]);

/** After a number these make it a clock time ("5 p.m.", "1430 GMT"). */
export const CLOCK_MARKERS: ReadonlySet<string> = new Set([
  'am', 'a.m.', 'pm', 'p.m.', "o'clock", 'gmt', 'utc', 'est', 'edt', 'cst', 'cdt', 'pst', 'pdt',
  'et', 'bst', 'cet', 'a.m', 'p.m',
]);
