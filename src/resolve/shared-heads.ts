// Facilities listed under one plural head: "Wandsworth, Pentonville and Brixton Prisons", "Heathrow
// and Gatwick Airports". The head belongs to every name of the list, so the names before the last one
// are facilities too, whatever the model made of them alone (a town, an organization). The list is
// the mentions right before, joined by ", ", " and " or ", and"; the plural heads are the name-type
// table's (src/ner/lexicon/name-types.json).
import type { Candidate } from '../document.js';
import { NAME_LABELS } from '../document.js';
import { isPluralFacilityHead } from '../ner/name-types.js';

const JOINER = /^(?:, | and |, and )$/;

/** Mentions (sorted by start, without overlaps) with the names listed before a plural facility head typed FAC. */
export function facilitiesUnderOneHead(text: string, mentions: Candidate[]): Candidate[] {
  let out: Candidate[] | undefined;
  mentions.forEach((m, k) => {
    if (m.type !== 'FAC') return;
    const span = text.slice(m.start, m.end);
    if (!span.includes(' ') || !isPluralFacilityHead(span.slice(span.lastIndexOf(' ') + 1))) return;
    for (let j = k - 1; j >= 0; j--) {
      const item = mentions[j];
      if (!NAME_LABELS.has(item.type) || item.type === 'PERSON' || !JOINER.test(text.slice(item.end, mentions[j + 1].start))) break;
      if (item.type !== 'FAC') (out ??= [...mentions])[j] = { ...item, type: 'FAC' };
    }
  });
  return out ?? mentions;
}
