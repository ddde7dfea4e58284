// Stage logic "link": gives every named mention an entity id (registry entry or nil:), records the candidates of
// ambiguous aliases, and lists each entity once per article in doc.entities. Spans are resolve's: link never
// moves them; a type changes only where the article's evidence chose an entry over a rival of the mention's
// own type. Within the article, acronyms defined in the text and partial names of people bind to their full
// forms. Lookups go through maps, so the stage stays n log n in the article's length.
import { NAME_LABELS, PLACE_LABELS, type Doc, type Entity, type Mention } from '../document.js';
import { lookupAlias, NAME_SUFFIXES, type AliasHit, type RegistryIndex } from '../registry/alias-index.js';
import { aliasKey, foldKey, modelSingular, normalizeName, stripLeadingThe, stripPossessive, withTitleCaseWords } from '../registry/normalize.js';
import { MODEL_WORDS_AFTER } from '../lexicon/product-models.js';
import { isLegalForm } from '../ner/name-types.js';
import { GOES_BY_NAME_HEADS, NAMED_AFTER_HEADS, ORGANIZATION_ENDS, SAME_BODY_HEADS } from '../lexicon/organization-heads.js';
import { AGENCY_CREDITS } from '../lexicon/wire-slugs.js';
import { acronymLetters, findAcronymDefinitions, looksLikeAcronym } from './acronym-definitions.js';
import { bylines } from '../resolve/bylines.js';
import { datelineCredits, datelines } from '../resolve/datelines.js';
import { WORD_ACRONYM } from '../resolve/abbreviations.js';
// Imported, not read from disk: tsc copies the table next to the compiled module.
import organizationCues from '../resolve/lexicon/organization-cues.json' with { type: 'json' };
import placeCues from '../resolve/lexicon/place-cues.json' with { type: 'json' };
import exchanges from '../resolve/lexicon/stock-exchanges.json' with { type: 'json' };
import { CURRENCY_NAMES } from '../numbers/lexicon/currencies.js';
import { nilId } from './nil.js';
import { linkPeople } from './person-clusters.js';
import { fittingInitial, givenAndSurname, withoutInitials } from './person-names.js';
import { abbreviatedState, isUsState, qualifierBefore, stateAfter, stateOfficeAfter, stateOfficeBefore, townsState } from './qualifier.js';
import { initialsOf, placeHeads, shortForms } from './short-names.js';
import { teamsOfCities } from './teams.js';
import { chainOf, decide, scoreCandidates, type Decision, type LinkContext } from './score-candidates.js';
import { isJudicialTitle, isPlainJudicialTitle } from '../lexicon/judicial-titles.js';
import { isPeerageTitle } from '../lexicon/peerage-titles.js';

/**
 * A mention's name without a possessive or a model's plural "s", unless the registry knows the name with it, whether the
 * mention holds it ("[McDonald's] said") or the guideline left it out ("[Moody]'s cut the rating", as CoNLL does); with
 * the kind of place or the index's words in lower case after it where the registry names it so ("the [Noto] peninsula":
 * Noto Peninsula; "the [Straits Times] index": the index, not the newspaper).
 */
function spanText(doc: Doc, m: Mention, index: RegistryIndex): string {
  const text = doc.text.slice(m.start, m.end);
  const bare = stripPossessive(text);
  if (bare !== text) return lookupAlias(index, text).length ? text : bare;
  // "12 A350-900s": the model's name, unless the registry writes the plural as a name of its own.
  const singular = modelSingular(text);
  if (singular !== undefined && !lookupAlias(index, text).length && lookupAlias(index, singular).length) return singular;
  const apostrophe = doc.text.charCodeAt(m.end);
  // (not a people's adjective: "the Crimean peninsula" names the place by its people's word)
  if (apostrophe === 32) return (m.type !== 'NORP' && withHeadAfter(doc.text, m.end, text, index)) || (PLACE_LABELS.has(m.type) && subdivisionBeforeOffice(doc.text, m.end, text, index)) || text;
  if ((apostrophe !== 39 && apostrophe !== 0x2019) || doc.text.charCodeAt(m.end + 1) !== 115) return text;
  const owned = doc.text.slice(m.start, m.end + 2);
  return lookupAlias(index, owned).length ? owned : text;
}

/**
 * A kind of region or a natural feature in lower case after a name ("the Noto peninsula", "Ishikawa prefecture"), a
 * kind of organization ("the Left party"), or the words a stock index is quoted by ("the Dow Jones industrial average",
 * "the Straits Times index").
 */
const HEADS = [...placeCues.kindsAfter, ...placeCues.featuresAfter, ...organizationCues.kindsAfter, ...exchanges.indexWords].sort((a, b) => b.length - a.length);
const HEAD_AFTER = new RegExp(`^ (${HEADS.join('|')})(?![\\p{L}-])`, 'u');

/**
 * The registry's name that the name and the head after it make ("Noto Peninsula", "Straits Times Index"), or the kind of
 * place in the plural that closes the list it is in ("Bayelsa, Delta and Rivers states": Delta State), if it has it.
 */
function withHeadAfter(text: string, end: number, name: string, index: RegistryIndex): string | undefined {
  const after = text.slice(end, end + LIST_REACH);
  const listed = LISTED_BEFORE_HEADS.exec(after);
  const head = HEAD_AFTER.exec(after)?.[1] ?? (listed && (listed[1] === undefined || LIST_JOINS.test(listed[1])) ? PLURAL_HEADS.get(listed[2]) : undefined);
  if (!head) return undefined;
  const whole = withTitleCaseWords(name, head);
  return lookupAlias(index, whole).length ? whole : undefined;
}
/** The kinds of place by their plurals, as resolve lists names before them (place-cues.json pluralKinds): "states" → "state". */
const PLURAL_HEADS: ReadonlyMap<string, string> = new Map([...placeCues.pluralKinds.GPE, ...placeCues.pluralKinds.LOC]
  .map((plural) => [plural, plural.endsWith('ies') ? `${plural.slice(0, -3)}y` : plural.slice(0, -1)]));
