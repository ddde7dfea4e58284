// A light view of doc.tokens for the number scanner: lower-cased text and whether a token
// touches the one before it ("10k", "US$5", "H.Res.752"), which decides suffixes and codes.
// A currency code or symbol written against its amount ("CNY3", "RM42", "CAD3.03", "$US500") becomes two
// words, as "USD 3" would be; so does a suffix or unit with a full stop after a number ("50p.",
// "300m.", "6 ft."), and a range written as one token ("10-15", "5.25%-5.5%") becomes its two ends and the hyphen.
import type { Doc, Token } from '../document.js';
import { CASED_SCALE_SUFFIXES, NUMBER_HYPHENS, SCALE_SUFFIXES, SCALE_WORDS } from '../lexicon/number-words.js';
import { ATTACHED_CENT_SIGNS, CASED_CURRENCY_SYMBOLS, CODES_NAMING_MEETINGS, CASED_SYMBOLS_AFTER, currencyOfCode, CURRENCY_SYMBOLS, SCALED_LETTER_SYMBOLS, SYMBOLS_AFTER } from './lexicon/currencies.js';
import { lookup } from './lexicon/lookup.js';
import { ORDINAL_SUFFIX } from './lexicon/ranks.js';
import { ORDINAL_IN_DIGITS } from './shapes.js';
import { ATTACHED_PERCENT_SIGNS, PERCENT_SIGNS } from './lexicon/percent.js';
import { TALLY_JOINERS, WORDS_BEFORE_HYPHENED_NUMBERS } from './lexicon/not-numbers.js';
import { DIMENSION_JOINERS, RANGE_JOINERS } from './lexicon/qualifiers.js';
import { TIME_UNITS } from './lexicon/time-words.js';
import { ATTACHED_CASED_UNITS, ATTACHED_UNITS, UNIT_PHRASES, UNITS } from './lexicon/units.js';

export interface Word {
  text: string;
  lower: string;
  start: number;
  end: number;
  pos: string;
  sentence: number;
  /** No space between this token and the previous one. */
  attached: boolean;
}

/** "CNY3", "Rp50,000", "EUR1.2bn": a currency code or symbol, the amount and a scale suffix, written as one. */
const CODE_THEN_AMOUNT = /^(\p{L}{1,3})(\d[\d,]*(?:\.\d+)?)(\p{L}{1,3})?$/u;
const isCurrency = (s: string) => currencyOfCode(s) !== undefined || lookup(CURRENCY_SYMBOLS, s.toLowerCase()) !== undefined || lookup(CASED_CURRENCY_SYMBOLS, s) !== undefined;
/** "$US500": the letters after a dollar sign against them ("US", "A", "NZ") complete its symbol. */
const dollarLetters = (doc: Pick<Doc, 'text' | 'tokens'>, i: number, letters: string) => i > 0 && doc.tokens[i - 1].end === doc.tokens[i].start
  && doc.text.slice(doc.tokens[i - 1].start, doc.tokens[i - 1].end) === '$' && lookup(CURRENCY_SYMBOLS, `$${letters.toLowerCase()}`) !== undefined;
/** "10-15", "5.5-6": two numbers and a hyphen in one token (not "1996-08-30", not "+27-11"). */
const RANGE_IN_ONE = /^(\d+(?:[.,]\d+)*)-\d+(?:[.,]\d+)*$/;
/** What a number may carry after it, which the tokenizer may join to a full stop ("300m.", "5 pct."). */
const SUFFIXES: ReadonlySet<string> = new Set([
  ...Object.keys(SCALE_SUFFIXES), ...Object.keys(CASED_SCALE_SUFFIXES), ...Object.keys(UNITS), ...Object.keys(ATTACHED_UNITS),
  ...Object.keys(ATTACHED_CASED_UNITS), ...PERCENT_SIGNS, ...ATTACHED_PERCENT_SIGNS, ...Object.keys(ATTACHED_CENT_SIGNS),
  ...SYMBOLS_AFTER, ...CASED_SYMBOLS_AFTER,
  // the last piece of a unit written with a slash: "120 km/h."
  ...Object.keys(UNITS).filter((u) => u.includes('/')).map((u) => u.slice(u.lastIndexOf('/') + 1)),
].map((s) => s.toLowerCase()));

