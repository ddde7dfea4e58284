// A name that ends in an organization's head word ("Halvorsen Communications", "Kloof Gold Mining",
// "Tarsis Power Group") is an organization's, though the model, reading a person's given name before
// it, typed it PERSON. Not when the last word is also a person's name word on the model's lists
// ("Tomas Post"): surnames that are ordinary nouns stay people's. The head words are the name-type
// table's (src/ner/lexicon/name-types.json).
import type { Candidate } from '../document.js';
import { endsOrganizationName } from '../ner/name-types.js';

export function organizationsByHead(text: string, candidates: Candidate[], isNameWord: (word: string) => boolean): Candidate[] {
  return candidates.map((c) => {
    if (c.source !== 'model' || c.type !== 'PERSON') return c;
    const span = text.slice(c.start, c.end);
    const last = span.slice(span.lastIndexOf(' ') + 1);
    return last !== span && endsOrganizationName(last) && !isNameWord(last) ? { ...c, type: 'ORG' } : c;
  });
}
