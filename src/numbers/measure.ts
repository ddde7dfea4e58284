// What a numeral measures, read from the words around it: a currency symbol or (for a few
// currencies) name before it or a currency name, code or sign after it makes MONEY ("$5",
// "Rupees 500", "20 euros", "30 MUSD", "50 DM", "10¢"), with the cents that may follow ("7 dollars
// 25 cents", "$20 43"); a percent sign or word PERCENT; a unit QUANTITY, with the smaller units
// that may follow ("7 feet 10 inches", "6'2\"").
import { lookup } from './lexicon/lookup.js';
import { NOUN_LIKE } from '../text/word-classes.js';
import type { Label } from '../document.js';
import {
  ATTACHED_CENT_SIGNS, CENT_SIGNS, CODE_SCALE_PREFIXES, CODES_NAMING_MEETINGS, SCALED_LETTER_SYMBOLS, CURRENCY_BY_COUNTRY, CURRENCY_CODES, CURRENCY_NAMES, currencyOfCode, CURRENCY_SUBUNITS,
  CAPITAL_SYMBOLS_AFTER, CASED_CURRENCY_SYMBOLS, DOLLAR_MARKS_AFTER, CASED_SYMBOLS_AFTER, CURRENCY_SYMBOLS, CURRENCY_TAILS, MONEY_SCALE_WORDS, NAMES_AFTER_LARGE_AMOUNTS, NAMES_BEFORE, NOT_MONEY_PHRASES, NOT_ONE_AFTER_A as NOT_MONEY_AFTER_A, SYMBOLS_AFTER,
} from './lexicon/currencies.js';
import { ATTACHED_PERCENT_SIGNS, PERCENT_PHRASES, PERCENT_SIGNS, POINT_PERCENT_SIGNS } from './lexicon/percent.js';
import {
  ATTACHED_CASED_UNITS, ATTACHED_UNITS, BELOW_ZERO, CLAUSE_END_LETTER_UNITS, COMPOUND_UNIT_JOINERS, FEET_MARKS, INCH_MARKS, NOT_ONE_AFTER_A as NOT_UNIT_AFTER_A, SIZE_WORDS,
  HYPHENED_UNIT_PHRASES, NAME_HEAD_UNITS, SPACED_LETTER_UNITS, UNIT_PHRASES, UNIT_SIZES, UNITS,
  DEGREE_AWARDING, MONEY_AFTER_HYPHENED, NAUTICAL_BEARINGS, MONEY_AFTER_OF, PER_TIME_UNITS, WEIGHED_PER, WEIGHT_AFTER, WEIGHT_NOUNS, WEIGHT_BEFORE, WEIGHT_CURRENCIES, BAND_PARTS, TEMPERATURE_COMPARED, TEMPERATURE_LETTERS, TEMPERATURE_WORDS, VIDEO_LINES, WARMING_WORDS, WEIGHING_VERBS,
} from './lexicon/units.js';
import { andAFraction, ofAMargin, readNumeral, scaled, type Numeral } from './numeral.js';
import { CODE_INTRODUCERS } from './lexicon/not-numbers.js';
import { QUALIFIERS, RANGE_JOINERS } from './lexicon/qualifiers.js';
import { DOZEN_WORDS, MINUS_MARKS, NUMBER_HYPHENS, SCALE_WORDS, SIGN_WORDS, UNIT_WORDS, VAGUE_PLURALS } from '../lexicon/number-words.js';
import { attachedAt, phraseAt, wordAt, type Word } from './words.js';

/** Four figures a year is written in, no comma: "2021". */
const YEAR_FIGURE = /^(?:1[89]|20)\d\d$/;

export interface Measure {
  type: Label;
  /** Word indices of the whole span, inclusive. */
  first: number;
  last: number;
  value?: number;
  currency?: string;
  unit?: string;
}

export function measure(words: readonly Word[], n: Numeral): Measure {
  const plain: Measure = {
    type: n.kind === 'ordinal' ? 'ORDINAL' : 'CARDINAL', first: n.first, last: n.last, value: n.value,
  };
  if (n.kind === 'ordinal' || n.multiple) return plain;
  if (n.vague) return vagueMoney(words, n, plain) ?? vagueQuantity(words, n, plain) ?? temperatureBand(words, n, plain) ?? plain;
  const before = n.needsMeasure ? null : currencyBefore(words, n.first);
  if (before) return negated(words, withCents(words, dollarMarkedAfter(words, { ...plain, type: 'MONEY', first: before.first, currency: before.currency })));
  const percent = percentAfter(words, n, plain);
  if (percent) return percent;
  const named = nameBefore(words, n);
  if (named) return withCents(words, { ...plain, type: 'MONEY', first: named.first, currency: named.currency });
  const money = moneyAfter(words, n, plain);
  if (money) return money.type === 'MONEY' ? withCents(words, andAPartOfTheUnit(words, money)) : compoundQuantity(words, money);
  const quantity = quantityAfter(words, n, plain);
  return belowZero(words, quantity ? perUnit(words, unnamedInches(words, compoundQuantity(words, andAPartOfTheUnit(words, quantity)))) : plain);
}

/**
 * "4.5 grams per tonne" = 4.5 g/t, "29 micrograms per deciliter", "300 cubic metres per second", "173 bushels an acre": a
 * unit per another is one compound unit, a grade, a concentration, a yield or a rate, not the first unit's amount.
 */
function perUnit(words: readonly Word[], m: Measure): Measure {
  const joiner = wordAt(words, m.last + 1, m.first)?.lower ?? '';
  // (after "a" or "an" only a unit of measure, "173 bushels an acre": "a day" after an amount is a rate the time rules read)
  if (!m.unit || m.unit.includes('/') || (joiner !== 'per' && joiner !== 'a' && joiner !== 'an')) return m;
  const word = wordAt(words, m.last + 2, m.first);
  if (!word) return m;
  const phrase = PHRASE_STARTS.has(word.lower) ? unitPhraseAt(words, m.last + 2, m.first) : null;
  if (phrase) return { ...m, last: phrase.last, unit: `${m.unit}/${phrase.unit}` };
  const unit = lookup(UNITS, word.lower) ?? (joiner === 'per' ? lookup(PER_TIME_UNITS, word.lower) : undefined);
  return unit ? { ...m, last: m.last + 2, unit: `${m.unit}/${unit}` } : m;
}

