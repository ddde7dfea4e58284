// A title alone after "the" is no one's name, as the guideline keeps titles out of names: "the Pope's visit",
// "images of the Pope in Cuba" (the model read a place or an organization). Only the model's one-word names the
// registry knows as nothing else; the titles are the registry's lexicon (registry/titles.json).
import type { Candidate } from '../document.js';
import { NAME_LABELS } from '../document.js';
import { lookupAlias, type RegistryIndex } from '../registry/alias-index.js';
import { isTitle } from '../registry/titles.js';

const THE = /(?:^|[^\p{L}])[Tt]he $/u;

/** Mentions without the model's one-word names that are a title after "the". */
export function dropBareTitles(text: string, mentions: Candidate[], registry: RegistryIndex): Candidate[] {
  return mentions.filter((m) => {
    // Most names follow no "the " (its "e" and space are read first), or hold a space.
    if (m.source !== 'model' || !NAME_LABELS.has(m.type) || text.charCodeAt(m.start - 1) !== 32 || text.charCodeAt(m.start - 2) !== 101) return true;
    const word = text.slice(m.start, m.end);
    if (word.includes(' ') || !THE.test(text.slice(Math.max(0, m.start - 5), m.start))) return true;
    return !isTitle(registry, [word]) || lookupAlias(registry, word).length > 0;
  });
}
