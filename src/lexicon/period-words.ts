// Words that make quarters and halves a stretch of time, read by the numbers recognizer (which makes a share of
// them otherwise) and the time rules (which make a duration of them only then); and the words that make a length an age.

/**
 * Around "three quarters" or "a half" these make it a stretch of time ("the past three quarters",
 * "three quarters in a row", "for a half"); without one it is a fraction ("three quarters of the staff").
 */
export const PERIOD_BEFORE: ReadonlySet<string> = new Set([
  'past', 'last', 'next', 'first', 'previous', 'coming', 'recent', 'final', 'remaining', 'consecutive', 'straight',
  'successive', 'for', 'over', 'during', 'in', 'within', 'fiscal', 'the', 'another', 'further',
  // what a length is taken or lasts ("would take at least two quarters"; a share has its "of": "at least three quarters of")
  'take', 'takes', 'took', 'taken', 'taking', 'lasts', 'lasted', 'least',
]);
export const PERIOD_AFTER: ReadonlySet<string> = new Set(['in', 'ended', 'ending', 'running', 'straight', 'later', 'ago', 'earlier']);
/** "of the year", "of fiscal 2024", "of a century": what after "of" keeps a quarter or half a stretch of time (not "of the 48-man field"). */
export const PERIOD_AFTER_OF = /^\s+of\s+(?:(?:the|this|last|next|that|fiscal|a|an)\s+)*(?:'?\d{2,4}(?![\d-]|\s+[a-z]+s\b)|years?|fiscal|seasons?|decades?|century|months?|weeks?|days?|hours?|minutes?)\b/i;
/** One quarter or half: of what "of" names that is no time, a share ("a quarter of revenue"), where two are time. */
export const SINGLE_PERIOD_FRACTIONS: ReadonlySet<string> = new Set(['quarter', 'half']);

/**
 * Words that may sit between a count and its unit of time and keep it a length ("eight trading days", "a single day",
 * "three straight years"); with another word there it counts days of a kind ("190 teaching days", "two snow days").
 */
export const UNIT_ADJECTIVES: readonly string[] = [
  'trading', 'business', 'working', 'calendar', 'full', 'whole', 'entire', 'single', 'straight', 'consecutive', 'successive',
  'more', 'additional', 'extra', 'long', 'legislative', 'school',
];

/**
 * The words before a length that make it an age, a count (and the first end of a range of ages): "aged 15 years", "aged
 * 15-29 years", "ages 32 to 94 years", "range in age from less than 1 to 102 years", "The ages of the sick people range
 * from 32 to 94 years". Tested on the text before the length's figure, AGES_REACH characters of it.
 */
export const AGES_BEFORE = /\b(?:aged|ages|in age from|ages of [^.;]{1,40}? range[sd]? from)\s+(?:between\s+|from\s+)?(?:(?:less than|under)\s+)?(?:\d+\s*(?:-|–|to|and)\s*)?$/i;
export const AGES_REACH = 72;