/** "a mile and a half" = 1.5 mi, "two dollars and a half": a fraction of the unit named before it. */
function andAPartOfTheUnit(words: readonly Word[], m: Measure): Measure {
  if (m.value === undefined || !/^\p{L}+$/u.test(words[m.last].text)) return m;
  const part = andAFraction(words, m.last + 1, m.first);
  // not "a mile and a half dozen others"
  const after = part ? wordAt(words, part.last + 1, m.first)?.lower ?? '' : '';
  if (!part || lookup(SCALE_WORDS, after) !== undefined || lookup(DOZEN_WORDS, after) !== undefined) return m;
  return { ...m, last: part.last, value: scaled(m.value + 1 / part.denominator, 1) };
}

/** "6-foot-2", "6-foot-11", "5 ft 11": the inches after a height in feet, joined by hyphens or ending the clause and left unnamed, counted in inches. */
function unnamedInches(words: readonly Word[], m: Measure): Measure {
  if (m.unit !== 'ft' || m.value === undefined || !Number.isInteger(m.value)) return m;
  const [hyphen, inches] = [wordAt(words, m.last + 1, m.first), wordAt(words, m.last + 2, m.first)];
  // "5 ft 11", "six foot two": apart from the feet, inches end the clause or go before a word of size ("6 ft 2 tall")
  const spaced = hyphen && !hyphen.attached ? readNumeral(words, m.last + 1) : null;
  if (spaced && spaced.kind === 'cardinal' && spaced.first === spaced.last && !spaced.needsMeasure && spaced.value !== undefined
    && Number.isInteger(spaced.value) && spaced.value < 12) {
    const end = wordAt(words, spaced.last + 1, m.first);
    // after "foot" in the singular, as a height is written before a noun ("the 6 foot 2 striker"), wherever it goes
    const adjectival = words[m.last].lower === 'foot';
    if (!end || adjectival || CLAUSE_ENDS.has(end.lower) || SIZE_WORDS.has(end.lower)) return { ...m, last: spaced.last, value: m.value * 12 + spaced.value, unit: 'in' };
  }
  if (!hyphen?.attached || !NUMBER_HYPHENS.has(hyphen.lower) || !inches?.attached || !/^\d{1,2}$/.test(inches.text) || Number(inches.text) >= 12) return m;
  // not "6-foot-2-inch", which names its unit
  const after = wordAt(words, m.last + 3, m.first);
  if (after?.attached && /^[\p{L}\d-]/u.test(after.text)) return m;
  return { ...m, last: m.last + 2, value: m.value * 12 + Number(inches.text), unit: 'in' };
}

/** "-$5 million", "minus £3": a sign before the currency symbol makes the amount negative. */
function negated(words: readonly Word[], m: Measure): Measure {
  const sign = wordAt(words, m.first - 1, m.first);
  if (!sign || m.value === undefined) return m;
  const mark = MINUS_MARKS.has(sign.lower) && words[m.first].attached && !(sign.attached && /[\p{L}\d]$/u.test(words[m.first - 2]?.text ?? ''));
  if ((!mark && !SIGN_WORDS.has(sign.lower)) || ofAMargin(words, m.first - 1)) return m;
  // not "five minus $3" (arithmetic)
  const prev = wordAt(words, m.first - 2, m.first);
  if (!mark && prev && (/\d$/.test(prev.text) || lookup(UNIT_WORDS, prev.lower) !== undefined)) return m;
  return { ...m, first: m.first - 1, value: -m.value };
}

/** Whether "the" stands before word `first`, or before up to three adjectives and adverbs right before it. */
function afterTheAndModifiers(words: readonly Word[], first: number): boolean {
  for (let k = first - 1; k >= first - 4; k--) {
    const w = wordAt(words, k, first);
    if (w?.lower === 'the') return true;
    if (!w || (w.pos !== 'ADJ' && w.pos !== 'ADV')) return false;
  }
  return false;
}

/** "millions of dollars", "a few hundred dollars": vague money, with the currency and no value. */
function vagueMoney(words: readonly Word[], n: Numeral, plain: Measure): Measure | null {
  const of = wordAt(words, n.last + 1, n.first)?.lower === 'of';
  // "several hundred dollars" but not "hundreds dollars"
  if (!of && VAGUE_PLURALS.has(words[n.last].lower)) return null;
  const at = of ? n.last + 2 : n.last + 1;
  const name = wordAt(words, at, n.first)?.text ?? '';
  const currency = lookup(CURRENCY_NAMES, name);
  if (currency === undefined || lookup(CURRENCY_SUBUNITS, name) !== undefined) return null;
  return { ...plain, type: 'MONEY', last: at, ...(currency ? { currency } : {}) };
}

/**
 * "Highs will be in the 90s", "temperatures in the low 30s": a band of ten after "the" (and "low", "mid", "upper"...) is a
 * temperature where a word of temperature goes a few words before it in the sentence; no value, as it spans ten degrees.
 */
function temperatureBand(words: readonly Word[], n: Numeral, plain: Measure): Measure | null {
  if (!n.needsMeasure) return null;
  let k = n.first - 1;
  if (BAND_PARTS.has(wordAt(words, k, n.first)?.lower ?? '')) k--;
  if (wordAt(words, k, n.first)?.lower !== 'the') return null;
  return temperatureBefore(words, k, TEMPERATURE_WORDS) ? { ...plain, type: 'QUANTITY', unit: 'deg' } : null;
}

const TEMPERATURE_REACH = 8;

/** "hundreds of miles", "thousands of tonnes": a vague quantity, with the unit and no value. */
function vagueQuantity(words: readonly Word[], n: Numeral, plain: Measure): Measure | null {
  if (wordAt(words, n.last + 1, n.first)?.lower !== 'of') return null;
  const name = wordAt(words, n.last + 2, n.first);
  const unit = name && /\p{Ll}{2}/u.test(name.text) ? lookup(UNITS, name.lower) : undefined;
  return unit ? { ...plain, type: 'QUANTITY', last: n.last + 2, unit } : null;
}

