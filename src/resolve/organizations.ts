// Organizations named by a head noun and what they deal with, proposed whole where the model breaks them
// apart or stops short: "Ontario Ministry of Transportation", "Ruritania National Commission on Human Rights",
// "German Ministry of Economics and Climate Protection", "Board of Trade and Industry", "National Conference
// of Bishops of Brazil". The words before
// the head that are capitalised belong to the name; the subject ends at the first word that is not
// capitalised, at a title ("Bank of England Governor"), where another recognizer's person begins, or at a
// date ("Security Council on Friday"); no date joins it from the left ("August National Association of …").
// Where the model read the same organization going on further, the model's reading stands. A facility's or a
// company's head ends a name of capitalised words before it the same way ("Sydney Cricket Ground", "Bad Boy Records").
// The connectors are data (lexicon/organization-names.json), the head nouns src/lexicon/organization-heads.json's.
import type { Candidate, Token } from '../document.js';
import { NAME_LABELS, PLACE_LABELS } from '../document.js';
import { Containers } from './containers.js';
import { startsUpper } from './first-letter.js';
import { isHeadlineWord } from './headlines.js';
import { titlesStartingAt, type TokenCues } from './people.js';
import { BODY_HEADS, COMPANY_HEADS, JOINED_SUBJECT_HEADS, NAMED_AFTER_HEADS, SUBJECT_HEADS } from '../lexicon/organization-heads.js';
import { isFacilityHead } from '../ner/name-types.js';
import { aliasTypes, type RegistryIndex } from '../registry/alias-index.js';
// Imported, not read from disk: tsc copies the table next to the compiled module.
import table from './lexicon/organization-names.json' with { type: 'json' };
import nouns from './lexicon/organization-nouns.json' with { type: 'json' };
import { candidate } from './candidates.js';

const CONNECTORS: ReadonlySet<string> = new Set(table.connectors);
const JOINERS_AFTER_SUBJECT: ReadonlySet<string> = new Set(table.joinersAfterSubject);
/** The members a body is made of, no subject after its head ("Board of Directors"). */
const MEMBERS: ReadonlySet<string> = new Set(table.membersNotSubjects);
/** As sure as a confident model name: the pattern is rarely anything else. */
const CONFIDENCE = 0.88;
/**
 * Surer than the model's and the registry's name before "of" and a place: the place ends the body's name ("[Social
 * Democratic Party] of Estonia" is no German party), as the guideline's longest name has it.
 */
const OF_PLACE_CONFIDENCE = 0.9999;
/** How sure a recognizer is of a person's name that a facility's head ends before that name is the person's: the model's sure readings and the registry's. */
const SURE_PERSON = 0.9;
const KIND_NOUNS: ReadonlySet<string> = new Set([...nouns.describing, ...nouns.either]);
/** Heads that end a body's name of their own: an institution's or a company's. */
const STANDS_ALONE: ReadonlySet<string> = new Set([...NAMED_AFTER_HEADS, ...COMPANY_HEADS]);
/** Below this the model's one-word person is a guess. */
const GUESS = 0.5;

