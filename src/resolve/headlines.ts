// Title-case lines (headlines, captions: "Ministry Fines Three Banks Over Lending Rules") capitalise every
// word, so capitals say nothing there and the model's names on them are guesses. On such a line a name only
// the model proposed stays only if none of its words is a headline's verb or small word
// (lexicon/headline-words.json) or a word the article writes in lower case elsewhere, in any ending
// ("Otieno" stays; "Protests", "Concedes" do not). Where such a word sits in it, the model ran the name into
// the headline, and what stays is the runs between those words that the article names elsewhere, whole or by
// a name's first or last word ("[Sinner] Beats [Alcaraz]", "[Veltrix] Tops Forecasts"), or nothing. On a
// line that reads as a headline (title case, no full stop at its end, no figures: a headline, a subhead)
// wink's reading of the line in lower case finds what no list holds: a word it tags a verb in the present
// tense is a headline's verb too ("Inflation Cools Further"), and a name other than an organization's made
// only of ordinary words ("Strong Earnings", "Inflation Cools"; an organization's name is often made of
// them: "Building Authority") is no name. An ordinary word is one wink's lexicon knows in lower case and
// tags no proper noun there ("steady", "cools", "earnings"; not "kenya", not an unknown "otieno"), not
// written all in capitals, never capitalised inside a sentence off the title-case lines, no registry name
// ("Fed"), and no person's name word on the model's lists ("Brown") unless it stands in the article's first
// line and the article never writes it again (a list of players on a title-case line keeps its names). A
// name the article names elsewhere, or that another recognizer agrees on, stays whole.
import type { Candidate, Token } from '../document.js';
import { NAME_LABELS } from '../document.js';
import { isCalendarWord, MONTHS } from '../lexicon/calendar.js';
import { CURRENCY_SYMBOLS } from '../numbers/lexicon/currencies.js';
import { lookupAlias, type RegistryIndex } from '../registry/alias-index.js';
import { readWithWink } from '../text/wink.js';
import { startsDigit, startsLetter, startsLower, startsUpper } from './first-letter.js';
import type { Line, Lines } from './lines.js';
import type { LowerCaseWords } from './lower-case.js';
import { mapEach, mapMany } from './map-many.js';
// Imported, not read from disk: tsc copies the table next to the compiled module.
import headlineWords from './lexicon/headline-words.json' with { type: 'json' };

/** Share of a line's words that must be capitalised, and how many words it needs, to read as title case. */
const TITLE_CASE_SHARE = 0.75;
const MIN_WORDS = 4;
const LOWER = /^\p{Ll}/u;
const ALL_CAPS = /^[^\p{Ll}]+$/u;
const INNER_CAPITAL = /^\p{Ll}+\p{Lu}/u;
const INITIAL = /^\p{Lu}\.$/u;
/** Punctuation after a word ("Alcaraz:"), no part of a name. */
/** Punctuation after a word ("RELAY."), no part of it. */
export const TRAILING_MARKS = /[^\p{L}\p{M}\p{N}]+$/u;
const HEADLINE_WORDS: ReadonlySet<string> = new Set(headlineWords.words);
/** The endings stem() takes off, at most one of them: a word is its stem and one of these, or its stem alone. */
const ENDINGS = ['ing', 'es', 'ed', 's', 'd', 'e'];

/** The forms of one stem: the stem alone and with each ending stem() takes off ("fan", "fans", "fanned"...). */
export function formsOfStem(base: string): string[] {
  // By push, not spread and map: see mapEach.
  const forms = [base];
  for (const ending of ENDINGS) forms.push(base + ending);
  return forms;
}

/** Whether the article writes a word in lower case in some form of its stem ("fans" for "FAN", "scored" for "SCORES"). */
export function formWrittenInLower(word: string, lower: LowerCaseWords): boolean {
  return formsOfStem(stem(word.toLowerCase())).some((form) => lower.has(form));
}

/** Whether a word is one a title-case headline capitalises that no name opens with ("Resigns", "After"). */
/** Where a word ends without the marks after it. */
const bareEnd = (w: { end: number; text: string }) => w.end - (TRAILING_MARKS.exec(w.text)?.[0].length ?? 0);

/** A capitalised word of letters, three or more: no initial, no figure. */
const WORD = /^\p{Lu}\p{Ll}{2,}$/u;

/** A past written in capitals, of six letters or more, as a headline in capitals writes its verb ("SACKED", "HOSPITALIZED"). */
export function isCapitalPast(word: string): boolean {
  return CAPITAL_PAST.test(word);
}
const CAPITAL_PAST = /^\p{Lu}{4,}ED$/u;

