// The noun a cardinal counts: past adjectives and participles to the head of the noun group
// ("92 high-ranking officials" → officials, "thousands of political prisoners" → prisoners).
import { COUNTED_WINDOW, MODIFIER_POS, NOT_COUNTED } from './lexicon/counted.js';
import { wordAt, type Word } from './words.js';

const NOUNS = new Set(['NOUN', 'PROPN']);

export function countedNoun(words: readonly Word[], last: number): string | undefined {
  let k = last + 1;
  if (wordAt(words, k, last)?.lower === 'of') {
    k++;
    if (wordAt(words, k, last)?.pos === 'DET') k++;
  }
  for (const stop = k + COUNTED_WINDOW; k < stop; k++) {
    const w = wordAt(words, k, last);
    if (!w) return undefined;
    if (NOUNS.has(w.pos)) break;
    const hyphen = w.lower === '-' && w.attached;
    if (!MODIFIER_POS.has(w.pos) || (w.pos === 'PUNCT' && !hyphen)) return undefined;
  }
  let head: Word | undefined;
  for (let w = wordAt(words, k, last); w && NOUNS.has(w.pos); w = wordAt(words, ++k, last)) head = w;
  if (!head || NOT_COUNTED.has(head.lower)) return undefined;
  return head.text;
}
