// Companies named after the people who founded or run them ("Prada" of "Miuccia Prada"): the one place that tells
// whether a person's surname alone, in an article that names the person in full, is the company's.
import { lookupAlias, type RegistryIndex } from './alias-index.js';
import type { RegistryEntry } from './schema.js';

/** A word right after a capitalised word: part of a full name ("sister of Gianni Versace"), not the company alone. */
const AFTER_CAPITALISED = /\p{Lu}[\p{L}.'’-]*\s+$/u;

/**
 * Whether a person's surname alone is a company the registry knows by exactly that name, which the person declares
 * not to go by alone (the entry's surnames leave it out) and which the person's own description names alone ("head of
 * design at Prada", "founder of Dyson"): not "Nielsen" of "Kirstjen Nielsen" nor "McCann" of "Kate McCann", whose
 * descriptions name no such company.
 */
export function eponymousCompany(registry: RegistryIndex, fullName: string): boolean {
  const surname = fullName.slice(fullName.lastIndexOf(' ') + 1);
  if (surname === fullName) return false;
  const people = lookupAlias(registry, fullName).map((h) => registry.entries.get(h.id)).filter((e): e is RegistryEntry => e?.type === 'PERSON');
  if (!people.length || !people.every((e) => e.surnames !== undefined && !e.surnames.includes(surname))) return false;
  const company = lookupAlias(registry, surname).some((h) => {
    const e = registry.entries.get(h.id);
    return e?.type === 'ORG' && e.name === surname;
  });
  return company && people.some((e) => namesAlone(e.description ?? '', surname));
}

/** Whether a description writes a word alone, not as the last word of a full name. */
function namesAlone(description: string, word: string): boolean {
  for (let at = description.indexOf(word); at >= 0; at = description.indexOf(word, at + 1)) {
    const end = at + word.length;
    const whole = !/[\p{L}\p{N}]/u.test(description[at - 1] ?? '') && !/[\p{L}\p{N}]/u.test(description[end] ?? '');
    if (whole && !AFTER_CAPITALISED.test(description.slice(Math.max(0, at - 40), at))) return true;
  }
  return false;
}
