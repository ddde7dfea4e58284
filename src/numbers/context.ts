// Why a numeral that reads as a CARDINAL or ORDINAL is not one here: it is part of a date, a
// time, a code or a name, or it is the pronoun "one". Returns the reason, or null.
import { CODE_INTRODUCERS, PRONOUN_ONE_AFTER, PRONOUN_ONE_BEFORE } from './lexicon/not-numbers.js';
import { CLOCK_MARKERS, MONTHS, TIME_UNITS, WEEKDAYS } from './lexicon/time-words.js';
import type { Numeral } from './numeral.js';
import { wordAt, type Word } from './words.js';

export type NotANumber = 'date' | 'time' | 'code' | 'name' | 'score' | 'pronoun';

const CODE_NEIGHBOUR = /[\p{L}\d.\/#:]$/u;
const STARTS_ALNUM = /^[\p{L}\d\/:]/u;
const DIGITS = /^\d/;
const ONE_NEXT_WORDS = new Set(['of', 'in', 'out', 'or', 'to']);
const ONE_NEXT_POS = new Set(['NOUN', 'PROPN', 'ADJ', 'NUM']);

export function notANumber(words: readonly Word[], n: Numeral, hasQualifier: boolean): NotANumber | null {
  const w = words[n.first];
  const prev = wordAt(words, n.first - 1, n.first);
  const prev2 = wordAt(words, n.first - 2, n.first);
  const next = wordAt(words, n.last + 1, n.first);
  const next2 = wordAt(words, n.last + 2, n.first);
  // the word after the numeral, looking through a hyphen ("30-year old")
  const after = next?.lower === '-' && next.attached ? next2 : next;

  if (prev && w.attached && CODE_NEIGHBOUR.test(prev.text)) return 'code';
  if (prev?.lower === '-' && w.attached && prev2 && prev.attached && /\p{L}$/u.test(prev2.text)) return 'code';
  if (next?.attached && STARTS_ALNUM.test(next.text)) return 'code';
  if (prev && CODE_INTRODUCERS.has(prev.lower) && n.digitsOnly) return 'code';

  if (n.yearLike && !hasQualifier) return 'date';
  if ((prev && MONTHS.has(prev.lower)) || (next && MONTHS.has(next.lower))) return 'date';
  if (next?.lower === 'of' && next2 && MONTHS.has(next2.lower)) return 'date';
  if (after && TIME_UNITS.has(after.lower)) return 'date';
  if (n.vague && next?.lower === 'of' && next2 && TIME_UNITS.has(next2.lower)) return 'date';
  if (after && CLOCK_MARKERS.has(after.lower)) return 'time';

  // "2 - 1": a score or a range, neither with one value
  if (next?.lower === '-' && next2 && DIGITS.test(next2.text)) return 'score';
  if (prev?.lower === '-' && prev2 && DIGITS.test(prev2.text)) return 'score';
  if (n.digitsOnly && !/[,.]/.test(w.text) && prev && isNamePart(prev, words, n.first)) return 'name';

  if (n.loneOne && isPronounOne(prev, next)) return 'pronoun';
  if (n.kind === 'ordinal' && !n.digitsOnly && n.first === n.last) {
    if (w.lower === 'second' && (w.pos === 'NOUN' || w.pos === 'VERB')) return 'pronoun';
    // "First Lady", "Second World War": part of a name
    if (isCapitalised(w) && !isSentenceStart(words, n.first) && next && isCapitalised(next)) return 'name';
  }
  return null;
}

function isNamePart(prev: Word, words: readonly Word[], i: number): boolean {
  return prev.pos === 'PROPN' && isCapitalised(prev) && !isSentenceStart(words, i - 1)
    && !WEEKDAYS.has(prev.lower) && !MONTHS.has(prev.lower);
}

/** "one" counts when a noun or "of" follows ("one person", "one of them"), unless a determiner
 *  or adjective before it makes it a pronoun ("this one urging", "a new one"). */
function isPronounOne(prev: Word | undefined, next: Word | undefined): boolean {
  if (prev && (PRONOUN_ONE_BEFORE.has(prev.lower) || prev.pos === 'DET')) return true;
  if (!next || PRONOUN_ONE_AFTER.has(next.lower)) return true;
  return !(ONE_NEXT_POS.has(next.pos) || ONE_NEXT_WORDS.has(next.lower));
}

function isCapitalised(w: Word): boolean {
  return /^\p{Lu}/u.test(w.text);
}

function isSentenceStart(words: readonly Word[], i: number): boolean {
  return i === 0 || words[i - 1].sentence !== words[i].sentence || /^["“‘'(\[]$/.test(words[i - 1].text);
}
