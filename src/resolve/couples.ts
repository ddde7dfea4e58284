// A given name alone before "and" and a person's full name shares that person's surname: "Bill and Hillary Clinton",
// "Harry and Linda Macklowe". The model misses the lone given name or reads it alone, and the link then takes it for
// whoever the registry knows by that one word (Prince Harry). It is a person, and its full name, the given name and the
// surname after it, is what link looks up. Both words must be given names on the model's lists, so that "Trump and Joe
// Biden" stays two people of their own.
import type { Candidate } from '../document.js';
import { candidate } from './candidates.js';

/** A capitalised word and " and " before a capital, not inside a word or after an initial's stop. */
const GIVEN_AND = /(?<![\p{L}\p{M}'’.-])(\p{Lu}\p{Ll}+) and (?=\p{Lu})/gu;
/** As sure as the full name after it: the model's reading of the lone word, if any, gives way. */
const COUPLE_CONFIDENCE = 0.9;

/** The mentions (sorted by start), with each lone given name before "and" and a person's full name that person's kin. */
export function coupledGivenNames(text: string, mentions: Candidate[], isNameWord: (word: string) => boolean): Candidate[] {
  // Most articles name no couple: " and " and a person after it are looked for first.
  if (!text.includes(' and ')) return mentions;
  const byStart = new Map(mentions.map((m, k) => [m.start, k]));
  const byEnd = new Map(mentions.map((m, k) => [m.end, k]));
  const out = [...mentions];
  const added: Candidate[] = [];
  for (const m of text.matchAll(GIVEN_AND)) {
    const partner = byStart.get(m.index + m[0].length);
    const person = partner === undefined ? undefined : mentions[partner];
    if (person?.type !== 'PERSON') continue;
    const words = text.slice(person.start, person.end).split(' ');
    if (words.length < 2 || !isNameWord(words[0]) || !isNameWord(m[1])) continue;
    const fullName = `${m[1]} ${words.slice(1).join(' ')}`;
    const own = byEnd.get(m.index + m[1].length);
    if (own !== undefined && mentions[own].start === m.index) {
      if (out[own].type === 'PERSON') out[own] = { ...out[own], attrs: { ...out[own].attrs, fullName } };
    } else if (own === undefined && !mentions.some((c) => c.start <= m.index && c.end >= m.index + m[1].length)) {
      added.push(candidate(m.index, m.index + m[1].length, 'PERSON', 'rules', COUPLE_CONFIDENCE, undefined, { fullName }));
    }
  }
  return added.length ? [...out, ...added].sort((a, b) => a.start - b.start) : out;
}
