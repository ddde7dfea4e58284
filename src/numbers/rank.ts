// A rank written as "No." or "#" and digits: an ORDINAL where the words around it rank something ("ranked
// No. 1", "the No. 3 seed"); elsewhere the sign introduces a code, which context.ts leaves out.
import type { Measure } from './measure.js';
import type { Numeral } from './numeral.js';
import { CODE_INTRODUCERS } from './lexicon/not-numbers.js';
import { LABELLED_NOUNS, RANK_BEFORE, RANK_LINKS, RANK_NOUNS, RANK_SIGNS } from './lexicon/ranks.js';
import { wordAt, type Word } from './words.js';

const POSSESSIVES: ReadonlySet<string> = new Set(["'s", '’s']);

/** The rank "No. 2" whose digits are the numeral n, the sign in its span, or null. */
export function rankOf(words: readonly Word[], n: Numeral): Measure | null {
  if (n.kind !== 'cardinal' || !n.digitsOnly || n.value === undefined || !Number.isInteger(n.value) || n.value < 1) return null;
  const sign = wordAt(words, n.first - 1, n.first);
  if (!sign || !RANK_SIGNS.has(sign.lower) || (sign.lower === '#' && !words[n.first].attached)) return null;
  const next = wordAt(words, n.last + 1, n.first);
  let before = wordAt(words, n.first - 2, n.first);
  if (before && RANK_LINKS.has(before.lower)) before = wordAt(words, n.first - 3, n.first);
  // "No. 10 Downing Street": a name after it makes an address; "the No. 7 bus", "his No. 10 shirt" are labels
  if (next && (/^\p{Lu}/u.test(next.text) || CODE_INTRODUCERS.has(next.lower) || LABELLED_NOUNS.has(next.lower))) return null;
  // "India's No. 1 bowler", "the world's No. 2": a possessive owns the rank
  const ranks = (!!next && RANK_NOUNS.has(next.lower)) || (!!before && (RANK_BEFORE.has(before.lower) || POSSESSIVES.has(before.lower)));
  return ranks ? { type: 'ORDINAL', first: n.first - 1, last: n.last, value: n.value } : null;
}
