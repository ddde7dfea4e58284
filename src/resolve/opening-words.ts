// A sentence's opening word that is no noun ("In", "The", "Under") is capitalised like a name's first word: the
// rules that read a name by its shape of capitalised words leave such words out.
import type { Token } from '../document.js';
import { tokenAt } from '../text/token-at.js';

/** The tagger's kinds of word that open a sentence and never a name. */
const NO_NAME = new Set(['ADP', 'DET', 'PRON', 'SCONJ', 'CCONJ', 'ADV', 'AUX', 'VERB']);

/**
 * Where a name read from `start` begins once the opening words that are no names are left out. A word is left out
 * only where the space after it comes before `last`: given the space before a case's "v." or a law's "Act", the word
 * before it stays whatever it is; given the start of an office's title, every word before the title may go.
 */
export function afterOpeningWords(text: string, tokens: readonly Token[], start: number, last: number): number {
  for (let k = tokenAt(tokens, start); k < tokens.length && tokens[k].start === start && NO_NAME.has(tokens[k].pos); k++) {
    const next = text.indexOf(' ', start);
    if (next < 0 || next >= last) break;
    start = next + 1;
  }
  return start;
}
