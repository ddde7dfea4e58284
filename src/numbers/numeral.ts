// Reads the numeral that starts at a word: digits ("1,500", "-7", ".08", "4 500 000", "12,34,567",
// "2.5", "10k", "3 bln", "1.2 million", "1 million 200 thousand", "¼", "3/5", "1/3rd", "66th",
// "1,000th"), number words ("one hundred and six", "twenty-first", "twentyfive", "ten-thousand",
// "a dozen", "a couple of", "two thirds", "two and three quarters", "half a million", "half the",
// "minus three"), multiples ("tenfold", "10-fold", "3x") and vague quantities ("thousands", "tens of thousands",
// "several hundred").
// Knows nothing of context but the word after a suffix that makes it a unit ("a 5m-high wall").
import { lookup } from './lexicon/lookup.js';
import { NOMINAL, NOUN_LIKE } from '../text/word-classes.js';
import { ORDINAL_SUFFIX } from './lexicon/ranks.js';
import { CURRENCY_NAMES } from './lexicon/currencies.js';
import { HEIGHT_NOUNS_BEFORE, LEVEL_NOUNS, WATER_BEFORE_LEVEL, RACE_KILOMETRES, RACE_METRES, RESOLUTION_NOUNS, SIZE_WORDS, UNIT_SIZES, UNITS, UNITS_BEFORE_SIZE } from './lexicon/units.js';
import {
  CASED_SCALE_SUFFIXES, COMPARATIVES, FOLD_SUFFIX, FOLD_WORDS, HALF_IDIOM_NOUNS, MULTIPLE_SIGNS, POINT_WORDS, SOLID_CARDINALS, SOLID_ORDINALS, COUPLE_WORDS, DOZEN_WORDS, FRACTION_OF_DETERMINERS, FRACTION_WORDS, NUMBER_HYPHENS, ORDINAL_WORDS, PLURAL_SCALE_WORDS, SCALE_SUFFIXES,
  SCALE_WORDS, SCORE_WORDS, MINUS_MARKS, SIGN_WORDS, SPACED_SCALE_SUFFIXES, UNIT_WORDS, VAGUE_COUNTS, VAGUE_PLURALS, VAGUE_PLURALS_BEFORE_OF, VULGAR_FRACTIONS,
} from '../lexicon/number-words.js';
import { isPlural } from './counted.js';
import { HALF_SHARE_QUALIFIERS, RANKING_ENDS } from './lexicon/qualifiers.js';
import { TIME_UNITS } from './lexicon/time-words.js';
import { hyphenedQualifierEnd, leadingQualifier, qualifierOf } from './qualifier.js';
import { isCapitalised } from './shapes.js';
import { isWholeSentence, wordAt, type Word } from './words.js';

export type NumeralKind = 'cardinal' | 'ordinal' | 'fraction';

export interface Numeral {
  /** Word indices, inclusive. */
  first: number;
  last: number;
  kind: NumeralKind;
  value?: number;
  vague?: boolean;
  /** Written in digits only (no scale word): "2015", "1,500". */
  digitsOnly: boolean;
  /** Four digits without separators or decimals, in the range of years. */
  yearLike: boolean;
  /** The lone word "one", which is often a pronoun. */
  loneOne: boolean;
  /** A number only with a unit or currency after it: "a" in "a dollar", "half" in "half a litre". */
  needsMeasure: boolean;
  /** What a scale word or suffix after digits multiplies by ("15 million": 1e6), for a range to share ("10-15 million"). */
  scale?: number;
  /** A multiple ("tenfold", "10-fold", "3x"): a count of times, which measures nothing ("rose threefold to 30 tonnes"). */
  multiple?: boolean;
}

