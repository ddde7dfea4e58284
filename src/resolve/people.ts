// Cues that a person is named, applied to the candidates before resolve chooses among them:
// - an honorific before a capitalised word makes a PERSON of the name after it, honorific left out
//   ("Mr. Rostamzadeh", "Dr. Oluwaseun Adebayo-Fairchild"), whatever type a recognizer gave it;
// - a title or a role before a person's name proposes it, less surely ("said Commerce Secretary Jo Bloggs",
//   "striker Oyelaran Babatunde", "the late Nipsey Hussle"; a title that also begins other names needs two
//   name words after it);
// - an age in commas or a role in apposition after a name makes it a person's, as surely as an honorific
//   ("Kaveh Rostamzadeh, 54, said", "Kwabena Asante-Darko, a teacher in Kumasi");
// - a title inside another candidate's span cuts the person out of it ("Federal Reserve Chairman Jerome
//   Powell" → ORG "Federal Reserve" + PERSON "Jerome Powell"; "King Norodom Sihanouk" typed ORG → PERSON).
// Titles are the registry's title lexicon; honorifics, titles that also begin other names ("General
// Motors") and name particles are data (lexicon/person-cues.json); last words no person's name ends in
// ("Motors", "Street") are the name-type table's.
import type { Candidate, Token } from '../document.js';
import { tokenFrom } from '../text/token-at.js';
import { NAME_LABELS, PLACE_LABELS, TIME_LABELS } from '../document.js';
import { NOT_PLACE_ENDS } from '../lexicon/organization-heads.js';
import { endsNonPersonName, endsOrganizationName, isLegalForm } from '../ner/name-types.js';
import { aliasTypes, lookupAlias, type RegistryIndex } from '../registry/alias-index.js';
import { aliasKey, foldKey, normalizeName } from '../registry/normalize.js';
import { personAppositive } from './appositives.js';
import type { LowerCaseWords } from './lower-case.js';
import { isCapitalPast, isHeadlineWord } from './headlines.js';
import { startsLower, startsUpper } from './first-letter.js';
import { PARTICLE } from './particle-ends.js';
import { endsInPlaceHead } from './place-heads.js';
import { remembered } from './remembered.js';
// Imported, not read from disk: tsc copies the table next to the compiled module.
import cues from './lexicon/person-cues.json' with { type: 'json' };
import { candidate } from './candidates.js';

const HONORIFICS: ReadonlySet<string> = new Set(cues.honorifics);
const AMBIGUOUS_TITLES: ReadonlySet<string> = new Set(cues.ambiguousTitles);
/** Titles only a place's officials hold: the unknown word before one is the place (lexicon/person-cues.json `placeTitles`). */
const PLACE_TITLES: ReadonlySet<string> = new Set(cues.placeTitles);
/** Titles only a company's or a body's officers hold: the unknown word before one is the organization (`organizationTitles`). */
const ORGANIZATION_TITLES: ReadonlySet<string> = new Set(cues.organizationTitles);
/** The kind of owner a title alone tells for an unknown word before it ("Mayor": a place), if any. */
const ownerOfTitle = (key: string): 'GPE' | 'ORG' | undefined => (PLACE_TITLES.has(key) ? 'GPE' : ORGANIZATION_TITLES.has(key) ? 'ORG' : undefined);
const POST_NOMINALS: ReadonlySet<string> = new Set(cues.postNominals);
export const ROLES: ReadonlySet<string> = new Set(cues.roles);
const ROLES_AFTER_THE: ReadonlySet<string> = new Set(cues.rolesAfterThe);
const MAX_NAME_WORDS = 4;
/** An honorific is as sure a sign of a person as the model's most confident names. */
export const HONORIFIC_CONFIDENCE = 0.9;
/** A title before a name is weaker: the model's confident names outweigh it. */
const TITLE_CONFIDENCE = 0.75;

