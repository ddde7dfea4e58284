// The title right before each person's name ("Secretary of State [Mike Pompeo]"), as registry/titles.ts
// reads it, for every PERSON mention of an article. Most names follow no title, and titleBefore
// normalises every run of the words before one to find that out; a title's first word is one of the
// registry's title starts, so when none of those words opens a title there is nothing to normalise.
import type { RegistryIndex } from '../registry/alias-index.js';
import { foldKey, normalizeName } from '../registry/normalize.js';
import { TITLE_LOOKBACK, titleBefore } from '../registry/titles.js';
import { wordsBefore } from '../registry/words-before.js';

const PLAIN = /^[A-Za-z]*$/;

/** titleBefore(text, start, registry) for one article, with the words' folded first pieces remembered. */
export function titlesBefore(text: string, registry: RegistryIndex): (start: number) => string | undefined {
  // The first piece of a word's folded key; '' when it folds to nothing (punctuation).
  const pieces = new Map<string, string>();
  const pieceOf = (word: string) => {
    if (PLAIN.test(word)) return word.toLowerCase();
    let piece = pieces.get(word);
    if (piece === undefined) pieces.set(word, (piece = foldKey(normalizeName(word)).split(' ')[0]));
    return piece;
  };
  return (start) => {
    const words = wordsBefore(text, start, TITLE_LOOKBACK);
    if (!words.length) return undefined;
    // The same words titleBefore tries: the first piece of a run's key is that of its first word that
    // folds to something ('' when none does, asked too).
    let opens = false;
    for (let k = Math.max(0, words.length - registry.maxTitleWords); k < words.length && !opens; k++) {
      opens = registry.titleStarts.has(pieceOf(words[k]));
    }
    return opens ? titleBefore(text, start, registry) : undefined;
  };
}
