// Why a numeral that reads as a CARDINAL or ORDINAL is not one here: it is part of a date, a
// time, a code or a name, or it is the pronoun "one". Returns the reason, or null. The readers of
// larger shapes are their own files and asked from here: phone numbers (phone-numbers.ts), rows of
// results and tables (results-rows.ts), durations and ages (durations.ts), idioms (idioms.ts), the
// pronoun "one" (pronoun-one.ts), scores against ranges (scores.ts).
import { lookup } from './lexicon/lookup.js';
import { NOUN_LIKE } from '../text/word-classes.js';
import {
  ATTACHED_COUNT_NOUNS, CODE_INTRODUCERS, CODE_JOINERS, COUNTING_VERB_INTRODUCERS, COUNTING_ONE_AFTER, EMERGENCY_NUMBERS, EMERGENCY_SERVICE_NOUNS, NAMING_NUMBER_BEFORE, NAMING_NUMBERS, ORDINAL_NAME_HEADS,
  HYPHENED_KIND_NOUNS, STREET_WORDS, TALLY_JOINERS, VERSIONED_NAMES, WORDS_BEFORE_HYPHENED_NUMBERS,
  NAME_PARTICLE_NUMBERS, UNITS_NAMED_BY_A_NUMBER,
} from './lexicon/not-numbers.js';
import { CODES_NAMING_MEETINGS } from './lexicon/currencies.js';
import { NUMBERED_WIRE_SLUGS } from '../lexicon/wire-slugs.js';
import { AMBIGUOUS_MONTHS, FAR_YEAR_BEFORE, OLD_YEAR_BEFORE, YEARS_ANYWHERE_FROM, YEARS_ANYWHERE_UNTIL } from '../lexicon/calendar.js';
import {
  CLOCK_MARKERS, PARTS_OF_A_UNIT, DAY_BEFORE, DURATION_RANGE_LINKS, MONTHS, SECOND_AS_TIME_BEFORE, TIME_UNITS, WEEKDAYS,
} from './lexicon/time-words.js';
import { countedNoun, isPlural } from './counted.js';
import { DIMENSION_JOINERS } from './lexicon/qualifiers.js';
import { CHANGE_VERBS, FRACTION_WORDS, NUMBER_HYPHENS, ORDINAL_WORDS, SOLID_CARDINALS, UNIT_WORDS } from '../lexicon/number-words.js';
import type { Numeral } from './numeral.js';
import { isWholeSentence, wordAt, type Word } from './words.js';
import { leadingQualifier } from './qualifier.js';
import { durationFollows, periodOfQuarters } from './durations.js';
import { isIdiom } from './idioms.js';
import { pronounOne } from './pronoun-one.js';
import { isScore, isTally } from './scores.js';
import { inPhoneNumber } from './phone-numbers.js';
import { afterPlaceHeadInRow, figureOfATable, inRowOfFigures, resultRow } from './results-rows.js';
import { isCapitalised, isFigure, isSentenceStart, isTitleCase, ORDINAL_IN_DIGITS } from './shapes.js';

export type NotANumber = 'date' | 'time' | 'code' | 'name' | 'score' | 'pronoun' | 'idiom' | 'arithmetic';