/**
 * One word of a person's name: capitalised, with hyphenated or apostrophe parts ("Adebayo-Fairchild", "O'Neill") or a
 * particle hyphened before it ("al-Thani"), or initials ("J.", "J.J."). Only initials or "Jr." take a full stop: after any other
 * word it ends a sentence ("President Sergio Mattarella. Alcaraz said"). A possessive ends the name ("President Gustavo
 * Petro's Historic Pact" names the president, and his coalition after it).
 */
const NAME_WORD = `(?:${PARTICLE} )*(?:(?:\\p{Lu}\\.)+|(?:Jr|Sr|Esq)\\.|(?:${PARTICLE}-)?\\p{Lu}[\\p{L}\\p{M}]*(?:(?:-|['’](?!s(?![\\p{L}\\p{M}])))\\p{L}[\\p{L}\\p{M}]*)*)`;
const PERSON_NAME = new RegExp(`${NAME_WORD}(?: ${NAME_WORD}){0,${MAX_NAME_WORDS - 1}}`, 'uy');

/** The person's name that starts at `at`, as written (at most four words, on one line, post-nominals left out), or undefined. */
export function nameAt(text: string, at: number): { end: number; words: string[] } | undefined {
  PERSON_NAME.lastIndex = at;
  const m = PERSON_NAME.exec(text);
  if (!m) return undefined;
  const words = m[0].split(' ');
  while (words.length > 1 && POST_NOMINALS.has(words[words.length - 1])) words.pop();
  return { end: at + words.join(' ').length, words };
}

/** Each token's folded normal form, computed once per document and only for the tokens asked about. */
class FoldedTokens {
  private readonly forms: (string | undefined)[];
  /** Most tokens asked about are punctuation and figures, the same few texts again and again: each is normalised once. */
  private readonly byText = new Map<string, string>();
  constructor(private readonly tokens: readonly Token[]) {
    this.forms = new Array(tokens.length);
  }
  at(k: number): string {
    let form = this.forms[k];
    if (form === undefined) {
      const text = this.tokens[k].text;
      form = this.byText.get(text);
      if (form === undefined) this.byText.set(text, (form = foldKey(normalizeName(text))));
      this.forms[k] = form;
    }
    return form;
  }
}

/**
 * Whether a token's text may open a title. Most tokens are no title's first word; the lower-cased text tells
 * without normalising it. A word written all in small letters is a title only as written: folded without its
 * dots, a clock's "p.m." would be the title "PM".
 */
function opensTitle(text: string, registry: RegistryIndex): boolean {
  const lowerCased = text.toLowerCase();
  const lower = lowerCased.endsWith('.') ? lowerCased.slice(0, -1) : lowerCased;
  // A word that folds to several ("co-CEO" to "co ceo") opens a title with its first.
  return registry.titleStarts.has(lower) || (!/^[a-z]*$/.test(lower) && !/^[a-z.]*$/.test(text) && registry.titleStarts.has(foldKey(normalizeName(text)).split(' ')[0]));
}

/** What a token's text may be before a person's name, as bits: a title's first word, a role, a role after "the", an honorific. */
const OPENS_TITLE = 1, ROLE = 2, ROLE_AFTER_THE = 4, HONORIFIC = 8;
/** A role is written in lower case (capitalised it may be a name itself: "Son Heung-min"). */
function cuesOf(text: string, registry: RegistryIndex): number {
  let cues = opensTitle(text, registry) ? OPENS_TITLE : 0;
  if (HONORIFICS.has(text)) cues |= HONORIFIC;
  if (startsLower(text)) {
    const word = text.toLowerCase();
    if (ROLES.has(word)) cues |= ROLE;
    if (ROLES_AFTER_THE.has(word)) cues |= ROLE_AFTER_THE;
  }
  return cues;
}