/** Units of two words ("sq ft", "sq m"), whose last word may carry the full stop of a sentence's end. */
const TWO_WORD_UNITS: ReadonlySet<string> = new Set(Object.keys(UNIT_PHRASES).filter((p) => p.split(' ').length === 2));

/** Words for the tokens of the document. */
export function wordsOf(doc: Pick<Doc, 'text' | 'tokens'>): Word[] {
  const words: Word[] = [];
  const tokens = doc.tokens;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    const attached = i > 0 && tokens[i - 1].end === t.start;
    const text = doc.text.slice(t.start, t.end);
    // only a token with a digit or a full stop is ever split or joined
    const special = hasDigitOrStop(text) ? splitOrJoined(doc, i, text, attached) : null;
    if (special) {
      words.push(...special.words);
      i = special.last;
    } else {
      words.push(wordOf(text, t, t.start, t.end, t.pos, attached));
    }
  }
  return words;
}

/** /[\d.]/ as a loop over the characters: a regex call costs more on the short strings of every token. */
function hasDigitOrStop(text: string): boolean {
  for (let k = 0; k < text.length; k++) {
    const c = text.charCodeAt(k);
    if ((c >= 48 && c <= 57) || c === 46) return true;
  }
  return false;
}

/** /\d/ as a loop over the characters, as hasDigitOrStop. */
function hasDigit(text: string): boolean {
  for (let k = 0; k < text.length; k++) {
    const c = text.charCodeAt(k);
    if (c >= 48 && c <= 57) return true;
  }
  return false;
}

