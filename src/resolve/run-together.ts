// Two names written side by side that the model read as one running into the second: "[Jeju Air Boeing] 737-800",
// "[Air India Boeing] 787-8", "[Las Vegas Grand] Prix". Where a surer name starts inside the model's name and ends
// past it, the model's name ends where that one begins ("Jeju Air", "Las Vegas"), and the two are weighed as two.
import type { Candidate } from '../document.js';
import { NAME_LABELS } from '../document.js';
import { tokenFrom } from '../text/token-at.js';
import { mapMany } from './map-many.js';
import { hasSource } from './sources.js';
import { isWhiteSpace } from './white-space.js';

/** A small word that joins names, last in a span, with the space before it. */
const JOINING_TAIL = /\s+(?:the|of|for|and|at|in|to|on|by|with|from|a|an)$/;

/**
 * The candidates, each that runs into one of `names` (sorted by start: one starting inside it and ending past it)
 * cut off before that name where `cuts` says so, and trimmed by `trim`; one left with no word is dropped.
 */
export function cutBeforeNames(text: string, candidates: Candidate[], names: readonly Candidate[], cuts: (c: Candidate, name: Candidate) => boolean,
  trim: (c: Candidate) => Candidate | null = (c) => c): Candidate[] {
  if (!names.length) return candidates;
  return mapMany(candidates, (c) => {
    // The names starting inside the candidate, the first of them one binary search away.
    for (let k = tokenFrom(names, c.start + 1); k < names.length && names[k].start < c.end; k++) {
      const name = names[k];
      if (name.end <= c.end || !cuts(c, name)) continue;
      let end = name.start;
      while (end > c.start && isWhiteSpace(text.charCodeAt(end - 1))) end--;
      // No name ends in the small words that joined it to the surer one ("[University of Oxford for the] Alzheimer's").
      for (let tail = JOINING_TAIL.exec(text.slice(c.start, end)); tail; tail = JOINING_TAIL.exec(text.slice(c.start, end))) end -= tail[0].length;
      const cut = end > c.start ? trim({ ...c, end }) : null;
      return cut ? [cut] : [];
    }
    return [c];
  });
}

/**
 * The candidates with each of the model's names cut before a surer registry name of several words it runs into, and
 * trimmed again by `trim` ("[Marta, the] Holy See" → "Marta").
 */
export function cutBeforeSurerNames(text: string, candidates: Candidate[], trim: (c: Candidate) => Candidate | null): Candidate[] {
  const registered = candidates.filter((c) => c.source === 'registry' && NAME_LABELS.has(c.type) && text.lastIndexOf(' ', c.end - 1) > c.start)
    .sort((a, b) => a.start - b.start);
  return cutBeforeNames(text, candidates, registered,
    (c, name) => NAME_LABELS.has(c.type) && !hasSource(c.source, 'registry') && name.confidence > c.confidence, trim);
}
