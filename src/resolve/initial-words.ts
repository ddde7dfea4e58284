// A word capitalised only because it opens a sentence, a line or a field ("Updated: 28 July 2022",
// "Little did I know") is no name when the article writes it in lower case elsewhere and only the
// model, unsure, proposed it.
import type { Candidate, Token } from '../document.js';
import { NAME_LABELS } from '../document.js';
import type { LowerCaseWords } from './lower-case.js';

/** Below this the model is guessing (its confidence is calibrated: 0.5 is a coin toss). */
const UNSURE = 0.6;
/** What may stand between the start of a line and a word that opens a field: "AFP | Updated:", "- Revenue". */
const OPENS_FIELD = /(?:^|[|•·\-–—"“(:]\s*)$/u;

export function dropInitialWords(text: string, tokens: readonly Token[], candidates: Candidate[], lower: LowerCaseWords): Candidate[] {
  const firstOfSentence = new Set<number>();
  tokens.forEach((t, k) => { if (k === 0 || tokens[k - 1].sentence !== t.sentence) firstOfSentence.add(t.start); });
  return candidates.filter((c) => {
    if (c.source !== 'model' || c.confidence >= UNSURE || !NAME_LABELS.has(c.type)) return true;
    const word = text.slice(c.start, c.end);
    if (/\s/.test(word) || !lower.has(word)) return true;
    const lineStart = text.lastIndexOf('\n', c.start - 1) + 1;
    return !(firstOfSentence.has(c.start) || OPENS_FIELD.test(text.slice(lineStart, c.start)));
  });
}