/** The words of token i when it is split or joined with the tokens after it (up to token `last`), or null. */
function splitOrJoined(doc: Pick<Doc, 'text' | 'tokens'>, i: number, text: string, attached: boolean): { words: Word[]; last: number } | null {
  const tokens = doc.tokens;
  const t = tokens[i];
  // "50p.", "300m.", "rose 5 pct.": the suffix and the full stop are two words ("kg." is a unit as it is but
  // at the end of a sentence, and so is "k.gs")
  const suffix = /^(\p{L}+)\.$/u.exec(text);
  const ends = !tokens[i + 1] || tokens[i + 1].sentence !== t.sentence;
  // ("2,000 sq ft.": the last word of a unit of two words too)
  const unitEnd = (s: string) => {
    const before = doc.text.slice(tokens[i - 1].start, tokens[i - 1].end);
    // ("650 sq. ft.": past the full stop of an abbreviated first word)
    const abbreviated = before === '.' && i > 1 ? doc.text.slice(tokens[i - 2].start, tokens[i - 2].end) : before;
    return /[\d\/°]$/.test(before) || TWO_WORD_UNITS.has(`${abbreviated.toLowerCase()} ${s}`);
  };
  if (suffix && i > 0 && SUFFIXES.has(suffix[1].toLowerCase()) && (ends || !SUFFIXES.has(text.toLowerCase()))
    && unitEnd(suffix[1].toLowerCase()) && tokens[i + 1]?.start !== t.end) {
    return { words: [word(doc.text, t, t.start, t.end - 1, t.pos, attached), word(doc.text, t, t.end - 1, t.end, 'PUNCT', true)], last: i };
  }
  // every other split or join below reads digits in this token: a full stop or an abbreviation ("U.S.") has none
  if (!hasDigit(text)) return null;
  // "1,000th" comes as "1", ",", "000th", "1/3rd" as "1", "/", "3rd" and "100s" as "1", "00s": one word again
  const groups = Math.max(ordinalGroups(doc, tokens, i), ordinalFraction(doc, tokens, i), teenOrdinal(doc, tokens, i), digitPlural(doc, tokens, i),
    apostropheGroups(doc, tokens, i));
  if (groups > i) return { words: [word(doc.text, t, t.start, tokens[groups].end, 'NUM', attached)], last: groups };
  // "5.25%-5.5%" comes as "5.25", "%", "-5.5", "%": a hyphen against what went before joins a range, it is no minus sign
  if (/^[-–]\d/.test(text) && attached && /[\d%\p{L}]$/u.test(doc.text.slice(tokens[i - 1].start, tokens[i - 1].end))) {
    return { words: [word(doc.text, t, t.start, t.start + 1, 'PUNCT', true), word(doc.text, t, t.start + 1, t.end, 'NUM', true)], last: i };
  }
  const feet = attached ? feetThenInches(doc.text, t, text) : null;
  if (feet) return { words: feet, last: i };
  const plural = ageGroupPlural(doc, i, text);
  if (plural) return { words: plural, last: i };
  const named = wordThenNumber(doc, i, text);
  if (named) return named;
  const range = RANGE_IN_ONE.exec(text);
  if (range) {
    const hyphen = t.start + range[1].length;
    return {
      words: [word(doc.text, t, t.start, hyphen, 'NUM', attached), word(doc.text, t, hyphen, hyphen + 1, 'PUNCT', true), word(doc.text, t, hyphen + 1, t.end, 'NUM', true)],
      last: i,
    };
  }
  if (!/\p{L}\d+(?:\p{L}{0,3}|-\p{L}+)$/u.test(text)) return null;
  // "CAD3.03" comes as "CAD3", ".", "03", "EUR1.2bn" as "EUR1", ".", "2bn" and "Rp50,000" as "Rp50", ",", "000": one token
  // again before the split; so do a decimal comma ("R4,3 billion", "R318,50") and a scale on a hyphen ("R2.5-million")
  let [end, last] = [t.end, i];
  for (let k = i + 2; k < tokens.length && /\d$/.test(doc.text.slice(t.start, end)) && tokens[k - 1].start === end && tokens[k].start === tokens[k - 1].end; k += 2) {
    const [mark, digits] = [doc.text.slice(tokens[k - 1].start, tokens[k - 1].end), doc.text.slice(tokens[k].start, tokens[k].end)];
    if (!(mark === ',' ? /^\d{1,3}(?:\p{L}{0,3}|-\p{L}+)$/u : mark === '.' ? /^\d+(?:\p{L}{0,3}|-\p{L}+)$/u : /^$/).test(digits)) break;
    [end, last] = [tokens[k].end, k];
    if (mark === '.' || !/^\d{3}$/.test(digits)) break;
  }
  const joined = doc.text.slice(t.start, end);
  const hyphened = HYPHENED_SCALE.exec(joined);
  const split = CODE_THEN_AMOUNT.exec(hyphened ? hyphened[1] : joined);
  const letter = split && (hyphened ? lookup(SCALED_LETTER_SYMBOLS, split[1]) !== undefined : scaledLetter(doc, i, last, split));
  if (!split || !(isCurrency(split[1]) || dollarLetters(doc, i, split[1]) || letter) || (split[3] && !SUFFIXES.has(split[3].toLowerCase()))) return null;
  // (a decimal comma only with a scale or two figures of cents: "R4,3 billion", "R318,50")
  if (/,\d{1,2}$/.test(split[2]) && !hyphened && !letter) return null;
  if (CODES_NAMING_MEETINGS.has(split[1]) && /^\d\d$/.test(split[2]) && !split[3]) return null;
  const [cut, amountEnd] = [t.start + split[1].length, t.start + split[1].length + split[2].length];
  const pieces = [word(doc.text, t, t.start, cut, 'SYM', attached), word(doc.text, t, cut, amountEnd, 'NUM', true)];
  if (split[3]) pieces.push(word(doc.text, t, amountEnd, t.start + split[0].length, 'NOUN', true));
  if (hyphened) pieces.push(word(doc.text, t, amountEnd, amountEnd + 1, 'PUNCT', true), word(doc.text, t, amountEnd + 1, end, 'NUM', true));
  return { words: pieces, last };
}