function currencyBefore(words: readonly Word[], first: number): { first: number; currency: string } | null {
  const p = wordAt(words, first - 1, first);
  if (!p) return null;
  const pp = wordAt(words, first - 2, first);
  const joined = pp && p.attached ? lookup(CURRENCY_SYMBOLS, pp.lower + p.lower) : undefined;
  if (joined) return { first: first - 2, currency: joined };
  // "R2.5 million": words.ts splits the letter off its digits only where a scale follows
  const symbol = lookup(CURRENCY_SYMBOLS, p.lower) ?? lookup(CASED_CURRENCY_SYMBOLS, p.text) ?? (words[first].attached ? lookup(SCALED_LETTER_SYMBOLS, p.text) : undefined);
  if (symbol) return { first: first - 1, currency: symbol };
  // "COP 28": a meeting, not 28 Colombian pesos
  const coded = currencyOfCode(p.text);
  if (coded && !(CODES_NAMING_MEETINGS.has(p.text) && /^\d\d$/.test(words[first].text))) return { first: first - 1, currency: coded };
  return null;
}

/**
 * "Rupees 500", "Malaysian ringgit 42": a currency name before digits, with its nationality, when
 * no determiner or preposition makes it the currency itself ("against the ringgit 5 times").
 */
function nameBefore(words: readonly Word[], n: Numeral): { first: number; currency: string } | null {
  const name = wordAt(words, n.first - 1, n.first);
  if (!name || !NAMES_BEFORE.has(name.lower) || !/^\d/.test(words[n.first].text) || n.needsMeasure) return null;
  const after = wordAt(words, n.last + 1, n.first);
  if (after && ['NOUN', 'PROPN', 'NUM'].includes(after.pos)) return null;
  const byCountry = byCountryOf(name.lower);
  for (const width of [2, 1]) {
    const currency = lookup(byCountry, phraseAt(words, n.first - 1 - width, width, n.first));
    if (currency) return { first: n.first - 1 - width, currency };
  }
  const before = wordAt(words, n.first - 2, n.first);
  if (before && ['DET', 'ADP', 'PRON'].includes(before.pos)) return null;
  const currency = lookup(CURRENCY_NAMES, name.lower);
  return currency ? { first: n.first - 1, currency } : null;
}

const PERCENT_PHRASE_STARTS: ReadonlySet<string> = new Set([...PERCENT_PHRASES].map((p) => p.split(' ')[0]));

function percentAfter(words: readonly Word[], n: Numeral, plain: Measure): Measure | null {
  // "half a percentage point", "a quarter of a percent"
  let at = n.kind === 'fraction' ? pastOfA(words, n) : n.last + 1;
  // Not after "a", but for a point: "a percentage point lower" (while "a percent" is no measure of anything).
  if (n.needsMeasure && n.kind !== 'fraction') return phraseAt(words, at, 2, n.first) === 'percentage point' ? { ...plain, type: 'PERCENT', last: at + 1 } : null;
  // "a 10-percent rise", "5-per-cent"
  const hyphen = wordAt(words, at, n.first);
  if (hyphen?.attached && NUMBER_HYPHENS.has(hyphen.lower) && wordAt(words, at + 1, n.first)?.attached) at++;
  const next = wordAt(words, at, n.first);
  // the longer marker first: "5 percent points"
  if (next && PERCENT_PHRASE_STARTS.has(next.lower) && PERCENT_PHRASES.has(phraseAt(words, at, 2, n.first))) return { ...plain, type: 'PERCENT', last: at + 1 };
  const pages = !!next && POINT_PERCENT_SIGNS.has(next.lower) && ((plain.value ?? 0) >= 100 || wordAt(words, at + 1, n.first)?.lower === 'of');
  if (next && !pages && (PERCENT_SIGNS.has(next.lower) || (at === n.last + 1 && ATTACHED_PERCENT_SIGNS.has(next.lower) && (next.attached || spacedPercent(words, at, n.first))))) {
    return { ...plain, type: 'PERCENT', last: at };
  }
  if (PERCENT_SIGNS.has(attachedAt(words, at, 3, n.first))) return { ...plain, type: 'PERCENT', last: at + 2 };
  return null;
}

/** "4 pc." apart from its digits: "pc" in lower case with no noun after it ("a 20 pc set" counts pieces, "PC" is a computer or a constable). */
function spacedPercent(words: readonly Word[], k: number, of: number): boolean {
  const after = wordAt(words, k + 1, of);
  return words[k].text === words[k].lower && !(after && ['NOUN', 'PROPN', 'NUM', 'VERB'].includes(after.pos));
}

/** The word after a fraction and the "of" and "a" (or "one") that may follow it: "half a (litre)", "two thirds of a (mile)", "half-a-(litre)". */
function pastOfA(words: readonly Word[], n: Numeral): number {
  let at = n.last + 1;
  // "half-a-litre", "two-thirds-of-a-mile": the same words joined by hyphens
  const hyphen = () => {
    const w = wordAt(words, at, n.first);
    if (w?.attached && NUMBER_HYPHENS.has(w.lower) && wordAt(words, at + 1, n.first)?.attached) at++;
  };
  hyphen();
  if (wordAt(words, at, n.first)?.lower === 'of') {
    at++;
    hyphen();
  }
  // ("one-tenth of 1 percent", "two-thirds of one percent": one of the unit, as "a")
  if (/^(?:an?|one|1)$/.test(wordAt(words, at, n.first)?.lower ?? '')) {
    at++;
    hyphen();
  }
  return at;
}

/** Words first..first+width-1 are a nationality before a currency name: each capitalised ("Jamaican", "South African"). */
function isNationality(words: readonly Word[], first: number, width: number, of: number): boolean {
  for (let k = first; k < first + width; k++) {
    const w = wordAt(words, k, of);
    if (!w || !/^\p{Lu}\p{Ll}/u.test(w.text) || !NATIONALITY_POS.has(w.pos)) return false;
  }
  return true;
}

const NATIONALITY_POS: ReadonlySet<string> = new Set(['PROPN', 'ADJ', 'NOUN']);

/** The currency a name stands for (`null`: money of no stated country), in any case: "Euros", "rupees". */
function currencyName(word: Word, next: Word | undefined): string | null | undefined {
  const found = lookup(CURRENCY_NAMES, word.lower);
  if (found === undefined || word.text === word.lower) return found;
  // "six Euro ties": a capitalised singular before a noun is an adjective; "67 Mark Calcavecchia", "+5 Mark O'Meara" a name;
  // "1 Guarani 0" a team in a table of results (but "20 Rupees 43" has its cents)
  const singular = !/s$/.test(word.lower);
  if ((singular && next?.pos === 'NOUN') || (next && /^\p{Lu}/u.test(next.text)) || (singular && next && /^\d/.test(next.text))) return undefined;
  return found;
}

