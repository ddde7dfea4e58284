// A sentence's opening word that is no noun ("In", "The", "Under") is capitalised like a name's first word: the
// rules that read a name by its shape of capitalised words leave such words out, and a verb left alone there is no
// name ("[Born] Jorge Mario Bergoglio").
import type { Span, Token } from '../document.js';
import { tokenAt, tokenFrom } from '../text/token-at.js';

/** The tagger's kinds of word that open a sentence and never a name. */
const NO_NAME = new Set(['ADP', 'DET', 'PRON', 'SCONJ', 'CCONJ', 'ADV', 'AUX', 'VERB']);

/** Whether the word that starts at `at` is of a kind that opens a sentence and never a name ("The", "It", "But"). */
export function noNameWordAt(tokens: readonly Token[], at: number): boolean {
  const t = tokens[tokenAt(tokens, at)];
  return t !== undefined && t.start === at && NO_NAME.has(t.pos);
}

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

/**
 * Whether a name is one word the tagger reads as a verb at its sentence's opening: what is left of the model's name
 * cut before a surer one ("[Born] Jorge Mario Bergoglio on Dec. 17, 1936"), no name alone.
 */
export function openingVerb(tokens: readonly Token[], c: Span): boolean {
  const k = tokenFrom(tokens, c.start);
  const t = tokens[k];
  return t !== undefined && t.end === c.end && t.pos === 'VERB' && (k === 0 || tokens[k - 1].sentence !== t.sentence);
}
