// The country an article is filed from: the place of its dateline ("MANILA 1996-12-03"), as link resolved it, and the
// outermost place the registry makes that place part of. Normalize reads the money of that country's own press by it.
import type { Mention } from '../document.js';
import type { RegistryIndex } from '../registry/alias-index.js';
import { datelines } from '../resolve/datelines.js';
import { chainOf, countryOf } from './score-candidates.js';

export function datelineCountry(text: string, mentions: readonly Mention[], index: RegistryIndex): string | undefined {
  const [first] = datelines(text).keys();
  const place = first === undefined ? undefined : mentions.find((m) => m.start === first);
  return place?.entity !== undefined && index.entries.has(place.entity) ? countryOf(index, chainOf(index, place.entity)) : undefined;
}
