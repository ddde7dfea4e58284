// Titles before a name ("Secretary of State", "President", "Supreme Leader") from the registry's title lexicon:
// recognised right before a PERSON span, or at its start when a recognizer swallowed one, and kept out of the span.
import type { RegistryIndex } from './alias-index.js';
import { foldKey, normalizeName } from './normalize.js';
import { wordsBefore } from './words-before.js';

/** How far back a title is looked for (exported for resolve's quick test of the same words). */
export const TITLE_LOOKBACK = 60;

function isTitle(index: RegistryIndex, words: string[]): boolean {
  return index.titles.has(foldKey(normalizeName(words.join(' '))));
}

/** The longest title that ends one space before `start`, as written. */
export function titleBefore(text: string, start: number, index: RegistryIndex): string | undefined {
  const words = wordsBefore(text, start, TITLE_LOOKBACK);
  for (let n = Math.min(index.maxTitleWords, words.length); n >= 1; n--) {
    const candidate = words.slice(words.length - n);
    if (isTitle(index, candidate)) return candidate.join(' ');
  }
  return undefined;
}

/** A title at the start of a PERSON span and the length (UTF-16) to cut from it, leaving at least one word. */
export function leadingTitle(spanText: string, index: RegistryIndex): { title: string; cut: number } | undefined {
  const words = spanText.split(' ');
  for (let n = Math.min(index.maxTitleWords, words.length - 1); n >= 1; n--) {
    const candidate = words.slice(0, n);
    if (isTitle(index, candidate)) {
      const title = candidate.join(' ');
      return { title, cut: title.length + 1 };
    }
  }
  return undefined;
}
