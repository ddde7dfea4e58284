// recognizeTimexes: DATE and TIME candidates from the rule table, bounded the TimeML way
// (a leading "the" and qualifiers inside, prepositions outside). Each carries the frame it was
// read into; its value comes later, in normalize, which resolves that frame against the document.
import type { Candidate, Doc, Token } from '../document.js';
import { findMatches, leftExtension, type RuleMatch } from './grammar.js';
import { tokenFrom } from '../text/token-at.js';
import { NOUN_LIKE } from '../text/word-classes.js';
import { calendarSpan } from './frame.js';
import { frameOfMatches } from './parse.js';
import { labelOf, resolveFrame, type ResolveContext } from './resolve.js';
import type { Unless } from './rules/patterns.js';
import { AMBIGUOUS_MONTHS, FAR_YEAR_BEFORE, isAbbreviation, isCalendarWord, MONTHS, OLD_YEAR_BEFORE, OLDEST_YEAR, WEEKDAY_ALTERNATION, WEEKDAYS, YEARS_ANYWHERE_FROM, YEARS_ANYWHERE_UNTIL } from '../lexicon/calendar.js';
import { AGES_BEFORE, AGES_REACH } from '../lexicon/period-words.js';
import { LOWERCASE_UNSAFE_HOLIDAYS, PREPOSITION_QUALIFIERS, QUANTIFIER_MODS } from './rules/vocabulary.js';
import {
  BARE_UNIT_BEFORE, BARE_YEAR_BEFORE, COUNTED_WITHOUT_S, YEAR_BEFORE_NOUNS, DURATION_FAMILY, FRACTION_UNIT, MODEL_YEAR_BEFORE, MODEL_YEAR_MAKERS, STRETCH_OF, THE_UNITS_AFTER, UNITS_BEFORE_EVENT,
  TIME_WORDS_BEFORE_MONTH, TITLE_CASE_PART_SENSITIVE, TITLE_CASE_SENSITIVE, HYPHENATED_PERIOD_ENDS, ADJECTIVAL_COUNT, OVER_AS_MORE_AFTER, COMPARED_FIGURE_BEFORE, COMPARATIVE_QUALIFIERS, DATE_FAMILY, TIME_FAMILY, DAY_FAMILY, CLOCK_RULES,
} from './rules/contexts.js';

const HYPHENATED_PERIOD = new RegExp(`\\w-(?:${HYPHENATED_PERIOD_ENDS.join('|')})$`, 'i');

interface Atom { start: number; end: number; matches: RuleMatch[]; confidence: number; }

interface RecognizeOptions {
  /**
   * Candidates below this confidence are dropped. The default, 0.5, leaves out the vague nouns and
   * adjectives ("recent", "the past", "the future", 0.4) that TimeML marks and OntoNotes-style gold does not.
   */
  minConfidence?: number;
}

export function recognizeTimexes(doc: Doc, options: RecognizeOptions = {}): Candidate[] {
  const minConfidence = options.minConfidence ?? 0.5;
  const text = doc.text;
  const tokenAt = tokenIndex(doc.tokens);
  const matches = findMatches(text, (m) => plausible(text, m, tokenAt));
  const atoms = mergeAdjacent(text, extendAll(text, matches));
  const out: Candidate[] = [];
  for (const atom of atoms) {
    const frame = frameOfMatches(text, atom.matches, atom.start);
    const resolved = resolveFrame(frame, NO_CONTEXT);
    if (!resolved || atom.confidence < minConfidence) continue;
    const timex = resolved.mod ? { type: resolved.type, mod: resolved.mod } : { type: resolved.type };
    out.push({
      start: atom.start, end: atom.end, type: labelOf(resolved), source: 'timex',
      confidence: atom.confidence, attrs: { timex, timexFrame: frame },
    });
  }
  return out;
}

/** What a candidate's frame is read in before normalize: no document date, tense or reference yet. */
const NO_CONTEXT: ResolveContext = { dct: null, tense: () => null, reference: null };

/** Maps a text offset to the (last) token that starts there: a binary search, not a map of every token built for a few lookups. */
function tokenIndex(tokens: Token[]): (offset: number) => Token | undefined {
  return (offset) => {
    const k = tokenFrom(tokens, offset + 1) - 1;
    return k >= 0 && tokens[k].start === offset ? tokens[k] : undefined;
  };
}

