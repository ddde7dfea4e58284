// The tokenizer: wink-nlp tokens with their POS and sentences, with UTF-16 offsets into the text.
// A pure function of the text. Used by the tokenize stage, by training and by scripts.
import type { Span, Token } from '../document.js';
import { withBaseLetters } from './latin-letters.js';
import { opaqueSpans } from './opaque.js';
import { readWithWink } from './wink.js';
import { TITLE_ABBREVIATIONS } from '../lexicon/title-abbreviations.js';

const WHITESPACE = /^\s+$/;

export interface Tokenized {
  tokens: Token[];
  sentences: Span[];
}

export function tokenize(text: string): Tokenized {
  // Stretches that cannot be words are blanked out for wink and come back as one opaque token each; letters wink splits
  // words at are read as their base letters.
  const opaque = opaqueSpans(text);
  const based = withBaseLetters(text);
  const read = opaque.length ? blankOut(based, opaque) : based;
  const { values, tags, winkSentences } = readWithWink(read, (wdoc, { its }) => ({
    values: wdoc.tokens().out(its.value) as string[],
    tags: wdoc.tokens().out(its.pos) as string[],
    winkSentences: wdoc.sentences().out(its.span) as unknown as [number, number][],
  }));
  const tokens: Token[] = [];
  // Token index → position in `tokens` (a token that cannot be placed in the text is skipped).
  const placed = new Int32Array(values.length).fill(-1);
  let cursor = 0;
  let o = 0;
  /** The stops split off a plural wink read as an abbreviation's ("777s."): each may end a sentence. */
  const splitStops: number[] = [];
  const opaqueBefore = (offset: number) => {
    for (; o < opaque.length && opaque[o].start < offset; o++) {
      const { start, end } = opaque[o];
      tokens.push(token(start, end, text.slice(start, end), 'X', true));
    }
  };
  for (let i = 0; i < values.length; i++) {
    if (WHITESPACE.test(values[i])) continue; // wink keeps line breaks as tokens; they only split sentences
    const at = read.indexOf(values[i], cursor);
    if (at < 0) continue;
    opaqueBefore(at);
    const previous = tokens[tokens.length - 1];
    if (previous && previous.end === at && splitContraction(previous.text, values[i])) {
      joinTo(previous, read, at + values[i].length);
      placed[i] = tokens.length - 1;
      cursor = previous.end;
      continue;
    }
    const initial = tokens[tokens.length - 2];
    if (initial && initial.end === previous.start && previous.end === at && splitInitials(initial.text, previous.text, values[i])) {
      tokens.pop();
      // "pro-U" is the word, its hyphen and the initial, as wink reads "Canada-U": "pro" "-" "U.S.".
      const hyphen = initial.text.lastIndexOf('-');
      if (hyphen > 0) {
        const from = initial.start + hyphen;
        initial.end = from;
        initial.text = read.slice(initial.start, from);
        tokens.push(token(from, from + 1, '-', 'PUNCT', undefined), token(from + 1, from + 2, read.charAt(from + 1), 'PROPN', undefined));
      }
      const joined = tokens[tokens.length - 1];
      joinTo(joined, read, at + values[i].length);
      // The stop's value, glued just before this one, now lies inside the joined token too.
      placed[i - 1] = placed[i] = tokens.length - 1;
      cursor = joined.end;
      continue;
    }
    if (previous && previous.end === at && !previous.opaque && splitPlural(previous.text, values[i])) {
      // (wink reads "s." at a sentence's end as one abbreviation: the stop stays a token of its own)
      const stop = values[i].endsWith('.');
      previous.end = at + values[i].length - (stop ? 1 : 0);
      previous.text = read.slice(previous.start, previous.end);
      if (previous.pos === 'NUM') previous.pos = 'NOUN';
      if (stop) {
        tokens.push(token(previous.end, previous.end + 1, '.', 'PUNCT', undefined));
        splitStops.push(tokens.length - 1);
      }
      placed[i] = tokens.length - 1;
      cursor = at + values[i].length;
      continue;
    }
    placed[i] = tokens.length;
    tokens.push(token(at, at + values[i].length, values[i], tags[i], undefined));
    cursor = at + values[i].length;
  }
  opaqueBefore(Infinity);
  // The words as the article writes them ("Dončić"), where wink read their base letters.
  if (based !== text) for (const t of tokens) t.text = text.slice(t.start, t.end);
  const sentences = splitSentences(text, tokens, winkSentences, placed, splitStops);
  return { tokens, sentences };
}

/**
 * "Ive" (Jony Ive) or "IVE", which wink reads as "I've" written without its apostrophe ("I" "ve"): a capitalised
 * word, a name. Lower-case ones ("dont", "cant") stay split, as wink reads them.
 */
function splitContraction(before: string, after: string): boolean {
  return before === 'I' && (after === 've' || after === 'VE');
}

/**
 * A plural in "s" of a word that ends in figures, which wink splits inside its figures or before the "s" as if a
 * decade ended it ("A3" "80s", "747-4" "00s", "737" "s", "777" "s." at a sentence's end): one word, a noun as wink makes
 * "1990s".
 */
function splitPlural(before: string, after: string): boolean {
  return PLURAL_ENDING.test(after) && MODEL_BEFORE.test(before);
}
const PLURAL_ENDING = /^\d*s\.?$/;
/** A model's name before its plural's ending: three figures or more, or letters or a hyphen before figures; not "No. 1s". */
const MODEL_BEFORE = /(?:\d{3}|[\p{L}-]\d+)$/u;

/**
 * "U.S." after a hyphen, which wink reads as "U" "." "S." ("Canada-U.S.", "pro-U.S."): an initial, its stop and an
 * initial with its stop, one abbreviation. Elsewhere wink keeps "U.S." whole.
 */