/** The country table of a currency name, singular or plural ("francs", "rupees"). */
function byCountryOf(name: string): Readonly<Record<string, string>> {
  return lookup(CURRENCY_BY_COUNTRY, name) ?? lookup(CURRENCY_BY_COUNTRY, name.replace(/s$/, '')) ?? lookup(CURRENCY_BY_COUNTRY, name.replace(/es$/, '')) ?? {};
}

function moneyAfter(words: readonly Word[], n: Numeral, plain: Measure): Measure | null {
  const next = wordAt(words, n.last + 1, n.first);
  if (!next) return null;
  if (!n.needsMeasure) {
    const coded = currencyOfCode(next.text);
    if (coded) return { ...plain, type: 'MONEY', last: n.last + 1, currency: coded };
    const scaledCode = /^([A-Z]{1,2})([A-Z]{3})$/.exec(next.text);
    const prefix = scaledCode && CURRENCY_CODES.has(scaledCode[2]) ? lookup(CODE_SCALE_PREFIXES, scaledCode[1]) : undefined;
    if (prefix && plain.value !== undefined) {
      return { ...plain, type: 'MONEY', last: n.last + 1, value: scaled(plain.value, prefix), currency: scaledCode![2] };
    }
    // "20 €", "10$"; not "Aug. 31 C$2.7 million", where the symbol belongs to the amount after it
    const symbol = SYMBOLS_AFTER.has(next.lower) || (CASED_SYMBOLS_AFTER.has(next.lower) && next.text !== next.lower) || CAPITAL_SYMBOLS_AFTER.has(next.text);
    if (symbol && !/^\d/.test(wordAt(words, n.last + 2, n.first)?.text ?? '')) {
      return { ...plain, type: 'MONEY', last: n.last + 1, currency: CURRENCY_SYMBOLS[next.lower] ?? CASED_CURRENCY_SYMBOLS[next.text] };
    }
    // "200 zł": a symbol the tokenizer cuts in two
    const pieces = attachedAt(words, n.last + 1, 2, n.first);
    if (pieces && SYMBOLS_AFTER.has(pieces) && !/^\d/.test(wordAt(words, n.last + 3, n.first)?.text ?? '')) {
      return { ...plain, type: 'MONEY', last: n.last + 2, currency: CURRENCY_SYMBOLS[pieces] };
    }
    if (CENT_SIGNS.has(next.lower)) return { ...plain, type: 'MONEY', last: n.last + 1, value: cents(plain.value), currency: 'USD' };
    const centSign = centsAgainst(next, plain.value);
    if (centSign) return { ...plain, type: 'MONEY', last: n.last + 1, value: cents(plain.value), currency: centSign };
  }
  // (hung on a hyphen too: "a 6.7 trillion-won extra budget")
  const hung = next.attached && NUMBER_HYPHENS.has(next.lower) ? wordAt(words, n.last + 2, n.first) : undefined;
  const largeName = hung?.attached ? hung : next;
  const large = lookup(NAMES_AFTER_LARGE_AMOUNTS, largeName.lower);
  // (or a small one before "per", which no verb is: "a dividend of 361 won per share")
  const perAfter = largeName === next && wordAt(words, n.last + 2, n.first)?.lower === 'per';
  if (large && (perAfter || n.scale !== undefined || /\d,\d{3}/.test(words[n.first].text) || words.slice(n.first, n.last + 1).some((w) => lookup(SCALE_WORDS, w.lower) !== undefined))) {
    return { ...plain, type: 'MONEY', last: n.last + (largeName === next ? 1 : 2), currency: large };
  }
  // "10 grand", "a grand", but not "a grand jury", "a grand old party", nor a year's "the 2021 grand final"
  const moneyScale = lookup(MONEY_SCALE_WORDS, next.text);
  const then = wordAt(words, n.last + 2, n.first)?.pos ?? '';
  if (moneyScale && plain.value !== undefined && !(n.first === n.last && YEAR_FIGURE.test(words[n.first].text)) && (n.needsMeasure ? ['', 'PUNCT', 'ADP', 'CCONJ'].includes(then) : !['NOUN', 'PROPN'].includes(then))) {
    return { ...plain, type: 'MONEY', last: n.last + 1, value: scaled(plain.value, moneyScale) };
  }
  // A nationality of one or two words may name the currency: "Swiss francs", "Hong Kong dollars", "Chinese yuan".
  // "half a dollar", "a quarter of a dollar": past the "of a" of a fraction
  let base = n.kind === 'fraction' ? pastOfA(words, n) - 1 : n.last;
  // "a 100-dollar bill", "a million-dollar deal": the name may hang on a hyphen (and pounds so hung weigh: "a 10-pound baby")
  const hyphen = wordAt(words, base + 1, n.first);
  const hyphened = !!hyphen?.attached && NUMBER_HYPHENS.has(hyphen.lower) && !!wordAt(words, base + 2, n.first)?.attached;
  if (hyphened) base++;
  for (const width of [0, 1, 2]) {
    if (n.needsMeasure && afterPrice(words, n)) break;
    const word = wordAt(words, base + 1 + width, n.first);
    if (!word) continue;
    const following = wordAt(words, base + 2 + width, n.first);
    const named = currencyName(word, following);
    if (named === undefined) continue;
    // "a dime", "a nickel" are coins; "a mark", "a crown" other words
    const coinAfterA = lookup(CURRENCY_SUBUNITS, word.lower) !== undefined;
    if (n.needsMeasure && (width || (NOT_MONEY_AFTER_A.has(word.lower) && !coinAfterA))) continue;
    if (n.needsMeasure && NOT_MONEY_PHRASES.has(phraseAt(words, n.first, 3, n.first))) continue;
    // "two nickel mines": a currency that is a common word, before a noun, is that word; not after a scale ("a two billion crown loss")
    const scaledCount = words.slice(n.first, n.last + 1).some((w) => lookup(SCALE_WORDS, w.lower) !== undefined) || n.scale !== undefined;
    if (NOT_MONEY_AFTER_A.has(word.lower) && following?.pos === 'NOUN' && !scaledCount) continue;
    // "crossed the 30,000 mark", "the psychologically important 1,000 mark": after "the" (and words that describe), a
    // currency that is a common word names a milestone
    if (NOT_MONEY_AFTER_A.has(word.lower) && !width && afterTheAndModifiers(words, n.first)) continue;
    const country = width ? phraseAt(words, base + 1, width, n.first) : '';
    const byCountry = byCountryOf(word.lower);
    const known = width ? lookup(byCountry, country) : undefined;
    // (a currency several countries share that is a common word only after a nationality the table knows: "22 Grand Slam
    // crowns" are titles; "300 Deutsche marks", one country's, stay money)
    const commonShared = NOT_MONEY_AFTER_A.has(word.lower.replace(/s$/, '')) && Object.keys(byCountry).length > 0;
    if (width && !known && (commonShared || !isNationality(words, base + 1, width, n.first))) continue;
    const tail = wordAt(words, base + 2 + width, n.first);
    // "50 euro cents": the coin of the currency named before it
    const coin = !!tail && !width && lookup(CURRENCY_SUBUNITS, word.lower) === undefined && lookup(CURRENCY_SUBUNITS, tail.lower) !== undefined;
    const last = base + 1 + width + (tail && (CURRENCY_TAILS.has(tail.lower) || coin) ? 1 : 0);
    // (not after a scale: "a 369-million-pound refurbishment" costs pounds)
    // ("a 5-pound booking fee": money's noun may be a compound's last word)
    const hungWeight = hyphened && !scaledCount && ![1, 2].some((d) => MONEY_AFTER_HYPHENED.has(wordAt(words, last + d, n.first)?.lower ?? ''));
    if (WEIGHT_CURRENCIES.has(word.lower) && (hungWeight || weighs(words, n.first, last))) {
      return { ...plain, type: 'QUANTITY', last, unit: 'lb' };
    }
    const worth = lookup(CURRENCY_SUBUNITS, (coin ? tail : word).lower);
    const value = worth !== undefined && plain.value !== undefined ? scaled(plain.value, worth) : plain.value;
    // a nationality the table does not know leaves a currency many countries share unstated ("Jamaican dollars"), not one of a single country ("Chinese yuan")
    const shared = Object.keys(byCountry).length > 0;
    const currency = (width ? known ?? (shared ? null : named) : named) ?? undefined;
    return { ...plain, type: 'MONEY', last, value, currency };
  }
  return null;
}

