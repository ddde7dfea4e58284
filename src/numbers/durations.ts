// Numbers that count time ("five weeks", "the first nine months", "three quarters in a row", "a 25-year-old"):
// a duration or an age is the time rules' DATE, not a CARDINAL, and an age tells where its counted noun is.
import { AGES_BEFORE, AGES_REACH, PERIOD_AFTER, PERIOD_AFTER_OF, PERIOD_BEFORE, SINGLE_PERIOD_FRACTIONS, UNIT_ADJECTIVES } from '../lexicon/period-words.js';
import { FRACTION_OF_DETERMINERS, NUMBER_HYPHENS } from '../lexicon/number-words.js';
import { isPlural } from './counted.js';
import { AGE_AFTER_UNIT, COUNT_BACK_DETERMINERS, DURATION_RANGE_LINKS, MONTHS, ORDINAL_PERIODS, RELATIVE_TIME_WORDS, SEASON_WORDS, SERIES_WORDS, STRETCH_NOUNS, TIME_UNITS, TIME_WORDS_BEFORE_UNIT } from './lexicon/time-words.js';
import { readNumeral, type Numeral, type NumeralKind } from './numeral.js';
import { wordAt, type Word } from './words.js';
import { NOUN_LIKE } from '../text/word-classes.js';

const SIMPLE_FRACTION = /^\d+\/\d+$/;
const DURATION_MODIFIER_POS = new Set(['ADJ', 'NOUN', 'VERB']);
/** The words that keep a count before a unit of time no count of its own: a length's, and words of time. */
const LENGTH_MODIFIERS: ReadonlySet<string> = new Set([...UNIT_ADJECTIVES, ...TIME_WORDS_BEFORE_UNIT]);

/**
 * "three quarters", "two halves" as stretches of time: before "of" unless a determiner, a plural or a name
 * follows ("two quarters of growth" but "three quarters of the staff", "of residents", "of U.S. volume"; "of the year"
 * again time); alone when a period word is near ("the past three quarters", "three quarters in a row").
 */
export function periodOfQuarters(words: readonly Word[], n: Numeral, prev: Word | undefined, next: Word | undefined): boolean {
  if (next?.lower === 'of') {
    let k = n.last + 2;
    // "half of total imports": past the adjectives to the noun
    while (wordAt(words, k, n.first)?.pos === 'ADJ' && wordAt(words, k + 1, n.first)?.pos === 'NOUN') k++;
    const after = wordAt(words, k, n.first);
    // "three quarters of residents": a plural of people or things is shared out, not a stretch of time
    if (after && (after.pos === 'NOUN' || after.pos === 'PROPN') && isPlural(after.text) && !TIME_UNITS.has(after.lower)) return false;
    // "a quarter of U.S. parcel volume": what a name begins is shared out too
    if (after?.pos === 'PROPN' && !MONTHS.has(after.lower)) return false;
    // "a quarter of revenue": one quarter or half of what is no time is a share ("two quarters of growth" are time)
    if (SINGLE_PERIOD_FRACTIONS.has(words[n.last].lower) && after && /^\p{Ll}/u.test(after.text)
      && !PERIOD_AFTER_OF.test(` ${words.slice(n.last + 1, n.last + 6).map((w) => w.text).join(' ')}`)) return false;
    if (!FRACTION_OF_DETERMINERS.has(after?.lower ?? '')) return true;
    while (FRACTION_OF_DETERMINERS.has(wordAt(words, k, n.first)?.lower ?? '')) k++;
    const noun = wordAt(words, k, n.first);
    return !!noun && (TIME_UNITS.has(noun.lower) || /^\d{4}$/.test(noun.text));
  }
  return (!!prev && PERIOD_BEFORE.has(prev.lower)) || (!!next && PERIOD_AFTER.has(next.lower)) || ratePerPeriod(words, n, next);
}

