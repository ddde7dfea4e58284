// "Musk wrote on X. Trump responded": wink reads a lone capital and its stop before a capitalised word as an
// initial, so the sentence runs on, and the model joins the two sentences' words into one name ("X. Trump", "X.
// NASA"). A name of the model's of that shape, after a word in lower case (no given name before the initial), whose
// rest the registry proposed alone, is no name: the registry's rest is. Not a point of the compass before a place or a
// people ("S. Africa", "N. Korean"), which is the place's own abbreviation. Nor is one whose word after the stop opens
// the next sentence as no name's does ("on X. The company's flight"), whatever the registry knows.
// And a name that ends in a lone capital ("Serie A", "Group C") holds no stop that ends its sentence ("at the top of
// Serie A. Del Piero scored"): the stop is the sentence's, not an initial's (a person's name keeps it).
import type { Candidate, Token } from '../document.js';
import { NAME_LABELS, PLACE_LABELS } from '../document.js';
import { mapMany } from './map-many.js';
import { noNameWordAt } from './opening-words.js';

/** A capital, its stop and a space at the start of a name, before a capitalised word. */
const LETTER_STOP = /^\p{Lu}\. \p{Lu}/u;
/** What may follow the registry's name inside the model's: nothing or a possessive. */
const POSSESSIVE_OR_NOTHING = /^(?:['’]s?)?$/;
/** The initials of the points of the compass. */
const COMPASS = /^[NSEW]\./;
/** A word in lower case and a space right before the name: "on ", "via ". */
const LOWER_WORD_BEFORE = /(?:^|\s)\p{Ll}+ $/u;

/** A space, a lone capital and its stop at the end of a name, before a space and a capital or the end of the text. */
const CLOSING_LETTER_STOP = / \p{Lu}\.$/u;
const SENTENCE_AFTER = /^(?:\s+\p{Lu}|\s*$)/u;

export function dropClosingStops(text: string, candidates: Candidate[]): Candidate[] {
  return candidates.map((c) => (NAME_LABELS.has(c.type) && c.type !== 'PERSON' && CLOSING_LETTER_STOP.test(text.slice(c.end - 3, c.end))
    && SENTENCE_AFTER.test(text.slice(c.end, c.end + 3)) ? { ...c, end: c.end - 1 } : c));
}

export function dropLetterStops(text: string, tokens: readonly Token[], candidates: Candidate[]): Candidate[] {
  let registered: Map<number, Candidate> | undefined;
  return mapMany(candidates, (c) => {
    if (c.source !== 'model' || !NAME_LABELS.has(c.type) || !LETTER_STOP.test(text.slice(c.start, c.start + 4))) return [c];
    if (!LOWER_WORD_BEFORE.test(text.slice(Math.max(0, c.start - 16), c.start))) return [c];
    if (noNameWordAt(tokens, c.start + 3)) return [];
    registered ??= new Map(candidates.filter((r) => r.source === 'registry' && NAME_LABELS.has(r.type)).map((r) => [r.start, r]));
    const rest = registered.get(c.start + 3);
    // The model's name may still hold the possessive: "X. Trump's".
    if (!rest || !POSSESSIVE_OR_NOTHING.test(text.slice(rest.end, c.end)) || (COMPASS.test(text.slice(c.start, c.start + 2)) && (PLACE_LABELS.has(rest.type) || rest.type === 'NORP'))) return [c];
    return [];
  });
}
