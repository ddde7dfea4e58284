// How a word is written, which several readers of context ask: capitalised as a name, a bare figure of a
// row, a year's digits, the first word of a sentence. Shapes only; what they mean is decided by the callers.
import { ORDINAL_SUFFIX } from './lexicon/ranks.js';
import type { Word } from './words.js';

/** Bare digits standing apart from the word before: the next figure of a row ("14 10 3 1"). */
export function isFigure(w: Word): boolean {
  return !w.attached && /^\d+(?:\.\d+)?$/.test(w.text);
}

/** An ordinal in digits, whatever its case: "3rd", "14TH". */
export const ORDINAL_IN_DIGITS = new RegExp(`^\\d+${ORDINAL_SUFFIX}$`, 'i');

/** Four digits that read as a year, 1500 to 2099. */
export const YEAR_DIGITS = /^(1[5-9]|20)\d\d$/;

/** A capital and then lower case, as a name is written ("Eight", "Group"); a heading in capitals is not. */
export function isTitleCase(w: Word): boolean {
  return /^\p{Lu}\p{Ll}/u.test(w.text);
}

/** A capital first, as a name or a heading is written. */
export function isCapitalised(w: Word): boolean {
  return /^\p{Lu}/u.test(w.text);
}

/** Word i opens its sentence, or a quotation or bracket inside it, or the story after its dateline. */
export function isSentenceStart(words: readonly Word[], i: number): boolean {
  return i === 0 || words[i - 1].sentence !== words[i].sentence || /^["“‘'(\[]$/.test(words[i - 1].text) || afterDateline(words, i);
}

/** Right after a dateline's agency and dash, where the story's first sentence opens: "NASSAU (Reuters) - Five nations". */
function afterDateline(words: readonly Word[], i: number): boolean {
  return i >= 2 && /^(?:-|--|—|–)$/.test(words[i - 1].text) && words[i - 2].text === ')';
}
