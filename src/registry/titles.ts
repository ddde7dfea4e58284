// Titles before a name ("Secretary of State", "President", "Supreme Leader") from the registry's title lexicon:
// recognised right before a PERSON span, or at its start when a recognizer swallowed one, and kept out of the span.
import type { RegistryIndex } from './alias-index.js';
import { foldKey, normalizeName } from './normalize.js';
import { wordsBefore } from './words-before.js';
import { PATRONYMIC_PARTICLES } from '../lexicon/patronymics.js';

const LOOKBACK = 60;
const CLOSES_QUOTE = /["”]$/;
const PLAIN = /^[A-Za-z]*$/;

/** Whether the words, as written, are one title of the lexicon. */
export function isTitle(index: RegistryIndex, words: string[]): boolean {
  return index.titles.has(foldKey(normalizeName(words.join(' '))));
}

/** The first piece of a word's folded key; '' when it folds to nothing (punctuation). */
function firstPiece(word: string): string {
  return PLAIN.test(word) ? word.toLowerCase() : foldKey(normalizeName(word)).split(' ')[0];
}

/** The longest title among the last of `words` (as written), or undefined; most runs of words open no title. */
function titleEnding(words: string[], index: RegistryIndex): string | undefined {
  // A quotation closed before the name is somebody's words, no title of the name ('"He'll be a great chairman," Greenspan told').
  if (CLOSES_QUOTE.test(words[words.length - 1] ?? '')) return undefined;
  // Most names follow no title. A run's key opens with the first piece of its first word that folds
  // to something ('' when none does), and a title opens with one of the registry's title starts: when
  // none of the words a run could open with is one, no run needs normalising.
  if (!words.slice(Math.max(0, words.length - index.maxTitleWords)).some((w) => index.titleStarts.has(firstPiece(w)))) return undefined;
  for (let n = Math.min(index.maxTitleWords, words.length); n >= 1; n--) {
    const candidate = words.slice(words.length - n);
    // (as written, but for the comma of an apposition: "his spokesman, Kin-Kiey Mulumba")
    if (isTitle(index, candidate)) return candidate.join(' ').replace(/,$/, '');
  }
  return undefined;
}

/** The longest title that ends one space before `start`, as written. */
export function titleBefore(text: string, start: number, index: RegistryIndex): string | undefined {
  return titleEnding(wordsBefore(text, start, LOOKBACK), index);
}

/** Whether the words right before `start` and `spanText` make one title ("Secretary of" and "State"). */
export function endsTitle(text: string, start: number, spanText: string, index: RegistryIndex): boolean {
  const words = spanText.split(' ');
  if (words.length >= index.maxTitleWords) return false;
  const before = wordsBefore(text, start, LOOKBACK);
  for (let k = Math.min(before.length, index.maxTitleWords - words.length); k >= 1; k--) {
    const opening = before.slice(before.length - k);
    if (index.titleStarts.has(firstPiece(opening[0])) && isTitle(index, [...opening, ...words])) return true;
  }
  return false;
}

/**
 * The title of a PERSON span and the length (UTF-16) to cut from it, leaving at least one word: a title at its
 * start that a recognizer took in, one it cut in two ("Chief [Executive Jensen Huang]"), or one right before
 * it (cut 0).
 */
export function titleOf(text: string, start: number, spanText: string, index: RegistryIndex): { title: string; cut: number } | undefined {
  const words = spanText.split(' ');
  const before = wordsBefore(text, start, LOOKBACK);
  if (words.length > 1 && index.titleStarts.has(firstPiece(words[0]))) {
    for (let n = Math.min(index.maxTitleWords, words.length - 1); n >= 1; n--) {
      const candidate = words.slice(0, n);
      if (isTitle(index, candidate) && !PATRONYMIC_PARTICLES.has(words[n])) {
        const title = candidate.join(' ');
        // The words before may open the same title longer ("Mr" of "Mr [Justice Johnson]"): the title is all of it.
        const opening = before.length && isTitle(index, [before[before.length - 1], ...candidate]) ? `${before[before.length - 1]} ` : '';
        return { title: opening + title, cut: title.length + 1 };
      }
    }
  }
  const opening = before.slice(Math.max(0, before.length - index.maxTitleWords));
  if (!opening.some((w) => index.titleStarts.has(firstPiece(w)))) return undefined;
  for (let j = Math.min(opening.length, index.maxTitleWords - 1); j >= 1; j--) {
    const open = opening.slice(opening.length - j);
    for (let n = Math.min(index.maxTitleWords - j, words.length - 1); n >= 1; n--) {
      const inside = words.slice(0, n);
      if (isTitle(index, [...open, ...inside])) return { title: [...open, ...inside].join(' '), cut: inside.join(' ').length + 1 };
    }
  }
  const title = titleEnding(before, index);
  return title ? { title, cut: 0 } : undefined;
}