/** cuesOf for each registry, remembered (remembered.ts): asked of every token whose opening may be a cue word's. */
const cuesByRegistry = new WeakMap<RegistryIndex, (text: string) => number>();
function cuesOfRegistry(registry: RegistryIndex): (text: string) => number {
  let cues = cuesByRegistry.get(registry);
  if (!cues) cuesByRegistry.set(registry, (cues = remembered((text) => cuesOf(text, registry))));
  return cues;
}

/** What each token of an article may be before a person's name (the bits above), by token. */
export type TokenCues = Uint8Array;

/** Each token's cues, looked up once per article: the title, honorific and role scans and the splits ask by token. */
export function tokenCues(tokens: readonly Token[], registry: RegistryIndex): TokenCues {
  const cues = cuesOfRegistry(registry);
  const openings = openingsOfRegistry(registry);
  const bits = new Uint8Array(tokens.length);
  for (let k = 0; k < tokens.length; k++) {
    const text = tokens[k].text;
    const opening = openingOf(text);
    // A word that opens as no cue word does has none: most tokens, told without a lookup.
    if (openings && opening >= 0 && !openings[opening]) continue;
    bits[k] = cues(text);
  }
  return bits;
}

/** A letter's number, 1 to 26 (either case), or 0 for anything else. */
function letterOf(c: number): number {
  const l = c | 0x20;
  return l >= 97 && l <= 122 ? l - 96 : 0;
}

/** Openings of three letters (a-z or the word's end), and after them one for each ASCII character alone. */
const LETTER_OPENINGS = 27 ** 3;

/**
 * A word's opening: its first three letters (fewer when it is shorter) as one number, or -1 when one of them is no
 * ASCII letter. A word that is or folds to a cue word (its key keeps its opening letters, in lower case) opens as it does.
 * An ASCII character alone that is no letter (punctuation, a digit) has its own opening: folded it is itself or nothing.
 * A word that opens with a digit (a fifth of the tokens asked: dates, scores) opens as the digit alone: folding keeps it.
 */
function openingOf(word: string): number {
  const first = word.charCodeAt(0);
  if ((word.length === 1 && first < 128 && letterOf(first) === 0) || (first >= 48 && first <= 57)) return LETTER_OPENINGS + first;
  let opening = 0;
  for (let i = 0; i < 3; i++) {
    if (i === word.length) return i === 0 ? -1 : opening * 27 ** (3 - i);
    const l = letterOf(word.charCodeAt(i));
    if (l === 0) return -1;
    opening = opening * 27 + l;
  }
  return opening;
}

/**
 * The openings of every cue word (the registry's title starts, honorifics, roles), per registry; none when the
 * registry's title starts cannot be listed, and then every token is looked up.
 */
const openingsByRegistry = new WeakMap<RegistryIndex, Uint8Array | undefined>();
function openingsOfRegistry(registry: RegistryIndex): Uint8Array | undefined {
  if (openingsByRegistry.has(registry)) return openingsByRegistry.get(registry);
  const starts = registry.titleStarts;
  let openings: Uint8Array | undefined;
  // A title start of nothing would open at any punctuation: no table then.
  if (starts instanceof Set && !starts.has('')) {
    openings = new Uint8Array(LETTER_OPENINGS + 128);
    for (const word of [...starts, ...HONORIFICS, ...ROLES, ...ROLES_AFTER_THE]) {
      const opening = openingOf(word);
      if (opening >= 0) openings[opening] = 1;
    }
  }
  openingsByRegistry.set(registry, openings);
  return openings;
}

