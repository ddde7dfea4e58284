// Titles before a name ("Secretary of State", "President", "Supreme Leader") from the registry's title lexicon:
// recognised right before a PERSON span, or at its start when a recognizer swallowed one, and kept out of the span.
import type { RegistryIndex } from './alias-index.js';
import { foldKey, normalizeName } from './normalize.js';
import { wordsBefore } from './words-before.js';

const LOOKBACK = 60;
const PLAIN = /^[A-Za-z]*$/;

/** Whether the words, as written, are one title of the lexicon. */
export function isTitle(index: RegistryIndex, words: string[]): boolean {
  return index.titles.has(foldKey(normalizeName(words.join(' '))));
}

/** The first piece of a word's folded key; '' when it folds to nothing (punctuation). */
function firstPiece(word: string): string {
  return PLAIN.test(word) ? word.toLowerCase() : foldKey(normalizeName(word)).split(' ')[0];
}

/** The longest title that ends one space before `start`, as written. */
export function titleBefore(text: string, start: number, index: RegistryIndex): string | undefined {
  const words = wordsBefore(text, start, LOOKBACK);
  // Most names follow no title. A run's key opens with the first piece of its first word that folds
  // to something ('' when none does), and a title opens with one of the registry's title starts: when
  // none of the words a run could open with is one, no run needs normalising.
  if (!words.slice(Math.max(0, words.length - index.maxTitleWords)).some((w) => index.titleStarts.has(firstPiece(w)))) return undefined;
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

/**
 * A title that opens in the words right before a PERSON span and ends inside it, when a recognizer cut the
 * title in two ("Chief [Executive Jensen Huang]"): the whole title and the length to cut from the span,
 * leaving at least one word.
 */
export function titleAcross(text: string, start: number, spanText: string, index: RegistryIndex): { title: string; cut: number } | undefined {
  const before = wordsBefore(text, start, LOOKBACK).slice(1 - index.maxTitleWords);
  if (!before.some((w) => index.titleStarts.has(firstPiece(w)))) return undefined;
  const words = spanText.split(' ');
  for (let j = before.length; j >= 1; j--) {
    const opening = before.slice(before.length - j);
    for (let n = Math.min(index.maxTitleWords - j, words.length - 1); n >= 1; n--) {
      const inside = words.slice(0, n);
      if (isTitle(index, [...opening, ...inside])) return { title: [...opening, ...inside].join(' '), cut: inside.join(' ').length + 1 };
    }
  }
  return undefined;
}
