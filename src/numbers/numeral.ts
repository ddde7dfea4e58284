// Reads the numeral that starts at a word: digits ("1,500", "2.5", "10k", "1.2 million", "66th"),
// number words ("one hundred and six", "twenty-first", "a dozen", "two thirds") and vague
// quantities ("thousands", "tens of thousands", "several hundred"). Knows nothing of context.
import { lookup } from './lexicon/lookup.js';
import {
  DOZEN_WORDS, FRACTION_WORDS, ORDINAL_WORDS, SCALE_SUFFIXES, SCALE_WORDS, UNIT_WORDS,
  VAGUE_COUNTS, VAGUE_PLURALS, VAGUE_PLURALS_BEFORE_OF,
} from '../lexicon/number-words.js';
import { wordAt, type Word } from './words.js';

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
}

const CARDINAL_DIGITS = /^(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?$/;
const ORDINAL_DIGITS = /^(\d+)(?:st|nd|rd|th)$/;
const YEAR = /^(1[5-9]|20)\d\d$/;
const SIMPLE_FRACTION = /^(\d{1,2})\/(\d{1,2})$/;

/** Multiplies without binary noise: 1.2 × 1e9 = 1200000000, not 1199999999.9999998. */
export function scaled(value: number, scale: number): number {
  return Number((value * scale).toPrecision(15));
}

export function readNumeral(words: readonly Word[], i: number): Numeral | null {
  const w = words[i];
  if (!w) return null;
  return readDigits(words, i) ?? readVague(words, i) ?? readWords(words, i);
}

function readDigits(words: readonly Word[], i: number): Numeral | null {
  const w = words[i];
  const ord = ORDINAL_DIGITS.exec(w.lower);
  if (ord) return numeral(i, i, 'ordinal', Number(ord[1]), { digitsOnly: true });
  if (!CARDINAL_DIGITS.test(w.lower)) return null;
  let value = Number(w.lower.replace(/,/g, ''));
  let last = i;
  // a mixed number: "2 1/2", "37 3/4"
  const fraction = SIMPLE_FRACTION.exec(wordAt(words, i + 1, i)?.text ?? '');
  if (fraction && !words[i + 1].attached && /^\d+$/.test(w.lower) && Number(fraction[1]) < Number(fraction[2])) {
    value += Number(fraction[1]) / Number(fraction[2]);
    last = i + 1;
  }
  const suffix = wordAt(words, i + 1, i);
  const suffixScale = suffix?.attached ? lookup(SCALE_SUFFIXES, suffix.lower) : undefined;
  if (suffixScale !== undefined && last === i) {
    return numeral(i, i + 1, 'cardinal', scaled(value, suffixScale), { digitsOnly: false });
  }
  for (let k = last + 1; ; k++) {
    const next = wordAt(words, k, i);
    const scale = next && (lookup(SCALE_WORDS, next.lower) ?? lookup(DOZEN_WORDS, next.lower));
    if (!scale) break;
    value = scaled(value, scale);
    last = k;
  }
  return numeral(i, last, 'cardinal', value, {
    digitsOnly: last === i,
    yearLike: last === i && YEAR.test(w.lower),
  });
}

/** "thousands", "tens of thousands", "dozens", "several hundred", "a few thousand". */
function readVague(words: readonly Word[], i: number): Numeral | null {
  const w = words[i];
  const next = wordAt(words, i + 1, i);
  if (VAGUE_PLURALS.has(w.lower)) {
    const after = wordAt(words, i + 2, i);
    // "tens of thousands", "hundreds of millions"
    if (next?.lower === 'of' && after && VAGUE_PLURALS.has(after.lower) && after.lower !== 'dozens') {
      return numeral(i, i + 2, 'cardinal', undefined, { vague: true });
    }
    if (VAGUE_PLURALS_BEFORE_OF.has(w.lower) && next?.lower !== 'of') return null;
    return numeral(i, i, 'cardinal', undefined, { vague: true });
  }
  let k = i;
  if (w.lower === 'a' && next?.lower === 'few') k = i + 1;
  const count = wordAt(words, k, i);
  const scale = wordAt(words, k + 1, i);
  if (count && VAGUE_COUNTS.has(count.lower) && scale && (lookup(SCALE_WORDS, scale.lower) || lookup(DOZEN_WORDS, scale.lower))) {
    return numeral(i, k + 1, 'cardinal', undefined, { vague: true });
  }
  return null;
}

type Step = 'none' | 'a' | 'unit' | 'tens' | 'hundred' | 'scale' | 'hyphen' | 'and' | 'half' | 'point';

/** Number words, optionally ending in an ordinal or a fraction; "a" stands for one before a scale. */
function readWords(words: readonly Word[], i: number): Numeral | null {
  let total = 0;
  let group = 0;
  let last = -1;
  let prev: Step = 'none';
  const lower = (k: number) => wordAt(words, k, i)?.lower;
  const end = (k: number, kind: NumeralKind, value: number) => numeral(i, k, kind, value, { digitsOnly: false });
  const first = words[i].lower;
  if (first === 'a' || first === 'an') {
    const next = lower(i + 1) ?? '';
    const fraction = lookup(FRACTION_WORDS, next);
    // "a third of the vote" is a fraction; "a third term" is an ordinal and not read here
    if (fraction && next !== 'half' && !next.endsWith('s') && lower(i + 2) === 'of') return end(i + 1, 'fraction', 1 / fraction);
    if (!lookup(SCALE_WORDS, next) && !lookup(DOZEN_WORDS, next)) return null;
    group = 1;
    prev = 'a';
    last = i;
  }
  for (let k = last >= 0 ? last + 1 : i; ; k++) {
    const w = lower(k);
    if (w === undefined) break;
    const unit = lookup(UNIT_WORDS, w);
    const ordinal = lookup(ORDINAL_WORDS, w);
    const scale = lookup(SCALE_WORDS, w);
    const denominator = lookup(FRACTION_WORDS, w);
    const counting = prev === 'unit' || prev === 'tens' || prev === 'a';
    if (unit !== undefined) {
      const tens = unit >= 20;
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
      total += scaled(group, scale);
      group = 0;
      prev = 'scale';
    } else if (lookup(DOZEN_WORDS, w) && counting) {
      return end(k, 'cardinal', total + group * DOZEN_WORDS[w]);
    } else if (w === '-' && prev === 'tens' && words[k].attached) {
      const next = wordAt(words, k + 1, i);
      if (!next?.attached || !((lookup(UNIT_WORDS, next.lower) ?? 10) < 10 || (lookup(ORDINAL_WORDS, next.lower) ?? 10) < 10)) break;
      prev = 'hyphen';
      continue;
    } else if (w === '-' && prev === 'unit' && group <= 10 && words[k].attached && wordAt(words, k + 1, i)?.attached
      && lookup(FRACTION_WORDS, lower(k + 1) ?? '')) {
      // "two-thirds", "one-eighth"
      return end(k + 1, 'fraction', group / (lookup(FRACTION_WORDS, lower(k + 1) ?? '') ?? 1));
    } else if (w === 'and' && counting && lower(k + 1) === 'a' && lower(k + 2) === 'half') {
      // "two and a half (million)"
      group += 0.5;
      prev = 'half';
      k += 2;
      last = k;
      continue;
    } else if (w === 'and' && (prev === 'hundred' || prev === 'scale') && lookup(UNIT_WORDS, lower(k + 1) ?? '') !== undefined) {
      prev = 'and';
      continue;
    } else if (denominator && prev === 'unit' && total === 0 && group <= 10) {
      return end(k, 'fraction', group / denominator);
    } else if (ordinal !== undefined && ordinal >= 100 && counting) {
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
  return numeral(i, last, 'cardinal', total + group, {
    digitsOnly: false,
    loneOne: last === i && first === 'one',
  });
}

/** A word for a single digit, as read out in decimals ("point six five"). */
function digitWord(word: string | undefined): boolean {
  const unit = word === undefined ? undefined : lookup(UNIT_WORDS, word);
  return unit !== undefined && unit < 10;
}

function numeral(
  first: number, last: number, kind: NumeralKind, value: number | undefined,
  flags: { digitsOnly?: boolean; yearLike?: boolean; vague?: boolean; loneOne?: boolean },
): Numeral {
  return {
    first, last, kind, value,
    vague: flags.vague || undefined,
    digitsOnly: flags.digitsOnly ?? false,
    yearLike: flags.yearLike ?? false,
    loneOne: flags.loneOne ?? false,
  };
}
