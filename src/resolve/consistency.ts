// One sense per name per article, after resolve has chosen the mentions. A name no registry alias settles
// takes one type in the whole article: the type its mentions give it with the most confidence in all
// ("Harrow Crown Court" typed three ways → one). A one-word name takes the type of a longer name in the article that
// it shortens: the surname of a person named in full ("Kaveh Rostamzadeh" … "Rostamzadeh" → PERSON), the
// first word of an organization ("Greenpeace International" … "Greenpeace said" → ORG; a registry one's too where the rest
// is its kind: "Wagner Group" … "Wagner fighters"); and a full name
// ends in the surname of a person the article names surely ("Kaveh Rostamzadeh" typed ORG, then
// "Mr. Rostamzadeh" → the full name is a PERSON too); an event named by its kind gives its name alone its
// type ("Hurricane Milton" … "Milton made landfall" → EVENT), and is no person's full name; a company's name
// without its legal suffix is the company's whatever the votes ("Tony Lama Co." … "Tony Lama couldn't be reached"
// → ORG, not the person the model read); a one-word alias of a registry entry the article names in full is that
// entry's type ("Meta Platforms" … "Meta's" → ORG, not the person the model read). Places and other
// names the registry knows keep their own type: "Kenya" stays a GPE beside "Kenya Airways"; but a place's name
// alone that is the surname of a person named in full is the person ("Michael Jordan" … "Jordan hit"), unless "in"
// or "to" puts it. A place's name standing for an organization (a team, a government) is metonymy, not a second
// sense: votes never move a mention between ORG and the place labels ("at MILWAUKEE" stays a place beside
// "MILWAUKEE 5 BOSTON 3").
import type { Candidate, Label, Token } from '../document.js';
import { NAME_LABELS, PLACE_LABELS } from '../document.js';
import { aliasTypes, lookupAlias, type RegistryIndex } from '../registry/alias-index.js';
import { eponymousCompany } from '../registry/eponyms.js';
import { foldKey, normalizeName, stripPossessive } from '../registry/normalize.js';
import { isCalendarWord, MONTHS, WEEKDAYS } from '../lexicon/calendar.js';
import { COMPANY_HEADS } from '../lexicon/organization-heads.js';
import { isCorporateSuffix, placeKindOfHead } from '../ner/name-types.js';
import { startsUpper } from './first-letter.js';
import type { LowerCaseWords } from './lower-case.js';
import { nameAfterKind } from './event-heads.js';
import { personName, ROLES } from './people.js';
import { hasSource } from './sources.js';
import { wordsOf } from './white-space.js';
import { mapEach } from './map-many.js';
import { candidate } from './candidates.js';
import { describesNext, isOpeningNoun } from './initial-words.js';
import { afterPlaceCue } from './place-cues.js';
import { theBefore } from './the-before.js';

const CAPITALISED_WORD = /^\p{Lu}\p{Ll}/u;
/** A word in capitals, as datelines write towns: "NEWCASTLE". */
const CAPITALS = /^\p{Lu}{4,}$/u;

/** Words before a name that make it a place: "in Jordan", "to Washington". */
const PLACE_WORD_BEFORE = /\b(?:in|to|from|at|of|near|into|across|outside|inside|via|toward|towards)\s$/i;

/**
 * Whether a name is one word and companies' heads or legal suffixes after it ("Wagner Group", "Tata Sons", "Pirelli SpA"),
 * the word its own; not a party's ("Democratic Party", whose word alone is an adjective).
 */
function firstWordAndHeads(text: string, m: Candidate): boolean {
  const rest = text.slice(m.start, m.end).split(' ').slice(1).map((w) => w.toLowerCase().replace(/\.$/, ''));
  return rest.length > 0 && rest.every((w) => COMPANY_HEADS.has(w) || isCorporateSuffix(w));
}

/** The words of a company's name before its legal suffixes ("tony lama" of "Tony Lama Co."), or none where it has none. */
function withoutSuffixes(words: readonly string[]): readonly string[] | undefined {
  let n = words.length;
  while (n > 1 && isCorporateSuffix(words[n - 1])) n--;
  // "Tiffany & Co.": the ampersand before the suffix goes with it.
  if (n < words.length && n > 1 && words[n - 1] === '&') n--;
  return n < words.length ? words.slice(0, n) : undefined;
}