/** Names of up to two capitalised words each, then such a plural: the list a name opens or goes on. */
const LISTED_BEFORE_HEADS = new RegExp(`^((?:,? (?:(?:and|or|&) )?\\p{Lu}[\\p{L}'’-]*(?: \\p{Lu}[\\p{L}'’-]*)?){1,6})? (${[...PLURAL_HEADS.keys()].join('|')})(?![\\p{L}-])`, 'u');
const LIST_JOINS = /^,? (?:and|or|&) |, .* (?:and|or|&) /;
const LIST_REACH = 120;

/**
 * The registry's state, county, province or region a place's name and its kind make, before a governor's office ("Kisumu
 * Governor Anyang' Nyong'o": Kisumu County, not the city; "Kano Governor": Kano State), if it has it as a place.
 */
function subdivisionBeforeOffice(text: string, end: number, name: string, index: RegistryIndex): string | undefined {
  // (a US state the bare name already reaches is the scorer's to choose, as the article's other mentions of the name are)
  if (!stateOfficeAfter(text, end) || lookupAlias(index, name).some((h) => { const e = index.entries.get(h.id); return e !== undefined && isUsState(e); })) return undefined;
  return placeCues.governedKinds.map((kind) => `${name} ${kind}`)
    .find((whole) => lookupAlias(index, whole).some((h) => PLACE_LABELS.has(index.entries.get(h.id)?.type ?? 'ORG')));
}

/** An acronym of letters alone, with or without stops ("ICC", "U.N."). */
const ONLY_LETTERS_AND_STOPS = /^(?:\p{Lu}\.?)+$/u;
/** "state" in lower case right before a name: "the state Senate", "a Texas state House committee". */
const STATE_BEFORE = /(?<![\p{L}-])state $/u;

/** A money's name right after a place's: " dollar" of "U.S. dollar", " dollars" of "Hong Kong dollars". */
const MONEY_AFTER = new RegExp(`^ (?:${Object.keys(CURRENCY_NAMES).map((name) => name.replace('.', '\\.')).join('|')})\\b`);
const moneysPlace = (text: string, end: number) => text.charCodeAt(end) === 32 && MONEY_AFTER.test(text.slice(end, end + 16));

/** A country's name, acronym or people's word and a space at the start of a name: "U.S. ", "British ", "South Korean ". */
const COUNTRY_WORDS = /^((?:\p{Lu}[\p{L}.]*\s){1,2})/u;

/**
 * A body the registry names without its country, named with it ("U.S. Office of Personnel Management", "the British
 * Financial Conduct Authority"): the rest's entries that are that country's; none for most names.
 */
function ownCountrysBody(index: RegistryIndex, text: string): AliasHit[] {
  const words = COUNTRY_WORDS.exec(text)?.[1];
  if (!words) return [];
  for (const lead of words.trimEnd().includes(' ') ? [words, words.slice(0, words.indexOf(' ') + 1)] : [words]) {
    // (a people's word by the country it is of)
    const country = lookupAlias(index, lead.trimEnd()).map((h) => (h.kind === 'demonym' || index.entries.get(h.id)?.type === 'NORP' ? index.entries.get(h.id)?.partOf ?? h.id : h.id))
      .find((id) => index.entries.get(id)?.type === 'GPE');
    if (!country) continue;
    const own = lookupAlias(index, text.slice(lead.length)).filter((h) => index.entries.get(h.id)?.type === 'ORG' && chainOf(index, h.id).includes(country));
    if (own.length) return own;
  }
  return [];
}

/** Whether the registry names an entity in words whose initials are these letters ("Partido da Frente Liberal": PFL). */
function spelledOut(index: RegistryIndex, id: string | undefined, letters: string): boolean {
  const entry = id === undefined ? undefined : index.entries.get(id);
  return !!entry && [entry.name, ...(entry.aliases ?? [])].some((name) => {
    const written = aliasKey(name).split(' ');
    return written.length > 1 && initialsOf(foldKey(aliasKey(name)).split(' '), written).has(letters);
  });
}

/** A company's name without its legal forms ("Unilever Plc", "Veltrix Corp.", "Wells Fargo & Co", "Samsung Electronics Co Ltd"), as the registry names it; undefined when it has none. */
function withoutLegalForm(text: string): string | undefined {
  let bare: string | undefined;
  // "Samsung Electronics Co Ltd": every legal form at the end goes.
  for (let rest = text, space = rest.lastIndexOf(' '); space > 0 && isLegalForm(rest.slice(space + 1)); space = rest.lastIndexOf(' ')) {
    rest = bare = rest.slice(0, space).replace(/,$|\s+(?:&|and)$/, '');
  }
  return bare;
}

/** A body's name without the last word that makes it the body's umbrella ("Save the Children International"); undefined without one. */
function withoutUmbrella(text: string): string | undefined {
  const space = text.lastIndexOf(' ');
  return space > 0 && SAME_BODY_HEADS.has(text.slice(space + 1).toLowerCase()) ? text.slice(0, space) : undefined;
}

/**
 * The product a model of it is ("iPhone 16 Pro", "Claude Sonnet 4"): the registry product its name starts with,
 * the rest of it model words; none where there is no such product.
 */
function productOfModel(index: RegistryIndex, text: string): AliasHit[] {
  for (let space = text.lastIndexOf(' '); space > 0; space = text.lastIndexOf(' ', space - 1)) {
    const model = MODEL_WORDS_AFTER.exec(text.slice(space));
    if (!model || model[0].length !== text.length - space) continue;
    const hits = lookupAlias(index, text.slice(0, space), true).filter((h) => index.entries.get(h.id)?.type === 'PRODUCT');
    if (hits.length) return hits;
  }
  return [];
}

/** What parts the names of a list: a comma, "and" or "or". */
const LIST_SEPARATOR = /^(?:, ?(?:and |or )?| and | or )$/;