const wordBefore = (text: string, at: number) => /([\w']+)\W*$/.exec(text.slice(Math.max(0, at - 30), at))?.[1].toLowerCase() ?? '';
const previousWordStart = (text: string, at: number) => {
  const m = /([\w']+)\W*$/.exec(text.slice(Math.max(0, at - 30), at));
  return m ? at - m[0].length : -1;
};
/**
 * Whether "over" before a count at `at` says more than (after a verb of lasting or a preposition: "lasted over a week", "in
 * over a decade"), not during (but not after a verb's particle or a passive's participle: "phased in over 10 months",
 * "to be spent over 12 years").
 */
function overAsMore(text: string, at: number): boolean {
  const before = wordBefore(text, at);
  if (!OVER_AS_MORE_AFTER.has(before)) return false;
  const earlier = wordBefore(text, previousWordStart(text, at));
  return !(before === 'in' && /ed$/.test(earlier)) && !(/ed$|^spent$/.test(before) && PASSIVE_BE.has(earlier));
}
const PASSIVE_BE: ReadonlySet<string> = new Set(['be', 'been', 'being', 'is', 'are', 'was', 'were']);
/** The word right after, in the same phrase: not past a stop or a comma ("found in May. We think" is no "May we"). */
const wordAfter = (text: string, at: number) => /^[^\w.,;:!?()]*([\w']+)/.exec(text.slice(at, at + 30))?.[1].toLowerCase() ?? '';
const capitalised = (s: string) => /^[A-Z]/.test(s);
const VERB_TAGS: ReadonlySet<string> = new Set(['VERB', 'AUX']);
/** The day's ordinal word (and "the") before the month that ends the match: "second march", not "march first". */
const ORDINAL_BEFORE = /^(?:the )?\p{L}+ $/u;
/** Whether a match is an ordinal word and the month after it ("second march"). */
function ordinalBeforeMonth(span: string, month: string): boolean {
  return span.endsWith(month) && ORDINAL_BEFORE.test(span.slice(0, span.length - month.length));
}

/**
 * A month or weekday as a date: by number, capitalised, or in lower case when it is a full name
 * that is no other word ("january", "monday"; not "may", "march", "sun", "wed"), or, for "may" and
 * "march", when a day or year comes with it (`dated`).
 */
function calendarName(word: string, table: Record<string, number>, dated = false): boolean {
  if (/^\d/.test(word) || capitalised(word)) return true;
  const w = word.toLowerCase().replace(/s$/, '');
  return w in table && (dated || !AMBIGUOUS_MONTHS.has(w)) && !isAbbreviation(table, w);
}
/** A capitalised word and a hyphen right before a match ("Jae-" of "Jae-june"). */
const NAME_BEFORE_HYPHEN = /\p{Lu}\p{Ll}*-$/u;
/** At the start of a sentence, a line, a quotation or after a dateline dash. */
const sentenceInitial = (text: string, at: number) => /(?:^|[.!?:"“‘'(\n_–—-]\s*)$/.test(text.slice(Math.max(0, at - 3), at)) || at === 0;
/** "This Week" (a later word capitalised) or "VOA Today" (capitalised inside a sentence). */
function titleCased(text: string, m: RuleMatch): boolean {
  const words = text.slice(m.start, m.end).split(/\s+/);
  if (words.slice(1).some((w) => /^[A-Z][a-z]/.test(w))) return true;
  return /^[A-Z][a-z]/.test(words[0]) && !sentenceInitial(text, m.start);
}

/** Words of four letters or more a title-case line needs, and the share of them capitalised (a fixtures line "June 19-23 Second test" is no headline). */
const TITLE_CASE_WORDS = 4;
const TITLE_CASE_SHARE = 0.8;

/**
 * Whether the line that holds `at` is a title-case headline: four words of four letters or more, four in five of them capitalised,
 * some in lower case (a line all in capitals is no title case), and no full stop at its end.
 */
function onTitleCaseLine(text: string, at: number): boolean {
  const start = text.lastIndexOf('\n', at) + 1;
  const end = text.indexOf('\n', at);
  const line = text.slice(start, end < 0 ? text.length : end).trim();
  if (line.endsWith('.')) return false;
  const words = line.split(/\s+/).filter((w) => /^\p{L}{4}/u.test(w));
  const capitalised = words.filter((w) => /^\p{Lu}/u.test(w)).length;
  return words.length >= TITLE_CASE_WORDS && capitalised >= words.length * TITLE_CASE_SHARE && /\p{Ll}/u.test(line);
}

/** Rejects matches whose words are used in another sense: "may" the verb, "fall" the verb, a bare number. */
function plausible(text: string, m: RuleMatch, tokenAt: (o: number) => Token | undefined): boolean {
  const g = m.groups;
  // A day or year with it makes even "march" or "may" a month ("march 3 2015", "the first of march"), but not an ordinal
  // word right before it, which counts the noun ("a second march the following day").
  if (g.month && !calendarName(g.month, MONTHS, Boolean((g.day && !ordinalBeforeMonth(text.slice(m.start, m.end), g.month)) || g.year))) return false;
  // ... unless it is the verb: "we march 3 miles".
  if (g.month && AMBIGUOUS_MONTHS.has(g.month.toLowerCase()) && !capitalised(g.month)) {
    if (VERB_TAGS.has(tokenAt(m.start)?.pos ?? '') || NOUN_LIKE.has(tokenAt(nextWordStart(text, m.end))?.pos ?? '')) return false;
  }
  // "Kim Jae-june": a month in lower case hyphened to a capitalised word is part of a name.
  if (g.month && !capitalised(g.month) && NAME_BEFORE_HYPHEN.test(text.slice(Math.max(0, m.start - 20), m.start))) return false;
  if (g.weekday && !calendarName(g.weekday, WEEKDAYS)) return false;
  // "easter" in lower case is a date only with a year or a relation ("easter 2013", "last easter").
  if (g.holiday && !capitalised(g.holiday.replace(/^the /i, '')) && LOWERCASE_UNSAFE_HOLIDAYS.has(g.holiday.toLowerCase()) && !g.year && !g.rel) return false;
  const id = m.rule.id;
  // Words that name a time only in some uses ("previously", "once"): read when another recognizer proposes them, never proposed here.
  if (id === 'vague_other') return false;
  // "on the 15th.": not "the 15th round" nor "finished the 15th" (the rule table's `after`).
  if (m.rule.after && !m.rule.after.includes(wordBefore(text, m.start))) return false;
  // The contexts the rule table names in which its match is no time expression.
  if (m.rule.unless?.some((u) => holds(u, text, m, tokenAt))) return false;
  // "the 2024-25 tax year", "2019-2020": the year after, in two figures or four (the split_year rule); a later year,
  // or one more than twelve, is a span of two (year_span, year_pair), not a month or a count ("1998-10"; "2001-05"
  // may be May 2001).
  if (id === 'split_year' && !nextYear(g.year, g.nextyear)) return false;
  if (id === 'year_span' && (nextYear(g.year, g.year2) || !(+g.year2 > +g.yy && +g.year2 > 12))) return false;
  // ("1250-1180" is a score or a count, not years: a span of years runs forward)
  if (id === 'year_pair' && (+g.year2 <= +g.year || nextYear(g.year, g.year2))) return false;
  // "1min 34sec": two units or more, or one written as a word ("9.58sec", "55min"); not "100m" nor "the 5s".
  if (id === 'race_time_units' && [g.uh, g.um, g.us].filter((x) => x !== undefined).length < 2 && !/^(?:min|sec)/.test(g.umw ?? g.usw ?? '')) return false;
  // "the January-October period" is no quarter nor half: its months are two expressions (the `month` rule).
  if (id === 'month_span' && (!calendarSpan(g.spanfrom, g.spanto) || !calendarName(g.spanfrom, MONTHS, true))) return false;
  // "Woodstock '99": a year in two figures right after a name is part of it, as "Agenda 2000".
  if (id === 'year_short' && nameBefore(text, m.start)) return false;
  if (id === 'year') {
    // A year named with its kind ('fiscal 1999', 'calendar 1998', 'the 1999 fiscal year') is one whatever follows.
    if (!g.fiscal && !g.fiscal2 && !g.fiscal3 && !g.calendar && !g.calendar2 && /^\d{4}$/.test(m.groups.year) && !yearInContext(text, m, tokenAt)) return false;
  }
  // "for years", "within hours"; "after months of talks", "decades of war": a stretch of something; "hours after the
  // blast": a stretch counted to an event.
  // "after-hours trading", "man-hours": a unit hyphened to the word before is part of a compound, no stretch of time.
  if (id === 'bare_units' && /[a-z]-$/i.test(text.slice(Math.max(0, m.start - 2), m.start))) return false;
  if (id === 'bare_units' && !BARE_UNIT_BEFORE.has(wordBefore(text, m.start)) && !THE_UNITS_AFTER.test(text.slice(Math.max(0, m.start - 20), m.start))
    && !UNITS_BEFORE_EVENT.test(text.slice(m.end, m.end + 16))
    && !(STRETCH_OF.test(text.slice(m.end, m.end + 20)) && !FRACTION_UNIT.test(g.unitp ?? ''))) return false;
  // Ages ("52 years old", "a 136-year-old bank", "under 16 years of age") are properties of things, not times.
  if (DURATION_FAMILY.has(id) && /^(?:[- ]old|,? of age)\b/i.test(text.slice(m.end, m.end + 9))) return false;
  // (so after "aged": "persons aged 15 years and above", "youth aged 15-29 years")
  if (DURATION_FAMILY.has(id) && AGES_BEFORE.test(text.slice(Math.max(0, m.start - AGES_REACH), m.start))) return false;
  // "This Week", "USA Today": a relative word in title case inside a sentence is part of a name; not on a title-case
  // headline, which capitalises every word ("Talks Will Resume Next Week").
  if (TITLE_CASE_SENSITIVE.has(id) && titleCased(text, m) && !onTitleCaseLine(text, m.start)) return false;
  if (TITLE_CASE_PART_SENSITIVE.has(id) && titleCaseWord(text, m, g.part) && !onTitleCaseLine(text, m.start)) return false;
  // "Seven Days in May", "60 Minutes", "the Six-Day War": a unit in title case inside a sentence is part of a name.
  if (DURATION_FAMILY.has(id) && titleCaseWord(text, m, g.unit ?? g.unitp) && !onTitleCaseLine(text, m.start)) return false;
  // "the Long March": a month after a capitalised word inside a sentence (not a possessive, "Iran's March vote") is a name.
  if (id === 'month' && nameBefore(text, m.start)) return false;
  return true;
}

/** Whether every field of `u` holds for match `m`. */
function holds(u: Unless, text: string, m: RuleMatch, tokenAt: (o: number) => Token | undefined): boolean {
  const g = m.groups;
  // (for...in, not Object.entries: no array of pairs made for each rule's context at each match)
  for (const name in u.groups) {
    const want = u.groups[name];
    const got = g[name];
    if (typeof want === 'boolean' ? Boolean(got) !== want : got === undefined || !want.test(got)) return false;
  }
  if (u.text && !u.text.test(text.slice(m.start, m.end))) return false;
  const before = text.slice(Math.max(0, m.start - CONTEXT_CHARS), m.start);
  if (u.textBefore && !u.textBefore.test(before)) return false;
  if (u.textBeforeNot && u.textBeforeNot.test(before)) return false;
  const after = text.slice(m.end, m.end + CONTEXT_CHARS);
  if (u.textAfter && !u.textAfter.test(after)) return false;
  if (u.textAfterNot && u.textAfterNot.test(after)) return false;
  if (u.wordBefore && !u.wordBefore.has(wordBefore(text, m.start))) return false;
  if (u.wordBeforeNot && u.wordBeforeNot.has(wordBefore(text, m.start))) return false;
  if (u.wordAfter && !u.wordAfter.has(wordAfter(text, m.end))) return false;
  if (u.wordAfterNot && u.wordAfterNot.has(wordAfter(text, m.end))) return false;
  if (u.pos && !u.pos.has(tokenAt(m.start)?.pos ?? '')) return false;
  if (u.posBefore && !u.posBefore.has(tokenAt(previousWordStart(text, m.start))?.pos ?? '')) return false;
  if (u.posAfter && !u.posAfter.has(tokenAt(nextWordStart(text, m.end))?.pos ?? '')) return false;
  if (u.sentence && !u.sentence.test(sentenceAround(text, m))) return false;
  if (u.sentenceInitial !== undefined && sentenceInitial(text, m.start) !== u.sentenceInitial) return false;
  // (asked of few matches: a half named without its year)
  if (u.article && (text.match(u.article.words)?.length ?? 0) < u.article.atLeast) return false;
  if (u.titleCase && !titleCaseWord(text, m, g[u.titleCase])) return false;
  return true;
}
/** How much text either side of a match its contexts read. */
const CONTEXT_CHARS = 40;
/** How far either side of a match its sentence is read. */
const SENTENCE_CHARS = 150;

/** The sentence that holds a match, as far as SENTENCE_CHARS either side. */
function sentenceAround(text: string, m: RuleMatch): string {
  const before = text.slice(Math.max(0, m.start - SENTENCE_CHARS), m.start);
  const after = text.slice(m.end, m.end + SENTENCE_CHARS);
  const from = before.search(/[.!?]\s+[^.!?]*$/);
  const to = after.search(/[.!?](?:\s|$)/);
  return (from < 0 ? before : before.slice(from + 1)) + text.slice(m.start, m.end) + (to < 0 ? after : after.slice(0, to));
}

/** Whether `word` (a group of match `m`, its last occurrence) is in title case and not the first word of a sentence. */
function titleCaseWord(text: string, m: RuleMatch, word: string | undefined): boolean {
  if (!word || !/^[A-Z][a-z]/.test(word)) return false;
  const at = m.start + text.slice(m.start, m.end).lastIndexOf(word);
  return /\w-$/.test(text.slice(at - 2, at)) || !sentenceInitial(text, at);
}

/** A capitalised word right before `at`, not a possessive, not the first of its sentence and no word of time. */
function nameBefore(text: string, at: number): boolean {
  const before = /([A-Z][a-z]+)\s+$/.exec(text.slice(Math.max(0, at - 30), at));
  if (!before) return false;
  const start = at - before[0].length;
  return !sentenceInitial(text, start) && !TIME_WORDS_BEFORE_MONTH.has(before[1].toLowerCase()) && !isCalendarWord(WEEKDAYS, before[1]) && !isCalendarWord(MONTHS, before[1]);
}

/** Where the next word after `at` starts (bounded: a few characters of space at most matter). */
const nextWordStart = (text: string, at: number) => at + (/^\s*/.exec(text.slice(at, at + 20))?.[0].length ?? 0);

/** An asteroid's or a comet's provisional letters and number after its year: " KY26", " YR4". */
const PROVISIONAL_DESIGNATION = /^ [A-Z]{2}\d{1,3}\b/;

/** A bare four-digit number is a year unless it counts something: "in 1988" yes, "2000 people" no. */
function yearInContext(text: string, m: RuleMatch, tokenAt: (o: number) => Token | undefined): boolean {
  const y = +m.groups.year;
  const before = wordBefore(text, m.start);
  const next = tokenAt(nextWordStart(text, m.end));
  // (an old year only where a preposition of time says so and it counts no noun: "built in 1483", not "and 1200 tanks")
  if (y < OLDEST_YEAR || (y < YEARS_ANYWHERE_FROM && (!OLD_YEAR_BEFORE.has(before) || next?.pos === 'NOUN'))) return false;
  if (y > YEARS_ANYWHERE_UNTIL && (!FAR_YEAR_BEFORE.has(before) || next?.pos === 'NOUN')) return false;
  // "a 1987 Chevrolet": a year between an article and a name is a model year, part of the name.
  if (MODEL_YEAR_BEFORE.has(before) && next && MODEL_YEAR_MAKERS.has(next.text.toLowerCase())) return false;
  // "a venture called Orion 1980", "Windows 2000", "Agenda 2000": a number right after a name is part of it; so is one
  // before an asteroid's letters and number ("1998 KY26", "2024 YR4").
  if (nameBefore(text, m.start) || PROVISIONAL_DESIGNATION.test(text.slice(m.end, m.end + 8))) return false;
  if (BARE_YEAR_BEFORE.has(before)) return true;
  // "Iran's 1979 revolution", "the company's 1998 earnings": after a possessive, the year of what follows;
  // a round number before a plural is more often a count ("the firm's 2000 workers").
  if (/['’]s\s+$/i.test(text.slice(Math.max(0, m.start - 4), m.start)) && next?.pos === 'NOUN') return y >= 1900 && y <= 2050 && (!/s$/i.test(next.text) || y % 100 !== 0);
  // "his unsuccessful 1996 campaign", "the draft 1997 budget": after a determiner and an adjective or a noun, a year names the one thing
  // after it; a count would be of a plural ("an estimated 2000 people").
  const adjective = tokenAt(previousWordStart(text, m.start));
  if ((adjective?.pos === 'ADJ' || adjective?.pos === 'NOUN') && BARE_YEAR_BEFORE.has(wordBefore(text, adjective.start)) && next?.pos === 'NOUN' && !/s$/i.test(next.text)) return y >= 1900 && y <= 2050;
  // "exceed 1996 levels": a year whose figures are compared.
  if (next && YEAR_BEFORE_NOUNS.has(next.text.toLowerCase())) return y >= 1900 && y <= 2050;
  // "had 1995 revenue of $561 million", "1993 champion Billy Mayfair": a count is of a plural, so a recent year before
  // a singular noun names its year (not a round number, nor before a count's word without -s: "1500 people", "1200 km").
  if (next?.pos === 'NOUN' && /^[a-z][a-z-]*[^s]$/.test(next.text) && !COUNTED_WITHOUT_S.has(next.text) && y >= 1950 && y <= 2030 && y % 100 !== 0) return true;
  if (next && (next.pos === 'NOUN' || next.pos === 'NUM')) return false;
  return y >= 1900 && y <= 2050;
}

/** Whether `next` ("25", "2025") is the year after `year` ("2024"): "1999-00" too. */
function nextYear(year: string, next: string): boolean {
  return next.length === 2 ? (+year + 1) % 100 === +next : +next === +year + 1;
}

/**
 * Every match with the words before it that belong to it. Words another match holds are taken in
 * only with the whole of that match, which then gives way ("the last half" + "of the '80s" is one
 * expression); part of one is never taken.
 */
function extendAll(text: string, matches: RuleMatch[]): Atom[] {
  const atoms: Atom[] = [];
  for (const m of matches) {
    const prev = atoms[atoms.length - 1];
    let atom = extend(text, m, prev?.start ?? 0);
    if (prev && atom.start < prev.end) {
      if (atom.start <= prev.start) atoms.pop();
      else atom = extend(text, m, prev.end);
    }
    atoms.push(atom);
  }
  return atoms;
}

/** Takes in the words before a match that belong to the expression, nearest first, not before `floor`. */
function extend(text: string, m: RuleMatch, floor: number): Atom {
  const id = m.rule.id;
  let start = m.start;
  const used = new Set<string>();
  // "see at least part of Tuesday's event": a possessive date qualifies a noun, and a position before it is that noun's.
  const possessive = /^['’]s\b/.test(text.slice(m.end, m.end + 3));
  for (;;) {
    const ext = leftExtension(text, start, (e) => !used.has(e) && extensionAllowed(m, e) && !(possessive && e === 'position_of'));
    if (!ext || ext.start < floor) break;
    // A hyphenated compound is an adjective ("a third-quarter loss"): its article belongs to the noun.
    // Not "the last half-century" nor "the past quarter-century", a noun after its relation word.
    if (ext.id === 'article' && !(m.groups.rel && /^(?:half|quarter)$/i.test(m.groups.amount ?? '')) && HYPHENATED_PERIOD.test(text.slice(m.start, m.end))) break;
    // So is a count with a singular unit ("the two day rally"): the article belongs to "rally".
    if (ext.id === 'article' && DURATION_FAMILY.has(id) && ADJECTIVAL_COUNT.test(text.slice(m.start, m.end))) break;
    // "lasted over a week" is more than a week; "rose 5% over two years" is during them.
    if (ext.id === 'over_count' && !overAsMore(text, ext.start)) break;
    // "2.1% more than a year earlier": a comparative after a figure compares the figures, no time.
    if (ext.id === 'qualifier' && COMPARATIVE_QUALIFIERS.has(ext.groups.qual.toLowerCase().replace(/\s+/g, ' '))
      && COMPARED_FIGURE_BEFORE.test(text.slice(Math.max(0, ext.start - 20), ext.start))) break;
    // A date is only approximated ("around Nov. 9"); "at least last year" qualifies something else.
    if (ext.id === 'qualifier' && DATE_FAMILY.has(id) && QUANTIFIER_MODS[ext.groups.qual.toLowerCase().replace(/\s+/g, ' ')] !== 'APPROX') break;
    // "optimistic about the next 12 months": before "the", a preposition, no approximator.
    if (ext.id === 'qualifier' && used.has('article') && PREPOSITION_QUALIFIERS.has(ext.groups.qual.toLowerCase())) break;
    // "work around Monday's decision": so does the word before it.
    if (ext.id === 'qualifier' && possessive) break;
    used.add(ext.id);
    start = ext.start;
  }
  return { start, end: m.end, matches: [m], confidence: m.rule.confidence };
}

function extensionAllowed(m: RuleMatch, ext: string): boolean {
  const ruleId = m.rule.id;
  switch (ext) {
    // A year or weekday takes "the" only as part of a longer expression: "the 1988 period", "the previous Friday".
    case 'article': {
      const article = m.rule.article;
      return article === true || Boolean(article?.some((group) => m.groups[group]));
    }
    // "about 1990" is left out: a qualified bare number is more often a count than a year.
    case 'qualifier': return DURATION_FAMILY.has(ruleId) || TIME_FAMILY.has(ruleId) || (DATE_FAMILY.has(ruleId) && !ruleId.startsWith('year'));
    case 'over_count': return ruleId === 'duration' && !m.groups.rel && Boolean(m.groups.amount);
    case 'position':
    case 'position_of': return DATE_FAMILY.has(ruleId) || TIME_FAMILY.has(ruleId);
    case 'days_of': return DATE_FAMILY.has(ruleId);
    case 'part_of': return DAY_FAMILY.has(ruleId) && !m.groups.part;
    default: return false;
  }
}


/** A weekday's name that opens a range of weekdays after it: "Monday through Friday", "Mon-Fri". */
const WEEKDAY_RANGE_AFTER = new RegExp(`^s?\\s*(?:to|through|thru|-|–)\\s*(?:${WEEKDAY_ALTERNATION})\\b`, 'i');

/**
 * "10 p.m. Wednesday", "noon Saturday", "Sunday, March 8": a time and a day, or a weekday and a date, are one expression;
 * not a clock time and the weekday that opens a range of them ("8 p.m. EST, Monday through Friday": the hours of each).
 */
function mergeAdjacent(text: string, atoms: Atom[]): Atom[] {
  const out: Atom[] = [];
  for (const atom of atoms) {
    const prev = out[out.length - 1];
    const between = text.slice(prev?.end ?? 0, atom.start);
    if (prev && /^,?\s+$/.test(between) && combinable(prev, atom, between.startsWith(',')) && !WEEKDAY_RANGE_AFTER.test(text.slice(atom.end, atom.end + 16))) {
      out[out.length - 1] = { start: prev.start, end: atom.end, matches: [...prev.matches, ...atom.matches], confidence: Math.max(prev.confidence, atom.confidence) };
    } else out.push(atom);
  }
  return out;
}

function combinable(a: Atom, b: Atom, comma: boolean): boolean {
  const kind = (x: Atom) => x.matches.map((m) => m.rule.id);
  const isTime = (ids: string[]) => ids.some((i) => TIME_FAMILY.has(i));
  const isDay = (ids: string[]) => ids.some((i) => DAY_FAMILY.has(i));
  const [ka, kb] = [kind(a), kind(b)];
  // "28 July 2022, 12:08": a page's time stamp, a date and then a clock reading of its own.
  if (comma && isDay(ka) && kb.every((i) => i === 'clock_24h')) return false;
  if ((isTime(ka) && isDay(kb)) || (isDay(ka) && isTime(kb))) return true;
  // "8 p.m. tonight", "6:30 this morning", "6:18 that evening": a clock reading and the part of a named day it falls in.
  const dayPart = b.matches.some((m) => (m.rule.id === 'part_of_day' && m.groups.rel) || (m.rule.id === 'that_unit' && m.groups.part)
    || (m.rule.id === 'overnight' && /^tonight$/i.test(m.groups.part)));
  if (!comma && dayPart && a.matches.every((m) => CLOCK_RULES.has(m.rule.id))) return true;
  return ka.includes('weekday') && (kb.includes('month_day') || kb.includes('day_month'));
}
