// An organization, a title and a person the model ran into one name: "[NDP Leader Rachel Notley]", "[Assembly of First
// Nations National Chief Perry Bellegarde]". A title of the registry's lexicon after an organization the registry knows
// or an acronym parts them, as the guideline keeps titles out of names: the words before it are the organization, those
// after it the person, where they read as a person's name. So does a word that is such a title only inside a name
// (lexicon/person-cues.json `innerTitles`). A title that ends the model's name after such an organization is no part of
// it ("[Exxon Chairman] and CEO Darren Woods": the organization "Exxon").
import type { Candidate } from '../document.js';
import { aliasTypes, type RegistryIndex } from '../registry/alias-index.js';
import { isTitle, titleOf } from '../registry/titles.js';
import { candidate } from './candidates.js';
import { personName } from './people.js';
import cues from './lexicon/person-cues.json' with { type: 'json' };

const INNER_TITLES: ReadonlySet<string> = new Set(cues.innerTitles);

/** The model's organization cut at a title inside it into the organization and the person after the title; unchanged otherwise. */
export function splitAtInnerTitle(text: string, c: Candidate, registry: RegistryIndex): Candidate[] {
  if (c.source !== 'model' || c.type !== 'ORG') return [c];
  const opensTitle = (word: string) => registry.titleStarts.has(word.toLowerCase()) || INNER_TITLES.has(word);
  const span = text.slice(c.start, c.end);
  const words = span.split(' ');
  // (most organizations' names hold no word a title opens with)
  if (words.length < 4 || !words.some((w, k) => k > 0 && opensTitle(w))) return [c];
  let at = words[0].length + 1;
  for (let k = 1; k < words.length - 2; at += words[k].length + 1, k++) {
    // The words before the title an organization the registry knows or an acronym ("NDP"): no place whose official it
    // is ("Santa Fe County Sheriff Adan Mendoza", parted elsewhere), no title's first words ("Vice Chairman").
    if (!opensTitle(words[k]) || !organizationOwner(words.slice(0, k).join(' '), registry)) continue;
    // The longest title from word k (the registry's, as at a person's start), two to four words of a name after it.
    const rest = words.slice(k).join(' ');
    const cut = titleOf(text, c.start + at, rest, registry)?.cut || (INNER_TITLES.has(words[k]) ? words[k].length + 1 : 0);
    const nameWords = cut ? rest.slice(cut).split(' ').length : 0;
    if (nameWords < 2 || nameWords > MAX_NAME_WORDS || !personName(text, c.start + at + cut, c.end, registry)) continue;
    return [{ ...c, end: c.start + at - 1 }, candidate(c.start + at + cut, c.end, 'PERSON', c.source, c.confidence)];
  }
  return [c];
}

/** The model's name of an organization or a place the registry knows and a title after it cut to the organization or the place; unchanged otherwise. */
export function dropTrailingTitle(text: string, c: Candidate, registry: RegistryIndex): Candidate {
  if (c.source === 'registry' || (c.type !== 'ORG' && c.type !== 'PERSON')) return c;
  // Most names end in no word a title opens with, nor the word before their last: told without splitting the span.
  const lastSpace = text.lastIndexOf(' ', c.end - 1);
  if (lastSpace < c.start) return c;
  const before = lastSpace > c.start ? text.lastIndexOf(' ', lastSpace - 1) : -1;
  if (!registry.titleStarts.has(text.slice(lastSpace + 1, c.end).toLowerCase())
    && (before < c.start || !registry.titleStarts.has(text.slice(before + 1, lastSpace).toLowerCase()))) return c;
  const span = text.slice(c.start, c.end);
  const words = span.split(' ');
  for (const n of [1, 2]) {
    if (words.length <= n || !registry.titleStarts.has(words[words.length - n].toLowerCase()) || !isTitle(registry, words.slice(-n))) continue;
    const owner = words.slice(0, -n).join(' ');
    const types = aliasTypes(registry, owner);
    if (types.includes('ORG')) return { ...c, end: c.start + owner.length, type: 'ORG' };
    // (and a place's before its official's title: "[Maharashtra Chief Minister] Devendra Fadnavis")
    if (types.includes('GPE')) return { ...c, end: c.start + owner.length, type: 'GPE' };
  }
  return c;
}

/** Whether words are an organization's name the registry knows, or an acronym in capitals. */
function organizationOwner(words: string, registry: RegistryIndex): boolean {
  return ACRONYM.test(words) || aliasTypes(registry, words).includes('ORG');
}
/** An acronym of two to six capitals. */
const ACRONYM = /^\p{Lu}{2,6}$/u;
/** A person's name after a title inside an organization's has at most this many words. */
const MAX_NAME_WORDS = 4;