/** Words that join two ordinals: "from sixth to second", "first or second". */
const ORDINAL_PAIR_JOINERS: ReadonlySet<string> = new Set(['to', 'or', 'and']);
/** The largest place in an order that "number" introduces ("batting at number 11"). */
const MAX_NUMBERED_PLACE = 20;
const CODE_NEIGHBOUR = /[\p{L}\d.\/#:]$/u;
const STARTS_ALNUM = /^[\p{L}\d\/:]/u;
const DIGITS = /^\d/;
const YEAR_APOSTROPHES: ReadonlySet<string> = new Set(["'", '’']);
const POSSESSIVE_MARKS: ReadonlySet<string> = new Set(["'s", '’s']);

/** The numeral's first word and the two words either side of it, in its sentence: what every check reads. */
interface Around { w: Word; prev: Word | undefined; prev2: Word | undefined; next: Word | undefined; next2: Word | undefined; }

// The checks are a few functions, tried in order, not one: V8 compiled one function of them all in 100-250 ms,
// twice a process, longer than the numerals of a thousand articles take to check.
export function notANumber(words: readonly Word[], n: Numeral, hasQualifier: boolean): NotANumber | null {
  const around: Around = {
    w: words[n.first],
    prev: wordAt(words, n.first - 1, n.first),
    prev2: wordAt(words, n.first - 2, n.first),
    next: wordAt(words, n.last + 1, n.first),
    next2: wordAt(words, n.last + 2, n.first),
  };
  const reason = codeOrName(words, n, around) ?? dateOf(words, n, around, hasQualifier);
  if (reason || sizeOfAChange(words, n, around)) return reason;
  return timeOf(words, n, around) ?? nameOf(words, n, around) ?? otherUse(words, n, around, hasQualifier);
}

/** A code or identifier ("COVID-19", "401(k)", a phone number, a house number), or a naming number ("911"). */
function codeOrName(words: readonly Word[], n: Numeral, { w, prev, prev2, next, next2 }: Around): NotANumber | null {
  if (prev && w.attached && CODE_NEIGHBOUR.test(prev.text)) return 'code';
  // "COVID-19", "F-35"; not "one-in-five", "7-for-12", "a magnitude-7.8 quake" nor "a top-10 finish"
  if (prev?.lower === '-' && w.attached && prev2 && prev.attached && /\p{L}$/u.test(prev2.text) && !WORDS_BEFORE_HYPHENED_NUMBERS.has(prev2.lower)
    && !(!DIGITS.test(w.text) && COUNTING_ONE_AFTER.has(prev2.lower)) && !tallyEnd(words, n.first)) return 'code';
  if (next?.attached && STARTS_ALNUM.test(next.text) && !(n.digitsOnly && ATTACHED_COUNT_NOUNS.has(next.lower))) return 'code';
  // "10 3-pointers", "a two-seater": a number hyphened into a noun of a kind names the kind
  if (next?.attached && NUMBER_HYPHENS.has(next.lower) && next2?.attached && HYPHENED_KIND_NOUNS.has(next2.lower)) return 'code';
  // "fifty-fifty", "a 50-50 chance": a number joined to itself shares something out evenly, it counts nothing
  if (next?.attached && NUMBER_HYPHENS.has(next.lower) && next2?.attached && next2.lower === w.lower) return 'code';
  if (prev?.attached && w.attached && NUMBER_HYPHENS.has(prev.lower) && prev2?.lower === w.lower) return 'code';
  // "7-Eleven": digits and a capitalised number word joined by a hyphen name a thing, as no count is written twice
  if (n.digitsOnly && next?.attached && NUMBER_HYPHENS.has(next.lower) && next2?.attached && isCapitalisedNumberWord(next2)) return 'code';
  if (isCapitalisedNumberWord(w) && prev?.attached && w.attached && NUMBER_HYPHENS.has(prev.lower) && prev2 && /^\d+$/.test(prev2.text)) return 'code';
  // "401(k)"
  if (next?.text === '(' && next.attached && next2?.attached && STARTS_ALNUM.test(next2.text)) return 'code';
  // "UPDATE 2-Oil falls": a wire story's version before the hyphen that joins its slug to the headline
  if (prev && NUMBERED_WIRE_SLUGS.has(prev.text) && next?.attached && NUMBER_HYPHENS.has(next.text)) return 'code';
  // "221B Baker Street", "3M Company": a capital letter against the digits, before a name, names a thing
  // and so does one that owns something or does something ("3M's shares", "3M said"), where a figure is counted
  const letterAgainst = n.last === n.first + 1 && words[n.last].attached && words[n.last].text.length === 1 && /^\p{Lu}$/u.test(words[n.last].text);
  if (letterAgainst && next && (isCapitalised(next) || POSSESSIVE_MARKS.has(next.lower) || next.pos === 'VERB' || next.pos === 'AUX')) return 'code';
  // but "said to number 6,000": the verb counts, beyond the small numbers of a place in an order ("promoted to number four")
  // and "the stadium seats 80,000": a plural code word introduces a list of codes ("seats 14 and 15"), not one figure
  // (nor "Green Bay 17" in a row of results, the head of a team's place)
  // (nor "is building five jets": an introducer that is a verb's participle counts what it makes)
  // ("Phase 1/2", "phase 2/3": a trial's joined phases, no fraction)
  if (prev && CODE_INTRODUCERS.has(prev.lower) && (n.kind === 'cardinal' || (n.kind === 'fraction' && words[n.first].text.includes('/')))
    && !(COUNTING_VERB_INTRODUCERS.has(prev.lower) && prev.pos === 'VERB' && (n.value ?? 0) > MAX_NUMBERED_PLACE)
    && !(prev.pos === 'VERB' && prev.lower.endsWith('ing'))
    && !(pluralCodeWord(prev.lower) && !codeJoinedAfter(words, n)) && !(n.digitsOnly && afterPlaceHeadInRow(words, n.first))) return 'code';
  // "ext. 234", "fig. 3": an abbreviated introducer whose full stop the tokenizer keeps apart (and the splitter may end a sentence at)
  const [stop, abbreviation] = [words[n.first - 1], words[n.first - 2]];
  if (stop?.text === '.' && stop.attached && abbreviation && CODE_INTRODUCERS.has(`${abbreviation.lower}.`) && n.kind === 'cardinal') return 'code';
  // "rooms 101 and 102", "sections 3, 4 or 5": a later one of a list of codes
  if (n.digitsOnly && prev && CODE_JOINERS.has(prev.lower) && prev2 && /^\d+$/.test(prev2.text) && laterCode(words, n.first)) return 'code';
  // phone numbers and identifiers: "+27-11 482 1003", "CUSIP: 072261", "(212) 555-1234", "newsroom 64 4 4734 746"
  if (n.digitsOnly && inPhoneNumber(words, n)) return 'code';

  if (n.digitsOnly && NAMING_NUMBERS.has(w.text) && namesAThing(w.text, prev, next)) return 'name';
  if (n.digitsOnly && prev && CODES_NAMING_MEETINGS.has(prev.text) && /^\d\d$/.test(w.text)) return 'name';
  // "Nancy 0 Paris St Germain 0" is a row of results
  if (n.digitsOnly && houseNumber(words, n.last + 1, n.first) && !resultRow(words, n.first)) return 'code';
  return null;
}

/** A year, a day of the month, or a number beside a month. */
function dateOf(words: readonly Word[], n: Numeral, { w, prev, prev2, next, next2 }: Around, hasQualifier: boolean): NotANumber | null {
  // a year, unless it counts: after a qualifier ("some 1500 troops"), or round before a plural ("2000 people"),
  // which the time rules read alike; where they make a year of it ("in 2000 people voted") the DATE holds it
  const roundCount = n.value !== undefined && n.value % 100 === 0 && !!next && next.pos === 'NOUN' && isPlural(next.text);
  // (an old number is a year only after a preposition of time and before no noun, as the time rules read it: "built in
  // 1483", not "and 1066 friends", "scored 1550 points")
  const oldCount = n.value !== undefined && n.value < YEARS_ANYWHERE_FROM && (!(prev && OLD_YEAR_BEFORE.has(prev.lower)) || next?.pos === 'NOUN');
  // (and a number after 2100 only after such a word: "by 2150", not "rose by 2150 points", "Model 2150")
  const farCount = n.value !== undefined && n.value > YEARS_ANYWHERE_UNTIL && (!(prev && FAR_YEAR_BEFORE.has(prev.lower)) || next?.pos === 'NOUN');
  if (n.yearLike && !(hasQualifier && countedNoun(words, n.last)) && !roundCount && !oldCount && !farCount && !inRowOfFigures(words, n.first)) return 'date';
  // "in '91": a year without its century
  if (prev && YEAR_APOSTROPHES.has(prev.text) && w.attached && !prev.attached && n.digitsOnly && /^\d\d$/.test(w.text)) return 'date';
  // "the 2025–26 budget": the next year's two figures after a year and a dash (the time rules' split_year)
  if (prev && NUMBER_HYPHENS.has(prev.text) && prev2 && /^\d{4}$/.test(prev2.text) && /^\d\d$/.test(w.text)
    && (Number(prev2.text.slice(2)) + 1) % 100 === Number(w.text)) return 'date';
  // "due by the 15th": a day of the month, with no noun after it (but "on the 15th and 17th holes")
  if (n.kind === 'ordinal' && n.digitsOnly && n.value !== undefined && n.value <= 31 && prev?.lower === 'the' && prev2 && DAY_BEFORE.has(prev2.lower)
    && !(next && NOUN_LIKE.has(next.pos)) && !(next && next2 && ['and', 'or', ','].includes(next.lower) && ORDINAL_IN_DIGITS.test(next2.text))) return 'date';
  // across a sentence break too: the splitter may end a sentence at "Sept."
  const before = words[n.first - 1];
  if ((before && MONTHS.has(before.lower)) || (next && MONTHS.has(next.lower) && !AMBIGUOUS_MONTHS.has(next.text))) return 'date';
  if (prev?.lower === '.' && prev2 && MONTHS.has(prev2.lower)) return 'date';
  if (next?.lower === 'of' && next2 && MONTHS.has(next2.lower)) return 'date';
  return null;
}

/**
 * "fell by a quarter last year", "shrank by nearly a quarter": the size of a change, whatever time word comes after it,
 * is a number.
 */
function sizeOfAChange(words: readonly Word[], n: Numeral, { prev, next }: Around): boolean {
  if (n.kind !== 'fraction' || !prev || (next && (next.lower === 'of' || TIME_UNITS.has(next.lower)))) return false;
  // "by" right before the fraction, or before the qualifier that is
  const qualifier = prev.lower === 'by' ? '' : leadingQualifier(words, n.first);
  if (qualifier === undefined) return false;
  const by = n.first - 1 - (qualifier ? qualifier.split(' ').length : 0);
  return wordAt(words, by, n.first)?.lower === 'by' && [1, 2, 3].some((d) => CHANGE_VERBS.has(wordAt(words, by - d, n.first)?.lower ?? ''));
}

/** Whether word k, before a unit of time, counts it: "a year or two", "two weeks to three", "5 years to 10". */
function countedLength(words: readonly Word[], k: number): boolean {
  const w = words[k];
  return !!w && (/^an?$/i.test(w.text) || w.pos === 'NUM' || /^\d/.test(w.text));
}

/** Part of a duration, a spoken year or a time of day. */
function timeOf(words: readonly Word[], n: Numeral, { prev, prev2, next, next2 }: Around): NotANumber | null {
  if (durationFollows(words, n.last + 1, n.first, n.kind)) return 'date';
  if (prev && TIME_UNITS.has(prev.lower)) return 'date';
  // (not a unit that ends a hyphened compound: "grew year-over-year to 49 million"; nor a period told as a date or a rank,
  // "0.68 this year and 0.65 in 2025", "in its first week and 12.6 million by September", nor one a noun after the
  // number leaves, "seven days and 40 rounds")
  // (a capitalised word there is a name's: "on July 3 that year and Three and O2 launched")
  if (prev && DURATION_RANGE_LINKS.has(prev.lower) && prev2 && TIME_UNITS.has(prev2.lower) && !prev2.attached
    && (countedLength(words, n.first - 3) || /^\p{Lu}\p{Ll}/u.test(words[n.first].text)) && !(next && next.pos === 'NOUN' && !TIME_UNITS.has(next.lower))) return 'date';
  if (n.kind === 'fraction' && TIME_UNITS.has(words[n.last].lower) && periodOfQuarters(words, n, prev, next)) return 'date';
  // spoken years: "nineteen ninety-six" reads as two numerals side by side
  if (n.kind === 'cardinal' && !n.digitsOnly && ((prev && lookup(UNIT_WORDS, prev.lower) !== undefined) || (next && lookup(UNIT_WORDS, next.lower) !== undefined))) return 'date';
  if (n.vague && next?.lower === 'of' && next2 && TIME_UNITS.has(next2.lower)) return 'date';
  if (next && CLOCK_MARKERS.has(next.lower)) return 'time';
  return null;
}

/** A score or a tally after "voted", or a number that is part of a name ("Boeing 747", "World War Two"). */
function nameOf(words: readonly Word[], n: Numeral, { w, prev, prev2, next }: Around): NotANumber | null {
  // "2 - 1", "won 3-1": a score, with no one value; but "10-15 homes", "3-4%" are ranges of two numbers
  if (n.digitsOnly && isScore(words, n)) return 'score';
  if (isTally(words, n)) return 'score';
  // "Boeing 747", "Web 3.0", "iOS 17.2": a number after a name; but not one in thousands ("Sony 1,200") nor a
  // decimal in a table ("M1 63.02", "Sales 9.06") unless it is written as a version; nor the first of a row of
  // figures after a name ("Arsenal 14 10 3 1 32 12 33", a standings table); and not an ordinal, which no name
  // takes ("Debbah 39th", the minute of a goal; "Promising 10th-ranked", a capital at a sentence's start)
  if (n.digitsOnly && n.kind !== 'ordinal' && !w.text.includes(',') && prev && isNamePart(prev) && (!w.text.includes('.') || isVersion(prev, w)) && !(next && isFigure(next))
    && !headlineCount(words, n.first, n.last) && !figureOfATable(words, n, prev, next)) return 'name';
  // "World War Two", "the Group of Eight", "the band One Direction"
  if (!n.digitsOnly && isCapitalised(w) && prev && isNamePart(prev)) return 'name';
  // "Erik ten Hag": a number word that is a particle of a family's name, in lower case between two capitalised names.
  if (n.first === n.last && NAME_PARTICLE_NUMBERS.has(w.text) && prev && isTitleCase(prev) && next && isTitleCase(next) && !next.attached) return 'name';
  if (!n.digitsOnly && isTitleCase(w) && !isSentenceStart(words, n.first) && next && isTitleCase(next) && next.pos === 'PROPN' && !isPlural(next.text)) return 'name';
  if (!n.digitsOnly && isTitleCase(w) && prev?.lower === 'of' && prev2 && isNamePart(prev2) && isTitleCase(prev2) && !isSentenceStart(words, n.first - 2)) return 'name';
  // "Ocean's Eleven": a capitalised number word owned by a name ends a title (in a headline in title case the next word is capitalised too)
  if (!n.digitsOnly && n.first === n.last && isTitleCase(w) && prev && POSSESSIVE_MARKS.has(prev.lower) && prev2 && isTitleCase(prev2)
    && !(next && isTitleCase(next))) return 'name';
  return null;
}

/** An idiom, arithmetic read aloud, the pronoun "one", or an ordinal in a name or "second" the unit. */
function otherUse(words: readonly Word[], n: Numeral, { w, prev, prev2, next, next2 }: Around, hasQualifier: boolean): NotANumber | null {
  if (n.first === n.last && isIdiom(words, n.first)) return 'idiom';
  // "one over three", "forty over seven": a fraction read aloud, no target; neither end is a count of its own
  if (n.kind === 'cardinal' && (spokenFraction(words, n.last + 1, n.first) || spokenFraction(words, n.first - 1, n.first))) return 'arithmetic';
  // "one-in-five" reads as "one in five" (but "one-time" stays a word)
  // and "one-for-ten", a tally
  const hyphened = next?.attached && NUMBER_HYPHENS.has(next.lower) && next2?.attached && (COUNTING_ONE_AFTER.has(next2.lower) || TALLY_JOINERS.has(next2.lower));
  // "One." on its own, as a list item or an answer, is the number
  // "only one survived": a qualifier makes it a count
  if (n.loneOne && !hasQualifier && !isWholeSentence(words, n.first, n.last) && !tallyEnd(words, n.last + 4)
    && pronounOne(words, n.last, prev, prev2, hyphened ? next2 : next)) return 'pronoun';
  // "the 3rd Infantry Division", "the 14th Amendment": an ordinal in digits before a capitalised head of a name
  if (n.kind === 'ordinal' && n.digitsOnly && [next, next2].some((x, k) => x && isCapitalised(x) && ORDINAL_NAME_HEADS.has(x.lower) && (k === 0 || isCapitalised(next!)))) return 'name';
  if (n.kind === 'ordinal' && !n.digitsOnly && n.first === n.last) {
    // "from sixth to second", "first or second": after another ordinal it ranks, whatever its tag
    const afterOrdinal = !!prev && ORDINAL_PAIR_JOINERS.has(prev.lower) && !!prev2 && lookup(ORDINAL_WORDS, prev2.lower) !== undefined;
    if (w.lower === 'second' && (w.pos === 'NOUN' || w.pos === 'VERB') && !afterOrdinal) return 'time';
    // "a second or so", "per second": the unit of time, not the ordinal
    if (w.lower === 'second' && prev && SECOND_AS_TIME_BEFORE.has(prev.lower) && !(next && NOUN_LIKE.has(next.pos))) return 'time';
    // "hundredths of a second", "a fraction of a second": a part of the unit (but "the son of a second wife")
    const part = wordAt(words, n.first - 3, n.first)?.lower ?? '';
    if (w.lower === 'second' && prev?.lower === 'a' && prev2?.lower === 'of' && (lookup(FRACTION_WORDS, part) !== undefined || PARTS_OF_A_UNIT.has(part))) return 'time';
    // "First Lady", "Second World War": part of a name; at a sentence's start only in title case ("First Minister
    // Nicola Sturgeon"), where a heading in capitals ("FIRST TEST") still ranks
    if (isCapitalised(w) && next && isCapitalised(next) && (!isSentenceStart(words, n.first) || (isTitleCase(w) && isTitleCase(next)))) return 'name';
    // "First of America Bank Corp.": "of" and a name after a capitalised ordinal (but "the First of May" is a date)
    if (isTitleCase(w) && next?.lower === 'of' && next2 && isTitleCase(next2) && next2.pos === 'PROPN' && !MONTHS.has(next2.lower)) return 'name';
  }
  return null;
}

/** "over" at word k between two bare cardinals, with nothing after the second but a mark: a fraction read aloud. */
function spokenFraction(words: readonly Word[], k: number, of: number): boolean {
  if (wordAt(words, k, of)?.lower !== 'over') return false;
  const bare = (w: Word | undefined) => !!w && (/^\d+$/.test(w.text) || lookup(UNIT_WORDS, w.lower) !== undefined || lookup(SOLID_CARDINALS, w.lower) !== undefined);
  const [before, after, end] = [wordAt(words, k - 1, of), wordAt(words, k + 1, of), wordAt(words, k + 2, of)];
  return bare(before) && bare(after) && (!end || end.pos === 'PUNCT');
}

/**
 * A naming number ("911", "747") names where a determiner or "call" goes before it or a singular noun after it, and no
 * plural follows to count; an emergency number names before the plurals of its service too ("911 calls", "999 operators").
 */
function namesAThing(number: string, prev: Word | undefined, next: Word | undefined): boolean {
  if (next && EMERGENCY_NUMBERS.has(number) && EMERGENCY_SERVICE_NOUNS.has(next.lower)) return true;
  if (next && (next.pos === 'NOUN' || next.pos === 'PROPN') && isPlural(next.text)) return false;
  return (!!prev && NAMING_NUMBER_BEFORE.has(prev.lower)) || (!!next && (next.pos === 'NOUN' || next.pos === 'PROPN'));
}

/** Capitalised words from word k on and a street word after them: the number before k is a house number ("221 Baker Street"), unless a plural follows. */
function houseNumber(words: readonly Word[], k: number, of: number): boolean {
  for (let j = k; j < k + 3; j++) {
    const w = wordAt(words, j, of);
    if (!w || !isCapitalised(w)) return false;
    // but "40 Wall Street firms" counts the firms, and "220 Barry Lane 73 77 70" is a row of a table
    const after = wordAt(words, j + 1, of);
    if (j > k && STREET_WORDS.has(w.lower)) return !(after && ((after.pos === 'NOUN' && isPlural(after.text)) || isFigure(after)));
  }
  return false;
}

/** A code word in the plural ("seats", "rooms"), whose singular also introduces a code. */
function pluralCodeWord(word: string): boolean {
  return word.endsWith('s') && CODE_INTRODUCERS.has(word.slice(0, -1));
}

/** How many codes a list after one introducer holds at most ("rooms 12, 14, 16 and 18"). */
const CODES_IN_A_LIST = 10;

/** Digits at word i after a list of codes that a code word introduces: back over digits and joiners to it ("sections 3, 4 or 5"). */
function laterCode(words: readonly Word[], i: number): boolean {
  let k = i - 1;
  while (k > i - 2 * CODES_IN_A_LIST && CODE_JOINERS.has(wordAt(words, k, i)?.lower ?? '') && /^\d+$/.test(wordAt(words, k - 1, i)?.text ?? '')) k -= 2;
  return k < i - 1 && CODE_INTRODUCERS.has(wordAt(words, k, i)?.lower ?? '');
}

/** "per forty-foot equivalent unit": the number names a unit (with a count before it, the unit's phrase takes it). */
export function namesAUnit(words: readonly Word[], n: Numeral): boolean {
  const hyphen = wordAt(words, n.last + 1, n.first);
  const k = hyphen?.attached && NUMBER_HYPHENS.has(hyphen.lower) ? n.last + 2 : n.last + 1;
  return UNITS_NAMED_BY_A_NUMBER.has([0, 1, 2].map((j) => wordAt(words, k + j, n.first)?.lower ?? '').join(' '));
}

/** A second code joined after the numeral: "14 and 15", "10-12", "3, 4 or 5". */
function codeJoinedAfter(words: readonly Word[], n: Numeral): boolean {
  const joiner = wordAt(words, n.last + 1, n.first);
  return !!joiner && CODE_JOINERS.has(joiner.lower) && DIGITS.test(wordAt(words, n.last + 2, n.first)?.text ?? '');
}

/** "Web 3.0", "iOS 17.2", "Python 3.11": a decimal that ends in ".0" after a word in lower case, one after a name with a capital inside it, or after a name that takes versions. */
function isVersion(name: Word, w: Word): boolean {
  // not after an abbreviation in a table ("DIV 15.0", "EPS 113.0")
  return (/^\d+\.0$/.test(w.text) && /\p{Ll}/u.test(name.text)) || /^\p{Ll}+\p{Lu}/u.test(name.text) || VERSIONED_NAMES.has(name.lower);
}

/** Digits, or a number word: "12" and "one" in "7-for-12" and "two-for-one". */
function isCount(w: Word, digits: RegExp): boolean {
  return digits.test(w.text) || lookup(UNIT_WORDS, w.lower) !== undefined;
}

/** Digits at word i after a joiner of a tally and a hyphen, with a number and a hyphen before: the "12" of "7-for-12", the "1" of "2-to-1". */
function tallyEnd(words: readonly Word[], i: number): boolean {
  const [hyphen, joiner, hyphen2, count] = [wordAt(words, i - 1, i), wordAt(words, i - 2, i), wordAt(words, i - 3, i), wordAt(words, i - 4, i)];
  return !!count && !!joiner && (TALLY_JOINERS.has(joiner.lower) || DIMENSION_JOINERS.has(joiner.lower)) && isCount(words[i], /^\d/) && isCount(count, /\d$/)
    && !!hyphen?.attached && !!hyphen2?.attached && joiner.attached && NUMBER_HYPHENS.has(hyphen.lower) && NUMBER_HYPHENS.has(hyphen2?.lower ?? '')
    // "a one-to-one meeting" is face to face
    && !isIdiom(words, i - 4);
}

/**
 * "Police Arrest 3 Men After Shooting", "Firm Cuts 1,200 Jobs": in a headline in title case the word before a
 * number is capitalised whatever it is, so a capitalised plural after the number makes it a count where a
 * capitalised word goes before the pair and a capitalised function word or nothing after it; but a naming number
 * stays a name ("Boeing 747 Jets"), and a row of results goes on with another name ("DETROIT 4 Kansas City 1").
 */
function headlineCount(words: readonly Word[], first: number, last: number): boolean {
  const [next, after, before] = [wordAt(words, last + 1, first), wordAt(words, last + 2, first), wordAt(words, first - 2, first)];
  if (!next || !isTitleCase(next) || !isPlural(next.text) || NAMING_NUMBERS.has(words[first].text)) return false;
  const ends = !after || after.pos === 'PUNCT' || (isTitleCase(after) && HEADLINE_FUNCTION_POS.has(after.pos));
  return ends && (!before || isCapitalised(before));
}

/** Words a headline capitalises that no name goes on with: "After", "In", "And", "The". */
const HEADLINE_FUNCTION_POS: ReadonlySet<string> = new Set(['ADP', 'CCONJ', 'SCONJ', 'DET', 'PART']);

/** A proper noun with a capital before a bare number makes it part of a name: "Boeing 747", "Arsenal 2". */
function isNamePart(prev: Word): boolean {
  // "iOS 17", "iPhone 15": a capital inside the word marks a name too
  return prev.pos === 'PROPN' && /\p{Lu}/u.test(prev.text)
    && !WEEKDAYS.has(prev.lower) && !MONTHS.has(prev.lower);
}

function isCapitalisedNumberWord(w: Word): boolean {
  return isCapitalised(w) && (lookup(UNIT_WORDS, w.lower) !== undefined || lookup(SOLID_CARDINALS, w.lower) !== undefined);
}
