// The words an article writes in lower case somewhere. A capitalised word among them owes its
// capital to its place (a sentence's or a line's start, a label, a table row), not to being a
// name: several rules ask, so resolve reads the article's tokens for it once, when first asked.
import type { Token } from '../document.js';
import { startsLower } from './first-letter.js';

export interface LowerCaseWords {
  /** Whether the article writes `word` (lower-cased first) in lower case somewhere. */
  has(word: string): boolean;
}

export function lowerCaseWords(tokens: readonly Token[]): LowerCaseWords {
  let words: Set<string> | undefined;
  return {
    has(word) {
      if (!words) {
        words = new Set();
        for (const t of tokens) if (startsLower(t.text)) words.add(t.text);
      }
      return words.has(word.toLowerCase());
    },
  };
}
