// An abbreviation the article defines by words in lower case is a common noun's, not a name's
// ("dark northern spring (DNS)", "gross domestic product (GDP)"): the names equal to it are dropped
// wherever they are in the article, the registry's too: the article's own definition beats an acronym
// the registry gives another body ("hard red winter (HRW)" is no Human Rights Watch). One defined by
// capitalised words is a name's ("Independent Commission Against Corruption (ICAC)"): it takes the
// name's type in the whole article, and is proposed where the model read it in pieces. Abbreviations of
// common nouns ("AI", "CEO", "GDP") are no name in any article (lexicon/common-abbreviations.json), nor is an era
// beside its year ("500 BC"), nor one the article defines by lower-case words after a capitalised one that opens a
// sentence ("Gross value added (GVA)").
import type { Candidate, Label, Token } from '../document.js';
import { NAME_LABELS } from '../document.js';
import { isCalendarWord, MONTHS, WEEKDAYS } from '../lexicon/calendar.js';
import { SKIPPED_BY_INITIALS } from '../lexicon/initials.js';
import { labelOf } from '../ner/name-types.js';
import type { LowerCaseWords } from './lower-case.js';
// Imported, not read from disk: tsc copies the table next to the compiled module.
import table from './lexicon/common-abbreviations.json' with { type: 'json' };
import { mapEach } from './map-many.js';
import { candidate } from './candidates.js';

const COMMON_NOUNS: ReadonlySet<string> = new Set(table.abbreviations);
/** The longest abbreviation either way (a definition's bracket holds 2 to 6 capitals): longer names are not sliced to be looked up. */
const LONGEST = Math.max(6, ...table.abbreviations.map((a) => a.length));

/** Capitals in brackets: the abbreviation (2 to 6 letters). */
const BRACKETED = /\(([A-Z]{2,6})\)/g;
/**
 * Lower-case words, hyphenated or not, right before the bracket; the first may be capitalised where it opens the
 * sentence ("Gross value added (GVA)").
 */