/** The longest title that starts at token `i` and ends by `end`: its last token and its folded key. */
function titleAt(tokens: readonly Token[], folded: FoldedTokens, i: number, end: number, registry: RegistryIndex, cues: TokenCues): { last: number; key: string } | undefined {
  if ((cues[i] & OPENS_TITLE) === 0) return undefined;
  let found: { last: number; key: string } | undefined;
  let key = '';
  for (let k = i; k < tokens.length && k - i < registry.maxTitleWords && tokens[k].end <= end; k++) {
    const piece = folded.at(k);
    // Punctuation that normalises away ("chairman)") is taken along with the title it closes.
    if (!piece) { if (found?.last === k - 1) found = { ...found, last: k }; continue; }
    key = key ? `${key} ${piece}` : piece;
    // (no longer key is a title either: nothing after it could be taken along)
    if (!registry.titlePrefixes.has(key)) break;
    if (registry.titles.has(key)) found = { last: k, key };
  }
  return found;
}

/** Whether a title starts at each token of one article ("Bank of England [Governor]"), for rules outside this file. */
export function titlesStartingAt(tokens: readonly Token[], registry: RegistryIndex, cues: TokenCues): (k: number) => boolean {
  const folded = new FoldedTokens(tokens);
  return (k) => titleAt(tokens, folded, k, Infinity, registry, cues) !== undefined;
}