/** "5% a quarter", "10 cents a quarter": "a" is "per" after an amount, as in "5% a year"; no share of anything. */
function ratePerPeriod(words: readonly Word[], n: Numeral, next: Word | undefined): boolean {
  if (words[n.first].lower !== 'a' || (next && NOUN_LIKE.has(next.pos))) return false;
  return [1, 2].some((d) => {
    const w = wordAt(words, n.first - d, n.first);
    return !!w && (w.pos === 'NUM' || /^\d/.test(w.text) || w.text === '%');
  });
}

/**
 * Whether a time unit follows at word k, so the numeral before k counts time: "five weeks",
 * "eight trading days", "the first nine months", "two to three weeks", "2 1/2 years",
 * "half the season".
 */
export function durationFollows(words: readonly Word[], k: number, of: number, kind: NumeralKind): boolean {
  const ordinal = kind === 'ordinal';
  let w = wordAt(words, k, of);
  const determiner = (x: Word | undefined) => !!x && kind === 'fraction' && FRACTION_OF_DETERMINERS.has(x.lower);
  // "a quarter of an hour", "two and a quarter of hour", "half of the year"; not a unit that names a noun after it ("a
  // fifth of the winter wheat crop")
  if (w?.lower === 'of' || determiner(w)) {
    if (w?.lower === 'of') w = wordAt(words, ++k, of);
    if (/^an?$/.test(w?.lower ?? '')) w = wordAt(words, ++k, of);
    while (determiner(w)) w = wordAt(words, ++k, of);
    // (a season's part too: "half the season")
    return !!w && (TIME_UNITS.has(w.lower) || SEASON_WORDS.has(w.lower)) && wordAt(words, k + 1, of)?.pos !== 'NOUN';
  }
  // "a 20-to-30-minute wait": the link between hyphens
  const linked = wordAt(words, k + 1, of);
  if (w?.lower === '-' && w.attached && linked?.attached && DURATION_RANGE_LINKS.has(linked.lower) && wordAt(words, k + 2, of)?.lower === '-') {
    k += 2;
    w = wordAt(words, ++k, of);
  }
  // "three- to four-day breaks": the first end's hyphen left hanging for the unit the second end hyphens
  const hanging = w?.lower === '-' && w.attached && !!linked && !linked.attached && DURATION_RANGE_LINKS.has(linked.lower);
  if (hanging) {
    k += 2;
    w = wordAt(words, k, of);
  }
  const ranged = !hanging && !!w && DURATION_RANGE_LINKS.has(w.lower);
  if (ranged) w = wordAt(words, ++k, of);
  if (w && SIMPLE_FRACTION.test(w.text)) w = wordAt(words, ++k, of);
  const inner = w ? readNumeral(words, k) : null;
  // past a count ("the first nine months"), but not past "half" or "quarter", themselves stretches of time ("the first half of the year")
  const count = !!inner && !inner.needsMeasure && !(inner.kind === 'fraction' && TIME_UNITS.has(words[inner.last].lower));
  if (count) w = wordAt(words, (k = inner.last + 1), of);
  const hyphened = w?.lower === '-' && w.attached;
  if (hyphened) w = wordAt(words, ++k, of);
  if (!w) return false;
  // "a second four-year term", "the first one-day international", "two five-year terms": the number ranks or counts the
  // noun that the hyphened length describes
  if (count && hyphened && !hanging && TIME_UNITS.has(w.lower) && nounAfter(words, k + 1, of)) return false;
  // one modifier may stand between: "eight trading days", "20 more years"; not "5M last week" (an amount)
  let unit: Word | undefined = w;
  if (!TIME_UNITS.has(w.lower)) {
    // (a count's word between only where the time rules read a length so: "eight trading days", not "190 teaching days")
    unit = (ordinal ? DURATION_MODIFIER_POS.has(w.pos) : LENGTH_MODIFIERS.has(w.lower)) ? wordAt(words, ++k, of) : undefined;
    if (!unit || !TIME_UNITS.has(unit.lower)) return false;
  }
  // "the fourth and fifth days of action" rank two days; "the third to fifth centuries" are a period of the calendar.
  if (ordinal && ranged) return ORDINAL_PERIODS.has(unit.lower);
  // an ordinal counts no time of its own: "the 34th minute", "the second day of the strike" rank a unit; but it
  // is part of a date in a period of the calendar ("the 21st century"), counting back ("the third last week") or
  // before a date ("the 20th day of next month", "the first week of March")
  // (not a rank in a run of periods, "the 11th straight quarter", nor a place in a table, "finished 12th last season")
  if (ordinal && !count) {
    return (ORDINAL_PERIODS.has(unit.lower) && !SERIES_WORDS.has(w.lower))
      || (RELATIVE_TIME_WORDS.has(w.lower) && COUNT_BACK_DETERMINERS.has(words[of - 1]?.lower ?? '')) || dateAfterOf(words, k + 1, of);
  }
  return ageEnds(words, k + 1, of) < 0 && !agedBefore(words, of);
}

