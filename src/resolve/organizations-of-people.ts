// An organization "of" its leader the model read as one name ("the [Telugu Desam Party of Chandrababu Naidu]", "[The
// Samajwadi Party of Akhilesh Yadav] stunned the BJP"): no organization's name ends in a person's, and the person, surer
// than the long name, would leave the organization unmarked. Where the words after the last " of " are a person the model
// or the registry names in two words or more, and the words before it end in an organization's head or are an
// organization the registry knows, the name is the organization before "of" (the person stays the model's).
import type { Candidate } from '../document.js';
import { NAME_LABELS } from '../document.js';
import { endsOrganizationName } from '../ner/name-types.js';
import { aliasTypes, type RegistryIndex } from '../registry/alias-index.js';
import { mapEach } from './map-many.js';

/** A name of two words or more, " of ", and a name. */
const NAME_OF_NAME = /^(\p{Lu}\S*(?: \S+)+) of \p{Lu}/u;

export function organizationsOfPeople(text: string, candidates: Candidate[], registry: RegistryIndex): Candidate[] {
  // The people's spans by end: most articles have no name with " of " before one, and need nothing more.
  const people = new Map<number, number[]>();
  for (const c of candidates) if (c.type === 'PERSON') people.set(c.end, [...(people.get(c.end) ?? []), c.start]);
  return mapEach(candidates, (c) => {
    if (c.type === 'PERSON' || !NAME_LABELS.has(c.type) || !people.has(c.end)) return c;
    const span = text.slice(c.start, c.end);
    const of = span.lastIndexOf(' of ');
    if (of < 0 || !NAME_OF_NAME.test(span)) return c;
    const tail = c.start + of + 4;
    const head = span.slice(0, of);
    // (a person's full name, two words or more: one word after "of" is more often a place's, "Commercial Bank of [Ceylon]")
    if (!text.slice(tail, c.end).includes(' ')) return c;
    const personNamed = people.get(c.end)!.includes(tail) || aliasTypes(registry, text.slice(tail, c.end)).includes('PERSON');
    const organization = endsOrganizationName(head.slice(head.lastIndexOf(' ') + 1)) || aliasTypes(registry, head).includes('ORG');
    return personNamed && organization ? { ...c, end: c.start + of, type: 'ORG' } : c;
  });
}