export function isHeadlineWord(word: string): boolean {
  return HEADLINE_WORDS.has(word.toLowerCase());
}

/** A word without the endings a headline's verb or a plural takes: "concedes", "conceded" and "concede" meet. */
export function stem(word: string): string {
  // What word.replace(/(?:e[sd]|ing|[sde])$/, '') gives (the leftmost ending that reaches the end), read off the
  // last three characters: it runs on every word written in lower case.
  const n = word.length;
  // A word of nothing (punctuation without its marks) has no ending: no code read before its start.
  if (n === 0) return word;
  if (n >= 3 && word.endsWith('ing')) return word.slice(0, -3);
  const last = word.charCodeAt(n - 1);
  if (n >= 2 && word.charCodeAt(n - 2) === 101 && (last === 115 || last === 100)) return word.slice(0, -2);
  return last === 115 || last === 100 || last === 101 ? word.slice(0, -1) : word;
}

/** A line that ends as a sentence does, or holds figures (a score, a table's row): ordinary words there may be a name's. */
const NOT_A_HEADLINE = /[.!?]["”’)]?\s*$|\d/u;
/** A headline's verb in the present tense: "holds", "cools" (wink tags the word a verb in the lower-cased line). */
const PRESENT_TENSE = /^[a-z]{2,}s$/;
/** A word wink cannot know, read first, as the lines were read when the rule was chosen. */
const SENTINEL = 'qzxgazettesentinelqzx';

/**
 * The words of the lines (in lower case) that are ordinary words: wink's lexicon knows them in lower case,
 * and reading the lines in lower case it tags them no proper noun; and those of them it tags verbs.
 */
function ordinaryWords(lines: string): { words: Set<string>; verbs: Set<string> } {
  return readWithWink(`${SENTINEL}\n${lines.toLowerCase()}`, (doc, { its }, modelWord) => {
    const values = doc.tokens().out(its.value) as string[];
    const tags = doc.tokens().out(its.pos) as string[];
    const ids = doc.tokens().out(its.uniqueId) as unknown as number[];
    const words = new Set<string>();
    const verbs = new Set<string>();
    for (let k = 1; k < values.length; k++) {
      if (!modelWord(ids[k]) || tags[k] === 'PROPN') continue;
      words.add(values[k]);
      if (tags[k] === 'VERB' && PRESENT_TENSE.test(values[k])) verbs.add(values[k]);
    }
    return { words, verbs };
  });
}

/** What INNER_CAPITAL answers, read off the character codes of an ASCII word (every token of every line is asked). */
export function innerCapital(word: string): boolean {
  let i = 0;
  for (; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c >= 128) return INNER_CAPITAL.test(word);
    if (c < 97 || c > 122) return i > 0 && c >= 65 && c <= 90;
  }
  return false;
}

/** What ALL_CAPS answers, read off the character codes of an ASCII word. */
export function allCaps(word: string): boolean {
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c >= 128) return ALL_CAPS.test(word);
    if (c >= 97 && c <= 122) return false;
  }
  return word.length > 0;
}

/** Whether each line reads as title case. */
function titleCaseLines(lines: Lines, tokens: readonly Token[]): boolean[] {
  // By push, not map: V8's map inlined in optimized code makes a holey array where the interpreter's makes a
  // packed one, and the code reading it, meeting the other kind, was compiled again.
  const titleCase: boolean[] = [];
  for (const line of lines.all) titleCase.push(isTitleCase(line, tokens));
  return titleCase;
}

/** Whether a line reads as title case: most of its words capitalised, not all in capitals, not a line of figures. */
function isTitleCase(line: Line, tokens: readonly Token[]): boolean {
  let words = 0, capitalised = 0, caps = 0, numbers = 0;
  // More words in lower case than the share allows of all the line's tokens (no line has more words) settle it: most
  // lines are sentences, told after a few of their words.
  const mostUncapitalised = (line.last - line.first) * (1 - TITLE_CASE_SHARE);
  for (let k = line.first; k < line.last; k++) {
    const t = tokens[k].text;
    if (startsDigit(t) && !measured(tokens, k, line) && ++numbers >= 2) return false;
    if (!startsLetter(t)) continue;
    // Headlines keep the short small words in lower case ("Sales in China Slip"): they tell nothing.
    if (t.length <= 3 && startsLower(t)) continue;
    words++;
    // A brand's inner capital counts ("iPhone").
    if (!startsLower(t) || innerCapital(t)) capitalised++;
    else if (words - capitalised > mostUncapitalised) return false;
    if (t.length > 1 && allCaps(t)) caps++;
  }
  // All-caps headlines are the model's own case (it was trained on them); a line of figures is a table or a line-up.
  return words >= MIN_WORDS && capitalised >= words * TITLE_CASE_SHARE && caps * 2 < words && numbers < 2;
}