/** A nickname written in quotation marks inside a person's name, with the space before it. */
const NICKNAME = / ["“][^"“”]+["”](?= )/u;

/**
 * Registry hits for a mention's text; people are also tried without their initials ("Donald J. Trump"),
 * organizations without their legal form, and products without their model.
 */
function hitsOf(index: RegistryIndex, text: string, type: Mention['type']): AliasHit[] {
  const hits = lookupAlias(index, text);
  if (hits.length) return hits;
  if (type === 'PRODUCT') return productOfModel(index, text);
  if (type === 'ORG') {
    const company = withoutLegalForm(text) ?? withoutUmbrella(text);
    return company ? lookupAlias(index, company).filter((h) => index.entries.get(h.id)?.type === 'ORG') : ownCountrysBody(index, text);
  }
  if (type !== 'PERSON') return hits;
  // Without its initials, its suffix and a nickname in quotation marks ("Louis V. Gerstner Jr." is the registry's Louis
  // Gerstner, 'Joko "Jokowi" Widodo' its Joko Widodo).
  const words = withoutInitials(text.replace(NICKNAME, '')).filter((w) => !NAME_SUFFIXES.has(foldKey(w)));
  const bare = words.join(' ');
  const found = bare !== normalizeName(text) ? fittingInitial(text, lookupAlias(index, bare), index) : hits;
  if (found.length) return found;
  // Without the middle names the registry's name has ("Mohammed al-Jalali", its Mohammed Ghazi al-Jalali).
  const shorter = givenAndSurname(index, words);
  if (shorter.length || words.length < 3) return shorter;
  // Without its middle names, where that is one registry person's name ("Joseph Robinette Biden", "Khawaja Muhammad
  // Asif"): a name the registry gives two people (George Bush) is no sure one.
  const ends = lookupAlias(index, `${words[0]} ${words[words.length - 1]}`).filter((h) => index.entries.get(h.id)?.type === 'PERSON' && h.kind !== 'surname');
  return new Set(ends.map((h) => h.id)).size === 1 ? ends : found;
}

/**
 * Registry people a one-word name is with the title written before it ("King Hussein", which the registry knows
 * apart from Saddam Hussein); none for most names, which have no title or more than one word.
 */
function titledHits(index: RegistryIndex, text: string, title: unknown): AliasHit[] | undefined {
  if (typeof title !== 'string' || text.includes(' ')) return undefined;
  const hits = lookupAlias(index, `${title} ${text}`).filter((h) => index.entries.get(h.id)?.type === 'PERSON');
  return hits.length ? hits : undefined;
}

/**
 * Registry people a one-word name with a title before it is the surname of, whose titles hold that title ("President
 * Biden": Joe Biden, not Hunter Biden whom the article names in full); none for most names, which have no title.
 */
function surnameTitledHits(index: RegistryIndex, text: string, title: unknown): AliasHit[] | undefined {
  if (typeof title !== 'string' || text.includes(' ')) return undefined;
  const held = title.toLowerCase();
  const hits = (index.surnames.get(foldKey(aliasKey(text))) ?? []).filter((h) => index.entries.get(h.id)?.titles?.some((t) => t.toLowerCase() === held));
  return hits.length ? hits : undefined;
}

/**
 * After a judge's title, a test that a registry person is a judge by the titles the registry gives him, that one where
 * it is a court's own ("Mr Justice Johnson" is no US district judge Johnson); after a peer's, that he is a peer
 * ("Lord Ashcroft" is not John Ashcroft); else none.
 */
function titleHolderOnly(index: RegistryIndex, title: unknown): ((id: string) => boolean) | undefined {
  if (typeof title !== 'string') return undefined;
  if (isPeerageTitle(title)) return (id) => index.entries.get(id)?.titles?.some(isPeerageTitle) ?? false;
  if (!isJudicialTitle(title)) return undefined;
  const written = title.toLowerCase();
  const fits = isPlainJudicialTitle(written) ? isJudicialTitle : (t: string) => t.toLowerCase() === written;
  return (id) => index.entries.get(id)?.titles?.some(fits) ?? false;
}

/**
 * A copy of a named mention for link to fill in, every field present in one order: resolve leaves mentions of
 * several shapes, and the store that added the entity to a copy of each (a spread) was link's costliest line.
 */
function linkable(m: Mention): Mention {
  return {
    start: m.start, end: m.end, type: m.type, source: m.source, confidence: m.confidence, sentence: m.sentence, value: m.value,
    attrs: m.attrs, entity: m.entity, linkCandidates: m.linkCandidates,
  };
}

/** Steps from a short name to the fullest it stands for: chains are two or three long, and a cycle stops here. */
const MAX_CHAIN = 8;

/**
 * The score a place needs, with nothing else linked yet, for its name to give the article's context with namesakes
 * beside it: five times theirs together, as a default prior of 0.5 against a minor namesake's 0.1 (0.83; Washington's
 * city at 0.8 against its state does not).
 */
const DOMINANT_SCORE = 0.83;

/** The first pass's context: nothing linked yet (one map for every call, never written). */
const NO_CONTEXT: LinkContext = { linked: new Map() };

/**
 * The place of the article's dateline and what it is part of ("TEHRAN 1996-12-03": Tehran, Iran), read where resolve
 * reads datelines, as the registry knows it alone (by a name: no acronym is a dateline's). Empty when the article has none.
 */
function datelineWholes(first: number | undefined, named: Mention[], hits: AliasHit[][], index: RegistryIndex): Set<string> {
  const k = first === undefined ? -1 : named.findIndex((m) => m.start === first);
  let ids = k < 0 ? [] : [...new Set(hits[k].filter((h) => h.kind !== 'acronym').map((h) => h.id))];
  // A place several share, with the one place it is part of after a comma: "SAN JOSE, Costa Rica (AP) -".
  const after = named[k + 1];
  if (ids.length > 1 && after && after.start === named[k].end + 2 && new Set(hits[k + 1].map((h) => h.id)).size === 1) {
    ids = ids.filter((id) => chainOf(index, id).includes(hits[k + 1][0].id));
  }
  return ids.length === 1 ? new Set(chainOf(index, ids[0])) : new Set();
}
/**
 * A dateline's entries but the acronyms and the U.S. states, where a city shares their name: the capitals of a dateline
 * are a place's name ("NICE, France" is no institute's acronym), and a wire files from a city ("WASHINGTON (AP) —" is
 * the capital, however often the story names the state).
 */
function citiesOf(index: RegistryIndex, hits: AliasHit[]): AliasHit[] {
  const named = hits.filter((h) => h.kind !== 'acronym');
  const cities = named.filter((h) => { const e = index.entries.get(h.id); return e !== undefined && !isUsState(e); });
  return cities.length && cities.length < named.length ? cities : named;
}
/**
 * A place's entries as the subdivision the lower-case word after it names, where the registry knows that by the two
 * words ("Lagos state" is Lagos State, not the city; "Santa Cruz province" the province); undefined for most places.
 */
function subdivisionHits(index: RegistryIndex, text: string, m: Mention, name: string): AliasHit[] | undefined {
  if (!PLACE_LABELS.has(m.type) || text.charCodeAt(m.end) !== 32) return undefined;
  const kind = SUBDIVISION_AFTER.exec(text.slice(m.end, m.end + 12))?.[1];
  if (!kind) return undefined;
  // (a name of two words is looked up case folded: "Lagos state" finds "Lagos State")
  const hits = lookupAlias(index, `${name} ${kind}`);
  return hits.length ? hits : undefined;
}
/** A subdivision's kind in lower case after its name. */
const SUBDIVISION_AFTER = /^ (state|province|region|county|district)(?![\p{L}-])/u;

/** "in" right before a name: where something is, not who does it. */
const IN_BEFORE = /\b[Ii]n $/;

/** Words besides organizations' heads too common in institutions' names to tie two names of one: "National", "Democratic". */
const GENERIC_NAME_WORDS: ReadonlySet<string> = new Set(['national', 'central', 'general', 'democratic', 'republic', 'people', 'peoples', 'state',
  'world', 'organisation', 'organization', 'corporation']);

/** Whether a name shares a word of four letters or more, no head of an organization's name nor generic one, with one of `names`. */
function sharesDistinctiveWord(name: string, names: string[]): boolean {
  const words = (text: string) => foldKey(aliasKey(text)).split(' ').filter((w) => w.length >= 4 && !ORGANIZATION_ENDS.has(w) && !GENERIC_NAME_WORDS.has(w));
  const own = new Set(words(name));
  return names.some((n) => words(n).some((w) => own.has(w)));
}

/** Whether the words of a name before its last name a place the registry knows ("San Antonio" of "San Antonio Spurs"). */
function namedByPlace(index: RegistryIndex, name: string): boolean {
  const place = stripLeadingThe(name).replace(/\s+\S+$/, '');
  return place !== name && lookupAlias(index, place).some((h) => PLACE_LABELS.has(index.entries.get(h.id)?.type ?? 'ORG'));
}


export function linkMentions(doc: Doc, index: RegistryIndex): Doc {
  // Only named mentions get an entity; the others (numbers, dates: most of an article's) are kept as they are.
  // Built by push, not map: V8's map inlined in optimized code makes holey arrays where the interpreter's
  // makes packed ones, and this function's code, meeting the other kind, was thrown away and compiled again.
  const mentions: Mention[] = [];
  const order: number[] = [];
  for (const m of doc.mentions) {
    order.push(mentions.length);
    mentions.push(NAME_LABELS.has(m.type) ? linkable(m) : m);
  }
  const work: Doc = { ...doc, mentions };
  order.sort((a, b) => mentions[a].start - mentions[b].start);
  const named = order.filter((i) => NAME_LABELS.has(mentions[i].type));

  // By mention index (arrays rather than maps: this runs for every name of every article).
  const texts = new Array<string>(mentions.length);
  const hits = new Array<AliasHit[]>(mentions.length);
  for (const i of named) {
    // (a lone given name by the full name its partner's surname gives it: "Bill" of "Bill and Hillary Clinton")
    texts[i] = mentions[i].attrs?.fullName ?? spanText(work, mentions[i], index);
    hits[i] = subdivisionHits(index, work.text, mentions[i], texts[i]) ?? hitsOf(index, texts[i], mentions[i].type);
  }
  const decisions = new Map<number, Decision>();
  const nilNames = new Map<string, string>();
  const linked = new Map<string, number>();
  const bump = (id: string) => linked.set(id, (linked.get(id) ?? 0) + 1);
  /** The registry people linked, by their mention counts, where the registry makes them part of something. */
  const namedPeople = new Map<string, number>();
  /** Mentions whose name has namesakes but leads them by itself → the entry it put in the context. */
  const leading = new Map<number, string>();

  // Acronyms defined in the text are settled last, from their long form.
  const definitions = findAcronymDefinitions(work.text, order.map((i) => mentions[i]));
  const definedBy = (i: number): number | undefined => {
    const k = definitions.get(normalizeName(texts[i]));
    return k === undefined || mentions[i].type === 'PERSON' ? undefined : order[k];
  };
  const others = named.filter((i) => mentions[i].type !== 'PERSON' && definedBy(i) === undefined);

  // The U.S. state written after a place ("Georgetown, Kentucky"), read once for both passes (null: none).
  const states = new Array<{ state: string; country: string } | null | undefined>(mentions.length);
  const stateOf = (i: number) => (states[i] === undefined ? (states[i] = stateAfter(work.text, mentions[i].end, index) ?? null) : states[i]) ?? undefined;

  /** Each name's place among the article's names, in text order, found once when first asked. */
  let positions: Map<number, number> | undefined;
  const positionOf = (i: number) => (positions ??= new Map(named.map((j, n) => [j, n]))).get(i)!;

  // "California, Colorado, Oregon and Washington": a place listed beside one the registry knows only as a U.S. state is a
  // state too, of a state and a city that share its name.
  const onlyState = (j: number) => hits[j].length > 0 && hits[j].every((h) => { const e = index.entries.get(h.id); return e !== undefined && isUsState(e); });
  const listedWithState = (i: number): boolean => {
    const k = positionOf(i);
    return [named[k - 1], named[k + 1]].some((j) => j !== undefined && onlyState(j)
      && LIST_SEPARATOR.test(work.text.slice(Math.min(mentions[i].end, mentions[j].end), Math.max(mentions[i].start, mentions[j].start))));
  };

  // First pass: aliases with one fitting entry, or a place's one far ahead of its namesakes by itself ("Manchester",
  // England's before New Hampshire's), give the article's context; a place's namesakes outside the state written after
  // it do not count ("Rochester, New York" is New York's Rochester, and so tells which New York), nor does a place that
  // names a money ("141 rupees to the U.S. dollar" in a story from Kathmandu is not about the United States).
  /** The registry entries linked so far, by sentence: the first pass's, then the people's. */
  const bySentence = new Map<number, string[]>();
  const inSentence = (i: number, id: string) => {
    const ids = bySentence.get(mentions[i].sentence);
    if (ids) ids.push(id);
    else bySentence.set(mentions[i].sentence, [id]);
  };
  const note = (i: number, id: string) => {
    bump(id);
    inSentence(i, id);
  };
  for (const i of others) {
    if (PLACE_LABELS.has(mentions[i].type) && moneysPlace(work.text, mentions[i].end)) continue;
    const state = PLACE_LABELS.has(mentions[i].type) && hits[i].length > 1 ? stateOf(i) : undefined;
    const c = scoreCandidates(index, hits[i], mentions[i].type, state ? { linked: NO_CONTEXT.linked, stateAfter: state } : NO_CONTEXT);
    if (c.length === 1) note(i, c[0].id);
    else if (c.length > 1 && c[0].score >= DOMINANT_SCORE && PLACE_LABELS.has(mentions[i].type)) { note(i, c[0].id); leading.set(i, c[0].id); }
  }
  // A name that put its own leading entry in the context does not count it when its own namesakes are weighed
  // ("Washington and Oregon": Washington's city may not outvote its state by itself).
  const contextOf = (i: number): Map<string, number> => {
    const own = leading.get(i);
    if (own === undefined) return linked;
    const rest = new Map(linked);
    const left = (rest.get(own) ?? 1) - 1;
    if (left > 0) rest.set(own, left);
    else rest.delete(own);
    return rest;
  };
  // The place right after a body's name and "in", where it sits ("the Supreme Court in Nairobi"): its one entry, or the one
  // that leads its namesakes, with what it is part of.
  const seatAfter = (i: number): string[] | undefined => {
    const k = named[positionOf(i) + 1];
    if (k === undefined || !PLACE_LABELS.has(mentions[k].type) || work.text.slice(mentions[i].end, mentions[k].start) !== ' in ') return undefined;
    const ids = new Set(hits[k].map((h) => h.id));
    const place = ids.size === 1 ? [...ids][0] : leading.get(k);
    return place === undefined ? undefined : chainOf(index, place);
  };
  const [datelineAt] = datelines(work.text).keys();
  const filedFrom = datelineWholes(datelineAt, named.map((i) => mentions[i]), named.map((i) => hits[i]), index);

  // Context is read only when an alias has more than one entry, or its one entry is an organization or a facility of a
  // place the name's qualifier or the dateline may deny ("Kenya's National Security Council" is not the United States').
  // A place's every entry is checked against a state written after it ("Georgetown, Kentucky" is not Guyana's,
  // "Portland, Maine" not Oregon's).
  // The article's year tells apart namesakes of different times ("Bush" in 1993 and in 2003).
  const year = doc.article.published ? Number(doc.article.published.slice(0, 4)) || undefined : undefined;
  const ctxOf = (i: number, h: AliasHit[]): LinkContext => {
    const one = h.length < 2 || new Set(h.map((x) => x.id)).size < 2;
    const entry = h.length ? index.entries.get(h[0].id) : undefined;
    const state = entry && PLACE_LABELS.has(entry.type) ? stateOf(i) : undefined;
    if (one && !((entry?.type === 'ORG' || entry?.type === 'FAC') && entry.partOf)) return { linked, stateAfter: state };
    const qualifier = qualifierBefore(work.text, mentions[i].start, index);
    const stateOffice = !one && PLACE_LABELS.has(mentions[i].type) && (stateOfficeAfter(work.text, mentions[i].end) || stateOfficeBefore(work.text, mentions[i].start)
      || townsState(work.text, mentions[i].start, mentions[i].end) || listedWithState(i));
    const ofAState = (mentions[i].type === 'ORG' || mentions[i].type === 'FAC') && STATE_BEFORE.test(work.text.slice(Math.max(0, mentions[i].start - 7), mentions[i].start));
    const nearby = bySentence.get(mentions[i].sentence);
    const seat = mentions[i].type === 'ORG' && !one ? seatAfter(i) : undefined;
    return one ? { linked, qualifier, stateAfter: state, filedFrom, ofAState, nearby } : { linked: contextOf(i), people: namedPeople, title: mentions[i].attrs?.title, qualifier, stateAfter: state, stateOffice, filedFrom, year, ofAState, nearby, seat };
  };
  // The writers the article credits are nobody a name alone in the story stands for ("Lee" of Lee Jae-yong, not of the
  // credits' "Reporting by Joyce Lee").
  const credited = new Set(bylines(work.text).map((c) => c.start));
  const people = named.filter((i) => mentions[i].type === 'PERSON').map((i) => ({
    index: i, start: mentions[i].start, text: texts[i], hits: hits[i], titled: titledHits(index, texts[i], mentions[i].attrs?.title),
    surnameTitled: surnameTitledHits(index, texts[i], mentions[i].attrs?.title), holds: titleHolderOnly(index, mentions[i].attrs?.title),
    peer: typeof mentions[i].attrs?.title === 'string' && isPeerageTitle(mentions[i].attrs.title),
    credited: credited.has(mentions[i].start),
    context: (h: AliasHit[]) => ctxOf(i, h),
  }));
  for (const [i, d] of linkPeople(people, index)) {
    decisions.set(i, d);
    // (a person the registry knows tells whose body the sentence's is: "House Speaker Nancy Pelosi")
    if (index.entries.has(d.entity)) inSentence(i, d.entity);
    if (index.entries.get(d.entity)?.partOf) namedPeople.set(d.entity, (namedPeople.get(d.entity) ?? 0) + 1);
    if (!index.entries.has(d.entity) && !nilNames.has(d.entity)) nilNames.set(d.entity, d.name);
  }

  // Everything else: registry by type, prior and context; else a fuller name of the same type in the
  // article ("Acme" after "Acme Holdings" or "Acme Inc."); else nil.
  const unknown: number[] = [];
  for (const i of others) {
    // A state as the AP abbreviates it ("LITTLE ROCK, Ark."), which no alias holds: most places end in no full stop.
    const m = mentions[i];
    const state = PLACE_LABELS.has(m.type) && (work.text.charCodeAt(m.end - 1) === 46 || work.text.charCodeAt(m.end) === 46) ? abbreviatedState(work.text, m.start, m.end, index) : undefined;
    if (state !== undefined) { decisions.set(i, { entity: state }); continue; }
    const own = m.start === datelineAt ? citiesOf(index, hits[i]) : hits[i];
    const decision = decide(scoreCandidates(index, own, mentions[i].type, ctxOf(i, own)));
    if (decision) decisions.set(i, decision);
    else unknown.push(i);
  }
  const words = new Array<string[]>(mentions.length);
  // Each name's key built once, for the tree of names below and for every step of a chain of fuller names.
  const keys = new Array<string>(mentions.length);
  for (const i of others) {
    words[i] = foldKey(aliasKey(texts[i])).split(' ');
    keys[i] = nameKey(mentions[i].type, words[i]);
  }
  const fullest = fullestNames(others.map((i) => ({ index: i, type: mentions[i].type, words: words[i], key: keys[i] })));
  const shortOf = (type: string) => shortForms(others.filter((i) => mentions[i].type === type).map((i) => ({ index: i, words: words[i], written: aliasKey(texts[i]).split(' ') })));
  const short = shortOf('ORG');
  // An event named by its kind is named by its name alone too ("Hurricane Melissa" … "Melissa").
  const events = shortOf('EVENT');
  // Names with a legal form by the name without it: "Courtaulds" is "Courtaulds PLC", not "Courtaulds Textiles".
  const withLegalForm = new Map<string, number>();
  for (const i of others) {
    const bare = withoutLegalForm(texts[i]);
    const key = bare === undefined ? undefined : nameKey(mentions[i].type, foldKey(aliasKey(bare)).split(' '));
    if (key !== undefined && !withLegalForm.has(key)) withLegalForm.set(key, i);
  }
  const fuller = (i: number): number | undefined => {
    const w = words[i];
    return withLegalForm.get(keys[i]) ?? fullest.get(keys[i]) ?? (w.length === 2 && mentions[i].type === 'ORG' ? short.byLastTwoWords.get(w.join(' '))
      : w.length > 1 ? undefined : mentions[i].type === 'ORG' ? short.byLastWord.get(w[0]) : mentions[i].type === 'EVENT' ? events.byLastWord.get(w[0]) : undefined);
  };
  // The name a name stands for, followed to the end of the chain ("RJR" → "RJR Nabisco" → "RJR Nabisco Inc."),
  // so that every mention of it gets the same entity whichever comes first in the text.
  const undecided = new Set(unknown);
  const referent = (i: number): number => {
    let r = i;
    for (let step = 0; step < MAX_CHAIN && undecided.has(r); step++) {
      const next = fuller(r);
      if (next === undefined || next === r) break;
      r = next;
    }
    return r;
  };
  for (const i of unknown) {
    const r = referent(i);
    const id = undecided.has(r) ? nilId(mentions[i].type, texts[r]) : decisions.get(r)!.entity;
    if (!nilNames.has(id)) nilNames.set(id, stripLeadingThe(texts[r]));
    decisions.set(i, { entity: id });
  }
  // "San Antonio Spurs ... the Spurs": one word that ends the article's one organization of that last word, named by its
  // place and that word or named by a place, is that organization, whatever the registry's alias of the word names
  // ("Spurs", Tottenham's; "Stuttgart", the city; "AS Roma ... Roma coach", not the people); not a body the fuller name
  // is part of ("Richmond Fed ... the Fed" is the Federal Reserve), nor where neither names a place ("White House ... the
  // House" is the House of Representatives). The longer one may be a body the registry lacks: "the Kansas House ... Later
  // the House adjourned".
  for (const i of others) {
    const own = decisions.get(i);
    if (!own || mentions[i].type !== 'ORG' || words[i].length !== 1) continue;
    const long = short.byLastWord.get(words[i][0]);
    const ownType = index.entries.get(own.entity)?.type ?? 'ORG';
    if (long === undefined || !(namedByPlace(index, texts[long]) || PLACE_LABELS.has(ownType) || ownType === 'NORP')) continue;
    const theirs = decisions.get(long);
    if (!theirs || theirs.entity === own.entity || !(index.entries.has(theirs.entity) || namedByPlace(index, texts[long]))
      || chainOf(index, theirs.entity).includes(own.entity)) continue;
    decisions.set(i, { entity: theirs.entity });
  }
  // "the Gulf of Mexico ... Oil gushed into the Gulf": one word that opens the article's one place named "<word> of ..." is
  // that place, whatever the registry's alias of the word names (the Persian Gulf).
  const heads = placeHeads(others.filter((i) => PLACE_LABELS.has(mentions[i].type)).map((i) => ({ index: i, words: words[i] })));
  for (const i of others) {
    const long = PLACE_LABELS.has(mentions[i].type) && words[i].length === 1 ? heads.get(words[i][0]) : undefined;
    const theirs = long === undefined ? undefined : decisions.get(long);
    if (theirs) decisions.set(i, { entity: theirs.entity });
  }
  // "Ethiopian Airlines ... Ethiopian said": one word resolve read as an organization, which the registry knows only as
  // something else (a people, a place), and which opens an organization of the registry the article named before, is it.
  for (const i of others) {
    const own = decisions.get(i);
    if (!own || mentions[i].type !== 'ORG' || words[i].length !== 1 || index.entries.get(own.entity)?.type === 'ORG') continue;
    const long = fullest.get(keys[i]);
    const theirs = long === undefined || mentions[long].start > mentions[i].start ? undefined : decisions.get(long);
    if (theirs && index.entries.get(theirs.entity)?.type === 'ORG') decisions.set(i, { entity: theirs.entity });
  }
  // "Purdue Pharma ... Purdue said": one word that names a registry organization the article never names in words of
  // its own, after the article's one organization of the registry that opens with it, is that one; not where that one is
  // part of the word's ("Goldman Sachs Asset Management ... Goldman"), nor where the word is the registry's whole name
  // of its organization ("Siemens Healthineers ... Siemens shares rose" is Siemens) or an acronym ("NFL Players
  // Association ... the NFL's highest-paid player"). (`others` is in text order: a word's fuller names are read first.)
  const opening = new Map<string, Set<string>>();
  const inWords = new Set(others.filter((j) => words[j].length > 1).map((j) => decisions.get(j)?.entity));
  for (const i of others) {
    if (mentions[i].type !== 'ORG') continue;
    const own = decisions.get(i);
    if (!own) continue;
    if (words[i].length > 1) {
      if (index.entries.get(own.entity)?.type === 'ORG') opening.set(words[i][0], (opening.get(words[i][0]) ?? new Set()).add(own.entity));
      continue;
    }
    const opened = opening.get(words[i][0]);
    const entry = index.entries.get(own.entity);
    if (!opened || opened.size !== 1 || entry?.type !== 'ORG' || inWords.has(own.entity) || foldKey(aliasKey(entry.name)) === words[i][0]
      || looksLikeAcronym(texts[i])) continue;
    const [theirs] = opened;
    if (theirs !== own.entity && !chainOf(index, theirs).includes(own.entity)) decisions.set(i, { entity: theirs });
  }
  // A city the model read as an organization is its team (teams.ts); not one after "in", where the organization was the
  // model's slip ("Dockworkers in Liverpool went on strike").
  const teamsNamed = others.filter((i) => mentions[i].type === 'ORG' && !IN_BEFORE.test(work.text.slice(Math.max(0, mentions[i].start - 4), mentions[i].start)));
  for (const [i, entity] of teamsOfCities(teamsNamed, (i) => fullest.get(keys[i]), texts, decisions, index)) {
    if (!index.entries.has(entity) && !nilNames.has(entity)) nilNames.set(entity, stripLeadingThe(texts[i]));
    decisions.set(i, { entity });
  }
  for (const i of named) {
    const long = definedBy(i);
    if (long === undefined) continue;
    const d = decisions.get(long);
    // A long form several registry entries share takes the one the acronym it defines names, where one of its names shares
    // a distinctive word with the long form or is the long form itself: "Socialist Party (PSOE)" is Spain's whatever the
    // dateline, "Democratic Party (DIKO)" Cyprus's, and so are the other mentions of its name.
    const acronymDecision = d && index.entries.has(d.entity) && new Set(hits[long].map((h) => h.id)).size > 1
      ? decide(scoreCandidates(index, hits[i], mentions[i].type, ctxOf(i, hits[i]))) : undefined;
    const acronymEntry = d && acronymDecision && acronymDecision.entity !== d.entity ? index.entries.get(acronymDecision.entity) : undefined;
    if (d && acronymDecision && acronymEntry?.type === mentions[long].type
      && (hits[long].some((h) => h.id === acronymDecision.entity) || sharesDistinctiveWord(texts[long], [acronymEntry.name, ...(acronymEntry.aliases ?? [])]))) {
      for (const [k, other] of decisions) if (other.entity === d.entity) decisions.set(k, { entity: acronymDecision.entity });
      decisions.set(i, acronymDecision);
      continue;
    }
    // A long form the registry does not know takes the entity of the acronym it defines, where the registry knows that and
    // one of its names shares a distinctive word with the long form ("National Economic and Social Development Bank
    // (BNDES)", the Brazilian Development Bank; not "Central Narcotics Bureau (CNB)", the Czech National Bank), and so do
    // the other mentions of its name.
    const own = d && !index.entries.has(d.entity) ? decide(scoreCandidates(index, hits[i], mentions[i].type, ctxOf(i, hits[i]))) : undefined;
    const entry = own && index.entries.get(own.entity);
    if (d && own && entry?.type === mentions[i].type && sharesDistinctiveWord(texts[long], [entry.name, ...(entry.aliases ?? [])])) {
      for (const [k, other] of decisions) if (other.entity === d.entity) decisions.set(k, { entity: own.entity });
      decisions.set(i, own);
      continue;
    }
    decisions.set(i, { entity: d ? d.entity : nilId(mentions[i].type, texts[i]) });
  }
  // "Rugby World Cup ... a World Cup final": an event's name of two words or more that ends the article's one event of a
  // longer name is that event, whatever the registry's alias of the shorter name names (the football World Cup), unless
  // the article names that one otherwise too.
  const eventNames = others.filter((j) => mentions[j].type === 'EVENT');
  for (const i of eventNames) {
    const own = decisions.get(i);
    if (words[i].length < 2 || !own) continue;
    const longer = new Set(eventNames.filter((j) => words[j].length > words[i].length && endsWithWords(words[j], words[i])).map((j) => decisions.get(j)?.entity));
    const [theirs] = longer;
    // (not an edition of the event the shorter name's entry is: "the 2026 World Cup ... won the World Cup since 2002")
    if (longer.size !== 1 || theirs === undefined || theirs === own.entity || chainOf(index, theirs).includes(own.entity)) continue;
    if (!eventNames.some((j) => decisions.get(j)?.entity === own.entity && keys[j] !== keys[i])) decisions.set(i, { entity: theirs });
  }
  // An acronym nothing else explained takes the organization of the article with its initials; so does one the registry
  // gives an organization the article never names in full, where the registry knows the article's ("International Cricket
  // Council ... ICC chief executive" is not the International Criminal Court), or where the registry spells the acronym's
  // bearer out in other words ("Professional Fighters League ... the PFL" is not Brazil's Partido da Frente Liberal;
  // but "BBVA", which it knows by no longer name, may be the article's bank). Not one with a mark of its own ("OPEC+"),
  // nor one of two letters, which the press gives its best-known bearer whatever else it names ("AP reported").
  // (the entities named in words, gathered only for an article with such an acronym)
  let namedInFull: Set<string | undefined> | undefined;
  for (const i of others) {
    // (an acronym said as a word, "Untu", "Satawu", only where nothing else explained it)
    if (mentions[i].type !== 'ORG' || !(looksLikeAcronym(texts[i]) || (undecided.has(i) && WORD_ACRONYM.test(texts[i])))) continue;
    const letters = acronymLetters(texts[i]);
    const long = short.byInitials.get(letters);
    if (long === undefined || long === i) continue;
    const theirs = decisions.get(long)!.entity;
    const own = decisions.get(i)?.entity;
    namedInFull ??= new Set(others.filter((j) => !looksLikeAcronym(texts[j])).map((j) => decisions.get(j)?.entity));
    if (undecided.has(i) || ((index.entries.has(theirs) || spelledOut(index, own, letters)) && !namedInFull.has(own)
      && ONLY_LETTERS_AND_STOPS.test(texts[i]) && letters.length > 2)) decisions.set(i, { entity: theirs });
  }

  // A dateline's credit is the agency the wire credits by that word ("SYDNEY (AAP) -"), whatever else the word names.
  const credits = datelineCredits(work.text);
  for (const i of others) {
    const credited = credits.get(mentions[i].start) === mentions[i].end && Object.hasOwn(AGENCY_CREDITS, texts[i]) ? AGENCY_CREDITS[texts[i]] : undefined;
    if (credited !== undefined && index.entries.has(credited)) decisions.set(i, { entity: credited });
  }

  const entities = new Map<string, Entity>();
  for (const i of named) {
    const m = mentions[i];
    const d = decisions.get(i)!;
    m.entity = d.entity;
    const retyped = typeFromChoice(m, d, index);
    if (retyped) m.type = retyped;
    // An acronym the text defines is of its long form's label ("Polish People's Party (PSL)", not the cricket league's event),
    // where that is its entry's too (a long form the model misread keeps it from the acronym).
    const long = definedBy(i);
    if (long !== undefined && mentions[long].entity === d.entity && (index.entries.get(d.entity)?.type ?? mentions[long].type) === mentions[long].type) m.type = mentions[long].type;
    m.linkCandidates = d.candidates;
    let e = entities.get(d.entity);
    if (!e) {
      const entry = index.entries.get(d.entity);
      e = {
        id: d.entity, type: entry?.type ?? m.type, name: entry?.name ?? nilNames.get(d.entity) ?? texts[i],
        inRegistry: !!entry, mentions: [],
      };
      if (entry?.wikidata) e.wikidata = entry.wikidata;
      if (entry?.description) e.description = entry.description;
      entities.set(d.entity, e);
    }
    e.mentions.push(i);
  }
  return { ...work, entities: [...entities.values()] };
}

const nameKey = (type: string, words: readonly string[]) => `${type} ${words.join(' ')}`;

/** Whether a name's words end with another's: "rugby world cup" with "world cup". */
const endsWithWords = (long: readonly string[], short: readonly string[]) => short.every((w, k) => long[long.length - short.length + k] === w);

/**
 * The chosen entry's type, when the alias had an entry of the mention's own type and the article's evidence
 * chose one of another ("Amazon" beside Microsoft and share prices: the company, not the river the model
 * guessed). Without a rival of its own type the label is metonymy and stays ("Iran" as ORG is its government);
 * but a place's label on an organization with no place among its rivals is the model's guess by the word's shape, not
 * metonymy ("admissions at [Harvard]" is the university), and nor is it on a people's word or on a place of another kind.
 */
function typeFromChoice(m: Mention, d: Decision, index: RegistryIndex): Mention['type'] | undefined {
  const chosen = index.entries.get(d.entity);
  if (!chosen || chosen.type === m.type) return undefined;
  // A place's label on a place of another kind is no metonymy, only the model's guess: "Cape Town" read as a LOC is the
  // city, "CAMP LEATHERNECK" of a dateline the base.
  if (PLACE_LABELS.has(m.type) && (PLACE_LABELS.has(chosen.type) || chosen.type === 'FAC')) return chosen.type;
  const rivalTypes: (Mention['type'] | undefined)[] = (d.candidates ?? []).map((c) => index.entries.get(c.id)?.type);
  if (rivalTypes.includes(m.type)) return chosen.type;
  if (!PLACE_LABELS.has(m.type) || rivalTypes.some((t) => t !== undefined && PLACE_LABELS.has(t))) return undefined;
  // A people's word read as a place is no metonymy ("the [Serb]-dominated region", "[Swiss]-based").
  if (chosen.type === 'NORP') return 'NORP';
  // Not an organization part of a place, often named for its seat (the Kremlin, Holyrood), which CoNLL-2003 marks a place.
  const partOfPlace = chosen.partOf !== undefined && PLACE_LABELS.has(index.entries.get(chosen.partOf)?.type ?? 'ORG');
  return chosen.type === 'ORG' && !partOfPlace ? 'ORG' : undefined;
}

/**
 * For each name of the article that begins a longer name of the same type, the shortest such longer
 * name (the first in text order among equals): "Acme" → "Acme Holdings"; "Novo" and "Novo Nordisk" →
 * "Novo Nordisk", not the "Novo Nordisk Foundation" named after it. Names are in text order; keys are
 * nameKey's. Only prefixes that are names themselves are looked at, down a tree of the names' words:
 * keying every prefix of every name grew with the square of a name's length (a run of thousands of
 * capitalised words read as one name took seconds and gigabytes).
 */
function fullestNames(names: { index: number; type: string; words: string[]; key: string }[]): Map<string, number> {
  interface Node { next: Map<string, Node>; key?: string }
  const roots = new Map<string, Node>();
  for (const { type, words, key } of names) {
    let node: Node | undefined = roots.get(type);
    if (!node) roots.set(type, (node = { next: new Map() }));
    for (const word of words) {
      let child: Node | undefined = node.next.get(word);
      if (!child) node.next.set(word, (child = { next: new Map() }));
      node = child;
    }
    node.key ??= key;
  }
  const best = new Map<string, { index: number; length: number }>();
  for (const { index, type, words } of names) {
    // An institution named after another name is not what that name stands for ("Novo Nordisk Foundation"), but a
    // university is ("Columbia University" ... "Columbia said").
    const head = words[words.length - 1];
    const last = NAMED_AFTER_HEADS.has(head) && !GOES_BY_NAME_HEADS.has(head) ? words.length - 1 : words.length;
    let node = roots.get(type);
    for (let k = 1; k < last && node; k++) {
      node = node.next.get(words[k - 1]);
      if (node?.key === undefined) continue;
      const seen = best.get(node.key);
      if (!seen || seen.length > words.length) best.set(node.key, { index, length: words.length });
    }
  }
  return new Map([...best].map(([key, { index }]) => [key, index]));
}