/** An amount and its scale on a hyphen, as one token: "R2.5-million", "R3.2-billion". */
const HYPHENED_SCALE = new RegExp(`^(.*\\d)-(?:${Object.keys(SCALE_WORDS).join('|')})$`, 'i');

/**
 * "R2.5 million", "R3bn", "R1,558": a letter that is a currency only with a scale after its digits (against them or the
 * next token after `last`) or thousands in them; or alone, in an article that writes amounts of it so elsewhere ("rises
 * by R90 to R2,180 a month"), but for a road after "the" ("the R21").
 */
function scaledLetter(doc: Pick<Doc, 'text' | 'tokens'>, i: number, last: number, split: RegExpExecArray): boolean {
  if (lookup(SCALED_LETTER_SYMBOLS, split[1]) === undefined) return false;
  if (!split[3] && BARE_AMOUNT.test(split[2]) && moneyLetters(doc).has(split[1]) && !(i > 0 && THE.test(doc.text.slice(doc.tokens[i - 1].start, doc.tokens[i - 1].end)))) return true;
  if (split[3]) return lookup(SCALE_SUFFIXES, split[3].toLowerCase()) !== undefined;
  // "R1,558 a month": thousands grouped by commas, which no road or model number has; so has a price in cents ("R318,50")
  if (/,\d{2,3}$/.test(split[2])) return true;
  // (or on a hyphen: "R41,6-million" comes as "R41", ",", "6", "-", "million")
  const hyphen = doc.tokens[last + 1] && doc.text.slice(doc.tokens[last + 1].start, doc.tokens[last + 1].end) === '-' && doc.tokens[last + 1].start === doc.tokens[last].end;
  // (a scale's abbreviation too, when the decimal comma cuts it off: "R2,2bn" comes as "R2", ",", "2", "bn")
  const next = doc.tokens[last + (hyphen ? 2 : 1)];
  const scale = next ? doc.text.slice(next.start, next.end).toLowerCase() : '';
  return !!next && (lookup(SCALE_WORDS, scale) !== undefined || (next.start === doc.tokens[last].end && lookup(SCALE_SUFFIXES, scale) !== undefined));
}

/** Digits, with cents or not, that a letter before them makes money only where the article writes that money surely. */
const BARE_AMOUNT = /^\d+(?:\.\d{1,2})?$/;
const THE = /^the$/i;
/** A letter before digits that are surely money: thousands in them ("R2,180") or a scale after them ("R3bn", "R2.5 million"). */
const SURE_LETTER_AMOUNT = new RegExp(`(?<![\\p{L}\\p{N}])(${Object.keys(SCALED_LETTER_SYMBOLS).join('|')})(?:\\d{1,3}(?:,\\d{3})+(?![\\d,])|\\d+(?:[.,]\\d+)?[ -]?(?:${[...Object.keys(SCALE_WORDS), ...Object.keys(SCALE_SUFFIXES)].join('|')})(?![\\p{L}]))`, 'gu');
const articleLetters = new WeakMap<readonly Token[], ReadonlySet<string>>();

/** The letters of SCALED_LETTER_SYMBOLS an article writes before surely money, read once per article. */
function moneyLetters(doc: Pick<Doc, 'text' | 'tokens'>): ReadonlySet<string> {
  let letters = articleLetters.get(doc.tokens);
  if (!letters) articleLetters.set(doc.tokens, (letters = new Set([...doc.text.matchAll(SURE_LETTER_AMOUNT)].map((m) => m[1]))));
  return letters;
}

