// `registry validate`: every problem of a registry, each with its file and line.
import { buildRegistryIndex, type AliasHit } from './alias-index.js';
import { readRegistry, type RegistryRead } from './load.js';
import { aliasKey } from './normalize.js';
import { priorOf, type RegistryEntry } from './schema.js';

export interface ValidationResult {
  ok: boolean;
  problems: string[];
}

/** Two entries sharing an alias can be told apart by context (different partOf) or by prior. */
function distinguishable(a: RegistryEntry, b: RegistryEntry): boolean {
  if (priorOf(a) !== priorOf(b)) return true;
  return !!a.partOf && !!b.partOf && a.partOf !== b.partOf;
}

/**
 * Schema, duplicate ids, dangling partOf, aliases that match nothing their entry does not already match, and
 * aliases two entries of one type claim with no way to tell them apart.
 */
export function registryValidate(dir: string): ValidationResult {
  return validateRegistryRead(readRegistry(dir));
}

/** The same checks on a registry already read (and perhaps extended in memory, as `registry add` does). */
export function validateRegistryRead({ registry, problems: readProblems, located }: RegistryRead): ValidationResult {
  const problems = [...readProblems];
  // The first line of each id; the lines of ids given more than once (rare, so kept apart).
  const where = new Map<string, string>();
  const again = new Map<string, string[]>();
  for (const { entry, where: w } of located) {
    const first = where.get(entry.id);
    if (first === undefined) where.set(entry.id, w);
    else again.set(entry.id, [...(again.get(entry.id) ?? [first]), w]);
  }
  for (const [id, places] of again) problems.push(`duplicate id ${id} at ${places.join(', ')}`);
  // Matching already ignores dots, diacritics, dashes and a leading "the": "U.S." next to "US" is noise.
  for (const { entry, where: w } of located) {
    const keys = new Set([aliasKey(entry.name)]);
    for (const alias of [...(entry.aliases ?? []), ...(entry.acronyms ?? [])]) {
      const key = aliasKey(alias);
      if (keys.has(key)) problems.push(`${entry.id} (${w}): alias "${alias}" matches only what its name or another alias already matches`);
      keys.add(key);
    }
  }
  const index = buildRegistryIndex(registry);
  for (const e of index.entries.values()) {
    if (e.partOf && !index.entries.has(e.partOf)) problems.push(`${e.id} (${where.get(e.id) ?? 'derived'}): partOf ${e.partOf} is not in the registry`);
  }
  const at = (id: string) => {
    const own = where.get(id);
    if (own) return `${id} (${own})`;
    const place = index.entries.get(id)?.partOf ?? '';
    return `${id} (from the demonyms of ${place} at ${where.get(place) ?? 'an unknown line'})`;
  };
  const reportAmbiguous = (key: string, hits: AliasHit[]) => {
    if (hits.length < 2) return;
    const ids = [...new Set(hits.map((h) => h.id))];
    for (let i = 0; i < ids.length; i++) {
      for (let j = i + 1; j < ids.length; j++) {
        const a = index.entries.get(ids[i])!;
        const b = index.entries.get(ids[j])!;
        if (a.type === b.type && !distinguishable(a, b)) {
          problems.push(`alias "${key}" is claimed by ${a.type} entries ${at(a.id)} and ${at(b.id)} with nothing to tell them apart (give them different partOf or prior)`);
        }
      }
    }
  };
  for (const [key, hits] of index.exact) reportAmbiguous(key, hits);
  for (const [key, hits] of index.folded) reportAmbiguous(key, hits);
  return { ok: problems.length === 0, problems };
}