function splitInitials(before: string, stop: string, after: string): boolean {
  return stop === '.' && SINGLE_INITIAL.test(before) && INITIAL_WITH_STOP.test(after);
}
/** A capital alone or after a hyphen: "U", "pro-U". */
const SINGLE_INITIAL = /(?:^|-)[A-Z]$/;
const INITIAL_WITH_STOP = /^[A-Z]\.$/;

/** The token taken on to `end`, one proper noun. */
function joinTo(t: Token, text: string, end: number): void {
  t.end = end;
  t.text = text.slice(t.start, end);
  t.pos = 'PROPN';
}

/**
 * Every token in one hidden class, `opaque` set (undefined on words): the many passes over tokens then
 * meet one shape whether or not an article holds a URL or a blob. `sentence` is set by splitSentences.
 */
function token(start: number, end: number, text: string, pos: string, opaque: true | undefined): Token {
  return { start, end, text, pos, sentence: 0, opaque };
}

/**
 * wink's sentence ends, and the stops split off the plurals it read as abbreviations ("777s."), corrected eight ways:
 * a line break always ends a sentence (headlines, datelines and one-sentence-a-line text carry no full stop); a break
 * with no space after it is undone ("H.Res.752" is one name, not two sentences); and so is one before a word all in
 * lower case, which no sentence opens with: the stop was an abbreviation's ("100 sq. ft. and"). And a unit after a slash
 * or a temperature's scale with a stop before a capital ends one ("added 50,000 b/d. Gold rose", "hit 47.7C. Sydney was"),
 * which wink reads as an abbreviation or an initial, as does "in" and its stop after a word ("had stepped in. John");
 * and a title's abbreviation before a name ends none ("the Rev. Paul Ouderkirk", lexicon/title-abbreviations.ts), nor a
 * clock's "p.m." before a place's time ("4 p.m. New York time").
 */
function splitSentences(text: string, tokens: Token[], winkSpans: [number, number][], placed: Int32Array, stops: number[]): Span[] {
  const ends = new Set<number>(stops);
  for (const [, last] of winkSpans) if (placed[last] >= 0) ends.add(placed[last]);
  const sentences: Span[] = [];
  let first = 0;
  for (let t = 0; t < tokens.length; t++) {
    const next = tokens[t + 1];
    const boundary = !next || hasLineBreak(text, tokens[t].end, next.start)
      || (ends.has(t) && next.start > tokens[t].end && !LOWER_WORD.test(next.text) && !titleStop(tokens, t) && !zoneAfterClock(tokens, t))
      || (unitWithStop(tokens, t) && next.start > tokens[t].end && CAPITALISED.test(next.text));
    if (!boundary) continue;
    for (let k = first; k <= t; k++) tokens[k].sentence = sentences.length;
    sentences.push({ start: tokens[first].start, end: tokens[t].end });
    first = t + 1;
  }
  return sentences;
}

/** A word all in lower case ("ft.", "and"; not "iPhone"). */
const LOWER_WORD = /^\p{Ll}+\.?$/u;
const CAPITALISED = /^\p{Lu}/u;
/**
 * A unit's abbreviation holding the sentence's stop, which wink reads as an abbreviation or an initial: after a slash
 * ("50,000 b/d.", "$4.12/lb."), a temperature's scale glued to its figure ("hit 47.7C."), and the inch's "in." after a
 * word, where it is the particle "in" ("had stepped in. John"; not "5 in. wide").
 */
const unitWithStop = (tokens: readonly Token[], t: number) => t > 0 && (tokens[t - 1].text === '/' ? UNIT_WITH_STOP.test(tokens[t].text)
  : DEGREES_WITH_STOP.test(tokens[t].text) ? tokens[t - 1].end === tokens[t].start && /\d$/.test(tokens[t - 1].text)
  : tokens[t].text === 'in.' && !/\d$/.test(tokens[t - 1].text));
const UNIT_WITH_STOP = /^\p{Ll}{1,3}\.$/u;
const DEGREES_WITH_STOP = /^[CF]\.$/;
/** A title's abbreviation and its stop, which wink ends a sentence at ("the Rev. Paul Ouderkirk"). */
const titleStop = (tokens: readonly Token[], t: number) => tokens[t].text === '.' && t > 0 && tokens[t - 1].end === tokens[t].start
  && TITLE_ABBREVIATIONS.has(tokens[t - 1].text);

/**
 * A clock's "a.m." or "p.m." before a place's time zone, which wink ends a sentence at ("4 p.m. New York time Wednesday"):
 * up to three capitalised words and "time".
 */
function zoneAfterClock(tokens: readonly Token[], t: number): boolean {
  if (!CLOCK_HALVES.has(tokens[t].text.toLowerCase())) return false;
  for (let k = t + 1; k <= t + 4 && k < tokens.length; k++) {
    if (tokens[k].text === 'time') return k > t + 1;
    if (!CAPITALISED.test(tokens[k].text)) return false;
  }
  return false;
}
const CLOCK_HALVES: ReadonlySet<string> = new Set(['a.m.', 'p.m.']);

/** Whether text[from, to) holds a line break (without copying the gap out: this runs for every token). */
function hasLineBreak(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (text.charCodeAt(i) === 10) return true;
  return false;
}

/** The text with the spans replaced by spaces: offsets stay, and wink reads none of the spans. */
function blankOut(text: string, spans: readonly Span[]): string {
  let out = '';
  let from = 0;
  for (const { start, end } of spans) {
    out += text.slice(from, start) + ' '.repeat(end - start);
    from = end;
  }
  return out + text.slice(from);
}
