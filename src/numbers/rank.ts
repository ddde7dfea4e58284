// A rank written as "No.", "#" or "number" and a number: an ORDINAL where the words around it rank something
// ("ranked No. 1", "the No. 3 seed", "world number one"); elsewhere the sign introduces a code, which context.ts
// leaves out.
import type { Measure } from './measure.js';
import type { Numeral } from './numeral.js';
import { CODE_INTRODUCERS, STREET_WORDS } from './lexicon/not-numbers.js';
import { NUMBER_HYPHENS } from '../lexicon/number-words.js';
import { CASED_RANK_SIGNS, LABELLED_NOUNS, NATIONALITY_ENDING, RANK_BEFORE, RANK_LINKS, RANK_NOUNS, RANK_SIGNS, WORD_RANK_SIGNS } from './lexicon/ranks.js';
import { wordAt, type Word } from './words.js';

/** "India's No. 1", "the United States' No 1": the possessive of a name, or its apostrophe after a plural. */
const POSSESSIVES: ReadonlySet<string> = new Set(["'s", '’s', "'", '’']);

/** The rank "No. 2" whose number is the numeral n, the sign in its span, or null. */
export function rankOf(words: readonly Word[], n: Numeral): Measure | null {
  if (n.kind !== 'cardinal' || n.value === undefined || !Number.isInteger(n.value) || n.value < 1) return null;
  const sign = wordAt(words, n.first - 1, n.first);
  // digits after any sign ("#" against them); a number word only after "number" ("world number one")
  const signed = !!sign && (n.digitsOnly ? RANK_SIGNS.has(sign.lower) || CASED_RANK_SIGNS.has(sign.text) || WORD_RANK_SIGNS.has(sign.lower) : WORD_RANK_SIGNS.has(sign.lower) && n.first === n.last);
  if (!sign || !signed || (sign.lower === '#' && !words[n.first].attached)) return null;
  let next = wordAt(words, n.last + 1, n.first);
  let before = wordAt(words, n.first - 2, n.first);
  if (before && RANK_LINKS.has(before.lower)) before = wordAt(words, n.first - 3, n.first);
  // "the #1-ranked team": the rank's noun on a hyphen
  if (next?.attached && NUMBER_HYPHENS.has(next.lower)) next = wordAt(words, n.last + 2, n.first);
  // "India's No. 1 bowler", "the world's No. 2": a possessive owns the rank
  // "the Croatian number one", "the British No. 1 Tim Henman": a nationality or a team's name before the sign ranks
  // within it, where a nationality's ending or no name after it says so ("the Beijing No. 2 Intermediate Court" is a name)
  const owner = !!before && /^\p{Lu}\p{Ll}/u.test(before.text) && wordAt(words, n.first - 3, n.first)?.lower === 'the' && !CODE_INTRODUCERS.has(before.lower)
    && (NATIONALITY_ENDING.test(before.text) || !(next && /^\p{Lu}/u.test(next.text)));
  const owned = !!before && (RANK_BEFORE.has(before.lower) || POSSESSIVES.has(before.lower) || owner);
  // "the No. 7 bus", "his No. 10 shirt" are labels; a name after it makes an address ("No. 10 Downing Street") unless
  // the words before rank it ("world number one Novak Djokovic")
  const named = !!next && /^\p{Lu}/u.test(next.text);
  const address = named && [2, 3].some((k) => STREET_WORDS.has(wordAt(words, n.last + k, n.first)?.lower ?? ''));
  if (next && (CODE_INTRODUCERS.has(next.lower) || LABELLED_NOUNS.has(next.lower) || (named && (!owned || address)))) return null;
  const ranks = (!!next && RANK_NOUNS.has(next.lower)) || owned;
  return ranks ? { type: 'ORDINAL', first: n.first - 1, last: n.last, value: n.value } : null;
}