/**
 * A figure a headline gives with what it measures, a percentage, an amount or a day ("Rise to 50% From June 1"): no
 * sign of a table's row or a line of results ("6-2 6-3"), which give bare figures.
 */
function measured(tokens: readonly Token[], k: number, line: Line): boolean {
  const next = k + 1 < line.last ? tokens[k + 1].text : '';
  const before = k > line.first ? tokens[k - 1].text : '';
  return next === '%' || next.toLowerCase() === 'percent' || Object.hasOwn(CURRENCY_SYMBOLS, before.toLowerCase()) || isCalendarWord(MONTHS, before);
}

/** The candidates, with the model's names on title-case lines cut to the words lower-case evidence leaves. */
export function headlineNames(text: string, tokens: readonly Token[], lines: Lines, candidates: Candidate[], registry: RegistryIndex, isNameWord: (word: string) => boolean): Candidate[] {
  const titleCase = titleCaseLines(lines, tokens);
  if (!titleCase.includes(true)) return candidates;
  const onTitleCaseLine = (position: number) => titleCase[lines.indexAt(position)];
  const judged = (c: Candidate) => c.source === 'model' && NAME_LABELS.has(c.type) && onTitleCaseLine(c.start);
  // Most title-case lines hold no name of the model's alone: nothing to judge, and nothing to gather.
  if (!candidates.some(judged)) return candidates;
  // Off the title-case lines (not the article-wide LowerCaseWords: what a title-case line writes in lower case is no
  // evidence here), in one pass when a name first needs them: every word as written, and the words capitalised inside
  // a sentence (a name's, whatever the dictionary says).
  let offLines: { written: Set<string>; capitalisedInside: Set<string> } | undefined;
  const wordsOffLines = () => {
    if (offLines) return offLines;
    offLines = { written: new Set(), capitalisedInside: new Set() };
    const { written, capitalisedInside } = offLines;
    lines.all.forEach((line, l) => {
      if (titleCase[l]) return;
      for (let k = line.first; k < line.last; k++) {
        const word = tokens[k].text;
        written.add(word);
        if (startsUpper(word) && k > line.first && tokens[k - 1].sentence === tokens[k].sentence) capitalisedInside.add(word);
      }
    });
    return offLines;
  };
  const key = (c: { start: number; end: number }) => text.slice(c.start, c.end).toLowerCase();
  // Each name the article gives off title-case lines, with the type its most confident candidate there has,
  // and each name's first and last words, by which a headline names it short ("Veltrix" for "Veltrix Corp").
  const namedElsewhere = new Map<string, Candidate>();
  const namedShort = new Map<string, Candidate>();
  const keep = (names: Map<string, Candidate>, name: string, c: Candidate) => {
    const seen = names.get(name);
    if (!seen || c.confidence > seen.confidence) names.set(name, c);
  };
  for (const c of candidates) {
    if (!NAME_LABELS.has(c.type) || onTitleCaseLine(c.start)) continue;
    const name = key(c);
    keep(namedElsewhere, name, c);
    const space = name.indexOf(' ');
    if (space > 0) {
      keep(namedShort, name.slice(0, space), c);
      keep(namedShort, name.slice(name.lastIndexOf(' ') + 1), c);
    }
  }
  // The spans another recognizer agrees on, gathered when a name first asks; a span's key is a number (start and
  // end in one), not a string built for each of the article's candidates.
  const width = text.length + 1;
  const spanKey = (c: Candidate) => c.start * width + c.end;
  let agreedSpans: Set<number> | undefined;
  const agreed = () => {
    if (!agreedSpans) {
      agreedSpans = new Set();
      for (const c of candidates) if (c.source !== 'model') agreedSpans.add(spanKey(c));
    }
    return agreedSpans;
  };
  /**
   * Whether the article writes, off the title-case lines, a word in lower case of the same stem: the few forms of
   * one stem are looked up, rather than every word of the article stemmed.
   */
  const writtenInLower = (base: string) => {
    const { written } = wordsOffLines();
    const seen = (word: string) => word !== '' && startsLower(word) && written.has(word) && stem(word) === base;
    return formsOfStem(base).some(seen);
  };
  /** A headline's verb or long preposition, or a word the article writes in lower case (its bare form, lower-cased). */
  const common = (lower: string) => HEADLINE_WORDS.has(lower) || writtenInLower(stem(lower));

  // Lines that read as headlines: title case, no full stop at their end, no figures.
  const headlines = mapEach(lines.all, (line, l) => titleCase[l] && !NOT_A_HEADLINE.test(text.slice(line.start, line.end)));
  let ordinary: { words: Set<string>; verbs: Set<string> } | undefined;
  const ordinaryOf = () => (ordinary ??= ordinaryWords(lines.all.filter((_, l) => headlines[l]).map((line) => text.slice(line.start, line.end)).join('\n')));
  // The article's first line: its headline, where a person's name word the article never writes again is no name.
  const firstLine = lines.all.findIndex((line) => line.last > line.first);
  /** An ordinary word of the headlines (see above). */
  const ordinaryWord = (word: string, onFirstLine: boolean): boolean => {
    const lower = word.toLowerCase();
    if (ALL_CAPS.test(word) || !ordinaryOf().words.has(lower)) return false;
    const { capitalisedInside, written } = wordsOffLines();
    if (capitalisedInside.has(word) || lookupAlias(registry, word).length) return false;
    return !isNameWord(word) || (onFirstLine && !(written.has(word) || written.has(lower) || written.has(word.toUpperCase())));
  };

  return mapMany(candidates, (c) => {
    if (!judged(c)) return [c];
    if (namedElsewhere.has(key(c)) || agreed().has(spanKey(c))) return [c];
    const words = mapEach([...text.slice(c.start, c.end).matchAll(/\S+/g)], (m) => ({ start: c.start + m.index, end: c.start + m.index + m[0].length, text: m[0] }));
    // A word the line itself writes in lower case ("van", "of") is no evidence either way, nor is an
    // initial ("A. Mullally" is no article "a").
    const bare = mapEach(words, (w) => w.text.replace(TRAILING_MARKS, ''));
    const at = lines.indexAt(c.start);
    const onHeadline = headlines[at];
    const allOrdinary = onHeadline && c.type !== 'ORG' && bare.every((w) => LOWER.test(w) || ordinaryWord(w, at === firstLine));
    const verb = (i: number) => onHeadline && ordinaryOf().verbs.has(bare[i].toLowerCase()) && ordinaryWord(bare[i], at === firstLine);
    const plain = mapEach(words, (w, i) => LOWER.test(w.text) || INITIAL.test(w.text) || (!common(bare[i].toLowerCase()) && !allOrdinary && !verb(i)));
    // On the article's first line, its headline, a word the model ran into a name the article names elsewhere as the
    // same kind, at the name's edge, that the article writes nowhere else and nobody is named by, is the headline's
    // ("Will Not [Cede Donbas]": "Donbas" a place below; not "the British Masters", whose "British" is a people's).
    if (onHeadline && at === firstLine && words.length > 1) {
      const edge = (i: number, rest: { start: number; end: number }) => WORD.test(bare[i]) && namedElsewhere.get(key(rest))?.type === c.type && !isNameWord(bare[i])
        && !wordsOffLines().written.has(bare[i]) && !lookupAlias(registry, bare[i]).length;
      const last = words.length - 1;
      if (plain[0] && edge(0, { start: words[1].start, end: c.end })) plain[0] = false;
      else if (plain[last] && edge(last, { start: c.start, end: bareEnd(words[last - 1]) })) plain[last] = false;
    }
    if (!plain.includes(false)) return [c];
    // The model ran the name into the headline's words: what stays is the runs between them that the article names elsewhere.
    const parts: Candidate[] = [];
    for (let i = 0; i < words.length; ) {
      if (!plain[i] || LOWER.test(words[i].text)) { i++; continue; }
      let j = i;
      while (j + 1 < words.length && plain[j + 1]) j++;
      while (LOWER.test(words[j].text)) j--;
      const part = { start: words[i].start, end: bareEnd(words[j]) };
      // The whole's type was read for the whole: a part takes the type the article gives it elsewhere.
      const elsewhere = namedElsewhere.get(key(part)) ?? namedShort.get(key(part));
      if (elsewhere) parts.push({ ...c, ...part, type: elsewhere.type });
      i = j + 1;
    }
    return parts;
  });
}