const cents = (value: number | undefined) => (value === undefined ? undefined : scaled(value, 0.01));

/** The currency of a cent sign written against an amount ("43c", "50p", a share price "179.5p"), but the lines of a video ("1080p"). */
function centsAgainst(sign: Word | undefined, value: number | undefined): string | undefined {
  if (!sign?.attached || value === undefined || VIDEO_LINES.has(value)) return undefined;
  return lookup(ATTACHED_CENT_SIGNS, sign.text);
}

/**
 * Cents after an amount in the main unit: "7 dollars 25 cents", "$20 and 43c", "thirteen dollars
 * and forty-five cents"; after "and" the cents may go unnamed at the end of a clause ("15 dollars and 50").
 */
/** The codes of the world's dollars (CURRENCY_BY_COUNTRY's), the ones a bare dollar sign's mark may name. */
const DOLLAR_CODES: ReadonlySet<string> = new Set(Object.values(CURRENCY_BY_COUNTRY.dollar));

/** "$20 million Cdn", "$300 (US)", "$5 million CAD": a bare dollar sign's amount whose mark after it says whose dollar it is, the mark in its span. */
function dollarMarkedAfter(words: readonly Word[], m: Measure): Measure {
  if (words[m.first].text !== '$') return m;
  const next = wordAt(words, m.last + 1, m.first);
  const bracketed = next?.text === '(' && wordAt(words, m.last + 3, m.first)?.text === ')';
  const mark = bracketed ? wordAt(words, m.last + 2, m.first) : next;
  const coded = mark && currencyOfCode(mark.text);
  const currency = !mark ? undefined : Object.hasOwn(DOLLAR_MARKS_AFTER, mark.text) ? DOLLAR_MARKS_AFTER[mark.text] : coded && DOLLAR_CODES.has(coded) ? coded : undefined;
  // (not a people's word before its noun: "$5 US shares")
  if (currency === undefined || (!bracketed && NOUN_LIKE.has(wordAt(words, m.last + 2, m.first)?.pos ?? ''))) return m;
  return { ...m, currency, last: m.last + (bracketed ? 3 : 1) };
}

function withCents(words: readonly Word[], m: Measure): Measure {
  if (m.value === undefined || !Number.isInteger(m.value)) return m;
  const unit = words[m.last];
  if (lookup(CURRENCY_SUBUNITS, unit.lower) !== undefined || CENT_SIGNS.has(unit.lower)) return m;
  let k = m.last + 1;
  const and = wordAt(words, k, m.first)?.lower === 'and';
  if (and) k++;
  const n = wordAt(words, k, m.first) ? readNumeral(words, k) : null;
  if (!n || n.kind !== 'cardinal' || n.value === undefined || n.vague || n.needsMeasure || !Number.isInteger(n.value) || n.value >= 100 || n.value < 1) return m;
  const after = wordAt(words, n.last + 1, m.first);
  const named = after && (lookup(CURRENCY_SUBUNITS, after.lower) === 0.01 || CENT_SIGNS.has(after.lower) || centsAgainst(after, n.value) !== undefined);
  const clauseEnds = !after || CLAUSE_ENDS.has(after.lower);
  // unnamed cents end the clause, after "and" or as two digits or words after an amount with no scale: "$20 43", "twenty rupees 43"
  const centsLike = and || ((!n.digitsOnly || /^\d\d$/.test(words[n.first].text)) && !words.slice(m.first, m.last + 1).some((w) => lookup(SCALE_WORDS, w.lower)));
  if (!named && !(clauseEnds && centsLike)) return m;
  return { ...m, last: named ? n.last + 1 : n.last, value: scaled(m.value + n.value / 100, 1) };
}

/** Punctuation that ends the clause of an amount, so a number before it may be its unnamed cents. */
const CLAUSE_ENDS: ReadonlySet<string> = new Set(['.', ',', ';', ':', '!', '?', ')']);