/** Whether a word is ASCII letters and digits only: normalised it is itself, with no possessive to strip. */
function plainWord(word: string): boolean {
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i) | 0x20;
    if (!((c >= 97 && c <= 122) || (c >= 48 && c <= 57 && c === word.charCodeAt(i)))) return false;
  }
  return true;
}

/** A name's key; a plain word's (most of the words keyed) is itself folded, without normalising it. */
const keyOf = (text: string) => (plainWord(text) ? foldKey(text) : foldKey(stripPossessive(normalizeName(text))));
const NO_WORDS: readonly string[] = [];
/**
 * The keys of a name's words as written: a hyphenated surname is one word ("Adebayo-Fairchild"), though its key holds
 * a space. A name of one word (most) is its own key: `spanKey` when the caller has it.
 */
function wordKeysOf(span: string, spanKey?: string): readonly string[] {
  const words = wordsOf(span);
  if (words.length === 1 && words[0].length === span.length) {
    const key = spanKey ?? keyOf(span);
    return key ? [key] : NO_WORDS;
  }
  // By push, not map and filter: see mapEach.
  const keys: string[] = [];
  for (const word of words) {
    const key = keyOf(word);
    if (key) keys.push(key);
  }
  return keys;
}

const PLACE_OR_ORG: ReadonlySet<Label> = new Set(['ORG', 'GPE', 'LOC', 'FAC']);
/** The kinds a one-word registry name read once as its entry's spreads to the article's other mentions of it. */
const SPREAD_FROM_ONE_WORD: ReadonlySet<Label> = new Set(['PRODUCT', 'WORK_OF_ART', 'EVENT', 'LAW']);
/** Senses that votes choose between: an organization and a place with its name are one. */
const senseOf = (type: Label) => (PLACE_OR_ORG.has(type) ? 'ORG' : type);

/** Types of names in the article, settled once: by the longer names they shorten, else by their mentions' votes. */
/** The type of the sense with the most confidence in all, and within it the type with the most. */
function votedType(votes: Map<Label, number>): Label {
  const senses = new Map<string, number>();
  for (const [type, w] of votes) senses.set(senseOf(type), (senses.get(senseOf(type)) ?? 0) + w);
  // The entry of most weight, the first by name among equals: one pass, no sorted copy.
  const best = (entries: Iterable<[string, number]>, of: (name: string) => boolean = () => true) => {
    let top: [string, number] | undefined;
    for (const entry of entries) if (of(entry[0]) && (!top || entry[1] > top[1] || (entry[1] === top[1] && entry[0].localeCompare(top[0]) < 0))) top = entry;
    return top![0];
  };
  const sense = best(senses);
  return best(votes, (type) => senseOf(type as Label) === sense) as Label;
}

/** How sure a one-word PERSON must be for a full name ending in it to be a person's. */
const SURE_SURNAME = 0.8;
/** The most words a surname alone has ("Suu Kyi", "de la Cruz"). */
const MAX_SURNAME_WORDS = 3;

