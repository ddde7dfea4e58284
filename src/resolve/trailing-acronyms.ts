// A broadcast's sign-off writes the reporter's name, the network and the place in a row ("Lisa Stark ABC news
// Washington"): the model runs the name into the network's acronym, and one sense per name then makes the network a
// person wherever the article names it alone ("ABC's Lisa Stark"). No person's name ends in an acronym in capitals
// that the registry knows as an organization's, or that the article names alone as an organization: the person's
// name ends before it, and the acronym is the organization's.
import type { Candidate } from '../document.js';
import { aliasTypes, type RegistryIndex } from '../registry/alias-index.js';

/** An acronym in capitals after a space at the end of a name: " ABC", " CNN". */
const TRAILING_ACRONYM = / (\p{Lu}{2,5})$/u;

/** The candidates with each person's name cut before an organization's acronym at its end, and the acronym added. */
export function splitTrailingAcronyms(text: string, candidates: Candidate[], registry: RegistryIndex): Candidate[] {
  let organizations: Set<string> | undefined;
  const organization = (acronym: string) => (organizations ??= new Set(candidates.filter((c) => c.type === 'ORG').map((c) => text.slice(c.start, c.end)))).has(acronym)
    || aliasTypes(registry, acronym).includes('ORG');
  // Most articles have no person's name ending in a capital: the candidates are passed on as they are.
  const split = (c: Candidate): Candidate[] | undefined => {
    // Most names end in a small letter or a full stop: no match for them.
    const last = text.charCodeAt(c.end - 1);
    if (c.source !== 'model' || c.type !== 'PERSON' || last < 65 || last > 90) return undefined;
    const acronym = TRAILING_ACRONYM.exec(text.slice(c.start, c.end));
    if (!acronym || !organization(acronym[1])) return undefined;
    const at = c.end - acronym[1].length;
    return [{ ...c, end: at - 1 }, { ...c, start: at, type: 'ORG' }];
  };
  let out: Candidate[] | undefined;
  candidates.forEach((c, k) => {
    const parts = split(c);
    if (parts) (out ??= candidates.slice(0, k)).push(...parts);
    else out?.push(c);
  });
  return out ?? candidates;
}