/** The last group of an ordinal in thousands ("000th"), whatever its case. */
const HUNDREDS_ORDINAL = new RegExp(`^\\d{3}${ORDINAL_SUFFIX}$`, 'i');

/** The last token of an ordinal in thousands ("1", ",", "000th"; "1", ",", "000", ",", "000th") that starts at token i, or i. */
function ordinalGroups(doc: Pick<Doc, 'text'>, tokens: readonly Token[], i: number): number {
  const text = (k: number) => doc.text.slice(tokens[k].start, tokens[k].end);
  if (!/^\d{1,3}(?:,\d{3})*$/.test(text(i))) return i;
  for (let k = i + 2; k < tokens.length && text(k - 1) === ','; k += 2) {
    if (tokens[k - 1].start !== tokens[k - 2].end || tokens[k].start !== tokens[k - 1].end) return i;
    if (HUNDREDS_ORDINAL.test(text(k))) return k;
    if (!/^\d{3}$/.test(text(k))) return i;
  }
  return i;
}

/** "1'200'000" comes as "1", "'", "200", "'", "000": the last token of thousands grouped by apostrophes that start at token i, or i. */
function apostropheGroups(doc: Pick<Doc, 'text'>, tokens: readonly Token[], i: number): number {
  const text = (k: number) => doc.text.slice(tokens[k].start, tokens[k].end);
  const touches = (k: number) => !!tokens[k] && tokens[k].start === tokens[k - 1].end;
  let last = i;
  // cheap test first: most digits have no apostrophe against them
  for (let k = i + 2; touches(k - 1) && touches(k) && APOSTROPHES.has(text(k - 1)) && /^\d{3}$/.test(text(k)); k += 2) last = k;
  return last > i && /^\d{1,3}$/.test(text(i)) && !(touches(last + 1) && /^[\p{L}\d]/u.test(text(last + 1))) ? last : i;
}

const APOSTROPHES: ReadonlySet<string> = new Set(["'", '’']);

/** "6-foot-2" comes as "6", "-", "foot-2": the unit, the hyphen and the inches are three words. */
function feetThenInches(text: string, t: Token, token: string): Word[] | null {
  const m = FEET_THEN_INCHES.exec(token);
  if (!m || lookup(UNITS, m[1].toLowerCase()) !== 'ft') return null;
  const hyphen = t.start + m[1].length;
  return [word(text, t, t.start, hyphen, 'NOUN', true), word(text, t, hyphen, hyphen + 1, 'PUNCT', true), word(text, t, hyphen + 1, t.end, 'NUM', true)];
}

const FEET_THEN_INCHES = /^([a-z]+)[-–](\d{1,2})$/i;

/**
 * "magnitude-7" comes as one token (and "magnitude-7.8" as "magnitude-7", ".", "8"), "top-10" as one, "7-for-12" as
 * "7", "-", "for-12": the word, the hyphen and the number are three words, so the number is read.
 */
