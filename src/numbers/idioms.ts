// Numbers that are idioms, not counts ("the first lady", "won by a mile", "one-to-one"): the phrases are data
// (NUMBER_IDIOMS); this reads whether a number word stands inside one.
import { lookup } from './lexicon/lookup.js';
import { NUMBER_IDIOMS } from './lexicon/not-numbers.js';
import { PARTS_OF_A_UNIT } from './lexicon/time-words.js';
import { NUMBER_HYPHENS, ORDINAL_WORDS, UNIT_WORDS } from '../lexicon/number-words.js';
import { wordAt, type Word } from './words.js';

/** Whether the number word at i ("first", "one", "a" before a unit) is inside a phrase of NUMBER_IDIOMS ("the first lady", "won by a mile"), or names a unit only a part of which is told. */
export function isIdiom(words: readonly Word[], i: number): boolean {
  return IDIOM_NUMBER_WORDS.has(words[i].lower) && (inIdiom(words, i) || partOfAUnit(words, i));
}

/** "a fraction of a cent", "part of a percentage point": the "a" of a unit some part of which is told, no one of it. */
function partOfAUnit(words: readonly Word[], i: number): boolean {
  return /^an?$/.test(words[i].lower) && wordAt(words, i - 1, i)?.lower === 'of' && PARTS_OF_A_UNIT.has(wordAt(words, i - 2, i)?.lower ?? '');
}

/** The word at i inside a phrase of NUMBER_IDIOMS, which starts at it, the word before or four words before, and ends at most four words on. */
function inIdiom(words: readonly Word[], i: number): boolean {
  // or four words before, where the word is the last of a hyphened phrase ("one-to-one")
  const hyphened = !!words[i - 1] && words[i].attached && NUMBER_HYPHENS.has(words[i - 1].lower);
  for (const start of hyphened ? HYPHENED_STARTS.map((d) => i - d) : [i - 1, i]) {
    let phrase = '';
    for (let k = start; k <= i + IDIOM_REACH; k++) {
      const w = wordAt(words, k, i);
      if (!w) break;
      phrase += k === start ? w.lower : `${w.attached && (NUMBER_HYPHENS.has(w.lower) || NUMBER_HYPHENS.has(words[k - 1].lower)) ? '' : ' '}${w.lower}`;
      if (k >= i && k > start && NUMBER_IDIOMS.has(phrase)) return true;
    }
  }
  return false;
}

const IDIOM_REACH = 4;
/** How far before a word after a hyphen its phrase may start: "one-to-one" four words before the second "one". */
const HYPHENED_STARTS = [4, 1, 0];
/** The number words (and articles) the idioms hold, so that no phrase is built around any other numeral. */
const IDIOM_NUMBER_WORDS: ReadonlySet<string> = new Set([...NUMBER_IDIOMS].flatMap((p) => p.split(/[ -]/))
  .filter((w) => lookup(UNIT_WORDS, w) !== undefined || lookup(ORDINAL_WORDS, w) !== undefined || w === 'a' || w === 'an'));
