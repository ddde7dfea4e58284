// An institution named after a titled person keeps the title: "King Fahd Mosque", "Queen Elizabeth Hospital",
// "Prince Sultan Air Base". The model learnt from CoNLL that a title is no part of a person's name ("King Hussein"
// is PER "Hussein"), so it leaves the title out of the institution too, and may read what is left as a person's
// ("[Elizabeth Hospital]"). A title of the registry's lexicon right before a name that ends in an institution's head is
// the name's first word; a person's name so read is the institution its head says.
import type { Candidate } from '../document.js';
import { NAME_LABELS } from '../document.js';
import { NAMED_AFTER_HEADS } from '../lexicon/organization-heads.js';
import { isFacilityHead, isSurnameHead } from '../ner/name-types.js';
import type { RegistryIndex } from '../registry/alias-index.js';
import { titleBefore } from '../registry/titles.js';
import { hasSource } from './sources.js';
import { startsUpper } from './first-letter.js';
import { codeAt } from './code-at.js';
import { mapEach } from './map-many.js';

/**
 * Whether a name ends in the head of an institution named after someone: a facility's head that is no surname
 * ("Mosque", not "Hall"; "Trade Representative Carla Hills" and "Minister Kevin Church" are people) or an
 * organization's that names institutions after people ("University").
 */
const institutionHead = (word: string) => (isFacilityHead(word) && !isSurnameHead(word)) || NAMED_AFTER_HEADS.has(word);

/** Mentions (sorted by start, without overlaps) with the title before an institution's name taken into it. */
export function titledInstitutions(text: string, mentions: Candidate[], registry: RegistryIndex): Candidate[] {
  let changed = false;
  const out = mapEach(mentions, (m, k) => {
    if (codeAt(text, m.start - 1) !== 32 || !NAME_LABELS.has(m.type) || !hasSource(m.source, 'model')) return m;
    const name = text.slice(m.start, m.end);
    const space = name.lastIndexOf(' ');
    const head = name.slice(space + 1);
    // Most names end in no institution's head: no title is looked for before them.
    if (space < 0 || !institutionHead(head.toLowerCase())) return m;
    const title = titleBefore(text, m.start, registry);
    const start = title === undefined ? -1 : m.start - 1 - title.length;
    if (start < 0 || !startsUpper(title!) || (k > 0 && mentions[k - 1].end > start)) return m;
    changed = true;
    const type = m.type !== 'PERSON' ? m.type : isFacilityHead(head.toLowerCase()) ? 'FAC' : 'ORG';
    return { ...m, start, type };
  });
  return changed ? out : mentions;
}