function wordThenNumber(doc: Pick<Doc, 'text' | 'tokens'>, i: number, text: string): { words: Word[]; last: number } | null {
  // most tokens with a digit have no hyphen
  if (text.indexOf('-') < 0 && text.indexOf('–') < 0) return null;
  const m = WORD_THEN_NUMBER.exec(text);
  const joiner = m?.[1].toLowerCase() ?? '';
  // "by-12-foot" of "10-by-12-foot", "to-15-foot" of "a 10-to-15-foot wall": the side of a measurement or the end of a range,
  // with its unit on a hyphen after it
  const dimension = DIMENSION_JOINERS.has(joiner) && !m?.[4] && (!m?.[3] || lookup(UNITS, m[3].toLowerCase()) !== undefined);
  const rangeEnd = RANGE_JOINERS.has(joiner) && !!m?.[3] && (lookup(UNITS, m[3].toLowerCase()) !== undefined || TIME_UNITS.has(m[3].toLowerCase()));
  if (!m || !(dimension || rangeEnd || (!m[3] && (WORDS_BEFORE_HYPHENED_NUMBERS.has(joiner) || (!m[4] && TALLY_JOINERS.has(joiner)))))) return null;
  const tokens = doc.tokens;
  const t = tokens[i];
  const hyphen = t.start + m[1].length;
  // "over-65s": the people of an age group, the plural's "s" a word of its own
  if (m[4]) {
    const [digits, plural] = [hyphen + 1, t.end - 1];
    return {
      words: [word(doc.text, t, t.start, hyphen, 'ADP', i > 0 && tokens[i - 1].end === t.start), word(doc.text, t, hyphen, digits, 'PUNCT', true),
        word(doc.text, t, digits, plural, 'NUM', true), word(doc.text, t, plural, t.end, 'NOUN', true)],
      last: i,
    };
  }
  if (m[3]) {
    const [digits, hyphen2] = [hyphen + 1, hyphen + 1 + m[2].length];
    return {
      words: [word(doc.text, t, t.start, hyphen, 'ADP', i > 0 && tokens[i - 1].end === t.start), word(doc.text, t, hyphen, digits, 'PUNCT', true),
        word(doc.text, t, digits, hyphen2, 'NUM', true), word(doc.text, t, hyphen2, hyphen2 + 1, 'PUNCT', true), word(doc.text, t, hyphen2 + 1, t.end, 'NOUN', true)],
      last: i,
    };
  }
  let [end, last] = [t.end, i];
  // "of-3", ",", "362" and "magnitude-7", ".", "8": the groups and the decimals against the digits belong to them
  for (let k = i + 2; tokens[k - 1]?.start === end && tokens[k]?.start === tokens[k - 1].end; k += 2) {
    const [mark, digits] = [doc.text.slice(tokens[k - 1].start, tokens[k - 1].end), doc.text.slice(tokens[k].start, tokens[k].end)];
    if (!(mark === ',' ? /^\d{3}$/ : mark === '.' ? /^\d+$/ : /^$/).test(digits)) break;
    [end, last] = [tokens[k].end, k];
    if (mark === '.') break;
  }
  const attached = i > 0 && tokens[i - 1].end === t.start;
  const pos = TALLY_JOINERS.has(joiner) || dimension || rangeEnd ? 'ADP' : 'NOUN';
  return {
    words: [word(doc.text, t, t.start, hyphen, pos, attached), word(doc.text, t, hyphen, hyphen + 1, 'PUNCT', true), word(doc.text, t, hyphen + 1, end, 'NUM', true)],
    last,
  };
}

/**
 * "over", "-", "80s" and "the over 60s": the plural of an age group after a word that bounds it is its digits and its
 * "s" (as in "over-65s", one token); without a hyphen only after "the" ("in their over 60s" has no group).
 */
function ageGroupPlural(doc: Pick<Doc, 'text' | 'tokens'>, i: number, text: string): Word[] | null {
  if (!/^\d+s$/.test(text) || i < 2) return null;
  const at = (k: number) => doc.text.slice(doc.tokens[k].start, doc.tokens[k].end).toLowerCase();
  const hyphened = NUMBER_HYPHENS.has(at(i - 1)) && doc.tokens[i - 2].end === doc.tokens[i - 1].start;
  const bound = hyphened ? at(i - 2) : at(i - 1);
  if (!WORDS_BEFORE_HYPHENED_NUMBERS.has(bound) || !(hyphened || at(i - 2) === 'the')) return null;
  const t = doc.tokens[i];
  return [word(doc.text, t, t.start, t.end - 1, 'NUM', doc.tokens[i - 1].end === t.start), word(doc.text, t, t.end - 1, t.end, 'NOUN', true)];
}

const WORD_THEN_NUMBER = /^(\p{L}+)[-–](\d+)(?:[-–](\p{L}+)|(s))?$/u;

