// Two names joined by "and" or "or" after a preposition of place ("authorities in Da Nang and Quang Ngai") are
// places of one kind: a name the model read as a person right after a place it joins is a GPE, unless the
// person is sure (a given name opens it, or the registry names it), and so is one word it read as an organization,
// unsure ("in Sydney and [Newcastle]"). Not "to": "from Mao in China to [Shamir]".
// And names listed before the plural of a kind of place in lower case ("the Surma and Kushiyara rivers") are
// places of that kind, split where the model read the list as one name; before "universities" or "colleges",
// institutions ("Princeton, Brown, Cornell and Northwestern universities"). The prepositions and the kinds are
// data (lexicon/place-cues.json, coordinatedAfter and pluralKinds).
import type { Candidate, Label } from '../document.js';
import { NAME_LABELS, PLACE_LABELS } from '../document.js';
import { aliasTypes, type RegistryIndex } from '../registry/alias-index.js';
// Imported, not read from disk: tsc copies the table next to the compiled module.
import table from './lexicon/place-cues.json' with { type: 'json' };
import { examplesListed } from './listed-examples.js';

const PREPOSITION_BEFORE = new RegExp(`(?:^|\\s)(?:${table.coordinatedAfter.join('|')})\\s+$`);
const JOINER = /^ (?:and|or) $/;
/** What joins the names of a list: a comma, "and" or "or", or both. */
const LIST_JOINER = /^(?:,| and| or|, and|, or) $/;

/**
 * Mentions (sorted by start, without overlaps) with a person's name joined to a place after a preposition of place typed
 * GPE; so with a name in a list of places after such a preposition ("in Marseille, Lyon, Nantes and Rennes") that the
 * model alone read as an organization and the registry knows as a place (a city named for its club).
 */
export function coordinatedPlaces(text: string, mentions: Candidate[], registry: RegistryIndex, isNameWord: (word: string) => boolean): Candidate[] {
  let out: Candidate[] | undefined;
  // the first mention of the list the current one closes or goes on
  let head = 0;
  for (let k = 1; k < mentions.length; k++) {
    const m = mentions[k];
    const place = (out ?? mentions)[k - 1];
    const joiner = text.slice(place.end, m.start);
    if (!LIST_JOINER.test(joiner)) head = k;
    if ((m.type !== 'PERSON' && m.type !== 'ORG') || !PLACE_LABELS.has(place.type)) continue;
    if (JOINER.test(joiner) && PREPOSITION_BEFORE.test(text.slice(Math.max(0, place.start - 16), place.start))
      && (m.type === 'PERSON' ? unsurePerson(text, m, registry, isNameWord) : unsureOrganization(text, m, registry))) {
      (out ??= [...mentions])[k] = { ...m, type: 'GPE' };
      continue;
    }
    const first = mentions[head];
    if (m.type === 'ORG' && LIST_JOINER.test(joiner) && PLACE_LABELS.has(first.type) && PREPOSITION_BEFORE.test(text.slice(Math.max(0, first.start - 16), first.start))
      && placeOfAClub(text, m, registry)) (out ??= [...mentions])[k] = { ...m, type: 'GPE' };
  }
  return out ?? mentions;
}

/** An organization's name of one word the model read, that the registry knows as a place ("Lyon", "Nantes"). */
function placeOfAClub(text: string, m: Candidate, registry: RegistryIndex): boolean {
  const name = text.slice(m.start, m.end);
  return m.source.split('+').includes('model') && !name.includes(' ') && aliasTypes(registry, name).some((t) => PLACE_LABELS.has(t));
}

/** A person's name only the model read, that no given name opens and the registry does not name. */
function unsurePerson(text: string, m: Candidate, registry: RegistryIndex, isNameWord: (word: string) => boolean): boolean {
  const name = text.slice(m.start, m.end);
  return m.source === 'model' && !isNameWord(name.split(' ')[0]) && !aliasTypes(registry, name).includes('PERSON');
}

/** A name of one word that is no registry alias of a person (a surname alone is none). */
function oneWordNoAlias(text: string, m: Candidate, registry: RegistryIndex): boolean {
  const name = text.slice(m.start, m.end);
  return !name.includes(' ') && !aliasTypes(registry, name).includes('PERSON');
}

/** How sure the model may be of an organization's name that a place joined to it makes a place ("in Sydney and [Newcastle]"). */
const UNSURE_ORGANIZATION = 0.6;

/** An organization's name of one word only the model read, unsure, that the registry does not name. */
function unsureOrganization(text: string, m: Candidate, registry: RegistryIndex): boolean {
  const name = text.slice(m.start, m.end);
  return m.source === 'model' && m.confidence < UNSURE_ORGANIZATION && !name.includes(' ') && !aliasTypes(registry, name).includes('ORG');
}

