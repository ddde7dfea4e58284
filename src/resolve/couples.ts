// A given name alone before "and" and a person's full name shares that person's surname: "Bill and Hillary Clinton",
// "Harry and Linda Macklowe". The model misses the lone given name or reads it alone, and the link then takes it for
// whoever the registry knows by that one word (Prince Harry). It is a person, and its full name, the given name and the
// surname after it, is what link looks up. The partner's name opens with a given name, and the lone word is one too, or
// the registry knows the full name it makes ("Bill Clinton", "Gilberto Rodriguez Orejuela"); not a surname ("Hakkinen
// and David Coulthard"), nor the last of a list of names ("Schumacher, Hill and Alain Prost"; but "his daughters, Anna
// and Olivia Melnyk").
import type { Candidate } from '../document.js';
import { lookupAlias, type RegistryIndex } from '../registry/alias-index.js';
import { candidate } from './candidates.js';

/** A capitalised word and " and " before a capital, not inside a word or after an initial's stop. */
const GIVEN_AND = /(?<![\p{L}\p{M}'’.-])(\p{Lu}\p{Ll}+) and (?=\p{Lu})/gu;
/** A comma and a space before a word. */
const COMMA_BEFORE = /, ?$/;
const INITIAL = /^\p{Lu}\.$/u;
/** How sure a lone given name the model missed is, beside its partner's full name. */
const COUPLE_CONFIDENCE = 0.9;

/** The mentions (sorted by start), with each lone given name before "and" and a person's full name that person's kin. */
export function coupledGivenNames(text: string, mentions: Candidate[], isGivenName: (word: string) => boolean, registry: RegistryIndex): Candidate[] {
  // Most articles name no couple: " and " is looked for first.
  if (!text.includes(' and ')) return mentions;
  const known = (name: string) => lookupAlias(registry, name).some((h) => registry.entries.get(h.id)?.type === 'PERSON');
  // The mentions by where they start and end, made at the first capitalised word before " and ".
  let byStart: Map<number, number> | undefined;
  let byEnd: Map<number, number> | undefined;
  let out: Candidate[] | undefined;
  const added: Candidate[] = [];
  for (const m of text.matchAll(GIVEN_AND)) {
    byStart ??= new Map(mentions.map((c, k) => [c.start, k]));
    byEnd ??= new Map(mentions.map((c, k) => [c.end, k]));
    const partner = byStart.get(m.index + m[0].length);
    const person = partner === undefined ? undefined : mentions[partner];
    if (person?.type !== 'PERSON' || listedAfterName(text, m.index, byEnd)) continue;
    const words = text.slice(person.start, person.end).split(' ');
    if (words.length < 2 || words.length > 3 || !isGivenName(words[0])) continue;
    // The surname: the words after the partner's given name, or the last alone after a middle name or an initial
    // ("Mary Louise Menendez", "George W. Bush"), where the registry knows no one by the rest.
    const whole = `${m[1]} ${words.slice(1).join(' ')}`;
    const middle = words.length === 3 && (INITIAL.test(words[1]) || isGivenName(words[1]));
    const fullName = known(whole) ? whole : words.length === 2 || middle ? `${m[1]} ${words[words.length - 1]}` : undefined;
    if (fullName === undefined || (!isGivenName(m[1]) && !known(fullName))) continue;
    const own = byEnd.get(m.index + m[1].length);
    if (own !== undefined && mentions[own].start === m.index) {
      if (mentions[own].type === 'PERSON') (out ??= [...mentions])[own] = { ...mentions[own], attrs: { ...mentions[own].attrs, fullName } };
    } else if (own === undefined && !mentions.some((c) => c.start <= m.index && c.end >= m.index + m[1].length)) {
      added.push(candidate(m.index, m.index + m[1].length, 'PERSON', 'rules', COUPLE_CONFIDENCE, undefined, { fullName }));
    }
  }
  const named = out ?? mentions;
  return added.length ? [...named, ...added].sort((a, b) => a.start - b.start) : named;
}

/** Whether the word at `at` follows a comma right after another name: the last of a list ("Schumacher, Hill and"). */
function listedAfterName(text: string, at: number, byEnd: ReadonlyMap<number, number>): boolean {
  const comma = COMMA_BEFORE.exec(text.slice(Math.max(0, at - 2), at));
  return comma !== null && byEnd.has(at - comma[0].length);
}