export function consistentTypes(text: string, tokens: readonly Token[], mentions: readonly Candidate[], registry: RegistryIndex): Candidate[] {
  // Asked of every mention up to three times: whether the registry proposed it, its key and its words' keys, found once.
  const free: boolean[] = [], keys: string[] = [], words: (readonly string[])[] = [];
  for (const m of mentions) {
    const name = NAME_LABELS.has(m.type);
    free.push(name && !hasSource(m.source, 'registry'));
    const span = name ? text.slice(m.start, m.end) : '';
    const spanKey = name ? keyOf(span) : '';
    keys.push(spanKey);
    words.push(name ? wordKeysOf(span, spanKey) : NO_WORDS);
  }
  const known = new Map<string, boolean>();
  const inRegistry = (key: string, k: number) => {
    let hit = known.get(key);
    if (hit === undefined) known.set(key, (hit = lookupAlias(registry, text.slice(mentions[k].start, mentions[k].end)).length > 0));
    return hit;
  };

  // Longer names no registry alias settles, and people the registry names in full: a person's surname (the words
  // after the given name, one or more: "Suu Kyi" of "Aung San Suu Kyi", "de Silva"), an organization's first word.
  const shortens = new Map<string, { type: Label; confidence: number }>();
  const offer = (key: string, type: Label, confidence: number) => {
    const seen = shortens.get(key);
    if (!seen || seen.confidence < confidence) shortens.set(key, { type, confidence });
  };
  /** Events named by their kind ("Typhoon Yagi"): their names alone are theirs, and they are no person's. */
  const kinds = new Set<number>();
  /** Companies' names without their legal suffixes ("Tony Lama" of "Tony Lama Co."): the company's however they look; where first named. */
  const bareNames = new Map<string, number>();
  /** The first words of registry organizations of several words ("Merrill" of "Merrill Lynch & Co."). */
  const firmWords = new Set<string>();
  /** The first words of registry organizations named by their legal names, offered after every other name's. */
  const legalNames: [string, number][] = [];
  /** The words before the head of two-word facilities and natural places ("thwaites" of "Thwaites Glacier"), by kind. */
  const placesByHead = new Map<string, Label>();
  mentions.forEach((m, k) => {
    const w = words[k];
    if ((m.type === 'FAC' || m.type === 'LOC') && w.length === 2 && placeKindOfHead(w[1]) === m.type) placesByHead.set(w[0], m.type);
    if (m.type === 'ORG' && w.length > 1) {
      const bare = withoutSuffixes(w);
      if (bare && !bareNames.has(bare.join(' '))) bareNames.set(bare.join(' '), m.start);
      if (!free[k]) firmWords.add(w[0]);
    }
    // A person the registry knows by full name only ("Lewis Hamilton", whose surname alone is a city's too) still
    // gives the article's lone surname its type, and so does a storm the registry knows ("Hurricane Milton") its name.
    // So does a registry organization named by one word and its kind ("Wagner Group" ... "Wagner fighters"), or by its
    // legal name where no person's name gives the word ("Celsius Network Ltd." ... "Celsius halted withdrawals"; not
    // "Harvey Weinstein ... The Weinstein Co. ... Weinstein, 67,").
    if (w.length > 1 && !free[k] && m.type === 'ORG' && !firstWordAndHeads(text, m) && withoutSuffixes(w)) { legalNames.push([w[0], m.confidence]); return; }
    if (w.length < 2 || (!free[k] && m.type !== 'PERSON' && m.type !== 'EVENT' && !(m.type === 'ORG' && firstWordAndHeads(text, m)))) return;
    const named = m.type === 'EVENT' ? nameAfterKind(text.slice(m.start, m.end)) : undefined;
    if (named) {
      kinds.add(k);
      offer(keyOf(named), 'EVENT', m.confidence);
    } else if (m.type === 'PERSON') {
      for (let i = 1; i < w.length; i++) if (!(i === w.length - 1 && !free[k] && eponymousCompany(registry, text.slice(m.start, m.end)))) offer(w.slice(i).join(' '), 'PERSON', m.confidence);
    }
    else if (m.type === 'ORG') offer(w[0], 'ORG', m.confidence);
  });
  for (const [word, confidence] of legalNames) if (!shortens.has(word)) offer(word, 'ORG', confidence);

  // Surnames the article gives a person alone, surely (after an honorific, with an age, or confidently).
  const surnames = new Set<string>();
  mentions.forEach((m, k) => {
    if (m.type === 'PERSON' && m.confidence >= SURE_SURNAME && words[k].length <= MAX_SURNAME_WORDS) surnames.add(words[k].join(' '));
  });

  /** A full name ends in a surname the article gives alone, of one word or more ("Suu Kyi" of "Aung San Suu Kyi"). */
  const endsInSurname = (w: readonly string[]) => {
    for (let i = Math.max(1, w.length - MAX_SURNAME_WORDS); i < w.length; i++) if (surnames.has(w.slice(i).join(' '))) return true;
    return false;
  };

  // Votes of the mentions of each name, by type.
  const votes = new Map<string, Map<Label, number>>();
  mentions.forEach((m, k) => {
    if (!free[k]) return;
    const v = votes.get(keys[k]) ?? new Map<Label, number>();
    v.set(m.type, (v.get(m.type) ?? 0) + m.confidence);
    votes.set(keys[k], v);
  });

  // "Michael Jordan scored 30 points. Jordan hit 15 of 26 shots": a place's name alone that is the surname of a person
  // the article names in full is that person, but where a word of place puts it ("in Jordan"). So is a people's word
  // or a language that describes no noun after it ("Harris English finished second. English said"; not "English football").
  /** The surnames of people named in full, each where first named. */
  const lastNames = new Map<string, number>();
  mentions.forEach((m, k) => {
    const last = words[k][words[k].length - 1];
    if (m.type === 'PERSON' && words[k].length > 1 && !lastNames.has(last)) lastNames.set(last, m.start);
  });

  // Each name's vote is counted once, not again for each of its mentions.
  const voted = new Map<string, Label>();
  const settled = (m: Candidate, k: number): Label => {
    const w = words[k];
    if (kinds.has(k)) return m.type;
    // A company met again without its suffix is the company, however the model read its name ("Milton Roy" as a person's),
    // but for the surname of a person the article names in full before the company: the story's subject is the one it
    // opens with ("Harvey Weinstein ... Weinstein, 67, ... The Weinstein Co."; "Tiffany & Co. was founded by Charles Lewis
    // Tiffany ... Tiffany said its sales rose").
    const company = bareNames.size ? bareNames.get(w.join(' ')) : undefined;
    if (company !== undefined && !(w.length === 1 && (lastNames.get(w[0]) ?? Infinity) < company)) return PLACE_OR_ORG.has(m.type) ? m.type : 'ORG';
    if (m.type !== 'PERSON' && w.length > 1 && endsInSurname(w) && personName(text, m.start, m.end, registry)) return 'PERSON';
    const offered = shortens.get(keys[k]);
    // An organization's first word shortens it alone; a person's surname or an event's name may be several words.
    const longer = offered && (offered.type !== 'ORG' || w.length === 1) ? offered : undefined;
    // An organization's first word: other types join it, an organization or a place keeps its own type.
    if (longer) return longer.type === 'ORG' && PLACE_OR_ORG.has(m.type) ? m.type : longer.type;
    let type = voted.get(keys[k]);
    if (!type) voted.set(keys[k], (type = votedType(votes.get(keys[k])!)));
    return type;
  };
  const fullNames = entitiesNamedInFull(text, mentions, words, registry);
  // A word the model read as a place stays one where it reads as a common word: after "the" ("the North", not the North
  // American Aerospace Defense Command) or before a noun it describes ("Scotch whisky"); in capitals, as a dateline
  // writes a town ("NEWCASTLE, England (Reuters)" beside Newcastle United); and after a place's cue ("the town of Freeport").
  const unknownPlaceAlone = (m: Candidate) => !theBefore(text, m.start) && !describesNext(tokens, m)
    && !CAPITALS.test(text.slice(m.start, m.end)) && !afterPlaceCue(text, m.start) && !aliasTypes(registry, text.slice(m.start, m.end)).some((t) => PLACE_LABELS.has(t));
  // "Merrill Lynch & Co. ... Merrill has written down": a firm named after its founder is named by his name alone, which
  // the model reads as a person's (or as a place the registry does not know: "Kirkland & Ellis ... Kirkland said"), unless
  // the article names a person of that surname in full or the registry knows the word as a name (a surname of its people
  // is no name of theirs: "Marsh" of "Marsh & McLennan", not Geoff Marsh).
  const firmWord = (m: Candidate, k: number) => firmWords.size > 0 && words[k].length === 1
    && (m.type === 'PERSON' || (PLACE_LABELS.has(m.type) && unknownPlaceAlone(m)))
    && firmWords.has(words[k][0]) && !lastNames.has(words[k][0]) && (free[k] || !inRegistry(keys[k], k));
  // The model's organization of one word is the surname of a person named in full too, where no organization of the
  // article or the registry bears the word ("Shiv Kumar Yadav, 32, ... Yadav had been acquitted"; not "Harvey Weinstein
  // ... The Weinstein Co. ... Weinstein").
  const noFirm = (m: Candidate, k: number) => !firmWords.has(words[k][0]) && !bareNames.has(words[k][0]) && shortens.get(keys[k])?.type !== 'ORG'
    && !legalNames.some(([word]) => word === words[k][0]) && !aliasTypes(registry, text.slice(m.start, m.end)).includes('ORG');
  const surnameOfPerson = (m: Candidate, k: number) => lastNames.size > 0 && words[k].length === 1
    && (PLACE_LABELS.has(m.type) || ((m.type === 'NORP' || m.type === 'LANGUAGE') && !describesNext(tokens, m)) || (m.type === 'ORG' && noFirm(m, k)))
    && lastNames.has(words[k][0]) && !PLACE_WORD_BEFORE.test(text.slice(Math.max(0, m.start - 8), m.start));
  // "Thwaites Glacier ... Thwaites holds enough ice", "the Majestic Theatre ... which owns the Majestic": a facility or a natural
  // place named by its word alone is that place, whatever the model read, unless a person of that surname is named or
  // the word describes the noun after it ("Green flags" beside "Green Square").
  const placeByHead = (k: number) => (placesByHead.size && free[k] && words[k].length === 1 && !lastNames.has(words[k][0]) && !describesNext(tokens, mentions[k])
    ? placesByHead.get(words[k][0]) : undefined);
  return mapEach(mentions, (m, k) => {
    if (surnameOfPerson(m, k)) return { ...m, type: 'PERSON' as const };
    if (firmWord(m, k)) return { ...m, type: 'ORG' as const };
    const place = placeByHead(k);
    // (a facility is often named after its town: "LEICESTER" beside "Leicester Cathedral" stays the town)
    if (place && place !== m.type && !(place === 'FAC' && PLACE_LABELS.has(m.type)) && !inRegistry(keys[k], k)) return { ...m, type: place };
    // A storm's name the registry knows only as a surname of its people is the storm the article names by its kind
    // ("Hurricane Floyd ... Floyd came", not Raymond Floyd).
    if (!free[k] && m.type === 'PERSON' && shortens.get(keys[k])?.type === 'EVENT' && !inRegistry(keys[k], k)) return { ...m, type: 'EVENT' as const };
    if (!free[k]) return fullNames.size && words[k].length === 1 ? asNamedInFull(text, m, fullNames, registry) : m;
    const type = settled(m, k);
    // The registry is asked last, and only about the mentions that would change.
    return senseOf(type) === senseOf(m.type) || inRegistry(keys[k], k) ? m : { ...m, type };
  });
}

