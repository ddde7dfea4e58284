// A given name, a middle initial and a surname ("Franklin D. Roosevelt", "Mary J. Blige") is a person's
// name whatever the model typed it: organizations and places are not named so (three words exactly:
// "Franklin D. Roosevelt Bridge" is not one). The given name is a word on the model's lists of people's
// name words and no title, and the last word ends no organization's or place's name ("Mary J. Group").
// A company suffix after it still makes the whole an organization later ("Edward D. Jones & Co").
import type { Candidate } from '../document.js';
import { NAME_LABELS } from '../document.js';
import { endsNonPersonName } from '../ner/name-types.js';
import type { RegistryIndex } from '../registry/alias-index.js';
import { foldKey } from '../registry/normalize.js';
import { mapEach } from './map-many.js';

const GIVEN_INITIAL_SURNAME = /^(\p{Lu}\p{Ll}+) \p{Lu}\. (\p{Lu}[\p{L}\p{M}'’-]+)$/u;

export function middleInitials(text: string, candidates: Candidate[], registry: RegistryIndex, isNameWord: (word: string) => boolean): Candidate[] {
  return mapEach(candidates, (c) => {
    if (c.source !== 'model' || c.type === 'PERSON' || !NAME_LABELS.has(c.type)) return c;
    const m = GIVEN_INITIAL_SURNAME.exec(text.slice(c.start, c.end));
    return m && isNameWord(m[1]) && !registry.titleStarts.has(foldKey(m[1])) && !endsNonPersonName(m[2]) ? { ...c, type: 'PERSON' } : c;
  });
}

/** Initials written without stops right before a name, as the South Asian press writes them: "[M S] Dhoni", "[S A] Bobde". */
const BARE_INITIALS_BEFORE = /(?<![\p{L}\p{M}.'’])((?:\p{Lu} ){1,3})$/u;

/**
 * People's names the model began after initials written without stops, widened to take them in ("M S Dhoni" read as
 * "S Dhoni" or "Dhoni"); not a lone "A" or "I", an article's or a pronoun's.
 */
export function bareInitials(text: string, candidates: Candidate[]): Candidate[] {
  return mapEach(candidates, (c) => {
    if (c.type !== 'PERSON' || c.start < 2 || text.charCodeAt(c.start - 1) !== 32) return c;
    // (not in a line in capitals, where "PANAMA 'S ROBERTO DURAN" holds a possessive's S)
    if (!/\p{Ll}/u.test(text.slice(c.start, c.end))) return c;
    const initials = BARE_INITIALS_BEFORE.exec(text.slice(Math.max(0, c.start - 8), c.start))?.[1];
    if (!initials || initials === 'A ' || initials === 'I ') return c;
    return { ...c, start: c.start - initials.length };
  });
}
