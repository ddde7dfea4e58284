// Given names of a shape no other word has: two capitalised parts joined by an apostrophe ("Da'Vine",
// "Ja'Marr", "Sha'Carri"). The model, meeting the shape rarely, reads the name as an organization or stops
// it short ("[Da'Vine Joy] Randolph" as an ORG) or misses it; a person's name is proposed from such a word
// over the capitalised words after it, as sure as after an honorific. Not an elided article ("L'Oreal",
// "D'Angelo": one letter before the apostrophe), not a possessive, and not a name the registry knows.
import type { Candidate, Token } from '../document.js';
import { lookupAlias, type RegistryIndex } from '../registry/alias-index.js';
import { startsUpper } from './first-letter.js';
import { HONORIFIC_CONFIDENCE, nameAt, personName } from './people.js';
import { candidate } from './candidates.js';

/** Two letters or more, an apostrophe, a capital and small letters: "Da'Vine", "De'Aaron". */
const APOSTROPHE_GIVEN_NAME = /^\p{Lu}\p{Ll}+['’]\p{Lu}\p{Ll}+$/u;

export function apostropheNames(text: string, tokens: readonly Token[], registry: RegistryIndex): Candidate[] {
  const out: Candidate[] = [];
  for (const t of tokens) {
    // Most tokens are not capitalised or hold no apostrophe: the cheap tests first.
    if (!startsUpper(t.text) || (!t.text.includes("'") && !t.text.includes('’'))) continue;
    if (!APOSTROPHE_GIVEN_NAME.test(t.text)) continue;
    const end = nameAt(text, t.start)?.end ?? t.end;
    if (!personName(text, t.start, end, registry) || lookupAlias(registry, text.slice(t.start, end)).length) continue;
    out.push(candidate(t.start, end, 'PERSON', 'rules', HONORIFIC_CONFIDENCE));
  }
  return out;
}