/** Pounds weigh something in "5 pounds of cocaine", "weighing 5 pounds", "2.2 kg (4.8 pounds)"; not "1.5bn pounds of bonds". */
function weighs(words: readonly Word[], first: number, last: number): boolean {
  const after = wordAt(words, last + 1, first)?.lower ?? '';
  const before = wordAt(words, first - 1, first)?.lower ?? '';
  const unitBefore = before === '(' && lookup(UNITS, wordAt(words, first - 2, first)?.lower ?? '') !== undefined;
  // "1,300 pounds (600 kgs)", "7 million pounds (3.2 million kg)": the same weight again in brackets
  const scaleAfter = lookup(SCALE_WORDS, wordAt(words, last + 3, first)?.lower ?? '') !== undefined ? 1 : 0;
  const unitAfter = after === '(' && /^\d/.test(wordAt(words, last + 2, first)?.text ?? '')
    && UNIT_SIZES[lookup(UNITS, wordAt(words, last + 3 + scaleAfter, first)?.lower ?? '') ?? '']?.dimension === 'mass';
  // "7 pounds 6 ounces": a smaller weight after it
  const ouncesAfter = /^\d/.test(after) && UNIT_SIZES[lookup(UNITS, wordAt(words, last + 2, first)?.lower ?? '') ?? '']?.dimension === 'mass';
  // (past a qualifier after a verb of weighing: "each weighing about 2,000 pounds", "weighs more than 5 pounds"; not "lost an
  // estimated 1.1 billion pounds")
  let k = first - 1;
  while (k > first - 1 - QUALIFIER_REACH && QUALIFIER_WORDS.has(wordAt(words, k, first)?.lower ?? '')) k--;
  // (and past a range's first end, "weighed 700 to 750 pounds", where a qualifier's words, which take in "to", may stop)
  const figure = (j: number) => /^\d[\d,.]*$/.test(wordAt(words, j, first)?.text ?? '');
  const rangeEnd = figure(k) && RANGE_JOINERS.has(wordAt(words, k + 1, first)?.lower ?? '') ? k
    : RANGE_JOINERS.has(wordAt(words, k, first)?.lower ?? '') && figure(k - 1) ? k - 1 : -1;
  if (rangeEnd >= 0) for (k = rangeEnd - 1; k > rangeEnd - 1 - QUALIFIER_REACH && QUALIFIER_WORDS.has(wordAt(words, k, first)?.lower ?? '');) k--;
  const weighed = WEIGHT_BEFORE.has(before) || WEIGHING_VERBS.has(wordAt(words, k, first)?.lower ?? '');
  // "1.24 kilograms, or about 2.7 pounds": the weight told before, again after a comma and "or"
  const restated = wordAt(words, k, first)?.lower === 'or' && wordAt(words, k - 1, first)?.lower === ','
    && UNIT_SIZES[lookup(UNITS, wordAt(words, k - 2, first)?.lower ?? '') ?? '']?.dimension === 'mass';
  // "missed weight by 1.5 pounds"
  let weightNoun = false;
  for (let j = k; j >= first - WEIGHT_NOUN_REACH && !weightNoun; j--) weightNoun = WEIGHT_NOUNS.has(wordAt(words, j, first)?.lower ?? '');
  // "58 pounds per bushel", "60 pounds a bushel": a weight of each measure (not "58 pounds per month", a price)
  const perMeasure = (after === 'per' || after === 'a') && WEIGHED_PER.has(wordAt(words, last + 2, first)?.lower ?? '');
  return (WEIGHT_AFTER.has(after) && !ofMoney(words, first, last)) || weighed || restated || weightNoun || unitBefore || unitAfter || ouncesAfter || perMeasure;
}
/** How many words before pounds a weight's noun is looked for. */
const WEIGHT_NOUN_REACH = 4;
/** The words of the qualifiers a number may have, and how many of them may stand between it and a word before them. */
const QUALIFIER_WORDS: ReadonlySet<string> = new Set(QUALIFIERS.flatMap((q) => q.split(' ')));
const QUALIFIER_REACH = 3;

/**
 * Whether what pounds are "of" is money's, its noun a few words on: "3 billion pounds of new equity", "45 billion pounds of
 * unfunded tax cuts", "900 million pounds of a 0.125% index-linked gilt"; the noun phrase ends at a clause's mark or a
 * joining word ("5 pounds of cocaine and $5,000 in cash").
 */
function ofMoney(words: readonly Word[], first: number, last: number): boolean {
  for (let k = last + 2; k <= last + 1 + OF_NOUN_REACH; k++) {
    const word = wordAt(words, k, first)?.lower;
    if (word === undefined || OF_PHRASE_ENDS.has(word)) return false;
    if (MONEY_AFTER_OF.has(word)) return true;
  }
  return false;
}
/** Words after "of" that its noun lies within. */
const OF_NOUN_REACH = 8;
/** Words and marks that end the noun phrase after "of". */
const OF_PHRASE_ENDS: ReadonlySet<string> = new Set([',', '.', ';', ':', '(', ')', 'and', 'or', 'to', 'in', 'for', 'from', 'with', 'by', 'on', 'at']);

/** "cents a gallon", "$387 an ounce": after a price, "a" + unit is a rate, not an amount of its own. */
function afterPrice(words: readonly Word[], n: Numeral): boolean {
  // (or after a price restated in brackets: "241.50 euros ($271) a tonne")
  const k = wordAt(words, n.first - 1, n.first)?.text === ')' ? n.first - 2 : n.first - 1;
  const prev = wordAt(words, k, n.first);
  // "2p a litre": a cent sign against its digits
  const centSign = !!prev?.attached && /\d$/.test(words[k - 1]?.text ?? '') && lookup(ATTACHED_CENT_SIGNS, prev.text) !== undefined;
  return !!prev && (/\d$/.test(prev.text) || centSign || lookup(CURRENCY_NAMES, prev.lower) !== undefined || lookup(CURRENCY_SYMBOLS, prev.lower) !== undefined
    || currencyOfCode(prev.text) !== undefined || lookup(UNITS, prev.lower) !== undefined);
}