const CAPITALISED = /^\p{Lu}[\p{L}\p{M}.'’-]*$/u;
const ALL_CAPS = /^\p{Lu}{2,}$/u;

export function organizationNames(text: string, tokens: readonly Token[], candidates: readonly Candidate[], registry: RegistryIndex, cues: TokenCues,
  isNameWord: (word: string) => boolean): Candidate[] {
  // What the candidates say, gathered when a head first asks: most articles hold none.
  let read: { people: Map<number, Candidate>; surePeopleEnds: Map<number, number>; modelEnds: Map<number, number>; organizationStarts: Map<number, number>; notNames: Containers } | undefined;
  const candidatesRead = () => {
    if (read) return read;
    const people = new Map(candidates.filter((c) => c.type === 'PERSON').map((c) => [c.start, c]));
    // Where a person's name of two words or more that a recognizer is sure of ends, and where it starts ("NTSB Chairman [Jim Hall]").
    const surePeopleEnds = new Map(candidates.filter((c) => c.type === 'PERSON' && c.confidence >= SURE_PERSON && text.slice(c.start, c.end).includes(' ')).map((c) => [c.end, c.start]));
    // The model's reading of an organization that goes on further stands ("Organisation for Security and Cooperation in Europe").
    const modelEnds = new Map<number, number>();
    for (const c of candidates) if (c.type === 'ORG' && c.source === 'model') modelEnds.set(c.start, Math.max(c.end, modelEnds.get(c.start) ?? 0));
    // Where each organization the registry knows ends, and the earliest start of one ending there.
    const organizationStarts = new Map<number, number>();
    for (const c of candidates) if (c.type === 'ORG' && c.source === 'registry') organizationStarts.set(c.end, Math.min(c.start, organizationStarts.get(c.end) ?? c.start));
    return (read = { people, surePeopleEnds, modelEnds, organizationStarts, notNames: new Containers(candidates.filter((c) => !NAME_LABELS.has(c.type))) });
  };
  // The model's names, for the names read before their head only: fewer articles have one.
  let model: { names: Containers; starts: Set<number>; ends: Set<number> } | undefined;
  const modelRead = () => {
    if (model) return model;
    const names = candidates.filter((c) => c.source === 'model' && NAME_LABELS.has(c.type));
    // Where any recognizer's name ends: a name there before "and" is a name of its own ("Goldman Sachs and Deutsche Bank").
    const ends = new Set(candidates.filter((c) => NAME_LABELS.has(c.type)).map((c) => c.end));
    return (model = { names: new Containers(names), starts: new Set(names.map((c) => c.start)), ends });
  };
  // A headline's verb or small word is no part of a name, however a title-case line capitalises it ("Boeing Reaches
  // Deal With Justice Department", "Bank of Japan Is in No Hurry").
  const capitalised = (t: Token) => CAPITALISED.test(t.text) && !/['’]s$/.test(t.text) && !isHeadlineWord(t.text) && !candidatesRead().notNames.holds(t);
  /** Tokens k-1 and k are one space apart on one line. */
  const spaced = (k: number) => k > 0 && text.slice(tokens[k - 1].end, tokens[k].start) === ' ';
  // A title begins at token k ("Bank of England [Governor]"), not merely a title's first word ("Office of Civil [Defense]").
  let titles: ((k: number) => boolean) | undefined;
  const titleAt = (k: number) => (titles ??= titlesStartingAt(tokens, registry, cues))(k);
  const out: Candidate[] = [];
  for (let i = 0; i + 2 < tokens.length; i++) {
    const head = tokens[i];
    // A head is capitalised: most tokens are not, and need no lower-casing.
    if (!startsUpper(head.text)) continue;
    const key = head.text.toLowerCase();
    // A facility's head ends a facility named before it the same way ("the [Sydney] Cricket Ground").
    if (isFacilityHead(key)) {
      const named = namedBeforeHead(i, 'FAC');
      if (named) out.push(named);
      continue;
    }
    // A company's head ends a company named before it ("Bad Boy Records", "Def Jam Recordings"), and a body's its
    // body ("Kosovo Liberation Army"), unless its subject follows ("Social Democratic Party of Estonia").
    const subjectAfter = SUBJECT_HEADS.has(key) && CONNECTORS.has(tokens[i + 1].text) && spaced(i + 1);
    if (COMPANY_HEADS.has(key) || (BODY_HEADS.has(key) && !subjectAfter)) {
      const named = namedBeforeHead(i, 'ORG');
      if (named) out.push(named);
      continue;
    }
    if (!SUBJECT_HEADS.has(key)) continue;
    if (!subjectAfter) {
      const named = namedBeforeHead(i, 'ORG');
      if (named) out.push(named);
      continue;
    }
    if (!capitalised(head)) continue;
    const { people, modelEnds } = candidatesRead();
    // Where another recognizer's person begins the subject ends, but for a word the model guessed at after
    // "and" ("Institute of Volcanology and [Seismology]"), or words no person is named by ("Institute of Allergy and
    // [Infectious Diseases]").
    const personAt = (k: number) => {
      const p = people.get(tokens[k].start);
      return p !== undefined && !(tokens[k - 1].text === 'and'
        && ((p.end === tokens[k].end && p.confidence < GUESS) || (p.source === 'model' && noNameWords(text.slice(p.start, p.end)))));
    };
    let k = i + 2;
    if (tokens[k]?.text === 'the' && spaced(k)) k++;
    if (MEMBERS.has(tokens[k]?.text ?? '')) continue;
    let last = -1;
    // One "and" joins two subjects; a second joins another name ("Ministry of Water and Forests and Velm").
    let joins = 0;
    let and = -1;
    for (; k < tokens.length && spaced(k); k++) {
      const t = tokens[k];
      if (capitalised(t) && !personAt(k) && !titleAt(k)) { last = k; continue; }
      // So does one joiner ("of", "for", "the" maybe after it) and a place or body after the subject ("National
      // Conference of Bishops of Brazil", "Court of Appeals for the Ninth Circuit").
      const joiner = JOINERS_AFTER_SUBJECT.has(t.text);
      const joined = (((t.text === 'and' || t.text === '&') && JOINED_SUBJECT_HEADS.has(key)) || joiner) && last === k - 1 && joins++ === 0;
      if (joined && !joiner) and = k;
      if (joined && joiner && tokens[k + 1]?.text === 'the' && spaced(k + 1)) k++;
      if (!joined || k + 1 >= tokens.length || !capitalised(tokens[k + 1]) || !spaced(k + 1)) break;
    }
    // What "and" joined is another body where it ends in an institution's or a company's head ("Academy of
    // Sciences and [Harvard University]").
    if (and > 0 && last > and && STANDS_ALONE.has(tokens[last].text.toLowerCase())) last = and - 1;
    if (last < 0) continue;
    let first = firstWord(i);
    // (not a noun of its kind that opens the sentence: "Rival [Bank of America]", "Rivals [Bank of America] and Citi")
    if (first < i && KIND_NOUNS.has(tokens[first].text.toLowerCase()) && (first === 0 || tokens[first - 1].sentence !== tokens[first].sentence)) first++;
    // An organization the registry knows up to the head opens the name, with words the capitals above do not take in
    // ("[People's Democratic Party] of Uzbekistan").
    const start = Math.min(tokens[first].start, candidatesRead().organizationStarts.get(head.end) ?? Infinity), end = tokens[last].end;
    const subject = text.slice(tokens[i + 2].text === 'the' ? tokens[i + 3].start : tokens[i + 2].start, end);
    if ((modelEnds.get(start) ?? 0) <= end) out.push(candidate(start, end, 'ORG', 'rules', placeOnly(subject) ? OF_PLACE_CONFIDENCE : CONFIDENCE));
    i = last;
  }
  return out;

  /** Whether the registry knows a subject as a place only: "Estonia" of "Social Democratic Party of Estonia". */
  function placeOnly(subject: string): boolean {
    const types = aliasTypes(registry, subject);
    return types.length > 0 && types.every((t) => PLACE_LABELS.has(t));
  }

  /** Whether no word of a span is a person's name word: "Infectious Diseases". */
  function noNameWords(span: string): boolean {
    return span.split(' ').every((w) => !isNameWord(w));
  }

  /** The first of the capitalised words right before token `i` in its sentence (no person's, no article). */
  function firstWord(i: number, endsAtHead = false): number {
    const { people } = candidatesRead();
    // A person the model read that runs to the head is no person ("[Development Board]").
    const person = (k: number) => { const p = people.get(tokens[k].start); return p !== undefined && !(endsAtHead && p.end === tokens[i].end); };
    let first = i;
    // Before a head the model read no name over, one "and" may join two capitalised words ("Competition and Markets
    // Authority"), unless a name any recognizer read ends before it ("[Goldman Sachs] and Deutsche Bank") or the word
    // before it is the head itself ("Nippon Credit Bank and Hokkaido Takushoku Bank" are two banks).
    let joins = endsAtHead ? 1 : 0;
    for (;;) {
      while (first > 0 && spaced(first) && capitalised(tokens[first - 1]) && tokens[first - 1].sentence === tokens[i].sentence
        && !person(first - 1) && !/^(?:The|THE|A|An)$/.test(tokens[first - 1].text)) first--;
      if (joins-- > 0 && first > 1 && first < i && tokens[first - 1].text === 'and' && spaced(first) && spaced(first - 1)
        && capitalised(tokens[first - 2]) && tokens[first - 2].sentence === tokens[i].sentence && !person(first - 2)
        && !modelRead().ends.has(tokens[first - 2].end) && tokens[first - 2].text !== tokens[i].text) { first -= 2; continue; }
      return first;
    }
  }

  /**
   * A name that ends in the head at token `i`, three words or more, where the model read its words as more than one
   * name or as none ("The [Bangladesh] Water [Development Board] said"): the whole is the organization's, or the
   * facility's where the head is a facility's ("the [Sydney] Cricket Ground").
   */
  function namedBeforeHead(i: number, type: 'ORG' | 'FAC'): Candidate | undefined {
    // Two capitalised words (or one, "and" and another) right before the head, read off the tokens first: most heads
    // have none, and need nothing of the candidates read.
    const upper = (k: number) => k >= 0 && startsUpper(tokens[k].text);
    if (!upper(i - 1) || !(upper(i - 2) || (tokens[i - 2]?.text === 'and' && upper(i - 3)))) return undefined;
    if (!capitalised(tokens[i]) || ALL_CAPS.test(tokens[i].text) || (i + 1 < tokens.length && spaced(i + 1) && capitalised(tokens[i + 1]))) return undefined;
    let first = firstWord(i, true);
    // Most heads have fewer than two capitalised words before them: no registry question needed.
    if (i - first < 2) return undefined;
    // A people's name before it is whose the organization is, a name of its own ("the Brazilian [Foreign Ministry]"),
    // and a noun of an organization's kind says what it is ("Flagship [Adani Enterprises]").
    if (aliasTypes(registry, tokens[first].text).includes('NORP') || KIND_NOUNS.has(tokens[first].text.toLowerCase())) first++;
    // A sentence's first word is capitalised anyway: no name's unless the model read one there ("New [Liberia Council] chief").
    else if ((first === 0 || tokens[first - 1].sentence !== tokens[first].sentence) && !modelRead().starts.has(tokens[first].start)) first++;
    if (i - first < 2) return undefined;
    const found = { start: tokens[first].start, end: tokens[i].end };
    // A person's name the head ends is the person's, no facility's ("NTSB Chairman [Jim Hall] said").
    if (type === 'FAC' && (candidatesRead().surePeopleEnds.get(found.end) ?? found.start) > found.start) return undefined;
    // The model's one name over all of it stands ("the [National Tennis Centre]" a place), and so does a place the
    // registry knows that ends in the head ("Jewish [West Bank] settlements"); the model's organization on this very
    // span is seconded, however unsure ("The [Los Angeles Police Department]", where the town inside is surer).
    const seconded = type === 'ORG' && candidatesRead().modelEnds.get(found.start) === found.end;
    if (!seconded && modelRead().names.holds(found)) return undefined;
    if (!seconded) for (let k = first + 1; k < i; k++) if (aliasTypes(registry, text.slice(tokens[k].start, found.end)).some((t) => PLACE_LABELS.has(t))) return undefined;
    return candidate(found.start, found.end, type, 'rules', CONFIDENCE);
  }
}

/** Capitalised words ending in a plural's possessive, then capitalised words: "Mine Workers' Union", "Lay Volunteers' International Organisation". */
const WHOSE_NAME = /(?<![\p{L}\p{M}'’-])(?:\p{Lu}[\p{L}\p{M}-]* ){0,5}\p{Lu}[\p{L}\p{M}-]*s['’](?: \p{Lu}[\p{L}\p{M}-]*){1,5}(?![\p{L}\p{M}'’-])/gu;

/**
 * Organizations named by whose they are, a plural's possessive before their head noun: "Mine Workers'
 * Union", "Toronto Grain Traders' Association", "Lay Volunteers' International Organisation". The model
 * cuts them at the apostrophe; the whole is proposed where its last word is an organization's head
 * noun (src/lexicon/organization-heads.json), and no line break or sentence end lies inside. Not after a person's
 * name in -s, whose possessive it is ("Geert Wilders' Freedom Party").
 */
export function possessiveOrganizations(text: string, candidates: readonly Candidate[]): Candidate[] {
  // Most articles have no plural possessive before a capital: nothing to match.
  // (The apostrophe and the space first: a search for them is faster than the match.)
  if (!(text.includes("s' ") || text.includes('s’ ')) || !/s['’] \p{Lu}/u.test(text)) return [];
  const out: Candidate[] = [];
  for (const m of text.matchAll(WHOSE_NAME)) {
    const head = m[0].slice(m[0].lastIndexOf(' ') + 1).toLowerCase();
    const apostrophe = m.index + m[0].search(/s['’] /u) + 1;
    if (!SUBJECT_HEADS.has(head) || candidates.some((c) => c.type === 'PERSON' && c.end === apostrophe)) continue;
    out.push(candidate(m.index, m.index + m[0].length, 'ORG', 'rules', CONFIDENCE));
  }
  return out;
}