/** "112th" comes as "1", "12th" and "1,113th" as "1,1", "13th" (the tokenizer takes 11th-13th apart): token i + 1 when it is so, or i. */
function teenOrdinal(doc: Pick<Doc, 'text'>, tokens: readonly Token[], i: number): number {
  const next = tokens[i + 1];
  // cheap tests first: most tokens have no "1?th" token against them
  if (!next || next.start !== tokens[i].end || next.end - next.start !== 4 || doc.text.charCodeAt(next.start) !== 49) return i;
  return /^1[123]th$/i.test(doc.text.slice(next.start, next.end)) && /^\d[\d,]*$/.test(doc.text.slice(tokens[i].start, tokens[i].end)) ? i + 1 : i;
}

/** "100s" comes as "1", "00s" and "1,000s" as "1,0", "00s": token i + 1 when it is so, or i. */
function digitPlural(doc: Pick<Doc, 'text'>, tokens: readonly Token[], i: number): number {
  const next = tokens[i + 1];
  if (!next || next.start !== tokens[i].end || doc.text.charCodeAt(next.start) !== 48) return i;
  return /^0+s$/.test(doc.text.slice(next.start, next.end)) && /^\d[\d,]*$/.test(doc.text.slice(tokens[i].start, tokens[i].end)) ? i + 1 : i;
}

/** The last token of a fraction with an ordinal denominator ("1", "/", "3rd"; "2", "/", "3rd", "s") that starts at token i, or i. */
function ordinalFraction(doc: Pick<Doc, 'text'>, tokens: readonly Token[], i: number): number {
  const text = (k: number) => (tokens[k] ? doc.text.slice(tokens[k].start, tokens[k].end) : '');
  const touches = (k: number) => !!tokens[k] && tokens[k].start === tokens[k - 1].end;
  if (!/^\d+$/.test(text(i)) || text(i + 1) !== '/' || !touches(i + 1) || !touches(i + 2) || !ORDINAL_IN_DIGITS.test(text(i + 2))) return i;
  return text(i + 3) === 's' && touches(i + 3) ? i + 3 : i + 2;
}

function word(text: string, t: Token, start: number, end: number, pos: string, attached: boolean): Word {
  return wordOf(text.slice(start, end), t, start, end, pos, attached);
}

/** The word whose text, text[start, end), is already cut out (a token as it is: no second copy of every token). */
function wordOf(s: string, t: Token, start: number, end: number, pos: string, attached: boolean): Word {
  return { text: s, lower: s.toLowerCase(), start, end, pos, sentence: t.sentence, attached };
}

/** The word at i if it is in the same sentence as word `of`, else undefined. */
export function wordAt(words: readonly Word[], i: number, of: number): Word | undefined {
  const w = words[i];
  return w && words[of] && w.sentence === words[of].sentence ? w : undefined;
}

/** Whether words first..last are their whole sentence, but for a closing mark: "One.", "A couple." as an answer or a list item. */
export function isWholeSentence(words: readonly Word[], first: number, last: number): boolean {
  const after = wordAt(words, last + 1, first);
  return !wordAt(words, first - 1, first) && (!after || (after.pos === 'PUNCT' && !wordAt(words, last + 2, first)));
}

/** Lower-cased text of words i..i+n-1 written without spaces between them ("km/h"), or ''. */
export function attachedAt(words: readonly Word[], i: number, n: number, of: number): string {
  let text = '';
  for (let k = i; k < i + n; k++) {
    const w = wordAt(words, k, of);
    if (!w || (k > i && !w.attached)) return '';
    text += w.lower;
  }
  return text;
}

/** Lower-cased text of words i..i+n-1 joined by single spaces, or '' past the sentence. */
export function phraseAt(words: readonly Word[], i: number, n: number, of: number): string {
  let phrase = '';
  for (let k = i; k < i + n; k++) {
    const w = wordAt(words, k, of);
    if (!w) return '';
    phrase += k > i ? ` ${w.lower}` : w.lower;
  }
  return phrase;
}