/** The unit after a number; `later`: a later part of a measurement, where "2 yards, 7 feet, 10 in" writes symbols apart from the digits. */
function quantityAfter(words: readonly Word[], n: Numeral, plain: Measure, later = false): Measure | null {
  if (n.needsMeasure && afterPrice(words, n)) return null;
  let at = n.last + 1;
  // "half a litre", "two thirds of a mile", "a tenth of a gallon", "half-a-litre"
  if (n.kind === 'fraction') at = pastOfA(words, n);
  // "a 29-km stretch": the unit may hang on a hyphen
  else if (wordAt(words, at, n.first)?.lower === '-' && words[at].attached) at++;
  const feet = feetAndInches(words, n, plain);
  if (feet) return feet;
  const word = wordAt(words, at, n.first);
  if (!word) return null;
  const phrase = PHRASE_STARTS.has(word.lower) ? unitPhraseAt(words, at, n.first) : null;
  if (phrase) return { ...plain, type: 'QUANTITY', last: phrase.last, unit: phrase.unit };
  const againstDigits = (word.attached || later) && at === n.last + 1;
  // a unit written in pieces without spaces: "km/h", "55''"
  for (const width of wordAt(words, at + 1, n.first)?.attached ? [3, 2] : []) {
    const pieces = attachedAt(words, at, width, n.first);
    if (!pieces || pieces.endsWith('.')) continue; // the full stop of "500kg." ends the sentence
    const unit = lookup(UNITS, pieces) ?? (againstDigits ? lookup(ATTACHED_UNITS, pieces) : undefined);
    if (unit) return { ...plain, type: 'QUANTITY', last: at + width - 1, unit };
  }
  // a letter apart only after digits: "400 m.", not "a m" (a.m. written in pieces)
  const spaced = !againstDigits && at === n.last + 1 && /\d$/.test(words[n.last].text) && spacedLetterUnit(words, at, n.first);
  const unit = lookup(UNITS, word.lower) ?? (againstDigits ? lookup(ATTACHED_CASED_UNITS, word.text) ?? lookup(ATTACHED_UNITS, word.lower) : undefined)
    ?? (spaced ? lookup(ATTACHED_CASED_UNITS, word.text) ?? lookup(ATTACHED_UNITS, word.lower) : undefined);
  if (!unit || (n.needsMeasure && n.kind !== 'fraction' && NOT_UNIT_AFTER_A.has(word.lower))) return null;
  // "Section 80C", "Article 19F": a capital letter against the digits after a code's word is part of the code
  if (againstDigits && ATTACHED_CASED_UNITS[word.text] !== undefined && CODE_INTRODUCERS.has(wordAt(words, n.first - 1, n.first)?.lower ?? '')) return null;
  // "Three Mile Island": a capitalised unit before a capitalised word is part of a name; so is a unit that heads names
  // capitalised in prose, after a word in lower case ("the 2021 Cup", "1 in 7 Cup races"), where a headline's capitals do
  // not explain it
  if (/^\p{Lu}\p{Ll}/u.test(word.text) && (/^\p{Lu}/u.test(wordAt(words, at + 1, n.first)?.text ?? '')
    || (NAME_HEAD_UNITS.has(word.lower) && /^\p{Ll}/u.test(wordAt(words, n.first - 1, n.first)?.text ?? '')))) return null;
  // "the 2027 MLS season": a unit's letters in capitals between a year and a noun are a name's (a league's), the year its edition
  if (/^\p{Lu}{3,}$/u.test(word.text) && n.first === n.last && YEAR_FIGURE.test(words[n.first].text) && wordAt(words, at + 1, n.first)?.pos === 'NOUN') return null;
  // "universities awarded 820,000 degrees": degrees a university gives are counted, no angle or temperature
  if (unit === 'deg' && [1, 2, 3].some((d) => DEGREE_AWARDING.has(wordAt(words, n.first - d, n.first)?.lower ?? ''))) return null;
  // "20 nm southeast of Jask": a bearing after it makes "nm" a ship's nautical miles
  if (unit === 'nm' && NAUTICAL_BEARINGS.has(wordAt(words, at + 1, n.first)?.lower ?? '')) return { ...plain, type: 'QUANTITY', last: at, unit: 'nmi' };
  return { ...plain, type: 'QUANTITY', last: at, unit };
}

/** "1.75 m tall", "15.6 in. wide", "400 m.", "1.5 l of water": a letter unit at word k, apart from its digits, that the words after it make a unit. */
function spacedLetterUnit(words: readonly Word[], k: number, of: number): boolean {
  const unit = words[k].lower;
  if (TEMPERATURE_LETTERS.has(words[k].text)) return restatedTemperature(words, k, of) || spacedTemperature(words, k, of);
  if (!SPACED_LETTER_UNITS.has(unit)) return false;
  let at = k + 1;
  if (wordAt(words, at, of)?.text === '.' && words[at].attached && wordAt(words, at + 1, of)) at++;
  const next = wordAt(words, at, of);
  // (not "30 in high school": "in" before a size that is a noun's is the preposition)
  if (next && SIZE_WORDS.has(next.lower)) return !(unit === 'in' && wordAt(words, at + 1, of)?.pos === 'NOUN');
  return CLAUSE_END_LETTER_UNITS.has(unit) && (!next || next.lower === 'of' || CLAUSE_END_MARKS.has(next.text));
}

const CLAUSE_END_MARKS: ReadonlySet<string> = new Set(['.', ',', ';', ':', ')', '!', '?']);

/** "4.0 Celsius (39.2 F)": a temperature restated in brackets in the other scale, its letter apart from the digits; "F" alone elsewhere is a grade or a name. */
function restatedTemperature(words: readonly Word[], k: number, of: number): boolean {
  const [open, before, close] = [wordAt(words, of - 1, of), wordAt(words, of - 2, of), wordAt(words, k + 1, of)];
  return open?.text === '(' && close?.text === ')' && !!before
    && (TEMPERATURE_WORDS.has(before.lower) || (TEMPERATURE_LETTERS.has(before.text) && (before.attached || /\d$/.test(wordAt(words, of - 3, of)?.text ?? ''))));
}

/**
 * "fell to minus 42 F", "highs near 30 F", "47.9 C (118 F)", "limit warming to 1.5 C", "1.6 C above the average": a scale's
 * letter apart from its figure is a temperature after "minus", after a word of temperature (or the day's high or low, or
 * of warming) in the words before, before a comparison, or before the other scale in brackets.
 */
function spacedTemperature(words: readonly Word[], k: number, of: number): boolean {
  if (words[of].lower === 'minus' || wordAt(words, of - 1, of)?.lower === 'minus') return true;
  if (temperatureBefore(words, of, BELOW_TEMPERATURE_WORDS) || temperatureBefore(words, of, WARMING_WORDS)) return true;
  if (TEMPERATURE_COMPARED.has(wordAt(words, k + 1, of)?.lower ?? '')) return true;
  const [open, figure, letter] = [wordAt(words, k + 1, of), wordAt(words, k + 2, of), wordAt(words, k + 3, of)];
  return open?.text === '(' && /^\d/.test(figure?.text ?? '') && !!letter && TEMPERATURE_LETTERS.has(letter.text) && letter.text !== words[k].text;
}