/**
 * The registry's entries the article names by a name of several words, with the type it gives them there ("Meta
 * Platforms" an ORG): a one-word alias of one of them met later is that entry, whatever the model made of the word.
 * So is a one-word name of a product, a work, an event or a law read once as its entry's kind ("Wegovy is made by Novo
 * Nordisk. NICE recommends Wegovy", a person to the model the second time); not a place's, an organization's or a
 * people's, which a team or a government may stand for ("Kenya" and the side "Kenya", "Indian" and the "INDIANS"), nor
 * a person's, whose surname is a club's or a town's too.
 */
function entitiesNamedInFull(text: string, mentions: readonly Candidate[], words: readonly (readonly string[])[], registry: RegistryIndex): Map<string, Label> {
  const named = new Map<string, Label>();
  mentions.forEach((m, k) => {
    if ((words[k].length < 2 && !SPREAD_FROM_ONE_WORD.has(m.type)) || !hasSource(m.source, 'registry')) return;
    for (const hit of lookupAlias(registry, text.slice(m.start, m.end))) {
      if (registry.entries.get(hit.id)?.type === m.type) named.set(hit.id, m.type);
    }
  });
  return named;
}

/** A one-word mention the registry proposed, typed as the entry the article names in full when the word is its alias alone ("Meta's" a PERSON to the model). */
function asNamedInFull(text: string, m: Candidate, named: ReadonlyMap<string, Label>, registry: RegistryIndex): Candidate {
  if (!hasSource(m.source, 'registry')) return m;
  const hits = lookupAlias(registry, stripPossessive(text.slice(m.start, m.end)));
  const type = hits.length === 1 ? named.get(hits[0].id) : undefined;
  return type && type !== m.type ? { ...m, type } : m;
}

