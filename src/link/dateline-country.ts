// The country an article is filed from: the place of its dateline ("MANILA 1996-12-03", "ISTANBUL - "), as link resolved it, and the
// outermost place the registry makes that place part of. Normalize reads the money of that country's own press by it.
// An article with no dateline (a local paper's page) is of the country nearly all its places (else its places and
// bodies) are in, where it names a few; and a sentence that names places of one country only is of that country
// ("Oman's deficit will reach 2.2 billion rials").
import type { Mention } from '../document.js';
import { PLACE_LABELS } from '../document.js';
import type { RegistryIndex } from '../registry/alias-index.js';
import { datelines, hyphenDateline } from '../resolve/datelines.js';
import { chainOf, countryOf } from './score-candidates.js';

export function datelineCountry(text: string, mentions: readonly Mention[], index: RegistryIndex): string | undefined {
  const [first] = datelines(text).keys();
  const start = first ?? hyphenDateline(text);
  const place = start === undefined ? undefined : mentions.find((m) => m.start === start && PLACE_LABELS.has(m.type));
  return place?.entity !== undefined && index.entries.has(place.entity) ? countryOf(index, chainOf(index, place.entity)) : undefined;
}

/**
 * The one country the article's places are in, where it names at least MIN_PLACES places the registry places in a
 * country and no more than one in ten lies elsewhere ("Brisbane ... Queensland ... the Gold Coast": Australia); where
 * its places do not tell, the one country its places and bodies together are in ("the Australian Taxation Office ...
 * the Reserve Bank of Australia"); else none.
 */
export function placesCountry(mentions: readonly Mention[], index: RegistryIndex): string | undefined {
  return oneCountry(mentions, index, PLACE_LABELS) ?? oneCountry(mentions, index, PLACES_AND_BODIES);
}
const PLACES_AND_BODIES: ReadonlySet<string> = new Set([...PLACE_LABELS, 'ORG']);

function oneCountry(mentions: readonly Mention[], index: RegistryIndex, labels: ReadonlySet<string>): string | undefined {
  const counts = new Map<string, number>();
  let total = 0;
  for (const m of mentions) {
    if (!labels.has(m.type) || m.entity === undefined || !index.entries.has(m.entity)) continue;
    const country = countryOf(index, chainOf(index, m.entity));
    if (country === undefined) continue;
    total++;
    counts.set(country, (counts.get(country) ?? 0) + 1);
  }
  if (total < MIN_PLACES) return undefined;
  for (const [country, n] of counts) if (n >= total * SHARE) return country;
  return undefined;
}
const MIN_PLACES = 3;
const SHARE = 0.9;

/** The one country the places of sentence `sentence` are in (a country named there counts as its own), or undefined. */
export function sentenceCountry(mentions: readonly Mention[], sentence: number, index: RegistryIndex): string | undefined {
  let found: string | undefined;
  for (const m of mentions) {
    if (m.sentence !== sentence || !PLACE_LABELS.has(m.type) || m.entity === undefined || !index.entries.has(m.entity)) continue;
    const country = countryOf(index, chainOf(index, m.entity));
    if (country === undefined) continue;
    if (found !== undefined && found !== country) return undefined;
    found = country;
  }
  return found;
}
