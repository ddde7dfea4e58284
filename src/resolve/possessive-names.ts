// Names that end in a possessive: a shop, a bank or a ground named after its founder ("Lord's",
// "Boatmen's", "Sotheby's"). The guideline leaves a possessive out of a name ("Iran's repression" →
// "Iran"), but where the article writes the name with an 's that owns nothing ("at Lord's.",
// "Boatmen's was the prize") the 's is the name's own, and every mention of it in the article keeps
// it ("Boatmen's deal"); so does a registry name written with it ("Moody's"), before anything, a noun it owns too, as
// CoNLL-2003's training data marks "Lloyd's decision". The words that show the 's owns nothing are data
// (lexicon/possessive-names.json). So are the heads of landmarks named with a possessive ("Hadrian's Wall", "St Paul's
// Cathedral"), which the model reads as an owner and a person or misses; and a company named with one ends in its legal form ("Boatmen's Bancshares
// Inc.", "McDonald's Corp."). A name the model ran on across a registry name's possessive is two
// ("[World Health Organization's Tedros Adhanom Ghebreyesus]"): the owner and the name after it, a
// person's where its words read as one.
import type { Candidate, Label } from '../document.js';
import { NAME_LABELS } from '../document.js';
import { CORPORATE_SUFFIXES } from '../ner/name-types.js';
import { lookupAlias, type RegistryIndex } from '../registry/alias-index.js';
import { aliasKey, foldKey } from '../registry/normalize.js';
import { capitalisedAlternatives } from './first-letter.js';
// Imported, not read from disk: tsc copies the table next to the compiled module.
import words from './lexicon/possessive-names.json' with { type: 'json' };
import { mapEach } from './map-many.js';
import { candidate } from './candidates.js';
import { personName } from './people.js';

