// A partnership named by its partners, as law and accounting firms are: surnames listed with commas and the last
// joined by "&" ("Wachtell, Lipton, Rosen & Katz", "Skadden, Arps, Slate, Meagher & Flom"). The model reads the first
// surnames as people or places and the last two as a firm; the whole is one organization. A list that holds a name
// the registry knows ("Apple, Google, Procter & Gamble") is a list of bodies, not one.
import type { Candidate } from '../document.js';
import { lookupAlias, type RegistryIndex } from '../registry/alias-index.js';
import { candidate } from './candidates.js';
import { startsUpper } from './first-letter.js';

const SURNAME = "\\p{Lu}[\\p{Ll}\\p{M}'’]+";
/** One to five surnames each before a comma, then two joined by "&". */
const PARTNERS = new RegExp(`(?<![\\p{L}\\p{M}'’-])(?:${SURNAME}, ){1,5}${SURNAME} & ${SURNAME}(?![\\p{L}\\p{M}'’-])`, 'gu');
/** As sure as a ticker: the shape is rarely anything else. */
const CONFIDENCE = 0.9;

export function partnerships(text: string, registry: RegistryIndex): Candidate[] {
  const out: Candidate[] = [];
  // Most articles hold no "&" between words: nothing to match.
  if (!text.includes(' & ')) return out;
  for (const m of text.matchAll(PARTNERS)) {
    // The list opens the name: no capitalised word or comma runs on before it ("Apple, Skadden, Arps & Co").
    const before = text.slice(Math.max(0, m.index - 30), m.index).match(/(\S+)\s*$/)?.[1] ?? '';
    if (before.endsWith(',') || (startsUpper(before) && !/[.!?:;"“”()]$/.test(before))) continue;
    const partners = m[0].split(/, | & /);
    if (partners.some((p) => lookupAlias(registry, p).length) || lookupAlias(registry, partners.slice(-2).join(' & ')).length) continue;
    out.push(candidate(m.index, m.index + m[0].length, 'ORG', 'rules', CONFIDENCE));
  }
  return out;
}
