// A people's name before a person's is no given name: the model's PERSON that opens with a demonym,
// where the words after it name a person elsewhere in the article, is the NORP and the person
// ("Michael Okoro … American Okoro" → NORP "American" + PERSON "Okoro"); so is one before a full name,
// whatever people it names, a party's or a faith's too ("Democrat Mikie Sherrill").
// Demonyms are the registry's peoples of a place; one that is also a given name on the model's name
// lists starts a name ("Christian Karembeu", "German Villa"). And a people's adjective that is also a place's name
// ("Mediterranean", "Arctic") names the place where no noun follows it for it to qualify ("crossing the
// Mediterranean", "in the Arctic"; not "the Mediterranean diet").
import type { Candidate, Token } from '../document.js';
import { PLACE_LABELS } from '../document.js';
import { aliasTypes, lookupAlias, type RegistryIndex } from '../registry/alias-index.js';
import { tokenFrom } from '../text/token-at.js';
import { NOUN_LIKE } from '../text/word-classes.js';
import { mapMany } from './map-many.js';

/** The first word of a name of two or more, and the capitalised words after it. */
const FIRST_WORD = /^(\p{Lu}[\p{L}\p{M}]+) (?=\p{Lu})/u;

export function splitDemonyms(text: string, candidates: Candidate[], registry: RegistryIndex, isNameWord: (word: string) => boolean): Candidate[] {
  /** Whether a word is a people's name the registry knows (a faith's or a party's too, where `anyPeople`) and no name word. */
  const isDemonym = (word: string, anyPeople: boolean) => !isNameWord(word) && lookupAlias(registry, word).some((h) => {
    const entry = registry.entries.get(h.id);
    return entry?.type === 'NORP' && (anyPeople || entry.partOf !== undefined);
  });
  /** Whether the words of a candidate after its first `cut` characters are a full name, of two words or more. */
  const fullName = (c: Candidate, cut: number) => text.slice(c.start + cut, c.end).includes(' ');
  // The model's people that open with a demonym: few articles have any, and only they need the names read. Before two
  // words or more the people's name is the person's description, a party's or a faith's too ("Democrat Mikie Sherrill").
  const opening = new Map<Candidate, number>();
  for (const c of candidates) {
    if (c.type !== 'PERSON' || c.source !== 'model') continue;
    const m = FIRST_WORD.exec(text.slice(c.start, c.end));
    if (m && isDemonym(m[1], fullName(c, m[0].length))) opening.set(c, m[0].length);
  }
  if (!opening.size) return candidates;
  // The people the article names, by the end of each name ("Okoro" of "Michael Okoro"), with the names that end so.
  const people = new Map<string, Set<string>>();
  for (const c of candidates) {
    if (c.type !== 'PERSON') continue;
    const name = text.slice(c.start, c.end);
    const words = name.split(' ');
    for (let i = 0; i < words.length; i++) {
      const end = words.slice(i).join(' ');
      people.set(end, (people.get(end) ?? new Set()).add(name));
    }
  }
  /** Whether a name other than `name` ends in `rest`. */
  const elsewhere = (rest: string, name: string) => [...(people.get(rest) ?? [])].some((n) => n !== name);
  return mapMany(candidates, (c) => {
    const cut = opening.get(c);
    if (cut === undefined || (!fullName(c, cut) && !elsewhere(text.slice(c.start + cut, c.end), text.slice(c.start, c.end)))) return [c];
    return [{ ...c, end: c.start + cut - 1, type: 'NORP' }, { ...c, start: c.start + cut }];
  });
}


/** Mentions (sorted by start) with a people's adjective that is also a place's name typed as the place where nothing follows for it to qualify. */
export function placesNamedLikePeoples(text: string, tokens: readonly Token[], mentions: Candidate[], registry: RegistryIndex): Candidate[] {
  let out: Candidate[] | undefined;
  mentions.forEach((m, k) => {
    if (m.type !== 'NORP') return;
    const next = tokens[tokenFrom(tokens, m.end)];
    if (next && NOUN_LIKE.has(next.pos)) return;
    const place = aliasTypes(registry, text.slice(m.start, m.end)).find((t) => PLACE_LABELS.has(t));
    if (place) (out ??= [...mentions])[k] = { ...m, type: place };
  });
  return out ?? mentions;
}
