// A nation's side is named by its country, and the guideline types it as the place: "Russia 2
// Iran 1", "v Scotland". Shared by the rules that make teams of places, and by the trim that reads a town after an
// organization's name as where it is ("[Institute for Systems Biology] in Seattle", not "Human Rights in China").
import { PLACE_LABELS } from '../document.js';
import { lookupAlias, type RegistryIndex } from '../registry/alias-index.js';

/** A place of the registry part of no other, or with a people of its own (Scotland). */
export function isNation(registry: RegistryIndex, name: string): boolean {
  return lookupAlias(registry, name).some((h) => {
    const entry = registry.entries.get(h.id);
    return entry?.type === 'GPE' && (!entry.partOf || (entry.demonyms?.length ?? 0) > 0);
  });
}

/** A place of the registry inside a nation: a town or a region (Seattle, Southern California), no nation itself. */
export function isWithinNation(registry: RegistryIndex, name: string): boolean {
  return lookupAlias(registry, name).some((h) => {
    const entry = registry.entries.get(h.id);
    return entry !== undefined && PLACE_LABELS.has(entry.type) && entry.partOf !== undefined && !entry.demonyms?.length;
  });
}