const POSSESSIVE = /^['’]s/;
/** After the 's: a stop, the end, or a word that is no noun it could own (not a bracket or a quote: "(Arafat's) call"). */
const OWNS_NOTHING = new RegExp(`^['’]s(?:\\s*(?:[.,;:!?]|$)|\\s+(?:${words.after.join('|')})\\b)`);

/** The names (lower case) of the article that own their 's, from the candidates' spans. */
function ownersOf(text: string, candidates: readonly Candidate[], registry: RegistryIndex): Set<string> {
  const owners = new Set<string>();
  for (const c of candidates) {
    if (!NAME_LABELS.has(c.type)) continue;
    const span = text.slice(c.start, c.end);
    const base = /['’]s$/.test(span) ? span.slice(0, -2) : span;
    const end = c.start + base.length;
    if (!base) continue;
    const key = base.toLowerCase();
    if (owners.has(key)) continue;
    const after = text.slice(end, end + 16);
    // A registry name written with its 's ("Moody's", "Sainsbury's") owns it wherever it stands: its possessive is
    // written the same ("Sotheby's holds its sale", "Standard & Poor's index").
    const written = c.type !== 'PERSON' && POSSESSIVE.test(after) && writtenWithPossessive(registry, base);
    if (written || (OWNS_NOTHING.test(after) && !lookupAlias(registry, base).length)) owners.add(key);
  }
  return owners;
}

/** Whether the registry knows a name, no person's, written with an 's after `base` ("Moody's", "Sainsbury's"). */
function writtenWithPossessive(registry: RegistryIndex, base: string): boolean {
  return lookupAlias(registry, `${base}'s`).some((h) => registry.entries.get(h.id)?.type !== 'PERSON');
}

/** The (trimmed) candidates, with the 's of names that own it taken back into their spans. */
export function possessiveNames(text: string, candidates: Candidate[], registry: RegistryIndex): Candidate[] {
  if (!candidates.some((c) => NAME_LABELS.has(c.type) && POSSESSIVE.test(text.slice(c.end, c.end + 2)))) return candidates;
  const owners = ownersOf(text, candidates, registry);
  if (!owners.size) return candidates;
  return mapEach(candidates, (c) => (NAME_LABELS.has(c.type) && POSSESSIVE.test(text.slice(c.end, c.end + 2)) && owners.has(text.slice(c.start, c.end).toLowerCase())
    ? { ...c, end: c.end + 2 } : c));
}

const LANDMARK_HEADS = new Map<string, Label>(Object.entries(words.landmarks).flatMap(([label, heads]) => heads.map((h) => [h, label as Label])));
/** One or two capitalised words (a saint's "St"), the possessive, one landmark head, and no capitalised word after it. */
const LANDMARK = new RegExp(`(?<![\\p{L}\\p{M}'’.-])(?:St\\.? )?\\p{Lu}[\\p{L}\\p{M}-]*(?: \\p{Lu}[\\p{L}\\p{M}-]*)?['’]s? (${[...LANDMARK_HEADS.keys()].join('|')})(?![\\p{L}\\p{M}'’-])(?! \\p{Lu})`, 'gu');
/** Surer than the model's reading of the owner and the head as names of their own ("[Hadrian]'s [Wall]"). */
const LANDMARK_CONFIDENCE = 0.97;

/**
 * Landmarks named with a possessive, proposed whole: "Hadrian's Wall", "St Thomas' Hospital"; not where the
 * registry knows the owner, who owns what follows ("Trump's Wall", "Britain's Bridge").
 */
export function possessiveLandmarks(text: string, registry: RegistryIndex): Candidate[] {
  return unowned(text, LANDMARK, registry)
    .map((m) => candidate(m.index!, m.index! + m[0].length, LANDMARK_HEADS.get(m[1])!, 'rules', LANDMARK_CONFIDENCE));
}

/** The pattern's matches whose owner, the words before the possessive, the registry does not know. */
function unowned(text: string, pattern: RegExp, registry: RegistryIndex): RegExpMatchArray[] {
  // Most articles hold no possessive before a capital: nothing to match.
  if (!/['’]s? \p{Lu}/u.test(text)) return [];
  return [...text.matchAll(pattern)].filter((m) => {
    const owner = m[0].slice(0, m[0].search(/['’]/));
    return !lookupAlias(registry, owner).length && !registry.surnames.has(foldKey(aliasKey(owner)));
  });
}

/** A legal form, or a head only companies end in, capitalised as written: "Inc", "Corp", "Bancshares". */
const COMPANY_END = `(?:${capitalisedAlternatives([...CORPORATE_SUFFIXES, ...words.companyEnds], true)})`;
/** Capitalised words with a possessive, up to three more, and the company's end; its full stop where the sentence goes on. */
const POSSESSIVE_COMPANY = new RegExp(`(?<![\\p{L}\\p{M}'’.-])\\p{Lu}[\\p{L}\\p{M}-]*(?: \\p{Lu}[\\p{L}\\p{M}-]*){0,2}['’]s(?: \\p{Lu}[\\p{L}\\p{M}-]*){0,3} ${COMPANY_END}(?:\\.(?=,| \\p{Ll}))?(?![\\p{L}\\p{M}])`, 'gu');
/** As sure as a name read by its legal form. */
const COMPANY_CONFIDENCE = 0.9;

/**
 * Companies named with a possessive, proposed whole: "Boatmen's Bancshares Inc.", "McDonald's Corp."; not
 * where the registry knows the owner, who owns the company ("Britain's Barclays PLC").
 */
export function possessiveCompanies(text: string, registry: RegistryIndex): Candidate[] {
  return unowned(text, POSSESSIVE_COMPANY, registry)
    .map((m) => candidate(m.index!, m.index! + m[0].length, 'ORG', 'rules', COMPANY_CONFIDENCE));
}

/** A possessive between two words inside a span: "Organization's Tedros". */
const INNER_POSSESSIVE = /['’]s\s+(?=\p{Lu})/u;

/**
 * The model's name cut at a registry name's possessive inside it into the owner (the registry's type) and the
 * name after it (a person's where its words read as one, else the model's type), or at initials' possessive before a
 * person's name; unchanged otherwise.
 */
export function splitAtPossessive(text: string, c: Candidate, registry: RegistryIndex): Candidate[] {
  if (c.source !== 'model' || !NAME_LABELS.has(c.type)) return [c];
  const span = text.slice(c.start, c.end);
  // Most names hold no apostrophe: no match for them.
  if (!span.includes("'") && !span.includes('’')) return [c];
  const inner = INNER_POSSESSIVE.exec(span);
  if (!inner) return [c];
  const owner = lookupAlias(registry, span.slice(0, inner.index));
  const start = c.start + inner.index + inner[0].length;
  const person = personName(text, start, c.end, registry);
  // (or an organization's initials the registry does not know, before a person: "the [DA]'s Annelie Lotriet")
  if (!owner.length && !(person && INITIALS.test(span.slice(0, inner.index)))) return [c];
  const ownerType = owner.length ? registry.entries.get(owner[0].id)?.type ?? c.type : 'ORG';
  return [{ ...c, end: c.start + inner.index, type: ownerType }, { ...c, start, type: person ? 'PERSON' : c.type }];
}
/** An organization's initials: two to six capitals. */
const INITIALS = /^\p{Lu}{2,6}$/u;