const WORDS_BEFORE = /((?:(?<=(?:^|\n|[.!?]["”]?\s))[A-Z][a-z]+(?:-[a-z]+)*\s+)?(?:[a-z]+(?:-[a-z]+)*\s+){1,6})$/;

/** The abbreviations the article defines by lower-case words whose initials spell them. */
function commonAbbreviations(text: string): Set<string> {
  const found = new Set<string>();
  // Most articles define none: a bracket of capitals is rare, and only then is the text before it read.
  for (const m of text.matchAll(BRACKETED)) {
    const before = WORDS_BEFORE.exec(text.slice(Math.max(0, m.index - 80), m.index));
    if (!before) continue;
    const initials = before[1].trim().split(/[\s-]+/).map((w) => w[0].toUpperCase()).join('');
    if (initials.length >= 2 && initials.endsWith(m[1])) found.add(m[1]);
  }
  return found;
}

export function dropCommonAbbreviations(text: string, candidates: Candidate[]): Candidate[] {
  const defined = text.includes('(') ? commonAbbreviations(text) : undefined;
  const common = (name: string) => COMMON_NOUNS.has(name) || defined?.has(name) === true;
  // Nor is an era beside its year: "500 BC" (British Columbia is "B.C." too), "AD 79".
  const era = (c: Candidate, name: string) => ERAS.has(name)
    && (FIGURE_BEFORE.test(text.slice(Math.max(0, c.start - 2), c.start)) || FIGURE_AFTER.test(text.slice(c.end, c.end + 2)));
  return candidates.filter((c) => {
    if (!NAME_LABELS.has(c.type) || c.end - c.start > LONGEST) return true;
    // (sliced once for both questions)
    const name = text.slice(c.start, c.end);
    return !common(name) && !era(c, name);
  });
}
/** Eras, and a figure right before or after one. */
const ERAS: ReadonlySet<string> = new Set(table.eras);
const FIGURE_BEFORE = /\d ?$/;
const FIGURE_AFTER = /^ \d/;

/** A name's word: capitalised, maybe hyphenated ("Anti-Doping"). */
const NAME_WORD = /^\p{Lu}[\p{L}\p{M}'’]*(?:-\p{L}+)*$/u;
/** Last words of capitalised terms of measure, which define an abbreviation but name nothing ("Consumer Price Index"). */
const MEASURE_HEADS: ReadonlySet<string> = new Set(table.measureHeads);
/** How many words before a bracket a defined name may reach back. */
const NAME_REACH = 12;
/** How sure a name is that the article defines an abbreviation by: surer than the model's pieces of it. */
const DEFINING_CONFIDENCE = 0.8;

/**
 * Names the article defines an abbreviation by ("the Independent Commission Against Corruption (ICAC)"): the
 * capitalised words right before the bracket whose initials, small words aside, spell it. The model often reads such
 * a name in pieces or not at all; typed by its head like the model's organizations ("Affordable Care Act (ACA)" a LAW).
 * Not a term of measure ("Consumer Price Index (CPI)") or a common noun's abbreviation ("Gross Domestic Product (GDP)").
 */
export function definingNames(text: string): Candidate[] {
  const out: Candidate[] = [];
  // Most articles define none: a bracket of capitals is rare, and only then is the text before it read.
  if (!text.includes('(')) return out;
  for (const m of text.matchAll(BRACKETED)) {
    const before = text.slice(Math.max(0, m.index - 160), m.index);
    if (!before.endsWith(' ')) continue;
    const words = before.trimEnd().split(' ').slice(-NAME_REACH);
    // The shortest run of words before the bracket whose initials are the abbreviation, opening with a name's word.
    let initials = '';
    for (let k = words.length - 1; k >= 0; k--) {
      const w = words[k];
      if (SKIPPED_BY_INITIALS.has(w)) continue;
      if (!NAME_WORD.test(w)) break;
      initials = w[0] + initials;
      if (initials.length > m[1].length || !m[1].endsWith(initials)) break;
      if (initials !== m[1]) continue;
      const name = words.slice(k);
      if (COMMON_NOUNS.has(m[1]) || MEASURE_HEADS.has(name[name.length - 1])) break;
      const start = m.index - before.length + before.lastIndexOf(name.join(' '));
      out.push(candidate(start, start + name.join(' ').length, labelOf('ORG', name), 'rules', DEFINING_CONFIDENCE));
      break;
    }
  }
  return out;
}

/** A definition's bracket right after the name, with what may be an acronym in it. */
const BRACKET_AFTER = /^\s*\(([\p{L}]{2,7})\)/u;
/** An acronym in capitals: "ICAC". */
const ACRONYM_IN_CAPITALS = /^[A-Z]{2,6}$/;
/** An acronym said as a word, as the British and South African press write it: a capital and small letters ("Untu", "Satawu"). */
export const WORD_ACRONYM = /^\p{Lu}\p{Ll}{2,6}$/u;
/** How many of its abbreviation's mentions the defining name's reading weighs as. */
const NAME_WEIGHT = 2;
/** How sure an abbreviation met again is: as sure as the name it stands for is read. */
const DEFINED_CONFIDENCE = 0.85;

/** What a bracket after an organization holds, read so, that is no acronym of it: a place, a people, a person. */
const NOT_ACRONYM_READINGS: ReadonlySet<string> = new Set(['GPE', 'LOC', 'NORP', 'PERSON']);

/** The initials of a name's capitalised words ("World Boxing Council" → "WBC"), or undefined if a word is neither capitalised nor small. */
function initialsOf(name: string): string | undefined {
  let initials = '';
  for (const word of name.split(/[\s-]+/)) {
    if (SKIPPED_BY_INITIALS.has(word)) continue;
    if (!/^\p{Lu}/u.test(word)) return undefined;
    initials += word[0];
  }
  return initials;
}

/**
 * Mentions (sorted by start) with the abbreviations the article defines by a name read there ("the World Boxing Council
 * (WBC)", and an organization's by any capitals, "Congolese Party of Labour (PCT)") made one sense with it: the name and
 * every mention of the abbreviation take the type they give with the most confidence in all, and the abbreviation is
 * added where nothing was read ("his WBC title"), unless it spells a word the article writes in lower case ("IN", "US").
 * The definition is the article's: it beats a type the model or the registry gave.
 */
export function abbreviationsOfNames(text: string, tokens: readonly Token[], mentions: Candidate[], lower: LowerCaseWords): Candidate[] {
  if (!text.includes('(')) return mentions;
  /** Each defined abbreviation's name mention. */
  const definedBy = new Map<string, Candidate>();
  // (what was read in a bracket: a place or a person there is no acronym, "Reuters (UK)"; gathered when first asked)
  let readAt: Map<number, Label> | undefined;
  const readingAt = (start: number) => (readAt ??= new Map(mentions.map((m) => [m.start, m.type]))).get(start);
  for (const m of mentions) {
    if (!NAME_LABELS.has(m.type) || (text[m.end] !== ' ' && text[m.end] !== '(')) continue;
    const bracket = BRACKET_AFTER.exec(text.slice(m.end, m.end + 12));
    // (an organization's acronym in its own language, whatever its letters: "Patriotic Salvation Movement (MPS)"; not a
    // month of a futures table, "EUROLIRA (SEP)", nor a place read there, "Reuters (UK)")
    if (bracket && (ACRONYM_IN_CAPITALS.test(bracket[1]) || WORD_ACRONYM.test(bracket[1])) && !lower.has(bracket[1])
      && (initialsOf(text.slice(m.start, m.end)) === bracket[1].toUpperCase()
        || (m.type === 'ORG' && ACRONYM_IN_CAPITALS.test(bracket[1]) && !isCalendarWord(MONTHS, bracket[1]) && !isCalendarWord(WEEKDAYS, bracket[1])
          && !NOT_ACRONYM_READINGS.has(readingAt(m.end + bracket[0].indexOf('(') + 1) ?? 'ORG')))) definedBy.set(bracket[1], m);
  }
  if (!definedBy.size) return mentions;
  // The votes of each abbreviation's name and mentions, by type.
  const votes = new Map<string, Map<Label, number>>();
  const vote = (abbreviation: string, m: Candidate, weight = 1) => {
    const v = votes.get(abbreviation) ?? new Map<Label, number>();
    v.set(m.type, (v.get(m.type) ?? 0) + weight * m.confidence);
    votes.set(abbreviation, v);
  };
  const abbreviationOf = new Map<Candidate, string>();
  for (const m of mentions) {
    const span = text.slice(m.start, m.end);
    if (definedBy.has(span) && NAME_LABELS.has(m.type)) abbreviationOf.set(m, span);
  }
  // (the name's words say more of what it is than its letters do: its vote counts as two of theirs)
  for (const [abbreviation, name] of definedBy) { abbreviationOf.set(name, abbreviation); vote(abbreviation, name, NAME_WEIGHT); }
  for (const [m, abbreviation] of abbreviationOf) if (definedBy.get(abbreviation) !== m) vote(abbreviation, m);
  const typeOf = new Map<string, Label>();
  for (const [abbreviation, v] of votes) typeOf.set(abbreviation, [...v].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0][0]);

  const taken = new Uint8Array(text.length);
  for (const m of mentions) taken.fill(1, m.start, m.end);
  const added: Candidate[] = [];
  for (const t of tokens) {
    const type = typeOf.get(t.text);
    if (type && !taken[t.start]) added.push(candidate(t.start, t.end, type, 'rules', DEFINED_CONFIDENCE));
  }
  const retyped = mapEach(mentions, (m) => {
    const abbreviation = abbreviationOf.get(m);
    const type = abbreviation && typeOf.get(abbreviation);
    return type && type !== m.type ? { ...m, type } : m;
  });
  return added.length ? [...retyped, ...added].sort((a, b) => a.start - b.start) : retyped;
}
