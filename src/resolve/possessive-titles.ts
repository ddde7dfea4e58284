// A name that owns a title is a country's or an organization's, not a person's ("Chad's President
// Idriss Deby", "Velmar's Chief Executive Ana Quist"), and so is one that owns a person ("ACT-Wazalendo's Luhaga
// Mpina", as "Ferrari's Charles Leclerc"): the model's PERSON before "'s" and a title or a person's full name is
// the registry's place where the registry has one by that name, else an ORG, as sure as an honorific
// makes a person, so that one sense per name carries it to the name's other mentions; not a person the registry
// knows. The titles are the registry's title lexicon.
import type { Candidate } from '../document.js';
import { PLACE_LABELS } from '../document.js';
import { aliasTypes, type RegistryIndex } from '../registry/alias-index.js';
import { isTitle } from '../registry/titles.js';
import { HONORIFIC_CONFIDENCE } from './people.js';
import { mapEach } from './map-many.js';

/** "'s" and the capitalised words after it (a title is among the first of them). */
const OWNED = /^['’]s ((?:\p{Lu}[\p{L}.-]*)(?: \p{Lu}[\p{L}.-]*){0,3})/u;

export function ownersOfTitles(text: string, candidates: Candidate[], registry: RegistryIndex): Candidate[] {
  let peopleStarts: Set<number> | undefined;
  return mapEach(candidates, (c) => {
    if (c.source !== 'model' || c.type !== 'PERSON' || (text[c.end] !== "'" && text[c.end] !== '’')) return c;
    const m = OWNED.exec(text.slice(c.end, c.end + 60));
    if (!m) return c;
    const words = m[1].split(' ');
    let titled = false;
    for (let n = 1; n <= Math.min(words.length, registry.maxTitleWords) && !titled; n++) {
      titled = isTitle(registry, words.slice(0, n));
    }
    // Or a person's full name the model read right after it: "ACT-Wazalendo's Luhaga Mpina", as "Ferrari's Charles Leclerc".
    // Not where the registry knows the words after it as something else ("Nitish Kumar's [Janata Dal] (United)").
    peopleStarts ??= peopleNamedInFull(text, candidates);
    const owner = titled || (peopleStarts.has(c.end + 3) && !aliasTypes(registry, text.slice(c.start, c.end)).includes('PERSON'));
    if (!owner) return c;
    const place = aliasTypes(registry, text.slice(c.start, c.end)).find((t) => PLACE_LABELS.has(t));
    return { ...c, type: place ?? 'ORG', confidence: Math.max(c.confidence, HONORIFIC_CONFIDENCE) };
  });
}

/** Where the model's people of two or more words start, but where a registry name of another kind starts too. */
function peopleNamedInFull(text: string, candidates: readonly Candidate[]): Set<number> {
  const otherwise = new Set(candidates.filter((r) => r.source === 'registry' && r.type !== 'PERSON').map((r) => r.start));
  return new Set(candidates.filter((p) => p.type === 'PERSON' && !otherwise.has(p.start) && text.slice(p.start, p.end).includes(' ')).map((p) => p.start));
}