/**
 * The words of an age before the numeral at word `of` (and before the first end of its range, AGES_BEFORE): "aged 15
 * years", "ages 32 to 94 years"; read on the words of its sentence within reach, as written.
 */
function agedBefore(words: readonly Word[], of: number): boolean {
  let first = of;
  let ageWord = false;
  while (first > 0 && words[first - 1].sentence === words[of].sentence && words[of].start - words[first - 1].start <= AGES_REACH) {
    first--;
    ageWord ||= AGE_WORDS.has(words[first].lower);
  }
  // (most lengths have no word of age before them: no text to build)
  if (!ageWord) return false;
  let before = '';
  for (let k = first; k < of; k++) before += (k > first && !words[k].attached ? ' ' : '') + words[k].text;
  return AGES_BEFORE.test(before + ' ');
}

/** The words AGES_BEFORE opens with, one of which a length's age needs before it. */
const AGE_WORDS: ReadonlySet<string> = new Set(['aged', 'ages', 'age']);

/** A noun at word k that is no unit of time: "term" after "four-year". */
function nounAfter(words: readonly Word[], k: number, of: number): boolean {
  const w = wordAt(words, k, of);
  return !!w && (w.pos === 'NOUN' || w.pos === 'ADJ') && !TIME_UNITS.has(w.lower) && !STRETCH_NOUNS.has(w.lower);
}

/** "of" at word k and a date after it: a month, a year, or a word of relative time ("of March", "of 2018", "of next month"). */
function dateAfterOf(words: readonly Word[], k: number, of: number): boolean {
  const [w, after] = [wordAt(words, k, of), wordAt(words, k + 1, of)];
  return w?.lower === 'of' && !!after && (MONTHS.has(after.lower) || RELATIVE_TIME_WORDS.has(after.lower) || /^\d{4}$/.test(after.text));
}

/** "old" at word k, or an attached hyphen and "old", or "of age": the time unit before it gives an age ("25 years old", "a 3-year-old", "16 years of age"); the index of "old" or "age", or -1. */
function ageEnds(words: readonly Word[], k: number, of: number): number {
  const w = wordAt(words, k, of);
  const at = w?.attached && NUMBER_HYPHENS.has(w.lower) ? k + 1 : k;
  if (AGE_AFTER_UNIT.has(wordAt(words, at, of)?.lower ?? '')) return at;
  // ("16 years of age")
  return wordAt(words, k, of)?.lower === 'of' && wordAt(words, k + 1, of)?.lower === 'age' ? k + 1 : -1;
}

/** The last word of an age whose count ends at word `last` ("25-year-old", "25 years old"), or -1: what the age counts comes after it. */
export function ageAfter(words: readonly Word[], last: number): number {
  let k = last + 1;
  if (wordAt(words, k, last)?.lower === '-' && words[k].attached) k++;
  return TIME_UNITS.has(wordAt(words, k, last)?.lower ?? '') ? ageEnds(words, k + 1, last) : -1;
}
