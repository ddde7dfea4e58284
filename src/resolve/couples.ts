// A given name alone before "and" and a person's full name shares that person's surname: "Bill and Hillary Clinton",
// "Harry and Linda Macklowe". The model misses the lone given name or reads it alone, and the link then takes it for
// whoever the registry knows by that one word (Prince Harry). It is a person, and its full name, the given name and the
// surname after it, is what link looks up. The partner's name opens with a given name, and the lone word is one too, or
// the registry knows the full name it makes ("Bill Clinton"); not a surname ("Hakkinen and David Coulthard"), nor the
// last of a list ("Schumacher, Hill and Alain Prost").
import type { Candidate } from '../document.js';
import { lookupAlias, type RegistryIndex } from '../registry/alias-index.js';
import { candidate } from './candidates.js';

/** A capitalised word and " and " before a capital, not inside a word or after an initial's stop. */
const GIVEN_AND = /(?<![\p{L}\p{M}'’.-])(\p{Lu}\p{Ll}+) and (?=\p{Lu})/gu;
/** What ends the list item before a word: a comma, a semicolon, a bracket. */
const LIST_BEFORE = /[,;()]\s*$/;
const INITIAL = /^\p{Lu}\.$/u;
/** As sure as the full name after it: the model's reading of the lone word, if any, gives way. */
const COUPLE_CONFIDENCE = 0.9;

/** The mentions (sorted by start), with each lone given name before "and" and a person's full name that person's kin. */
export function coupledGivenNames(text: string, mentions: Candidate[], isGivenName: (word: string) => boolean, registry: RegistryIndex): Candidate[] {
  // Most articles name no couple: " and " is looked for first.
  if (!text.includes(' and ')) return mentions;
  const byStart = new Map(mentions.map((m, k) => [m.start, k]));
  const byEnd = new Map(mentions.map((m, k) => [m.end, k]));
  const out = [...mentions];
  const added: Candidate[] = [];
  for (const m of text.matchAll(GIVEN_AND)) {
    const partner = byStart.get(m.index + m[0].length);
    const person = partner === undefined ? undefined : mentions[partner];
    if (person?.type !== 'PERSON' || LIST_BEFORE.test(text.slice(Math.max(0, m.index - 3), m.index))) continue;
    const words = text.slice(person.start, person.end).split(' ');
    // Two words, or three with a given name or an initial between ("Mary Louise Menendez", "George W. Bush").
    if (words.length < 2 || words.length > 3 || !isGivenName(words[0]) || (words.length === 3 && !INITIAL.test(words[1]) && !isGivenName(words[1]))) continue;
    const fullName = `${m[1]} ${words[words.length - 1]}`;
    if (!isGivenName(m[1]) && !lookupAlias(registry, fullName).some((h) => registry.entries.get(h.id)?.type === 'PERSON')) continue;
    const own = byEnd.get(m.index + m[1].length);
    if (own !== undefined && mentions[own].start === m.index) {
      if (out[own].type === 'PERSON') out[own] = { ...out[own], attrs: { ...out[own].attrs, fullName } };
    } else if (own === undefined && !mentions.some((c) => c.start <= m.index && c.end >= m.index + m[1].length)) {
      added.push(candidate(m.index, m.index + m[1].length, 'PERSON', 'rules', COUPLE_CONFIDENCE, undefined, { fullName }));
    }
  }
  return added.length ? [...out, ...added].sort((a, b) => a.start - b.start) : out;
}