/**
 * Mentions for the short names of people and organizations the article names in full, where no recognizer
 * proposed anything: a capitalised word equal to the surname of a person ("Kaveh Rostamzadeh" … "Rostamzadeh
 * said") or to the first word of an organization ("Velmora Holdings Ltd" … "a bid for Velmora"), standing
 * alone (no capitalised word glued on either side). An organization's first word is taken only where it is
 * no ordinary word: the article never writes it in lower case, it is no title ("General Motors"), month or
 * weekday, no word of a person the article names, and the registry knows it as nothing else ("Kenya" of
 * "Kenya Airways"), and the full name is read surely. Nothing is proposed inside a mention.
 */
export function nameEchoes(text: string, tokens: readonly Token[], mentions: readonly Candidate[], lower: LowerCaseWords, registry: RegistryIndex): Candidate[] {
  const echoes = new Map<string, Label>();
  /** The echoed words as written: most tokens are none, and are passed over without being keyed. */
  const written = new Set<string>();
  const peopleWords = new Set<string>();
  for (const m of mentions) {
    if (m.type !== 'PERSON' && m.type !== 'ORG') continue;
    const span = text.slice(m.start, m.end);
    const words = wordKeysOf(span);
    if (m.type === 'PERSON') for (const w of words) peopleWords.add(w);
    if (words.length < 2) continue;
    if (m.type === 'PERSON' && words[words.length - 1].length > 1) {
      echoes.set(words[words.length - 1], 'PERSON');
      written.add(span.slice(span.lastIndexOf(' ') + 1));
    } else if (m.type === 'ORG' && m.confidence >= SURE_ORGANIZATION && !echoes.has(words[0])) {
      echoes.set(words[0], 'ORG');
      written.add(span.slice(0, span.indexOf(' ')));
    }
  }
  if (!echoes.size) return [];
  // The mentions as they stand now (rules after the choice added some: the sides on results lines), marked when first needed.
  let taken: Uint8Array | undefined;
  const isTaken = (at: number) => {
    if (!taken) {
      taken = new Uint8Array(text.length);
      for (const m of mentions) taken.fill(1, m.start, m.end);
    }
    return taken[at] === 1;
  };
  // (a word that opens sentences and names nothing alone, too: "Armed men" beside "Armed Islamic Group")
  const ordinaryWord = (word: string) => lower.has(word) || isOpeningNoun(word) || registry.titleStarts.has(foldKey(word))
    || isCalendarWord(MONTHS, word) || isCalendarWord(WEEKDAYS, word)
    || aliasTypes(registry, word).some((t) => t !== 'ORG');
  const capitalisedWord = (k: number) => k >= 0 && k < tokens.length && startsUpper(tokens[k].text) && CAPITALISED_WORD.test(tokens[k].text);
  // (a word that opens its sentence before a noun in lower case is capitalised for its place, and qualifies the noun:
  // "Cancer performance" after "Cancer Research UK", "Government bonds", "World number one")
  // (but not before a person's role, which an organization's name opens too: "River coach Marcelo Gallardo")
  const opensBeforeNoun = (k: number) => (k === 0 || tokens[k - 1].sentence !== tokens[k].sentence) && describesNext(tokens, tokens[k])
    && !ROLES.has(foldKey(tokens[k + 1].text));
  const out: Candidate[] = [];
  tokens.forEach((t, k) => {
    // Most tokens are not capitalised: no lookup for them.
    if (!startsUpper(t.text) || !written.has(t.text) || !capitalisedWord(k) || isTaken(t.start)) return;
    const wordKey = keyOf(t.text);
    const type = echoes.get(wordKey);
    if (!type) return;
    const alone = (j: number) => !capitalisedWord(j) || text.slice(Math.min(t.end, tokens[j].end), Math.max(t.start, tokens[j].start)).trim() !== '';
    if (!alone(k - 1) || !alone(k + 1)) return;
    if (type === 'ORG' && (peopleWords.has(wordKey) || ordinaryWord(t.text) || opensBeforeNoun(k))) return;
    out.push(candidate(t.start, t.end, type, 'rules', ECHO_CONFIDENCE));
  });
  return out;
}

/** How sure an organization's full name must be for its first word met alone to be it: a guess at a long name gives no echoes. */
const SURE_ORGANIZATION = 0.6;
/** A short name met again is as sure as the registry's surname of a person seen earlier. */
const ECHO_CONFIDENCE = 0.85;
