// Two names joined by "and" or "or" after a preposition of place ("authorities in Da Nang and Quang Ngai") are
// places of one kind: a name the model read as a person right after a place it joins is a GPE, unless the
// person is sure (a given name opens it, or the registry names it). Not "to": "from Mao in China to [Shamir]".
// The prepositions are data (lexicon/place-cues.json, coordinatedAfter).
import type { Candidate } from '../document.js';
import { PLACE_LABELS } from '../document.js';
import { aliasTypes, type RegistryIndex } from '../registry/alias-index.js';
// Imported, not read from disk: tsc copies the table next to the compiled module.
import table from './lexicon/place-cues.json' with { type: 'json' };

const PREPOSITION_BEFORE = new RegExp(`(?:^|\\s)(?:${table.coordinatedAfter.join('|')})\\s+$`);
const JOINER = /^ (?:and|or) $/;

/** Mentions (sorted by start, without overlaps) with a person's name joined to a place after a preposition of place typed GPE. */
export function coordinatedPlaces(text: string, mentions: Candidate[], registry: RegistryIndex, isNameWord: (word: string) => boolean): Candidate[] {
  let out: Candidate[] | undefined;
  for (let k = 1; k < mentions.length; k++) {
    const m = mentions[k];
    const place = mentions[k - 1];
    if (m.type !== 'PERSON' || m.source !== 'model' || !PLACE_LABELS.has(place.type)) continue;
    if (!JOINER.test(text.slice(place.end, m.start)) || !PREPOSITION_BEFORE.test(text.slice(Math.max(0, place.start - 16), place.start))) continue;
    const name = text.slice(m.start, m.end);
    if (isNameWord(name.split(' ')[0]) || aliasTypes(registry, name).includes('PERSON')) continue;
    (out ??= [...mentions])[k] = { ...m, type: 'GPE' };
  }
  return out ?? mentions;
}
