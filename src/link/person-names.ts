// People's names inside one article: "Jane Q. Doe", "Jane Doe", "Doe" and "Ms. Doe" are one person.
import { NAME_SUFFIXES, type AliasHit, type RegistryIndex } from '../registry/alias-index.js';
import { aliasKey, foldKey, normalizeName, stripPossessive } from '../registry/normalize.js';

/** Normalised name words without initials, case kept ("Donald J. Trump" → Donald, Trump). */
export function withoutInitials(text: string): string[] {
  return normalizeName(text).split(' ').filter((w) => w.length > 1);
}

/** Folded name words without the possessive and without initials ("Jane Q. Doe’s" → jane, doe). */
export function personWords(text: string): string[] {
  return withoutInitials(stripPossessive(normalizeName(text))).map(foldKey);
}

/** The surname of a person's folded name words: the last but a suffix ("James Byrd Jr." → byrd). */
export function surnameOf(words: string[]): string {
  const last = words[words.length - 1];
  return words.length > 1 && NAME_SUFFIXES.has(last) ? words[words.length - 2] : last;
}

/**
 * The family name of a name written family name first, as Korean, Chinese and Taiwanese names are romanised ("Lee
 * Jae-yong", "Ko Wen-je": a given name of two syllables joined by a hyphen, the second in lower case), folded; else none.
 */
export function familyNameFirst(text: string): string | undefined {
  const m = FAMILY_NAME_FIRST.exec(text);
  return m ? foldKey(m[1]) : undefined;
}
const FAMILY_NAME_FIRST = /^(\p{Lu}\p{Ll}+) \p{Lu}\p{Ll}+-\p{Ll}+(?:['’]s?)?$/u;

/**
 * Two multi-word names can be one person: same last word, and the same first word or one name inside the other; not
 * two middle names that share no word ("Muhammad Ijaz Khan" and "Muhammad Azam Khan" are two men).
 */
export function namesCompatible(a: string[], b: string[]): boolean {
  if (!a.length || !b.length || a[a.length - 1] !== b[b.length - 1]) return false;
  if (a[0] === b[0]) return a.length < 3 || b.length < 3 || a.slice(1, -1).some((w) => b.includes(w));
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  return short.every((w) => long.includes(w));
}

/** Registry hits whose entry's name opens with the initial that opens the mention's: "J. Adams" is no Eric Adams. */
export function fittingInitial(text: string, hits: AliasHit[], index: RegistryIndex): AliasHit[] {
  const whole = normalizeName(text);
  if (whole.length < 2 || whole[1] !== ' ') return hits;
  const initial = whole[0].toUpperCase();
  return hits.filter((h) => {
    const entry = index.entries.get(h.id);
    return !entry || [entry.name, ...(entry.aliases ?? [])].some((n) => n[0]?.toUpperCase() === initial);
  });
}

/**
 * The one registry person whose name has the given name and the surname of a name of two words or more, with middle
 * names the article leaves out ("Mohammed al-Jalali" of the registry's Mohammed Ghazi al-Jalali); none where two
 * people share them (George Bush) or the registry gives the surname to no one.
 */
export function givenAndSurname(index: RegistryIndex, words: string[]): AliasHit[] {
  if (words.length < 2) return [];
  const given = foldKey(words[0]);
  const fitting = (index.surnames.get(foldKey(aliasKey(words[words.length - 1]))) ?? []).filter((h) => {
    const entry = index.entries.get(h.id);
    return entry !== undefined && [entry.name, ...(entry.aliases ?? [])].some((n) => foldKey(aliasKey(n)).split(' ')[0] === given);
  });
  const ids = new Set(fitting.map((h) => h.id));
  return ids.size === 1 ? [{ id: fitting[0].id, kind: 'alias', form: aliasKey(words.join(' ')) }] : [];
}
