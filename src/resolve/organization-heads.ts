// A name that ends in an organization's head word ("Halvorsen Communications", "Kloof Gold Mining",
// "Tarsis Power Group") is an organization's, though the model, reading a person's given name before
// it, typed it PERSON, or reading a people's name at its start, NORP ("American Civil Liberties Union").
// Not when the last word is also a person's name word on the model's lists ("Tomas Post"): surnames that
// are ordinary nouns stay people's, after a word of a person's name ("[Maternity Hospital]" has none). Nor is a
// name with an ampersand between capitalised words a person's or a people's ("Dan & Shay", "Marks & Spencer"). And a company suffix right after a name the model stopped
// before is the name's end ("[Edward D. Jones] & Co", "[Bear Stearns] & Co Inc", "[Salomon] Bros."): the
// whole is an organization's. The head words and suffixes are the name-type table's
// (src/ner/lexicon/name-types.json). A name of several words the model read as a place that ends in a head
// no place's name ends in is an organization's too ("West Yorkshire Police", "Kuria District Council"; not
// "West Bank", "Kansas City", "Soviet Union"): those heads are data (src/lexicon/organization-heads.json).
// And a person's name the model stopped before an institution's head is the institution's ("[Francis Crick]
// Institute", "[Nelson Mandela] Foundation"; the heads are src/lexicon/organization-heads.json's), as a person's, a
// people's or a place's name before a company's head is the company's ("[Republic] Records", "[Adani] Group",
// "[Nepal] Airlines": data too), as the model's organization stopped before one runs on to it ("[PSA] Airlines"), and a
// people's or a place's name before a body's head is the body's ("[Communist] Party", "[French] Army's").
// Initials joined by an ampersand right after an organization's name are the end of its name ("[Ipsos] I&O"): no
// other word is written so. And the model's organization that ends in a legal form is sure ("Daimler-Benz AG"), as is
// its law that ends in a law's head, over a registry name inside it ("the [Army] Act"). An
// ordinal in figures right before a unit's or a court's name opens it ("[82nd] Airborne Division", "the [5th] Circuit").
import type { Candidate, Label } from '../document.js';
import { NAME_LABELS, NUMBER_LABELS, PLACE_LABELS } from '../document.js';
import { BODY_HEADS, COMPANY_HEADS, NAMED_AFTER_HEADS, NOT_PLACE_ENDS, NUMBERED_UNIT_HEADS } from '../lexicon/organization-heads.js';
import { CORPORATE_SUFFIXES, endsOrganizationName, isLegalForm, LAW_HEADS } from '../ner/name-types.js';
import { joinToNext, joinWhereAdjacent, takeInAfter } from './extend-mentions.js';
import { aliasTypes, type RegistryIndex } from '../registry/alias-index.js';
import { isTitle } from '../registry/titles.js';
import { capitalisedAlternatives, startsDigit } from './first-letter.js';
import { mapEach } from './map-many.js';
import { codeAt } from './code-at.js';
import { HONORIFIC_CONFIDENCE } from './people.js';