/**
 * The unit of two or three words at word k ("square feet", "miles per hour", "barrel-a-day") and its last word, the
 * longest first; an abbreviation's full stop, which the tokenizer keeps apart, belongs to its word ("sq. ft", "sq. m").
 */
/** How many words the longest unit phrase holds ("barrels of oil equivalent a day"). */
const LONGEST_UNIT_PHRASE = Math.max(...Object.keys(UNIT_PHRASES).map((p) => p.split(' ').length));

function unitPhraseAt(words: readonly Word[], k: number, of: number): { unit: string; last: number } | null {
  const parts: string[] = [];
  const lasts: number[] = [];
  // (how many of the joins are a compound's hyphens, which join its words as spaces do: "a 180,000 barrel-a-day field")
  let hyphens = 0;
  for (let j = k; parts.length < LONGEST_UNIT_PHRASE; j++) {
    const w = wordAt(words, j, of);
    if (!w) break;
    if (w.text === '.' && w.attached && lasts[lasts.length - 1] === j - 1) continue;
    if (w.text === '-' && w.attached && lasts[lasts.length - 1] === j - 1 && wordAt(words, j + 1, of)?.attached) { hyphens++; continue; }
    parts.push(w.lower.replace(/\.$/, ''));
    lasts.push(j);
  }
  for (let width = parts.length; width >= 2; width--) {
    const phrase = parts.slice(0, width).join(' ');
    const unit = lookup(UNIT_PHRASES, phrase) ?? (hyphens >= width - 1 ? lookup(HYPHENED_UNIT_PHRASES, phrase) : undefined);
    if (unit) return { unit, last: lasts[width - 1] };
  }
  return null;
}

/** The first words of the units of several words, so that no phrase is built after any other word. */
const PHRASE_STARTS: ReadonlySet<string> = new Set([...Object.keys(UNIT_PHRASES), ...Object.keys(HYPHENED_UNIT_PHRASES)].map((p) => p.split(' ')[0]));

/** "6'2\"", "5′11″": feet and inches in marks against the digits, counted in inches. */
function feetAndInches(words: readonly Word[], n: Numeral, plain: Measure): Measure | null {
  const mark = wordAt(words, n.last + 1, n.first);
  if (!mark?.attached || !FEET_MARKS.has(mark.text) || plain.value === undefined || !n.digitsOnly) return null;
  const inches = wordAt(words, n.last + 2, n.first);
  if (!inches?.attached || !/^\d{1,2}$/.test(inches.text)) return null;
  const close = [1, 2].find((width) => INCH_MARKS.has(attachedAt(words, n.last + 3, width, n.first)) && words[n.last + 3].attached);
  if (!close) return null;
  return { ...plain, type: 'QUANTITY', last: n.last + 2 + close, value: plain.value * 12 + Number(inches.text), unit: 'in' };
}

/** "7 feet 10 inches" = 94 in, "2 km and 1 metre" = 2001 m: later units of the same dimension join in, counted in the smaller unit. */
function compoundQuantity(words: readonly Word[], m: Measure): Measure {
  let result = m;
  for (;;) {
    let k = result.last + 1;
    if (COMPOUND_UNIT_JOINERS.has(wordAt(words, k, m.first)?.lower ?? '')) k++;
    const n = wordAt(words, k, m.first) ? readNumeral(words, k) : null;
    if (!n || n.kind !== 'cardinal' || n.value === undefined || n.needsMeasure) return result;
    const next = quantityAfter(words, n, { type: 'CARDINAL', first: n.first, last: n.last, value: n.value }, true);
    const [first, added] = [UNIT_SIZES[result.unit ?? ''], UNIT_SIZES[next?.unit ?? '']];
    if (!next || !first || !added || first.dimension !== added.dimension || first === added || result.value === undefined) return result;
    const size = Math.min(first.size, added.size);
    const value = Number(((result.value * first.size + n.value * added.size) / size).toPrecision(12));
    result = { ...result, last: next.last, value, unit: size === added.size ? next.unit : result.unit };
  }
}

/** "2 degrees below zero" = -2 degrees; a bare "2 below zero" is a temperature too. */
function belowZero(words: readonly Word[], m: Measure): Measure {
  if (m.value === undefined || (m.type !== 'CARDINAL' && m.unit !== 'deg')) return m;
  const below = wordAt(words, m.last + 1, m.first);
  // (most numbers have no word after them that starts either: no phrase is built for them)
  if (!below || !(below.lower === BELOW || BELOW_ZERO_STARTS.has(below.lower))) return m;
  const phrase = BELOW_ZERO_PHRASES.find(({ text, width }) => phraseAt(words, m.last + 1, width, m.first) === text);
  if (phrase) return { ...m, type: 'QUANTITY', unit: m.unit ?? 'deg', value: -m.value, last: m.last + phrase.width };
  // "the low was 10 below.": "below" ending the clause, of degrees or where a word of temperature goes before
  const end = wordAt(words, m.last + 2, m.first);
  if (below.lower !== BELOW || (end && !CLAUSE_ENDS.has(end.lower))) return m;
  if (m.unit !== 'deg' && !temperatureBefore(words, m.first, BELOW_TEMPERATURE_WORDS)) return m;
  return { ...m, type: 'QUANTITY', unit: m.unit ?? 'deg', value: -m.value, last: m.last + 1 };
}

const BELOW = 'below';
/** The phrases of BELOW_ZERO with their lengths in words, and the words they start with. */
const BELOW_ZERO_PHRASES = BELOW_ZERO.map((text) => ({ text, width: text.split(' ').length }));
const BELOW_ZERO_STARTS: ReadonlySet<string> = new Set(BELOW_ZERO.map((text) => text.split(' ')[0]));
/** Before "10 below" the day's low and high name a temperature too ("the low was 10 below"). */
const BELOW_TEMPERATURE_WORDS: ReadonlySet<string> = new Set([...TEMPERATURE_WORDS, 'low', 'lows', 'high', 'highs']);

/** A word of `temperature` at most TEMPERATURE_REACH words before word `first`, in its sentence. */
function temperatureBefore(words: readonly Word[], first: number, temperature: ReadonlySet<string>): boolean {
  for (let j = first - 1; j >= first - TEMPERATURE_REACH; j--) {
    const w = wordAt(words, j, first);
    if (!w) return false;
    if (temperature.has(w.lower)) return true;
  }
  return false;
}