/** Thousands grouped by commas, Indian lakh grouping ("12,34,567") or none; a sign and decimals. */
const CARDINAL_DIGITS = /^[-−+]?(?:\d{1,3}(?:,\d{3})+|\d{1,2}(?:,\d{2})+,\d{3}|\d+)(?:\.\d+)?$/;
/** A decimal comma, as much of Europe writes it: one or two digits after it, which no group of thousands has ("€3,50", "1,5 million"). */
const DECIMAL_COMMA = /^[-−+]?\d+,\d{1,2}$/;
/** Thousands grouped by full stops, as much of Europe writes them; two groups at least, so "1.234" stays a decimal. */
const DOTTED_THOUSANDS = /^\d{1,3}(?:\.\d{3}){2,}$/;
/** Thousands grouped by full stops and a decimal comma, which English never writes: "1.234.567,89", "1.234,5". */
const DOTTED_DECIMALS = /^\d{1,3}(?:\.\d{3})+,\d{1,2}$/;
/** Thousands grouped by apostrophes, as Switzerland writes them: "CHF 1'200'000". */
const APOSTROPHE_THOUSANDS = /^\d{1,3}(?:['’]\d{3})+(?:\.\d+)?$/;
const ORDINAL_DIGITS = new RegExp(`^(\\d{1,3}(?:,\\d{3})+|\\d+)${ORDINAL_SUFFIX}$`);
/** Four digits that may be a year, 1000 to 2199 (an old or a far one only after a preposition of time: context.ts, lexicon/calendar.ts). */
const YEAR = /^(1\d|2[01])\d\d$/;
const SIMPLE_FRACTION = /^(\d{1,2})\/(\d{1,2})$/;
/**
 * A whole number and a fraction joined by a hyphen, as American prices and sizes write them: "3-1/2", "1-3/4"; after
 * decimals the fraction is of their last place, as grain prices quote a fraction of a cent ("$4.86-3/4" is 4.8675).
 */
const HYPHENED_MIXED = /^(\d+(?:\.(\d{1,2}))?)-(\d{1,2})\/(\d{1,2})$/;
/** Digits with one or two decimals, before a fraction of their last place: "$8.50 3/4". */
const DECIMAL_PLACES = /^\d+\.(\d{1,2})$/;
/** A fraction on its own ("3/5", "20/100"); larger denominators are more often dates ("3/15"). */
const LONE_FRACTION = /^(\d{1,3})\/(10|100|[2-9])$/;
/** A fraction whose denominator is written as an ordinal ("1/3rd", "2/3rds"), never a date. */
const ORDINAL_FRACTION = new RegExp(`^(\\d{1,3})\\/(\\d{1,3})${ORDINAL_SUFFIX}s?$`);
const THOUSANDS_GROUP = /^\d{3}$/;
const ROUND_PLURAL = /^10+s$/;
const TENS_PLURAL = /^[1-9]0s$/;
const DIGITS = /^\d+$/;
const WHOLE_DIGITS = /^[-−]?\d+$/;
const ARTICLES: ReadonlySet<string> = new Set(['a', 'an']);
/** Scale words that may count one on their own, written in lower case ("thousand liters"). */
const BARE_SCALES: ReadonlySet<string> = new Set(['hundred', 'thousand']);

/** Multiplies without binary noise: 1.2 × 1e9 = 1200000000, not 1199999999.9999998. */
export function scaled(value: number, scale: number): number {
  return Number((value * scale).toPrecision(15));
}

/** Words a numeral may start with, besides digits (see mayStart): any other word is none, without trying each reading. */
const FIRST_WORDS: ReadonlySet<string> = new Set([
  ...[UNIT_WORDS, SOLID_CARDINALS, ORDINAL_WORDS, SOLID_ORDINALS, FRACTION_WORDS, VULGAR_FRACTIONS, FOLD_WORDS].flatMap((table) => Object.keys(table)),
  ...VAGUE_PLURALS, ...VAGUE_COUNTS, ...SIGN_WORDS, ...MINUS_MARKS, ...ARTICLES, ...BARE_SCALES,
]);
const SIGNED_DIGITS = /^[.\-−+].*\d/;

/** Whether a numeral may start with the word: a digit first, a sign or full stop before digits, the full stop of ".08", a multiple ("x3") or FIRST_WORDS. */
function mayStart(lower: string): boolean {
  const first = lower.charCodeAt(0);
  if (first >= 48 && first <= 57) return true;
  return ((first === 46 || first === 45 || first === 43 || first === 0x2212) && (lower === '.' || SIGNED_DIGITS.test(lower))) || mayBeFirstWord(lower, first)
    || ((first === 120 || first === 0xd7) && SIGN_THEN_MULTIPLE.test(lower));
}

/**
 * By an ASCII first character, the lengths (bit min(length, 31)) of FIRST_WORDS that start with it: most words
 * ("the", "against") are told apart by these two without the string's hash, which a set lookup of a fresh string computes.
 */
const FIRST_WORD_LENGTHS = new Uint32Array(128);
for (const w of FIRST_WORDS) if (w.charCodeAt(0) < 128) FIRST_WORD_LENGTHS[w.charCodeAt(0)] |= 1 << Math.min(w.length, 31);

function mayBeFirstWord(lower: string, first: number): boolean {
  if (first < 128 && (FIRST_WORD_LENGTHS[first] & (1 << Math.min(lower.length, 31))) === 0) return false;
  return FIRST_WORDS.has(lower);
}

/** "x3", "×10": a small multiple after its sign ("x86" names a chip). */
const SIGN_THEN_MULTIPLE = /^[x×](\d{1,2})$/;
const MAX_SIGNED_MULTIPLE = 20;

export function readNumeral(words: readonly Word[], i: number): Numeral | null {
  const w = words[i];
  if (!w || !mayStart(w.lower)) return null;
  // a hyphen or minus on its own starts only a signed number
  if (MINUS_MARKS.has(w.lower)) return readSigned(words, i);
  // a hyphen glued to a vulgar fraction before it joins a score or a range, no sign: "16½-11½"
  if (w.attached && w.lower.charCodeAt(0) === 45 && isVulgarFraction(words[i - 1]?.text ?? '')) return null;
  const fold = w.lower.endsWith(FOLD_SUFFIX) ? lookup(FOLD_WORDS, w.lower) : undefined;
  if (fold !== undefined) return numeral(i, i, 'cardinal', fold, { multiple: true });
  const multiple = readMultiple(words, i);
  if (multiple !== undefined) return multiple;
  const n = readSigned(words, i) ?? readDigits(words, i) ?? readVague(words, i) ?? readWords(words, i);
  return n && foldAfter(words, andAPart(words, n));
}

/** "x3" on its own (the lower-case sign of a multiple, not "X5" the car), unless a noun follows that it names ("x64 chips"); undefined if it is no multiple. */
function readMultiple(words: readonly Word[], i: number): Numeral | null | undefined {
  const first = words[i].text.charCodeAt(0);
  const m = first === 120 || first === 0xd7 ? SIGN_THEN_MULTIPLE.exec(words[i].text) : null;
  if (!m) return undefined;
  const next = wordAt(words, i + 1, i);
  if (Number(m[1]) > MAX_SIGNED_MULTIPLE || (next && ['NOUN', 'PROPN', 'NUM'].includes(next.pos))) return null;
  return numeral(i, i, 'cardinal', Number(m[1]), { multiple: true });
}

/** "10-fold", "ten-fold": the multiple's "-fold" joins a cardinal's span; "3x": so does the sign against the digits. */
function foldAfter(words: readonly Word[], n: Numeral): Numeral {
  if (n.kind !== 'cardinal' || n.vague || n.value === undefined) return n;
  const [hyphen, fold] = [wordAt(words, n.last + 1, n.first), wordAt(words, n.last + 2, n.first)];
  if (hyphen?.attached && NUMBER_HYPHENS.has(hyphen.lower) && fold?.attached && fold.lower === FOLD_SUFFIX) {
    return { ...n, last: n.last + 2, digitsOnly: false, yearLike: false, loneOne: false, multiple: true };
  }
  const after = wordAt(words, n.last + 2, n.first);
  if (n.digitsOnly && hyphen?.attached && MULTIPLE_SIGNS.has(hyphen.text) && (!after?.attached || after.pos === 'PUNCT')) {
    return { ...n, last: n.last + 1, digitsOnly: false, yearLike: false, multiple: true };
  }
  return n;
}

/** A whole number and a fraction below one: "two and three quarters", "2 and 3/4"; not "1 and 2" nor "two and a third" (read already). */
function andAPart(words: readonly Word[], n: Numeral): Numeral {
  if (n.kind !== 'cardinal' || n.value === undefined || !Number.isInteger(n.value) || n.scale || n.yearLike || wordAt(words, n.last + 1, n.first)?.lower !== 'and') return n;
  // read without a part of its own, so a chain "1 and 2 and 3 ..." is read once, in linear time
  const part = wordAt(words, n.last + 2, n.first) ? readDigits(words, n.last + 2) ?? readWords(words, n.last + 2) : null;
  if (!part || part.kind !== 'fraction' || part.needsMeasure || part.value === undefined || part.value >= 1) return n;
  // "$19 and one-eighth QVC share": a fraction of a single thing that follows is a number of its own
  const after = wordAt(words, part.last + 1, n.first);
  const scale = after ? lookup(SCALE_WORDS, after.lower) : undefined;
  if (after && !scale && (after.pos === 'PROPN' || (after.pos === 'NOUN' && !/s$/.test(after.lower) && lookup(UNITS, after.lower) === undefined))) return n;
  // "2 and 1/2 million": a scale after the whole of it
  const value = scale ? scaled(n.value + part.value, scale) : n.value + part.value;
  return { ...n, last: scale ? part.last + 1 : part.last, value, digitsOnly: false, yearLike: false, loneOne: false };
}

/**
 * "minus 3", "negative two", "−3.5" (a minus sign the tokenizer keeps apart), but not "five minus
 * three" (arithmetic is no target) nor the hyphen of "COVID -19".
 */
function readSigned(words: readonly Word[], i: number): Numeral | null {
  const mark = MINUS_MARKS.has(words[i].lower);
  if (!(mark || SIGN_WORDS.has(words[i].lower)) || !wordAt(words, i + 1, i) || ofAMargin(words, i)) return null;
  const prev = wordAt(words, i - 1, i);
  if (prev && (/\d$/.test(prev.text) || lookup(UNIT_WORDS, prev.lower) !== undefined)) return null;
  if (mark && (words[i].attached || !words[i + 1].attached || !/^\d/.test(words[i + 1].text))) return null;
  const n = readDigits(words, i + 1) ?? readWords(words, i + 1);
  if (!n || n.kind === 'ordinal' || n.value === undefined || n.needsMeasure) return null;
  return { ...n, first: i, value: -n.value, digitsOnly: false, yearLike: false, loneOne: false };
}

/** "plus or minus 2%", "plus and minus 0.5%": the sign word i gives a margin either way, not a negative number. */
export function ofAMargin(words: readonly Word[], i: number): boolean {
  const joined = wordAt(words, i - 1, i)?.lower;
  return (joined === 'or' || joined === 'and') && wordAt(words, i - 2, i)?.lower === 'plus';
}

function readDigits(words: readonly Word[], i: number): Numeral | null {
  const w = words[i];
  // most numerals are bare digits, which none of the layouts below but the plain one reads
  const bare = DIGITS.test(w.lower);
  return bare ? readGroups(words, i, Number(w.lower), undefined) : readLayouts(words, i);
}

/** Digits with a mark or letters in them: ordinals, fractions, decimals, thousands grouped by commas, dots, spaces or apostrophes. */
function readLayouts(words: readonly Word[], i: number): Numeral | null {
  const w = words[i];
  const ord = ORDINAL_DIGITS.exec(w.lower);
  if (ord) return numeral(i, i, 'ordinal', Number(ord[1].replace(/,/g, '')), { digitsOnly: true });
  const vulgar = isVulgar(w.text) ? lookup(VULGAR_FRACTIONS, w.text) : undefined;
  if (vulgar !== undefined) return numeral(i, i, 'fraction', vulgar, {});
  const mixed = HYPHENED_MIXED.exec(w.text);
  if (mixed && Number(mixed[3]) < Number(mixed[4])) return numeral(i, i, 'cardinal', exact(Number(mixed[1]) + ofLastPlace(mixed[2]) * Number(mixed[3]) / Number(mixed[4]), mixed[2]), {});
  const lone = LONE_FRACTION.exec(w.text) ?? ORDINAL_FRACTION.exec(w.lower) ?? fractionOfAUnit(words, i);
  if (lone && Number(lone[1]) < Number(lone[2])) {
    // "1/4 million": that fraction of the scale after it (after "2 and" the scale is the whole's: "2 and 1/2 million")
    const scale = wordAt(words, i - 1, i)?.lower === 'and' ? undefined : lookup(SCALE_WORDS, wordAt(words, i + 1, i)?.lower ?? '');
    const value = Number(lone[1]) / Number(lone[2]);
    return scale && scale >= 1e3 ? numeral(i, i + 1, 'cardinal', scaled(scale, value), { scale }) : numeral(i, i, 'fraction', value, {});
  }
  const dotted = leadingDot(words, i);
  // "192.168.100.200" is an address, not 192 billion
  const european = (DOTTED_THOUSANDS.test(w.lower) && !isAddress(w.lower)) || DOTTED_DECIMALS.test(w.lower);
  const swiss = APOSTROPHE_THOUSANDS.test(w.lower);
  const grouped = dotted !== undefined || european || swiss || CARDINAL_DIGITS.test(w.lower);
  const decimalComma = !grouped && DECIMAL_COMMA.test(w.lower);
  if (!grouped && !decimalComma) return null;
  const value = dotted ?? Number((decimalComma ? w.lower.replace(',', '.') : european ? w.lower.replace(/\./g, '').replace(',', '.') : w.lower.replace(swiss ? /['’]/g : /,/g, '')).replace('−', '-'));
  return readGroups(words, i, value, dotted);
}

/** The numeral whose first word i reads `value` (`dotted`: the value of ".08", two words), with the groups, fraction and scales after it. */
function readGroups(words: readonly Word[], i: number, first: number, dotted: number | undefined): Numeral | null {
  const w = words[i];
  let value = first;
  let last = dotted === undefined ? i : i + 1;
  // thousands grouped by spaces: "4 500 000", but not the digit groups of a phone number ("+44 171 542 8062")
  // nor the second end of a range and a number after it ("400-425 425")
  if (/^\d{1,3}$/.test(w.lower) && !/[\d+]$/.test(words[i - 1]?.text ?? '') && !(w.attached && NUMBER_HYPHENS.has(words[i - 1]?.text ?? ''))) {
    let k = i;
    while (THOUSANDS_GROUP.test(wordAt(words, k + 1, i)?.text ?? '') && !words[k + 1].attached) k++;
    const after = wordAt(words, k + 1, i);
    // nor "312 408-8787", nor "38 737s" (a count of jets, the plural against the last group)
    if (k > i && !/^[+\d]/.test(after?.text ?? '') && !(after?.attached && (NUMBER_HYPHENS.has(after.lower) || after.lower === 's'))) {
      for (let g = i + 1; g <= k; g++) value = value * 1000 + Number(words[g].text);
      last = k;
    }
  }
  const next = wordAt(words, last + 1, i);
  // a mixed number: "2 1/2", "37 3/4", "2½"
  const fraction = SIMPLE_FRACTION.exec(next?.text ?? '');
  const vulgarAfter = next && isVulgar(next.text) ? lookup(VULGAR_FRACTIONS, next.text) : undefined;
  // "-2 1/4", a change in a bond's price: the fraction takes the sign of the whole; "8.50 3/4", of the last decimal place
  const places = last === i ? DECIMAL_PLACES.exec(w.lower)?.[1] : undefined;
  const whole = last === i && (WHOLE_DIGITS.test(w.lower) || places !== undefined);
  const sign = value < 0 || Object.is(value, -0) ? -1 : 1;
  if (whole && fraction && !next!.attached && Number(fraction[1]) < Number(fraction[2])) {
    value = exact(value + sign * ofLastPlace(places) * (Number(fraction[1]) / Number(fraction[2])), places);
    last++;
  } else if (whole && vulgarAfter !== undefined) {
    value += sign * vulgarAfter;
    last++;
  }
  // "2.5 x 10^3": a power of ten after the digits
  const power = last === i ? powerOfTen(words, i) : undefined;
  if (power) {
    value = scaled(value, 10 ** power.exponent);
    last = power.last;
  }
  const suffix = wordAt(words, last + 1, i);
  if (last === i && suffix) {
    const cased = suffix.attached ? lookup(CASED_SCALE_SUFFIXES, suffix.text) : undefined;
    const scale = cased ?? ((suffix.attached || SPACED_SCALE_SUFFIXES.has(suffix.lower)) ? lookup(SCALE_SUFFIXES, suffix.lower) : undefined);
    // "a 4K TV" names a resolution: no number at all
    if (scale === 1e3 && RESOLUTION_NOUNS.has(wordAt(words, i + 2, i)?.lower ?? '')) return null;
    if (scale !== undefined && !unitBeforeSize(words, i, i + 1, value)) {
      // "520 bil. yen", as Kyodo abbreviates: the stop of an abbreviation is the scale's where the sentence goes on
      const stop = !suffix.attached && wordAt(words, i + 2, i)?.text === '.' && words[i + 2].attached && /^\p{Ll}/u.test(wordAt(words, i + 3, i)?.text ?? '');
      return numeral(i, stop ? i + 2 : i + 1, 'cardinal', scaled(value, scale), { scale });
    }
  }
  let lastScale = 1;
  let multiplier = 1;
  // "20-odd thousand": a qualifier on a hyphen between the digits and their scale
  const odd = last === i ? hyphenedQualifierEnd(words, last) : last;
  if (odd > last && lookup(SCALE_WORDS, wordAt(words, odd + 1, i)?.lower ?? '') !== undefined) last = odd;
  for (let k = last + 1; ; k++) {
    // "$5.5-million"
    if (NUMBER_HYPHENS.has(wordAt(words, k, i)?.lower ?? '') && words[k].attached && wordAt(words, k + 1, i)?.attached
      && lookup(SCALE_WORDS, words[k + 1].lower)) k++;
    const next = wordAt(words, k, i);
    const scale = next && (lookup(SCALE_WORDS, next.lower) ?? lookup(DOZEN_WORDS, next.lower) ?? lookup(PLURAL_SCALE_WORDS, next.lower));
    if (!scale) break;
    value = scaled(value, scale);
    multiplier = scaled(multiplier, scale);
    lastScale = scale;
    last = k;
  }
  // "1 million 200 thousand", "2 billion 500 million": a smaller scaled group after a scale
  const rest = lastScale >= 1000 && last > i ? smallerGroup(words, last + 1, i, lastScale) : null;
  if (rest) {
    value += rest.value;
    last = rest.last;
  }
  // "4 million and a half", "2 and a third"
  const part = rest ? null : andAFraction(words, last + 1, i);
  if (part && dotted === undefined) {
    value += scaled(lastScale, 1 / part.denominator);
    last = part.last;
    // "1 and a half million": a scale after the whole of it, where none came before the fraction
    const scale = lastScale === 1 ? lookup(SCALE_WORDS, wordAt(words, last + 1, i)?.lower ?? '') : undefined;
    if (scale) {
      value = scaled(value, scale);
      last++;
    }
  }
  return numeral(i, last, 'cardinal', value, {
    digitsOnly: last === i || (dotted !== undefined && last === i + 1),
    yearLike: last === i && YEAR.test(w.lower),
    ...(multiplier > 1 && !part ? { scale: multiplier } : {}),
  });
}

/** "x 10^3", "× 10^-6" after the digits at word i: the exponent and the last word, or undefined. */
function powerOfTen(words: readonly Word[], i: number): { exponent: number; last: number } | undefined {
  const times = wordAt(words, i + 1, i);
  if (!times || !TIMES_SIGNS.has(times.lower) || wordAt(words, i + 2, i)?.text !== '10') return undefined;
  const [caret, exponent] = [wordAt(words, i + 3, i), wordAt(words, i + 4, i)];
  if (caret?.text !== '^' || !caret.attached || !exponent?.attached || !EXPONENT.test(exponent.text)) return undefined;
  return { exponent: Number(exponent.text.replace('−', '-')), last: i + 4 };
}

const TIMES_SIGNS: ReadonlySet<string> = new Set(['x', '×', '*']);
const EXPONENT = /^[-−+]?\d{1,2}$/;

/** "3/16 inch", "2/1000 kilograms": a fraction with any denominator before a unit, which no date has after it. */
function fractionOfAUnit(words: readonly Word[], i: number): RegExpExecArray | null {
  const next = wordAt(words, i + 1, i);
  return next && !next.attached && lookup(UNITS, next.lower) !== undefined ? UNIT_FRACTION.exec(words[i].text) : null;
}

const UNIT_FRACTION = /^(\d{1,3})\/(\d{1,4})$/;

/** One character past ASCII, as every vulgar fraction is ("½"): the table is read for no other word. */
const isVulgar = (text: string) => text.length === 1 && text.charCodeAt(0) > 127;
const isVulgarFraction = (text: string) => isVulgar(text) && lookup(VULGAR_FRACTIONS, text) !== undefined;

/** Four groups of digits each at most 255, as in an IP address. */
function isAddress(dotted: string): boolean {
  const groups = dotted.split('.');
  return groups.length === 4 && groups.every((part) => Number(part) <= 255);
}

/** Digits of one to three places and a scale word smaller than `below` at word k: "200 thousand" after "1 million". */
function smallerGroup(words: readonly Word[], k: number, of: number, below: number): { value: number; last: number } | null {
  const [count, scale] = [wordAt(words, k, of), wordAt(words, k + 1, of)];
  const size = scale ? lookup(SCALE_WORDS, scale.lower) : undefined;
  if (!count || !/^\d{1,3}$/.test(count.text) || size === undefined || size >= below) return null;
  return { value: Number(count.text) * size, last: k + 1 };
}

/** "m" in "a 5m-high wall", "3m deep", "the 100m final", "won the 200m.", "cleared 5.92m.": metres, not millions. */
function unitBeforeSize(words: readonly Word[], i: number, k: number, value: number): boolean {
  const sized = lookup(UNITS_BEFORE_SIZE, words[k].text);
  if (sized === undefined) return false;
  let next = wordAt(words, k + 1, k);
  if (next && NUMBER_HYPHENS.has(next.lower) && next.attached) next = wordAt(words, k + 2, k);
  // "3m and 5cm", "1m 80cm": a smaller length after it (with no joiner only written against its digits)
  let k2 = k + 1;
  if (wordAt(words, k2, k)?.lower === 'and' || wordAt(words, k2, k)?.lower === ',') k2++;
  const [count, unit] = [wordAt(words, k2, k), wordAt(words, k2 + 1, k)];
  const smaller = UNIT_SIZES[lookup(UNITS, unit?.lower ?? '') ?? ''];
  if ((k2 > k + 1 || !!unit?.attached) && count && /^\d+$/.test(count.text) && smaller?.dimension === 'length' && smaller.size < 1) return true;
  // "he won the 200m.", "ran the 100m in 9.58 seconds", "the 400m and 800m": names the race
  // "ran a 5K.", "won the 10K": a road race in kilometres
  // "the women's 100m", "the men's 400m": the race of a field.
  const before = wordAt(words, i - 1, i)?.lower;
  const field = (before === "'s" || before === '’s') && RACE_FIELDS.has(wordAt(words, i - 2, i)?.lower ?? '');
  const race = sized === 'km' ? RACE_KILOMETRES.has(value) && (before === 'the' || before === 'a') : RACE_METRES.has(value) && (before === 'the' || field);
  const raceEnds = race && (field || !next || RACE_END_POS.has(next.pos));
  // "the 200m world record", "a 400m hurdles title": a race's distance before a noun of its races
  const raceNamed = sized === 'm' && RACE_METRES.has(value) && !!next && RACE_NOUNS.has(next.lower);
  // "second with 5.92m, ahead of", "cleared 2.35m.": a field event's mark in metres and centimetres, no currency before it
  const mark = sized === 'm' && FIELD_MARK.test(words[i].text) && !words[i].attached && !CURRENCY_CODE.test(words[i - 1]?.text ?? '')
    && (!next || RACE_END_POS.has(next.pos));
  // "peaks above 8,000m", "Camp 4 at 7,950m": thousands of metres, no currency's millions, after a word in lower case and
  // before no noun (millions are written beside a currency or what they count: "8,000m yen", "Rs 1,200m", "1,500m shares")
  const prev = words[i - 1];
  const thousands = sized === 'm' && value >= METRES_NOT_MILLIONS && !words[i].attached && !!prev && /^\p{Ll}+$/u.test(prev.text)
    && lookup(CURRENCY_NAMES, prev.lower) === undefined && (!next || !NOUN_LIKE.has(next.pos));
  return raceEnds || raceNamed || mark || thousands || (!!next && SIZE_WORDS.has(next.lower)) || (sized === 'm' && heightBefore(words, i));
}
/** The least figure before "m" read as metres wherever no currency or unit stands beside it. */
const METRES_NOT_MILLIONS = 1000;

/** A noun of a height of water among the words before word i in its sentence, with no currency's sign against the figure. */
function heightBefore(words: readonly Word[], i: number): boolean {
  if (words[i].attached && !/^\d/.test(words[i - 1]?.text ?? '')) return false;
  for (let k = i - 1; k >= 0 && i - k <= HEIGHT_REACH && words[k].sentence === words[i].sentence; k--) {
    if (HEIGHT_NOUNS_BEFORE.has(words[k].lower)) return true;
    if (LEVEL_NOUNS.has(words[k].lower) && WATER_BEFORE_LEVEL.has(words[k - 1]?.lower ?? '')) return true;
  }
  return false;
}
/** How many words before a figure a noun of height still tells its unit: "river levels at the Welsh Bridge gauge had reached 4.9m by 6am and could rise to between 5.2m". */
const HEIGHT_REACH = 24;

/** The nouns a race's distance in metres comes before: "the 100m final", "the 200m world record". */
const RACE_NOUNS: ReadonlySet<string> = new Set(['final', 'finals', 'heat', 'heats', 'semifinal', 'semi-final', 'race', 'world', 'record', 'title', 'hurdles',
  'freestyle', 'backstroke', 'breaststroke', 'butterfly', 'medley', 'relay', 'sprint', 'dash', 'champion', 'gold', 'silver', 'bronze']);
/** A field event's mark: metres with two places of centimetres ("5.92", "92.97"). */
const FIELD_MARK = /^\d{1,2}\.\d\d$/;
/** A currency's code written before an amount ("EUR 5.92m"). */
const CURRENCY_CODE = /^[A-Z]{3}$/;

/** Whose race a distance in the possessive names. */
const RACE_FIELDS: ReadonlySet<string> = new Set(['women', 'men', 'girls', 'boys']);

/** What may follow "the 100m" when it names a race: a full stop, "in", "and" ("the 100m people" counts millions). */
const RACE_END_POS: ReadonlySet<string> = new Set(['PUNCT', 'ADP', 'CCONJ']);

/** ".08": a full stop that touches the digits after it and no word before it. */
function leadingDot(words: readonly Word[], i: number): number | undefined {
  const [w, next, prev] = [words[i], wordAt(words, i + 1, i), words[i - 1]];
  if (w.lower !== '.' || !next?.attached || !DIGITS.test(next.text)) return undefined;
  if (w.attached && prev && /[\p{L}\d]$/u.test(prev.text)) return undefined;
  return Number(`0.${next.text}`);
}

/** "and a half", "and a third", "-and-a-half" at word k: the denominator and the last word. */
export function andAFraction(words: readonly Word[], k: number, of: number): { denominator: number; last: number } | null {
  const hyphenated = NUMBER_HYPHENS.has(wordAt(words, k, of)?.lower ?? '') && words[k].attached;
  const step = hyphenated ? 2 : 1;
  const at = (n: number) => wordAt(words, k + (hyphenated ? 1 : 0) + n * step, of);
  if (hyphenated && [0, 1, 2].some((n) => !at(n)?.attached || (n > 0 && !NUMBER_HYPHENS.has(words[k + 1 + n * 2 - 1].lower)))) return null;
  if (at(0)?.lower !== 'and' || !ARTICLES.has(at(1)?.lower ?? '')) return null;
  const denominator = singularFraction(at(2)?.lower);
  return denominator ? { denominator, last: k + (hyphenated ? 1 : 0) + 2 * step } : null;
}

/** The value of one in the last decimal place of digits with these decimals (none: 1; "50": 0.01). */
function ofLastPlace(decimals: string | undefined): number {
  return decimals === undefined ? 1 : 10 ** -decimals.length;
}

/** A sum with decimals without the binary rounding error it picks up (4.86 + 0.0075 is 4.8675, not 4.867500000000001). */
const exact = (x: number, decimals: string | undefined) => (decimals === undefined ? x : Number(x.toPrecision(12)));

/** The denominator of a fraction word that takes "a" ("half", "third", "quarter"), not of a plural. */
function singularFraction(word: string | undefined): number | undefined {
  return word === undefined || word.endsWith('s') ? undefined : lookup(FRACTION_WORDS, word);
}

/** "a millionth of a metre", "one-hundredth of a percent": an ordinal of a hundred or more before "of" is a fraction's denominator ("the one hundredth edition" ranks). */
function partOf(words: readonly Word[], k: number, of: number): number | undefined {
  const ordinal = lookup(ORDINAL_WORDS, wordAt(words, k, of)?.lower ?? '');
  return ordinal !== undefined && ordinal >= 100 && wordAt(words, k + 1, of)?.lower === 'of' ? ordinal : undefined;
}

/** "one third", "two thirds", but not "three half" ("three half-time substitutions"): the plural goes with more than one. */
function fractionFits(count: number, word: string | undefined): boolean {
  if (word === undefined || lookup(FRACTION_WORDS, word) === undefined) return false;
  return (count === 1) === !word.endsWith('s');
}

/** A singular fraction word below one before a noun, as in "a three-quarter majority", "a two-third stake" (not "a four-quarter test"). */
function adjectival(words: readonly Word[], k: number, of: number, count: number): boolean {
  const w = words[k].lower;
  const denominator = lookup(FRACTION_WORDS, w);
  return denominator !== undefined && count < denominator && w !== 'half' && !w.endsWith('s') && wordAt(words, k + 1, of)?.pos === 'NOUN';
}

/** A hyphen right after word k makes it part of a compound adjective ("three-quarter-length", "a fifth-inning"). */
function hyphenAfter(words: readonly Word[], k: number, of: number): boolean {
  const next = wordAt(words, k + 1, of);
  return !!next?.attached && NUMBER_HYPHENS.has(next.lower);
}

/** A scale after a fraction: "(half) a million", "(a quarter) million", "(two thirds) of a million". */
function scaleAfter(words: readonly Word[], k: number, of: number): { scale: number; last: number } | null {
  let j = k;
  // "a half-million", "a half-dozen", "half-a-million"
  const hyphen = wordAt(words, j, of);
  if (hyphen?.attached && NUMBER_HYPHENS.has(hyphen.lower) && wordAt(words, j + 1, of)?.attached) {
    const hyphenedA = ARTICLES.has(words[j + 1].lower) && NUMBER_HYPHENS.has(wordAt(words, j + 2, of)?.lower ?? '') && wordAt(words, j + 3, of)?.attached;
    if (hyphenedA) j += 2;
    const w = words[j + 1].lower;
    const scale = lookup(SCALE_WORDS, w) ?? lookup(DOZEN_WORDS, w);
    return scale ? { scale, last: j + 1 } : null;
  }
  if (wordAt(words, j, of)?.lower === 'of') j++;
  if (ARTICLES.has(wordAt(words, j, of)?.lower ?? '')) j++;
  else if (j > k) return null;
  const w = wordAt(words, j, of)?.lower ?? '';
  const scale = lookup(SCALE_WORDS, w) ?? lookup(DOZEN_WORDS, w);
  return scale ? { scale, last: j } : null;
}

/** "thousands", "tens of thousands", "dozens", "several hundred", "a few thousand". */
function readVague(words: readonly Word[], i: number): Numeral | null {
  const w = words[i];
  const next = wordAt(words, i + 1, i);
  // "100s of people", "10s of thousands": the plural of a power of ten in digits reads as "hundreds", before "of" ("in his 20s" is an age)
  // (the commas taken out only where there are any: most words asked have none)
  const digits = ROUND_PLURAL.test(w.lower.includes(',') ? w.lower.replace(/,/g, '') : w.lower);
  // "in the 90s", "the low 30s": a band of ten degrees, a number only where measure.ts finds a temperature (else a decade or an age)
  if (TENS_PLURAL.test(w.lower) && next?.lower !== 'of') return numeral(i, i, 'cardinal', undefined, { vague: true, needsMeasure: true });
  if (VAGUE_PLURALS.has(w.lower) || digits) {
    const after = wordAt(words, i + 2, i);
    // "tens of thousands", "hundreds of millions"
    if (next?.lower === 'of' && after && VAGUE_PLURALS.has(after.lower) && after.lower !== 'dozens') {
      return numeral(i, i + 2, 'cardinal', undefined, { vague: true });
    }
    if ((VAGUE_PLURALS_BEFORE_OF.has(w.lower) || digits) && next?.lower !== 'of') return null;
    return numeral(i, i, 'cardinal', undefined, { vague: true });
  }
  let k = i;
  if (w.lower === 'a' && next?.lower === 'few') k = i + 1;
  const count = wordAt(words, k, i);
  const scale = wordAt(words, k + 1, i);
  if (count && VAGUE_COUNTS.has(count.lower) && scale && (lookup(SCALE_WORDS, scale.lower) || lookup(DOZEN_WORDS, scale.lower))) {
    // (and the scales after it: "several hundred billion yuan", "a few hundred thousand people")
    let last = k + 1;
    while (lookup(SCALE_WORDS, wordAt(words, last + 1, i)?.lower ?? '')) last++;
    return numeral(i, last, 'cardinal', undefined, { vague: true });
  }
  return null;
}

type Step = 'none' | 'a' | 'unit' | 'tens' | 'hundred' | 'scale' | 'hyphen' | 'and' | 'half' | 'point';


/** A fraction, or that fraction of a scale: "two thirds" or "two thirds of a million". */
function fractionOrScaled(words: readonly Word[], i: number, k: number, value: number): Numeral {
  const s = scaleAfter(words, k + 1, i);
  return s ? numeral(i, s.last, 'cardinal', scaled(s.scale, value), {}) : numeral(i, k, 'fraction', value, {});
}

/** A count that a scale word may multiply, ending at word `last`: "a" (one) before "million", "a couple" (two) before "hundred". */
interface Count {
  count: number;
  last: number;
}

const isScale = (w: Word | undefined) => !!w && (lookup(SCALE_WORDS, w.lower) !== undefined || lookup(DOZEN_WORDS, w.lower) !== undefined);

/**
 * "a" or "an" first: one of a scale ("a million"), a fraction ("a fifth", "a quarter million"),
 * two ("a couple of", "a couple hundred") or one of a unit ("a dollar").
 */
function readArticle(words: readonly Word[], i: number): Numeral | Count | null {
  const next = wordAt(words, i + 1, i);
  if (!next) return null;
  if (isScale(next)) return { count: 1, last: i };
  const after = wordAt(words, i + 2, i);
  const couple = lookup(COUPLE_WORDS, next.lower);
  if (couple !== undefined) {
    if (isScale(after)) return { count: couple, last: i + 1 };
    if (isWholeSentence(words, i, i + 1)) return numeral(i, i + 1, 'cardinal', couple, {});
    if (after?.lower !== 'of') return null;
    return isScale(wordAt(words, i + 3, i)) ? { count: couple, last: i + 2 } : numeral(i, i + 1, 'cardinal', couple, {});
  }
  const score = lookup(SCORE_WORDS, next.lower);
  if (score !== undefined) {
    const counted = wordAt(words, i + 3, i);
    // no word that may start a number after "of" (read by its first word only, so a chain "a score of a score of ..." stays linear)
    return after?.lower === 'of' && counted && counted.pos !== 'DET' && !mayStart(counted.lower) ? numeral(i, i + 1, 'cardinal', score, {}) : null;
  }
  const denominator = singularFraction(next.lower) ?? partOf(words, i + 1, i);
  if (denominator) {
    const s = scaleAfter(words, i + 2, i);
    if (s) return numeral(i, s.last, 'cardinal', scaled(s.scale, 1 / denominator), {});
    // "a third of the vote", "cut by a fifth" are fractions; "a third term" is an ordinal and not read here
    // "a quarter-point cut", "a quarter point": a fraction of a point on its own
    const point = after?.attached && NUMBER_HYPHENS.has(after.lower) && wordAt(words, i + 3, i)?.attached ? wordAt(words, i + 3, i) : after;
    if (point && POINT_WORDS.has(point.lower)) return numeral(i, i + 1, 'fraction', 1 / denominator, {});
    // "a fifth-inning tie" ranks; "a third-of-a-mile" is a fraction joined by hyphens
    if (after?.attached && NUMBER_HYPHENS.has(after.lower) && wordAt(words, i + 3, i)?.lower !== 'of') return null;
    // "roughly a third need care": an approximator before it makes a share of a fraction, which no rank is
    const approximated = qualifierOf(words, i, i + 1) !== undefined;
    // "A third plane hit the Pentagon. A fourth, United Flight 93, ...": after the rank below it, a rank in a series.
    if (!approximated && after?.lower !== 'of' && followsRankBelow(words, i, lookup(ORDINAL_WORDS, next.lower))) return null;
    // "A seventh, Oliver Schmidt, was sentenced": a rank whose name follows after a comma.
    const named = wordAt(words, i + 3, i);
    if (!approximated && after?.text === ',' && named && isCapitalised(named)) return null;
    // "fell by a third last year": the size of a change, with no noun after it to rank
    if (after?.lower === 'of' || !after || !NOUN_LIKE.has(after.pos) || COMPARATIVES.has(after.lower) || approximated || sizeOfChange(words, i, after)) return numeral(i, i + 1, 'fraction', 1 / denominator, {});
    // "a half percentage point", "a quarter mile": a fraction of the unit that follows
    if (lookup(ORDINAL_WORDS, next.lower) === undefined) return numeral(i, i + 1, 'fraction', 1 / denominator, { needsMeasure: true });
    return null;
  }
  return numeral(i, i, 'cardinal', 1, { needsMeasure: true });
}

/**
 * Whether the rank just below `rank` ("third" before "a fourth") is written within RANK_REACH words before word `i`, in
 * its sentence or an earlier one: "A third plane ... A fourth, United Flight 93, went down", "added a third for Porto"
 * after "the second".
 */
function followsRankBelow(words: readonly Word[], i: number, rank: number | undefined): boolean {
  if (rank === undefined || rank < 3) return false;
  for (let k = i - 1; k >= 0 && k >= i - RANK_REACH; k--) {
    // (not "A third said no, and a fourth ...": a share before no noun is no rank)
    if (lookup(ORDINAL_WORDS, words[k].lower) === rank - 1 && !(ARTICLES.has(words[k - 1]?.lower ?? '') && !NOUN_LIKE.has(words[k + 1]?.pos ?? ''))) return true;
  }
  return false;
}
/** How far back the rank below is looked for. */
const RANK_REACH = 40;

/**
 * "half a million", "half a dozen"; "half the passengers", "half of its gas"; otherwise a lone
 * "half" or "quarter" counts only before a unit ("half a litre").
 */
function readBareFraction(words: readonly Word[], i: number): Numeral | null {
  const w = words[i].lower;
  if (w !== 'half' && w !== 'quarter') return fractionOfUnit(words, i) ?? shareAtAnEnd(words, i);
  const value = 1 / FRACTION_WORDS[w];
  // "the first half of the match", "the second quarter": a period of the whole, ranked, not a fraction
  if (lookup(ORDINAL_WORDS, wordAt(words, i - 1, i)?.lower ?? '') !== undefined) return null;
  const s = scaleAfter(words, i + 1, i);
  if (s) return numeral(i, s.last, 'cardinal', scaled(s.scale, value), {});
  const next = wordAt(words, i + 1, i);
  const d = next?.lower === 'of' ? i + 2 : i + 1;
  const [determiner, noun] = [wordAt(words, d, i), wordAt(words, d + 1, i)];
  // "half of voters", "half of total imports": of a plural with no determiner, an adjective or none before it
  const plural = (w: Word | undefined) => !!w && (w.pos === 'NOUN' || w.pos === 'PROPN') && isPlural(w.text);
  // "half of output", "half of global spot trading": of a thing counted by no unit, past its adjectives, a share of it too
  // (not "half of last year", "of the time")
  let massAt = d;
  while (wordAt(words, massAt, i)?.pos === 'ADJ') massAt++;
  const mass = wordAt(words, massAt, i);
  const ofMass = next?.lower === 'of' && mass?.pos === 'NOUN' && /^\p{Ll}/u.test(mass.text) && !TIME_UNITS.has(mass.lower);
  const ofPlural = next?.lower === 'of' && (plural(determiner) || (determiner?.pos === 'ADJ' && plural(noun)) || ofMass);
  if (w === 'half' && determiner && ((FRACTION_OF_DETERMINERS.has(determiner.lower) && !ARTICLES.has(determiner.lower) && !HALF_IDIOM_NOUNS.has(noun?.lower ?? '')) || ofPlural)) {
    return numeral(i, i, 'fraction', value, {});
  }
  // "cut by half", "rose by half last year": the size of a change; "Half." on its own, as an answer (a quarter on its own
  // is a coin)
  const changeBy = sizeOfChange(words, i, next);
  // "half a point": a fraction of a point is a number on its own, as "a quarter point" is
  const ofAPoint = next?.lower === 'a' && POINT_WORDS.has(wordAt(words, i + 2, i)?.lower ?? '');
  // "fewer than half were full", "roughly half said yes": after a qualifier of size, a lone "half" that no noun, figure,
  // article or hyphen follows is a share (not "about half past six", a clock)
  const qualified = w === 'half' && HALF_SHARE_QUALIFIERS.has(leadingQualifier(words, i) ?? '') && !next?.attached
    && !NOMINAL.has(next?.pos ?? '') && next?.pos !== 'NUM' && next?.pos !== 'DET' && next?.lower !== 'past';
  if (changeBy || ofAPoint || qualified || (w === 'half' && isWholeSentence(words, i, i))) return numeral(i, i, 'fraction', value, {});
  return numeral(i, i, 'fraction', value, { needsMeasure: true });
}

/**
 * Whether the fraction whose first word is i follows a change's "by" with no noun or figure after it to measure ("fell by a
 * third last year", "cut by half"), nor a clock's "past" ("by half past six").
 */
function sizeOfChange(words: readonly Word[], i: number, after: Word | undefined): boolean {
  return wordAt(words, i - 1, i)?.lower === 'by' && !NOMINAL.has(after?.pos ?? '') && after?.pos !== 'NUM' && after?.lower !== 'past';
}

/**
 * "the poorest fifth of households", "the top tenth": a fraction word after "the" and a superlative or an end of a ranking
 * is a share of the whole, no rank (not before a noun it ranks: "the best third baseman", nor a hyphen: "third-quarter").
 */
function shareAtAnEnd(words: readonly Word[], i: number): Numeral | null {
  const denominator = singularFraction(words[i].lower);
  const [the, end, next] = [wordAt(words, i - 2, i), wordAt(words, i - 1, i), wordAt(words, i + 1, i)];
  if (!denominator || the?.lower !== 'the' || !end || next?.attached || NOMINAL.has(next?.pos ?? '')) return null;
  return RANKING_ENDS.has(end.lower) || (end.pos === 'ADJ' && SUPERLATIVE.test(end.lower)) ? numeral(i, i, 'fraction', 1 / denominator, {}) : null;
}
const SUPERLATIVE = /\w{2}est$/;

/** "tenth of a gallon", "fourth of liter": a fraction without "a" only before a unit (else "fourth" is an ordinal). */
function fractionOfUnit(words: readonly Word[], i: number): Numeral | null {
  const denominator = singularFraction(words[i].lower);
  if (!denominator || wordAt(words, i + 1, i)?.lower !== 'of') return null;
  const k = ARTICLES.has(wordAt(words, i + 2, i)?.lower ?? '') ? i + 3 : i + 2;
  const unit = wordAt(words, k, i);
  return unit && lookup(UNITS, unit.lower) !== undefined ? numeral(i, i, 'fraction', 1 / denominator, { needsMeasure: true }) : null;
}

/** Number words, optionally ending in an ordinal or a fraction; "a" stands for one before a scale. */
function readWords(words: readonly Word[], i: number): Numeral | null {
  let total = 0;
  let group = 0;
  let last = -1;
  let lastScale = 1;
  let scaleSteps = 0;
  let prev: Step = 'none';
  const lower = (k: number) => wordAt(words, k, i)?.lower;
  const end = (k: number, kind: NumeralKind, value: number) => numeral(i, k, kind, value, {});
  // a hyphen at word k written between two words; a word for a number or an ordinal below a hundred at word k
  const joined = (k: number) => NUMBER_HYPHENS.has(lower(k) ?? '') && words[k].attached && !!wordAt(words, k + 1, i)?.attached;
  const belowHundred = (k: number) => (lookup(UNIT_WORDS, lower(k) ?? '') ?? lookup(ORDINAL_WORDS, lower(k) ?? '') ?? 100) < 100;
  const first = words[i].lower;
  if (ARTICLES.has(first)) {
    const read = readArticle(words, i);
    if (!read || !('count' in read)) return read;
    group = read.count;
    prev = 'a';
    last = read.last;
  } else if (bareScale(words, i)) {
    // "thousand liters", "hundred and first": one of the scale, as after "a"
    group = 1;
    prev = 'a';
  } else {
    const bare = readBareFraction(words, i);
    if (bare) return bare;
  }
  for (let k = last >= 0 ? last + 1 : i; ; k++) {
    const w = lower(k);
    if (w === undefined) break;
    const unit = lookup(UNIT_WORDS, w) ?? lookup(SOLID_CARDINALS, w);
    const ordinal = lookup(ORDINAL_WORDS, w) ?? lookup(SOLID_ORDINALS, w);
    const counting = prev === 'unit' || prev === 'tens' || prev === 'a';
    const scale = lookup(SCALE_WORDS, w) ?? (counting || prev === 'hundred' || prev === 'scale' ? lookup(PLURAL_SCALE_WORDS, w) : undefined);
    const denominator = lookup(FRACTION_WORDS, w);
    if (unit !== undefined) {
      const tens = unit >= 20 && unit % 10 === 0;
      const fits = prev === 'none' || prev === 'and' || prev === 'hundred' || prev === 'scale'
        || ((prev === 'tens' || prev === 'hyphen') && unit < 10);
      if (!fits || (prev === 'hundred' && group % 100 !== 0)) break;
      group += unit;
      prev = tens ? 'tens' : 'unit';
    } else if (w === 'hundred' && counting) {
      group *= 100;
      prev = 'hundred';
    } else if (w === 'point' && (prev === 'unit' || prev === 'tens') && digitWord(lower(k + 1))) {
      // spoken decimals: "one point six (billion)"
      let decimals = '';
      while (digitWord(lower(k + 1))) decimals += String(lookup(UNIT_WORDS, lower(++k) ?? ''));
      group += Number(`0.${decimals}`);
      prev = 'point';
      last = k;
      continue;
    } else if (scale && (counting || prev === 'hundred' || prev === 'half' || prev === 'point')) {
      scaleSteps++;
      total += scaled(group, scale);
      group = 0;
      lastScale = scale;
      prev = 'scale';
    } else if (scale && prev === 'scale' && scale > lastScale) {
      // "three thousand million(s)"
      total = scaled(total, scale);
      lastScale = scale;
    } else if (lookup(DOZEN_WORDS, w) && counting) {
      // "a dozen and a half" = 18, "two dozen and a half" = 30: the fraction is of a dozen
      const part = andAFraction(words, k + 1, i);
      return end(part ? part.last : k, 'cardinal', total + (group + (part ? 1 / part.denominator : 0)) * DOZEN_WORDS[w]);
    } else if (NUMBER_HYPHENS.has(w) && (counting || prev === 'hundred') && prev !== 'a' && words[k].attached && wordAt(words, k + 1, i)?.attached
      && lookup(SCALE_WORDS, lower(k + 1) ?? '') !== undefined) {
      // "ten-thousand", "two-hundred", "forty-five-million"
      continue;
    } else if (NUMBER_HYPHENS.has(w) && prev === 'tens' && words[k].attached) {
      const next = wordAt(words, k + 1, i);
      if (!next?.attached || !((lookup(UNIT_WORDS, next.lower) ?? 10) < 10 || (lookup(ORDINAL_WORDS, next.lower) ?? 10) < 10)) break;
      prev = 'hyphen';
      continue;
    } else if (NUMBER_HYPHENS.has(w) && prev === 'unit' && group <= 10 && words[k].attached && wordAt(words, k + 1, i)?.attached
      && (fractionFits(group, lower(k + 1)) || adjectival(words, k + 1, i, group) || (group === 1 && partOf(words, k + 1, i))) && !hyphenAfter(words, k + 1, i)) {
      // "two-thirds", "one-eighth", "two-thirds of a million", "a three-quarter majority", "one-hundredth of a percent"
      return fractionOrScaled(words, i, k + 1, group / (lookup(FRACTION_WORDS, lower(k + 1) ?? '') ?? partOf(words, k + 1, i) ?? 1));
    } else if ((w === 'and' || NUMBER_HYPHENS.has(w)) && (counting || prev === 'scale') && andAFraction(words, k, i)) {
      // "two and a third", "two and a half (million)", "two million and a half"
      const part = andAFraction(words, k, i)!;
      last = part.last;
      if (prev === 'scale') {
        total += scaled(lastScale, 1 / part.denominator);
        break;
      }
      group += 1 / part.denominator;
      prev = 'half';
      k = part.last;
      continue;
    } else if (w === 'and' && (prev === 'hundred' || prev === 'scale') && belowHundred(joined(k + 1) ? k + 2 : k + 1)) {
      // "one hundred and six", "one hundred and first", "one-hundred-and-twenty"
      prev = 'and';
      continue;
    } else if (joined(k) && ((prev === 'and' && belowHundred(k + 1)) || ((prev === 'hundred' || prev === 'scale') && lower(k + 1) === 'and' && joined(k + 2)))) {
      // the hyphens of "one-hundred-and-twenty"
      continue;
    } else if (w === ',' && prev === 'scale' && lastScale >= 1000 && (lookup(UNIT_WORDS, lower(k + 1) ?? '') ?? 0) > 0 && lower(k + 2) === 'hundred') {
      // "one thousand, two hundred and thirty-four"; not a list ("two thousand, three more")
      continue;
    } else if (denominator && prev === 'unit' && total === 0 && (group <= 10 || group < denominator) && fractionFits(group, w) && !hyphenAfter(words, k, i)) {
      // "two thirds", "twenty-one hundredths"
      return fractionOrScaled(words, i, k, group / denominator);
    } else if (ordinal !== undefined && ordinal >= 100 && (counting || (prev === 'hundred' && ordinal > 100))) {
      // "one thousandth of his income" is a fraction; "two thousandth", "three hundred thousandth" rank
      if (prev === 'unit' && total + group === 1 && partOf(words, k, i)) return end(k, 'fraction', 1 / ordinal);
      return end(k, 'ordinal', total + group * ordinal);
    } else if (ordinal !== undefined && (prev === 'none' || ((prev === 'tens' || prev === 'hyphen') && ordinal < 10)
      || ((prev === 'hundred' || prev === 'scale' || prev === 'and') && ordinal < 100))) {
      return end(k, 'ordinal', total + group + ordinal);
    } else {
      break;
    }
    last = k;
  }
  if (last < 0 || prev === 'a') return null;
  // "six million" ends in its one scale, which "five to six million" shares
  const scale = prev === 'scale' && scaleSteps === 1 ? lastScale : undefined;
  return numeral(i, last, 'cardinal', total + group, { loneOne: last === i && first === 'one', scale });
}

/**
 * A scale word that counts one without "a" before it ("thousand liters"): in lower case, not after
 * a determiner, a preposition or a number ("the hundred days", "per thousand"; "five thousand" is read from
 * "five"), but after a determiner as an ordinal ("the hundred and first").
 */
function bareScale(words: readonly Word[], i: number): boolean {
  const w = words[i];
  if (!BARE_SCALES.has(w.text) || hyphenAfter(words, i, i)) return false;
  const prev = wordAt(words, i - 1, i);
  if (prev?.pos === 'DET' && ordinalAfterAnd(words, i)) return true;
  return !prev || !(['DET', 'ADP', 'NUM', 'PRON'].includes(prev.pos) || /\d$/.test(prev.text) || lookup(UNIT_WORDS, prev.lower) !== undefined);
}

/** "(the hundred) and first": "and" and an ordinal word below a hundred after the scale at word i, which ranks it. */
function ordinalAfterAnd(words: readonly Word[], i: number): boolean {
  const ordinal = wordAt(words, i + 2, i);
  return wordAt(words, i + 1, i)?.lower === 'and' && !!ordinal && (lookup(ORDINAL_WORDS, ordinal.lower) ?? lookup(SOLID_ORDINALS, ordinal.lower) ?? 100) < 100;
}

/** A word for a single digit, as read out in decimals ("point six five"). */
function digitWord(word: string | undefined): boolean {
  const unit = word === undefined ? undefined : lookup(UNIT_WORDS, word);
  return unit !== undefined && unit < 10;
}

function numeral(
  first: number, last: number, kind: NumeralKind, value: number | undefined,
  flags: { digitsOnly?: boolean; yearLike?: boolean; vague?: boolean; loneOne?: boolean; needsMeasure?: boolean; scale?: number; multiple?: boolean },
): Numeral {
  return {
    first, last, kind, value,
    vague: flags.vague || undefined,
    digitsOnly: flags.digitsOnly ?? false,
    yearLike: flags.yearLike ?? false,
    loneOne: flags.loneOne ?? false,
    needsMeasure: flags.needsMeasure ?? false,
    ...(flags.scale ? { scale: flags.scale } : {}),
    ...(flags.multiple ? { multiple: true } : {}),
  };
}
