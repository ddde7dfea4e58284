// A person's name the model read as an organization's because it knew neither word: given names of many
// cultures its lists lack ("set by [Buzunesh Deba] in 2014", "Ethiopia's [Tigist Assefa] after"; a single
// mention, no title, no cue). A model's organization or place ("after [Flavia Pennetta], who won") of two or three
// capitalised words opening with one of them, ending in no word that ends an organization's, a place's or a
// facility's name ("Kofi Annan Foundation" stays an ORG), that the registry knows as nothing, is a person's. The names are data (lexicon/given-names.json). And a
// given name alone joined by "and" to a person's name is a person's ("Prince Harry and [Meghan]").
import type { Candidate } from '../document.js';
import { endsNonPersonName } from '../ner/name-types.js';
import { lookupAlias, type RegistryIndex } from '../registry/alias-index.js';
import table from './lexicon/given-names.json' with { type: 'json' };

const GIVEN: ReadonlySet<string> = new Set(Object.values(table.words).flat());
const NAME = /^\p{Lu}[\p{L}'’-]+(?: \p{Lu}[\p{L}'’-]+){1,2}$/u;

/** The model's organizations and places that are people by a given name of the list, retyped PERSON. */
export function peopleByGivenName(text: string, candidates: Candidate[], registry: RegistryIndex): Candidate[] {
  let out: Candidate[] | undefined;
  candidates.forEach((c, k) => {
    if (c.source !== 'model' || (c.type !== 'ORG' && c.type !== 'GPE')) return;
    // The first word is looked up before any match: few organizations' names open with a given name of the list.
    const space = text.indexOf(' ', c.start);
    if (space < 0 || space >= c.end || !GIVEN.has(text.slice(c.start, space))) return;
    const span = text.slice(c.start, c.end);
    if (!NAME.test(span) || endsNonPersonName(span.slice(span.lastIndexOf(' ') + 1).toLowerCase()) || lookupAlias(registry, span).length) return;
    (out ??= [...candidates])[k] = { ...c, type: 'PERSON' };
  });
  return out ?? candidates;
}

/**
 * A given name alone joined by "and" to a person's name is a person's ("Prince Harry and [Meghan]", read as a town),
 * where the model read it as something else and the registry knows it as nothing ("Trump and Jordan" stay apart).
 */
export function givenNamesAfterPeople(text: string, candidates: Candidate[], registry: RegistryIndex, isNameWord: (word: string) => boolean): Candidate[] {
  // Most articles join no person to a name by "and": the people's ends are gathered only where one might be.
  if (!text.includes(' and ')) return candidates;
  let peopleEnds: Set<number> | undefined;
  let out: Candidate[] | undefined;
  candidates.forEach((c, k) => {
    if (c.source !== 'model' || c.type === 'PERSON' || !text.startsWith(' and ', c.start - 5)) return;
    peopleEnds ??= new Set(candidates.filter((p) => p.type === 'PERSON').map((p) => p.end));
    const word = text.slice(c.start, c.end);
    if (!peopleEnds.has(c.start - 5) || !/^\p{Lu}\p{Ll}+$/u.test(word) || !isNameWord(word) || lookupAlias(registry, word).length) return;
    (out ??= [...candidates])[k] = { ...c, type: 'PERSON' };
  });
  return out ?? candidates;
}