const AMPERSAND = /\p{Lu}[\p{L}\p{M}'’.]* & \p{Lu}/u;
/** The end of a head word: no letter, apostrophe or hyphen after it, but a possessive ("the French Army's help"). */
const HEAD_END = "(?:(?=['’]s(?![\\p{L}\\p{M}]))|(?![\\p{L}\\p{M}'’-]))";
/** A capitalised institution's head right after a person's name: " Institute", " Foundation". */
const NAMED_AFTER = new RegExp(`^ (?:${capitalisedAlternatives(NAMED_AFTER_HEADS)})${HEAD_END}`, 'u');
/** A capitalised company's head right after a name: " Records", " Group". */
const COMPANY_AFTER = new RegExp(`^ (?:${capitalisedAlternatives(COMPANY_HEADS)})${HEAD_END}`, 'u');
/** A capitalised body's head right after a people's or a place's name: " Party", " Army". */
const BODY_AFTER = new RegExp(`^ (?:${capitalisedAlternatives(BODY_HEADS)})${HEAD_END}`, 'u');
/** The word after a head: a title there makes the head a portfolio's (" Energy" of "Saudi Energy Minister"). */
const WORD_AFTER = /^ (\p{Lu}[\p{L}\p{M}]*)/u;

const SUFFIX = `(?:${capitalisedAlternatives(CORPORATE_SUFFIXES, true)})`;
/** Suffixes after a name: "& Co", ", Inc.", " Bros. Inc"; a full stop is the suffix's where the sentence goes on. */
const SUFFIXES_AFTER = new RegExp(`^(?:,? (?:& |and )?${SUFFIX}(?![\\p{L}\\d&'’-])(?:\\.(?=,| \\p{Ll}))?)+`, 'u');

/** Initials joined by an ampersand after a name: " I&O", " P&C". */
const INITIALS_AFTER = /^ \p{Lu}{1,3}&\p{Lu}{1,3}(?![\p{L}\p{M}\d&'’-])/u;
const AMPERSAND_CODE = 38;

/** Mentions (sorted by start) with initials joined by an ampersand after an organization's name taken into it. */
export function ampersandInitials(text: string, mentions: Candidate[]): Candidate[] {
  // Most names are followed by no ampersand within a few characters: no match for them.
  const applies = (m: Candidate) => m.type === 'ORG' && codeAt(text, m.end) === 32
    && (codeAt(text, m.end + 2) === AMPERSAND_CODE || codeAt(text, m.end + 3) === AMPERSAND_CODE || codeAt(text, m.end + 4) === AMPERSAND_CODE);
  return mentions.some(applies) ? takeInAfter(text, mentions, INITIALS_AFTER, applies) : mentions;
}

/** The last two words of a name, in lower case ("crown court" of "Southwark Crown Court"). */
function lastTwoWords(span: string): string {
  return span.slice(span.lastIndexOf(' ', span.lastIndexOf(' ') - 1) + 1).toLowerCase();
}

/** The least confidence of a name retyped an organization by its head. */
const HEADED_CONFIDENCE = 0.5;

export function organizationsByHead(text: string, candidates: Candidate[], registry: RegistryIndex, isNameWord: (word: string) => boolean): Candidate[] {
  /** The heads taken into a name before them: the model's reading of a head alone goes ("U.S. [Embassy]" as a people's). */
  let takenHeads: Set<string> | undefined;
  const typed = mapEach(candidates, (c): Candidate => {
    const person = c.type === 'PERSON';
    if (c.source === 'model' && c.type === 'LAW' && endsInLawHead(text, c, registry)) return { ...c, confidence: Math.max(c.confidence, HONORIFIC_CONFIDENCE) };
    if (c.source !== 'model' || (!person && c.type !== 'NORP' && c.type !== 'ORG' && !PLACE_LABELS.has(c.type))) return c;
    // Most names have no capital after them, and need no slice or match.
    const after = text.charCodeAt(c.end) === 32 ? text.slice(c.end, c.end + 18) : '';
    // The model's organization stopped before a company's head ("[PSA] Airlines") runs on to it.
    if (c.type === 'ORG') {
      const head = after && COMPANY_AFTER.exec(after);
      if (head) return { ...c, end: c.end + head[0].length };
      return endsInLegalForm(text, c) ? { ...c, confidence: Math.max(c.confidence, HONORIFIC_CONFIDENCE) } : c;
    }
    const span = text.slice(c.start, c.end);
    if (!PLACE_LABELS.has(c.type) && AMPERSAND.test(span)) return { ...c, type: 'ORG' };
    const named = after && ((person ? NAMED_AFTER.exec(after) : BODY_AFTER.exec(after)) || COMPANY_AFTER.exec(after));
    const titled = named && WORD_AFTER.exec(text.slice(c.end + named[0].length, c.end + named[0].length + 20));
    if (named && !(titled && isTitle(registry, [titled[1]]))) {
      (takenHeads ??= new Set()).add(`${c.end + 1}:${c.end + named[0].length}`);
      return { ...c, end: c.end + named[0].length, type: 'ORG' };
    }
    const last = span.slice(span.lastIndexOf(' ') + 1);
    if (last === span) return c;
    // A people's name and one head ("American League", "Arab League") is as often a league's or an event's; a
    // company's head is a company's ("Boy Records", "American Airlines"), a body's a body's ("Communist Party").
    if (c.type === 'NORP' && span.split(' ').length < 3 && !COMPANY_HEADS.has(last.toLowerCase()) && !BODY_HEADS.has(last.toLowerCase())) return c;
    // A head that is also a surname on the model's lists ("Tomas Post") ends a person's name only after a name's word
    // ("[Maternity Hospital]" has none).
    const organization = person ? endsOrganizationName(last) && (!isNameWord(last) || !span.slice(0, -last.length - 1).split(' ').some(isNameWord))
      : c.type === 'NORP' ? endsOrganizationName(last) : NOT_PLACE_ENDS.has(last.toLowerCase()) || NOT_PLACE_ENDS.has(lastTwoWords(span));
    // The head is the evidence, more than the model's unsure reading of the words before it: as sure as a name the
    // model reads with an even chance, so that a registry place inside ("[Miami]-Dade Police Department") gives way.
    return organization ? { ...c, type: 'ORG', confidence: Math.max(c.confidence, HEADED_CONFIDENCE) } : c;
  });
  if (!takenHeads) return typed;
  const heads = takenHeads;
  return typed.filter((c) => c.source !== 'model' || !heads.has(`${c.start}:${c.end}`));
}

/** Whether the registry knows a name as a place or a people's. */
function knownPlace(registry: RegistryIndex, name: string): boolean {
  return aliasTypes(registry, name).some((t) => PLACE_LABELS.has(t) || t === 'NORP');
}

/**
 * Whether the model's organization of several words ends in a company's legal form ("[Daimler-Benz AG]"): the whole
 * is the company's name, as sure as a name after an honorific, over a registry name inside it ("Daimler").
 */
function endsInLegalForm(text: string, c: Candidate): boolean {
  const last = lastOfSeveralWords(text, c);
  return last !== undefined && isLegalForm(last);
}

/** The last word of a name of several words, or undefined for a name of one. */
function lastOfSeveralWords(text: string, c: Candidate): string | undefined {
  const space = text.lastIndexOf(' ', c.end - 1);
  return space > c.start ? text.slice(space + 1, c.end) : undefined;
}

/** The heads that end a law's name: "Act", "Bill". */
const LAW_HEAD_WORDS: ReadonlySet<string> = new Set(LAW_HEADS);
/**
 * Whether the model's name of several words ends in a law's head ("[Army Act]"), and no law the registry knows ends it
 * (the registry's "Inflation Reduction Act" of "the U.S. Inflation Reduction Act" is the law, the place before it a place).
 */
function endsInLawHead(text: string, c: Candidate, registry: RegistryIndex): boolean {
  const last = lastOfSeveralWords(text, c);
  if (last === undefined || !LAW_HEAD_WORDS.has(last)) return false;
  const space = c.end - last.length - 1;
  for (let at = text.indexOf(' ', c.start); at > 0 && at < space; at = text.indexOf(' ', at + 1)) {
    if (aliasTypes(registry, text.slice(at + 1, c.end)).includes('LAW')) return false;
  }
  return true;
}

/**
 * Mentions (sorted by start, without overlaps) with two names joined by an ampersand made one ORG, where the model
 * read them apart ("[Hims] & [Hers Health]"): "&" joins the names of a firm's founders or brands, seldom two
 * things of another kind; a place on either side keeps them apart ("Trinidad & Tobago"), and a company suffix is the suffix rule's ("& Co").
 */
export function ampersandNames(text: string, mentions: Candidate[], registry: RegistryIndex): Candidate[] {
  let joined: Map<number, Label | undefined> | undefined;
  const place = (m: Candidate) => PLACE_LABELS.has(m.type) || aliasTypes(registry, text.slice(m.start, m.end)).some((t) => PLACE_LABELS.has(t));
  // A company suffix after the ampersand ("Jones & [Co.]") is the suffix rule's.
  const suffix = (m: Candidate) => { const w = text.slice(m.start, m.end); return !w.includes(' ') && endsOrganizationName(w); };
  for (let k = 0; k + 1 < mentions.length; k++) {
    const [a, b] = [mentions[k], mentions[k + 1]];
    // Most names are not followed by " & ": no slice.
    if (b.start - a.end !== 3 || text.charCodeAt(a.end + 1) !== 38 || !NAME_LABELS.has(a.type) || !NAME_LABELS.has(b.type) || joined?.has(k - 1)) continue;
    if (text.slice(a.end, b.start) !== ' & ' || place(a) || place(b) || suffix(b)) continue;
    (joined ??= new Map()).set(k, 'ORG');
  }
  return joined ? joinToNext(mentions, joined) : mentions;
}

/**
 * Mentions (sorted by start) with the company suffixes after a name taken into it, as an ORG; and a place or a
 * people's name written right before a company's name that ends in one taken into the company ("[U.S.] [Trust
 * Corp.]", "[British] [Airways Plc]"): no word stands between a place and a company it is no part of. The place is
 * one the registry knows ("[CORPORATES] [Sun Microsystems Inc.]", a page's heading the model read as a people's, is not).
 */
export function companySuffixes(text: string, mentions: Candidate[], registry: RegistryIndex): Candidate[] {
  // What was read inside the suffixes ("Co Inc", "Sons") is part of the name now.
  const suffixed = takeInAfter(text, mentions, SUFFIXES_AFTER, (m) => NAME_LABELS.has(m.type), 'ORG');
  return joinWhereAdjacent(text, suffixed, (place, company) => (PLACE_LABELS.has(place.type) || place.type === 'NORP')
    && company.type === 'ORG' && endsInLegalForm(text, company) && knownPlace(registry, text.slice(place.start, place.end)));
}

/** An ordinal in figures right before a name: "82nd ". */
const ORDINAL_BEFORE = /(?<![\p{L}\p{N}-])\d{1,3}(?:st|nd|rd|th) $/u;

/** A Roman numeral right after a name: " III", " II", " I". */
const ROMAN_AFTER = /^ (?=[IVX])X{0,3}(?:IX|IV|V?I{0,3})(?![\p{L}\p{N}'’-])/u;
const PRONOUN_GOES_ON = /^ \p{Ll}/u;

/**
 * Mentions (sorted by start) with the ordinal in figures before a unit's or a court's name taken into it, as an ORG,
 * and the Roman numeral after its head ("Pre-Trial Chamber II", "Trial Chamber III").
 */
export function numberedUnits(text: string, mentions: Candidate[]): Candidate[] {
  let out: Candidate[] | undefined;
  mentions.forEach((m, k) => {
    // Most names are followed by no capital I, V or X after a space.
    if (m.type === 'ORG' && codeAt(text, m.end) === 32 && 'IVX'.includes(text.charAt(m.end + 1))
      && NUMBERED_UNIT_HEADS.has(text.slice(text.lastIndexOf(' ', m.end - 1) + 1, m.end).toLowerCase())) {
      const numeral = ROMAN_AFTER.exec(text.slice(m.end, m.end + 6));
      // ("I" and a word in lower case may be the pronoun: "the Army I saw")
      if (numeral && !(numeral[0] === ' I' && PRONOUN_GOES_ON.test(text.slice(m.end + 2, m.end + 4)))) (out ??= [...mentions])[k] = { ...m, end: m.end + numeral[0].length };
      return;
    }
    // Most names follow no ordinal: the figure before its two letters and the space is looked at first.
    if (!NAME_LABELS.has(m.type) || !startsDigit(text.charAt(m.start - 4)) || codeAt(text, m.start - 1) !== 32) return;
    const ordinal = ORDINAL_BEFORE.exec(text.slice(Math.max(0, m.start - 7), m.start));
    const words = text.slice(m.start, m.end).split(' ');
    // The model's organization holding such a head, or the head alone whatever the model read ("the 2nd [Circuit]").
    const unit = m.type === 'ORG' ? words.some((w) => NUMBERED_UNIT_HEADS.has(w.toLowerCase())) : words.length === 1 && NUMBERED_UNIT_HEADS.has(words[0].toLowerCase());
    if (!ordinal || !unit) return;
    (out ??= [...mentions])[k] = { ...m, start: m.start - ordinal[0].length, type: 'ORG' };
  });
  if (!out) return mentions;
  // The ordinal read as a number of its own goes.
  const units = out.filter((m, k) => m !== mentions[k]);
  return out.filter((m) => !(NUMBER_LABELS.has(m.type) && units.some((u) => m.start >= u.start && m.end <= u.end)));
}