const KIND_OF: ReadonlyMap<string, Label> = new Map(Object.entries(table.pluralKinds).flatMap(([label, kinds]) => kinds.map((k) => [k, label as Label])));
/** The plural of a kind of place right after a name: " rivers". */
const KIND_AFTER = new RegExp(`^ (${[...KIND_OF.keys()].join('|')})(?![\\p{L}\\p{M}'’-])`, 'u');
const KIND_FIRST_LETTERS: ReadonlySet<number> = new Set([...KIND_OF.keys()].map((k) => k.charCodeAt(0)));
/** The plurals' last letter ("s"): a word after a name that ends otherwise needs no match. */
const KIND_LAST_LETTERS: ReadonlySet<number> = new Set([...KIND_OF.keys()].map((k) => k.charCodeAt(k.length - 1)));
/** Where the word of small letters that starts at `at` ends. */
function wordEnd(text: string, at: number): number {
  let i = at;
  while (i < text.length && text.charCodeAt(i) >= 97 && text.charCodeAt(i) <= 122) i++;
  return i;
}
const LISTED = /^(?:, | and |, and )$/;
const COUNT_BEFORE = /\d $/;
/** Two names joined in one span: "Surma and Kushiyara". */
const TWO_NAMES = /^(\p{Lu}[\p{L}\p{M}'’-]*(?: \p{Lu}[\p{L}\p{M}'’-]*)*) and (\p{Lu}[\p{L}\p{M}'’-]*(?: \p{Lu}[\p{L}\p{M}'’-]*)*)$/u;

/**
 * Mentions (sorted by start, without overlaps) with the names listed before a plural kind of place typed that kind;
 * a person's name among them too, when the model alone read it and no given name opens it ("Nghe An, [Ha Tinh] and
 * [Quang Tri] provinces").
 */
export function placesOfOneKind(text: string, mentions: Candidate[], registry: RegistryIndex, isNameWord: (word: string) => boolean): Candidate[] {
  const listable = (c: Candidate, type: Label) => listableAs(text, c, type, registry, isNameWord);
  let out: Candidate[] | undefined;
  for (let k = mentions.length - 1; k >= 0; k--) {
    const m = mentions[k];
    // Most names are followed by something other than a space and a kind's first letter, and need no slice.
    const kind = text.charCodeAt(m.end) === 32 && KIND_FIRST_LETTERS.has(text.charCodeAt(m.end + 1)) && KIND_LAST_LETTERS.has(text.charCodeAt(wordEnd(text, m.end + 1) - 1))
      ? KIND_AFTER.exec(text.slice(m.end, m.end + 16)) : null;
    if (!kind) continue;
    const type = KIND_OF.get(kind[1])!;
    if (!listable(m, type)) continue;
    // A count before the list says its words describe the places ("19 Northern and Northeastern states").
    if (COUNT_BEFORE.test(text.slice(Math.max(0, m.start - 8), m.start))) continue;
    // A name the registry knows as something else is whose the places are ("the Nigerian states" is no list of them);
    // a people's word is whose the institutions are ("Turkish universities").
    const other = (c: Candidate) => knownOtherwise(text, c, type, registry);
    const two = TWO_NAMES.exec(text.slice(m.start, m.end));
    const items: Candidate[] = two ? [{ ...m, end: m.start + two[1].length, type }, { ...m, start: m.end - two[2].length, type }] : [];
    if (!two) {
      let j = k - 1;
      while (j >= 0 && listable(mentions[j], type) && LISTED.test(text.slice(mentions[j].end, mentions[j + 1].start))) j--;
      if (j === k - 1 || mentions.slice(j + 1, k + 1).some(other)) continue;
      for (let i = j + 1; i <= k; i++) items.push({ ...mentions[i], type });
      (out ??= [...mentions]).splice(j + 1, k - j, ...items);
      k = j + 1;
      continue;
    }
    if (other(m)) continue;
    (out ??= [...mentions]).splice(k, 1, ...items);
  }
  return out ?? mentions;
}

/** A name the model read that may be one of a list of `type` (before "universities", a one-word name the registry knows as no one's alias, which a surname is not: "Cornell"). */
function listableAs(text: string, c: Candidate, type: Label, registry: RegistryIndex, isNameWord: (word: string) => boolean): boolean {
  return NAME_LABELS.has(c.type) && (c.type !== 'PERSON' || (type === 'ORG' ? oneWordNoAlias(text, c, registry) : unsurePerson(text, c, registry, isNameWord)));
}
/** Whether the registry knows a name as other than of `type`'s kind: a place's as no place, an institution's as a people's. */
function knownOtherwise(text: string, c: Candidate, type: Label, registry: RegistryIndex): boolean {
  return aliasTypes(registry, text.slice(c.start, c.end)).some((t) => (type === 'ORG' ? t === 'NORP' : !PLACE_LABELS.has(t)));
}

/** The plural of a kind of place and the words that open its examples: "cities such as ", "rural cantons, including ". */
const KIND_LISTED = new RegExp(`(?<![\\p{L}-])(${[...KIND_OF.keys()].join('|')}),? (?:such as|including|like) $`, 'u');
/** The longest text before a list's first name that KIND_LISTED reads. */
const KIND_LISTED_REACH = 40;

/**
 * Mentions (sorted by start, without overlaps) with the names listed after a plural kind of place and "such as",
 * "including" or "like" typed that kind, where the registry does not know them ("drought-hit cities such as
 * Safi and [El Jadida]", "remote communities such as [Amizmiz] and [Talat N'Yaaqoub]", read as an organization and a
 * person).
 */
export function placesListedAfterKind(text: string, mentions: Candidate[], registry: RegistryIndex, isNameWord: (word: string) => boolean): Candidate[] {
  const kindOf = (before: string) => {
    const kind = KIND_LISTED.exec(before);
    return kind ? KIND_OF.get(kind[1]) : undefined;
  };
  const unknownOfKind = (c: Candidate, type: Label) => c.type !== type && listableAs(text, c, type, registry, isNameWord) && !aliasTypes(registry, text.slice(c.start, c.end)).length;
  return examplesListed(text, mentions, KIND_LISTED_REACH, kindOf, (c, type) => (unknownOfKind(c, type) ? { ...c, type } : undefined));
}