const isName = (c: Candidate) => NAME_LABELS.has(c.type);
/** An age in commas right after a name: ", 54,". */
const AGE_AFTER = /^, \d{1,3},(?!\d)/;
/** A noun after a one-word name that makes it a person's: "the Trump administration". */
const NOUN_AFTER = new RegExp(`^ (?:${cues.nounsAfter.join('|')})\\b`);
const NOUN_FIRST_LETTERS: ReadonlySet<number> = new Set(cues.nounsAfter.map((noun) => noun.charCodeAt(0)));
const ONE_WORD = /^\p{Lu}[\p{L}\p{M}'’-]*$/u;
/**
 * A verb of speech right after a name: after one of several words the model read as a people's, a person's ("Suu Kyi
 * said": no people says anything by a name of two words); after a quotation's end, the speaker's (quotation-ends.ts).
 */
export const SPEECH_AFTER = new RegExp(`^ (?:${cues.speechVerbs.join('|')})\\b`);
/** Whether every registry entry of a name is a person's (true when it has none). */
const onlyPeople = (registry: RegistryIndex, name: string) => aliasTypes(registry, name).every((t) => t === 'PERSON');
/**
 * What says the name before it is a person's: an age after it, a role in apposition (appositives.ts) when no
 * registry entry names it, a noun such as "administration" after one word that names nothing but people, or
 * a verb of speech after a people's name of several words whose words the registry does not know.
 */
const personAfter = (text: string, c: Candidate, registry: RegistryIndex) => {
  if (text.charCodeAt(c.end) === 32) {
    // Only a people's name is followed by a verb of speech, and few words by a noun of the list: most names need no slice.
    if (c.type !== 'NORP' && !NOUN_FIRST_LETTERS.has(text.charCodeAt(c.end + 1))) return false;
    const name = text.slice(c.start, c.end);
    if (ONE_WORD.test(name)) return NOUN_AFTER.test(text.slice(c.end, c.end + 20)) && onlyPeople(registry, name);
    return c.type === 'NORP' && SPEECH_AFTER.test(text.slice(c.end, c.end + 12)) && !name.split(' ').some((w) => lookupAlias(registry, w).length);
  }
  // The other cues open with ", ": most names are followed by something else, and need no slice or match.
  if (!text.startsWith(', ', c.end)) return false;
  return AGE_AFTER.test(text.slice(c.end, c.end + 8)) || (personAppositive(text, c.end) && !lookupAlias(registry, text.slice(c.start, c.end)).length);
};

/** A capitalised word and a participle after a hyphen is an adjective ("French-educated", "English-speaking"), no name's ("Li In-mo" is one). */
const ADJECTIVE_COMPOUND = /^\p{Lu}[\p{L}\p{M}]*-\p{Ll}+(?:ed|ing)$/u;

/** A person's name runs to `end` and can be one: not a title, no word that ends an organization's or a place's name, no adjective. */
export function personName(text: string, start: number, end: number, registry: RegistryIndex): string[] | undefined {
  const name = nameAt(text, start);
  return name && name.end === end ? personsWords(name, registry) : undefined;
}

/** A verb's past form as a headline capitalises it: "Suspended", "Ousted". */
const PAST_PARTICIPLE = /^\p{Lu}\p{Ll}+ed$/u;

/** The words of a name nameAt found, if they can be a person's (see personName): for callers that hold the name already. */
export function personsWords(name: { words: string[] }, registry: RegistryIndex): string[] | undefined {
  const first = foldKey(normalizeName(name.words[0]));
  if (registry.titleStarts.has(first) || name.words.some(endsNonPersonName) || name.words.some((w) => ADJECTIVE_COMPOUND.test(w))) return undefined;
  return name.words;
}

/**
 * Splits a candidate at a title inside it: the words after the title become a PERSON, the words before
 * it (two or more) keep the candidate's kind, but a place's ending in a body's head no place's name ends in is an
 * ORG. A title at the start of a PERSON span is left to resolve's title cut. Returns undefined when no title splits it.
 */
function splitAtTitle(text: string, tokens: readonly Token[], folded: FoldedTokens, c: Candidate, registry: RegistryIndex, cues: TokenCues): Candidate[] | undefined {
  const first = tokenFrom(tokens, c.start);
  const role = capitalisedRole(text, tokens, first, c, registry) ?? titleRunningIn(text, tokens, folded, c, first, registry, cues);
  if (role) return [role];
  for (let i = first; i < tokens.length && tokens[i].end < c.end; i++) {
    if (i === first && c.type === 'PERSON') continue;
    const title = titleAt(tokens, folded, i, c.end, registry, cues);
    if (!title || title.last + 1 >= tokens.length || tokens[title.last + 1].start >= c.end) continue;
    const start = tokens[title.last + 1].start;
    // After a name the title follows, the person's may run on past the span ("[Federal Reserve Governor Lawrence] Lindsey").
    const end = i > first ? Math.max(c.end, nameAt(text, start)?.end ?? c.end) : c.end;
    const words = personName(text, start, end, registry);
    if (!words || (words.length < 2 && AMBIGUOUS_TITLES.has(title.key))) continue;
    const person: Candidate = { ...c, start, end, type: 'PERSON' };
    if (i === first) return [person];
    // The owner of the title: a body's where the model read a person, and where it read a place whose name ends in a
    // head no place's name ends in ("[Puerto Rico Police] Superintendent Pedro Toledo"); a place's where its name ends
    // in a head only a place's name ends in ("[Los Angeles County] Sheriff Robert Luna").
    const ownerEnd = tokens[i - 1].end;
    const owner = endsInPlaceHead(text, c.start, ownerEnd) ? 'GPE'
      : c.type === 'PERSON' || (PLACE_LABELS.has(c.type) && NOT_PLACE_ENDS.has(tokens[i - 1].text.toLowerCase())) ? 'ORG' : c.type;
    const before: Candidate = { ...c, end: ownerEnd, type: owner };
    if (text.slice(before.start, before.end).includes(' ')) return [before, person];
    // One word before the title is the owner only where the registry knows it ("[Tory] MP", "[Labour] MP"), as its kind,
    // or where the title is a place's alone ("[Vanderhoof] Mayor Kevin Moutray") or a company's ("[Conrail] Chairman David
    // LeVan", "[CN] Chief Executive Tracy Robinson").
    const word = text.slice(before.start, before.end);
    const types = aliasTypes(registry, word);
    const known = types.find((t) => PLACE_LABELS.has(t)) ?? types.find((t) => t === 'NORP' || t === 'ORG')
      // (a body's head word alone is a common noun: "[Committee] Chairman Ron Wyden")
      ?? (types.length || endsOrganizationName(word.toLowerCase()) ? undefined : ownerOfTitle(title.key));
    return known ? [{ ...before, type: known }, person] : [person];
  }
  return c.type === 'PERSON' ? undefined : titleAtEnd(text, tokens, folded, c, first, registry, cues);
}

/**
 * A role capitalised at the start of the span, as a sentence or a headline opens with it ("[Actor Gene Hackman]",
 * "[Singer Taylor Swift]"): the person is the name after it, of two words or more ("Son Heung-min" is one name), or a
 * surname the registry knows ("[Billionaire Babis] wins").
 */
function capitalisedRole(text: string, tokens: readonly Token[], first: number, c: Candidate, registry: RegistryIndex): Candidate | undefined {
  const next = tokens[first + 1];
  // Only where the model read a person or a body: "[Singer World Series]", an event, is the sponsor's.
  if ((c.type !== 'PERSON' && c.type !== 'ORG') || !next || next.start >= c.end || !startsUpper(tokens[first].text) || !ROLES.has(tokens[first].text.toLowerCase())) return undefined;
  if (text.slice(tokens[first].end, next.start) !== ' ') return undefined;
  const words = personName(text, next.start, c.end, registry);
  const known = words?.length === 1 && registry.surnames.has(foldKey(aliasKey(words[0])));
  return words && (words.length >= 2 || known) ? { ...c, start: next.start, type: 'PERSON' } : undefined;
}

/**
 * A title of several words the model's span starts inside ("Chancellor of the [Exchequer Jeremy Hunt]"): the person is
 * the name after the title and any titles after it, of two words or more.
 */
function titleRunningIn(text: string, tokens: readonly Token[], folded: FoldedTokens, c: Candidate, first: number, registry: RegistryIndex, cues: TokenCues): Candidate | undefined {
  if (c.type === 'PERSON' || first === 0 || text.charCodeAt(c.start - 1) !== 32) return undefined;
  for (let i = first - 1; i >= 0 && first - i < registry.maxTitleWords; i--) {
    const title = titleAt(tokens, folded, i, c.end, registry, cues);
    if (!title || title.last < first || title.last + 1 >= tokens.length || tokens[title.last + 1].start >= c.end) continue;
    // Titles after the first go with it ("First Sea Lord [Admiral Sir] Ben Key").
    let last = title.last;
    for (let next = titleAt(tokens, folded, last + 1, c.end, registry, cues); next && next.last + 1 < tokens.length; next = titleAt(tokens, folded, last + 1, c.end, registry, cues)) last = next.last;
    if (tokens[last + 1].start >= c.end) return undefined;
    const start = tokens[last + 1].start;
    const words = personName(text, start, c.end, registry);
    return words && words.length >= 2 ? { ...c, start, type: 'PERSON' } : undefined;
  }
  return undefined;
}

/**
 * A body's name the model ran on into the title of the person named right after it ends before the title:
 * "[Federal Reserve Governor] Lawrence Lindsey" → "Federal Reserve", "[UAW Vice] President Terry Dittes" → "UAW"; the
 * title's cue proposes the person. A place's name so cut is the place ("[Delaware Sen.] Joe Biden").
 */
function titleAtEnd(text: string, tokens: readonly Token[], folded: FoldedTokens, c: Candidate, first: number, registry: RegistryIndex, cues: TokenCues): Candidate[] | undefined {
  // Most names have no name right after them: the cheap test first.
  if (text.charCodeAt(c.end) !== 32 || !startsUpper(text.slice(c.end + 1, c.end + 2))) return undefined;
  for (let i = first + 1; i < tokens.length && tokens[i].start < c.end; i++) {
    // The title may run on past the name's end ("[UAW Vice] President Terry Dittes"), but not from a company's legal
    // form ("[JPMorgan Chase & Co.] CEO" is no co-CEO).
    const title = titleAt(tokens, folded, i, text.length, registry, cues);
    if (!title || tokens[title.last].end < c.end || text.charCodeAt(tokens[title.last].end) !== 32) continue;
    if (tokens[title.last].end > c.end && isLegalForm(tokens[i].text)) continue;
    const name = nameAt(text, tokens[title.last].end + 1);
    if (!name || !personsWords(name, registry)) return undefined;
    // A title right before a rank is the person's too: "[Maryland State Police Superintendent Col.] Roland Butler".
    let at = i;
    for (let j = at - 1; j > first && j >= at - registry.maxTitleWords; j--) {
      if (titleAt(tokens, folded, j, tokens[at - 1].end, registry, cues)?.last === at - 1) { at = j; j = at; }
    }
    // What is left is a place where the registry knows it only as one: "[Delaware Sen.] Joe Biden" → the state.
    const end = tokens[at - 1].end;
    const known = aliasTypes(registry, text.slice(c.start, end));
    const place = known.length > 0 && known.every((t) => PLACE_LABELS.has(t)) ? known[0] : undefined;
    return [{ ...c, end, type: place ?? c.type }];
  }
  return undefined;
}

/**
 * The candidates with people's cues applied: spans split at titles, a PERSON candidate after each honorific,
 * and candidates that begin at the honorific or lie within the name after it cut and typed PERSON.
 */
export function applyPersonCues(text: string, tokens: readonly Token[], candidates: Candidate[], registry: RegistryIndex, cues: TokenCues, lower: LowerCaseWords,
  isNameWord: (word: string) => boolean = () => false): Candidate[] {
  const folded = new FoldedTokens(tokens);
  /** A cue after a name makes it a person's. */
  const typed = (c: Candidate): Candidate => (isName(c) && c.source !== 'registry' && personAfter(text, c, registry)
    && personName(text, c.start, c.end, registry) ? { ...c, type: 'PERSON' as const, confidence: Math.max(c.confidence, HONORIFIC_CONFIDENCE) } : c);
  const out: Candidate[] = [];
  for (const c of candidates) {
    const split = isName(c) && c.source !== 'registry' ? splitAtTitle(text, tokens, folded, c, registry, cues) : undefined;
    if (split) for (const part of split) out.push(typed(part));
    else out.push(typed(c));
  }
  // The tokens with a cue: most have none, and the scans below pass them over.
  const cued: number[] = [];
  for (let i = 0; i + 1 < tokens.length; i++) if (cues[i] !== 0) cued.push(i);
  // The names by where they start, gathered when the first honorific names someone.
  let byStart: Map<number, number[]> | undefined;
  const namesAt = () => {
    if (byStart) return byStart;
    const starts = new Map<number, number[]>();
    out.forEach((c, k) => {
      if (!isName(c)) return;
      const at = starts.get(c.start);
      if (at) at.push(k);
      else starts.set(c.start, [k]);
    });
    return (byStart = starts);
  };
  for (const i of cued) {
    const h = tokens[i];
    if ((cues[i] & HONORIFIC) === 0 || text.slice(h.end, tokens[i + 1].start) !== ' ') continue;
    const start = tokens[i + 1].start;
    const name = nameAt(text, start);
    if (!name || registry.titleStarts.has(foldKey(normalizeName(name.words[0])))) continue;
    const starts = namesAt();
    out.push(candidate(start, name.end, 'PERSON', 'rules', HONORIFIC_CONFIDENCE));
    for (let k = i; k < tokens.length && tokens[k].start < name.end; k++) {
      for (const j of starts.get(tokens[k].start) ?? []) {
        const c = out[j];
        if (c.end > name.end) continue;
        out[j] = { ...c, start: Math.max(c.start, start), type: 'PERSON' };
      }
    }
  }
  // Where the dates and times start, gathered when the first title names someone.
  let dateStarts: Set<number> | undefined;
  const timeStarts = () => (dateStarts ??= new Set(candidates.filter((c) => TIME_LABELS.has(c.type)).map((c) => c.start)));
  /** Where each title that proposed a person starts and ends. */
  const titleEnds = new Map<number, number>();
  // Past the title that proposed a person, the next cue is looked for after it.
  let after = -1;
  for (const i of cued) {
    if (i <= after) continue;
    // A role in lower case before a name is as good a cue as a title, though never recorded as one
    // ("striker Oyelaran Babatunde"); capitalised it may be a name itself ("Son Heung-min") or a
    // headline's word, and a people's name after it is no given name ("veteran Italian Gianni Bugno").
    const cue = cues[i];
    const isRole = (cue & ROLE) !== 0 || ((cue & ROLE_AFTER_THE) !== 0 && i > 0 && tokens[i - 1].text.toLowerCase() === 'the');
    const role = isRole ? { last: i, key: tokens[i].text.toLowerCase() } : undefined;
    const title = ((cue & OPENS_TITLE) !== 0 ? titleAt(tokens, folded, i, Infinity, registry, cues) : undefined) ?? role;
    if (!title || (cue & HONORIFIC) !== 0 || title.last + 1 >= tokens.length) continue;
    const next = tokens[title.last + 1];
    // A title that ends its sentence names nobody in the next ("named him deputy chairman. Analysts said").
    if (text.slice(tokens[title.last].end, next.start) !== ' ' || next.sentence !== tokens[i].sentence) continue;
    const name = nameAt(text, next.start);
    const words = name && personsWords(name, registry);
    if (!name || !words || (words.length < 2 && AMBIGUOUS_TITLES.has(title.key))) continue;
    // A headline's verb after a title opens no name: "Nepal Prime Minister Resigns After Protests", nor does a participle
    // the article writes in lower case or one after the title's comma ("as Fed Chairman, Succeeding Greenspan").
    const participle = words[0].endsWith('ing') && (lower.has(words[0]) || tokens[title.last].text === ',');
    if ((title === role && lookupAlias(registry, words[0]).length) || isHeadlineWord(words[0]) || participle) continue;
    // Nor does one end it: "Thai PM Paetongtarn [Suspended] by Court", where the article writes "suspended".
    let kept = words.length;
    // In capitals, a past of a verb is no name word unless the names know it ("PRESIDENT CLINTON [HOSPITALIZED]"; "FRED").
    while (kept > 1 && (isHeadlineWord(words[kept - 1]) || (PAST_PARTICIPLE.test(words[kept - 1]) && lower.has(words[kept - 1]))
      || (isCapitalPast(words[kept - 1]) && !isNameWord(words[kept - 1])))) kept--;
    // Nor a day or a month read as a date: "Foreign Minister John Smith [Monday] said".
    while (kept > 1 && timeStarts().has(next.start + words.slice(0, kept - 1).join(' ').length + 1)) kept--;
    const end = next.start + words.slice(0, kept).join(' ').length;
    out.push(candidate(next.start, end, 'PERSON', 'rules', TITLE_CONFIDENCE));
    // The model's person opening at the title or at the name, stopped a word short of the name ("[Justice Amy Lynn]
    // Barrett"), runs on to its end where that word is a person's name word: the title tells where the name starts, the
    // name's words (a date already left out) where it ends ("President [Edward] Sound" stays).
    const shortOf = end - words[kept - 1].length - 1;
    if (kept > 1 && isNameWord(words[kept - 1])) {
      for (const at of [tokens[i].start, next.start]) {
        for (const j of namesAt().get(at) ?? []) {
          if (out[j].type === 'PERSON' && out[j].source === 'model' && out[j].end === shortOf) out[j] = { ...out[j], end };
        }
      }
    }
    titleEnds.set(tokens[i].start, tokens[title.last].end);
    after = title.last;
  }
  // A name a recognizer made of the title alone is no name ("[Capt]. Richard Andrews" read as a place).
  return titleEnds.size ? out.filter((c) => !(isName(c) && c.source !== 'registry' && c.end <= (titleEnds.get(c.start) ?? -1))) : out;
}
