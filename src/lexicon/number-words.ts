// Number vocabulary as data, read by both recognizers: the number parser (numbers/numeral.ts)
// only combines these values, and the time rules count with them ("twenty-one days").

/** Words below twenty and the tens: added to the running group ("nought", "naught": zero as Britain and America read it out, "nought point five"). */
export const UNIT_WORDS: Readonly<Record<string, number>> = {
  zero: 0, nought: 0, naught: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9,
  ten: 10, eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16,
  seventeen: 17, eighteen: 18, nineteen: 19,
  twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
};

/** Words that multiply what precedes them ("three hundred", "1.2 million", "20 lakh", "2 crore", "300 koti" as Bengali and Nepali write crore). */
export const SCALE_WORDS: Readonly<Record<string, number>> = {
  hundred: 100, thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12, quadrillion: 1e15,
  lakh: 1e5, lac: 1e5, lkh: 1e5, crore: 1e7, cr: 1e7, krore: 1e7, koti: 1e7,
};

/** Abbreviated scales written against a digit ("10k", "1.2m", "3bn", "4mil"); only valid right after digits. */
export const SCALE_SUFFIXES: Readonly<Record<string, number>> = {
  k: 1e3, m: 1e6, mn: 1e6, mln: 1e6, mil: 1e6, mio: 1e6, bn: 1e9, b: 1e9, bln: 1e9, bil: 1e9, tn: 1e12, trn: 1e12, tln: 1e12, trln: 1e12, tril: 1e12,
};

/** Of those, the ones that are no English word, so they scale a number across a space too ("3 bln", "2.33 k"). */
export const SPACED_SCALE_SUFFIXES: ReadonlySet<string> = new Set(['k', 'mn', 'mln', 'mil', 'mio', 'bn', 'bln', 'bil', 'tn', 'trn', 'tln', 'trln', 'tril']);

/** Scales that count only in capitals, against the digit: "2MM" is two million in finance, "2mm" two millimetres. */
export const CASED_SCALE_SUFFIXES: Readonly<Record<string, number>> = { MM: 1e6 };

/** Scales written as plurals after a count: "three billions", "200 dozens", "12 lakhs". */
export const PLURAL_SCALE_WORDS: Readonly<Record<string, number>> = {
  hundreds: 100, thousands: 1e3, millions: 1e6, billions: 1e9, trillions: 1e12, quadrillions: 1e15, lakhs: 1e5, lacs: 1e5, lkhs: 1e5, crores: 1e7, krores: 1e7, dozens: 12,
};

/** Single-character fractions, alone or after a whole number ("¼ cup", "2½ miles"). */
export const VULGAR_FRACTIONS: Readonly<Record<string, number>> = {
  '½': 1 / 2, '⅓': 1 / 3, '⅔': 2 / 3, '¼': 1 / 4, '¾': 3 / 4, '⅕': 1 / 5, '⅖': 2 / 5, '⅗': 3 / 5, '⅘': 4 / 5,
  '⅙': 1 / 6, '⅚': 5 / 6, '⅛': 1 / 8, '⅜': 3 / 8, '⅝': 5 / 8, '⅞': 7 / 8,
};

/** Words that make the number after them negative ("minus 3", "negative two"). */
export const SIGN_WORDS: ReadonlySet<string> = new Set(['minus', 'negative']);

/** Minus signs that the tokenizer may keep apart from the digits after them ("−3.5"); a plus sign stays on its digits ("+5"). */
export const MINUS_MARKS: ReadonlySet<string> = new Set(['-', '−']);

/** Hyphens that join the parts of a number word ("twenty-first", "twenty—fifth"), written without spaces. */
export const NUMBER_HYPHENS: ReadonlySet<string> = new Set(['-', '–', '—']);

/** After "a", before "of" or a scale, these count ("a couple of reporters" = 2, "a pair of gunmen" = 2, "a couple hundred" = 200); "a couple from Ohio" is no number. */
export const COUPLE_WORDS: Readonly<Record<string, number>> = { couple: 2, pair: 2 };

/** After "a", before "of" and what it counts, these count ("a score of people" = 20); not before a number ("a score of 3-1" is a result). */
export const SCORE_WORDS: Readonly<Record<string, number>> = { score: 20 };

/** "a dozen" = 12; counts like a unit word that may follow a number ("two dozen"). */
export const DOZEN_WORDS: Readonly<Record<string, number>> = { dozen: 12 };

/** Ordinal words; a compound takes the cardinal before it ("twenty-first" = 20 + 1). */
export const ORDINAL_WORDS: Readonly<Record<string, number>> = {
  first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9,
  tenth: 10, eleventh: 11, twelfth: 12, thirteenth: 13, fourteenth: 14, fifteenth: 15,
  sixteenth: 16, seventeenth: 17, eighteenth: 18, nineteenth: 19,
  twentieth: 20, thirtieth: 30, fortieth: 40, fiftieth: 50, sixtieth: 60, seventieth: 70,
  eightieth: 80, ninetieth: 90, hundredth: 100, thousandth: 1e3, millionth: 1e6, billionth: 1e9,
};

/** Tens and a unit written as one word ("twentyfive", "fortysecond"), from the tables above; the time rules do not read them. */
const TENS = Object.entries(UNIT_WORDS).filter(([, v]) => v >= 20);
const solid = (units: Readonly<Record<string, number>>) => Object.fromEntries(TENS.flatMap(([tens, t]) =>
  Object.entries(units).filter(([, u]) => u >= 1 && u <= 9).map(([unit, u]) => [tens + unit, t + u])));
export const SOLID_CARDINALS: Readonly<Record<string, number>> = solid(UNIT_WORDS);
export const SOLID_ORDINALS: Readonly<Record<string, number>> = solid(ORDINAL_WORDS);

/**
 * Multiples written as one word with "fold" ("tenfold", "twofold", "a hundredfold", "two-fold"): a CARDINAL whose
 * value is the multiple; after digits "-fold" joins the span ("a 10-fold rise").
 */
const FOLD_COUNTS: Readonly<Record<string, number>> = { ...UNIT_WORDS, hundred: 100, thousand: 1e3, million: 1e6 };
export const FOLD_WORDS: Readonly<Record<string, number>> = Object.fromEntries(Object.entries(FOLD_COUNTS)
  .filter(([, v]) => v >= 2).flatMap(([w, v]) => [[`${w}fold`, v], [`${w}-fold`, v]]));
export const FOLD_SUFFIX = 'fold';

/** Signs of a multiple against the digits, after or before them: "3x earnings", "rose x3". */
export const MULTIPLE_SIGNS: ReadonlySet<string> = new Set(['x', '×']);

/** Points of an index or a rate: a fraction before them is a CARDINAL on its own ("a quarter point", "a half-point cut"), as digits are ("1/2 point", "a 3-point shot"). */
export const POINT_WORDS: ReadonlySet<string> = new Set(['point', 'points']);

/** Denominators of fractions after a count ("two thirds", "three quarters"); singular ones also after "a" ("a fifth", "and a third"). */
export const FRACTION_WORDS: Readonly<Record<string, number>> = {
  half: 2, halves: 2, third: 3, thirds: 3, quarter: 4, quarters: 4, fourth: 4, fourths: 4,
  fifth: 5, fifths: 5, sixth: 6, sixths: 6, seventh: 7, sevenths: 7, eighth: 8, eighths: 8,
  ninth: 9, ninths: 9, tenth: 10, tenths: 10, eleventh: 11, elevenths: 11, twelfth: 12, twelfths: 12, sixteenth: 16, sixteenths: 16,
  twentieth: 20, twentieths: 20,
  // only in the plural: "one hundredth" may rank ("the one hundredth edition")
  hundredths: 100, thousandths: 1000,
};

/** Comparatives after "a third", "a quarter": the size of a difference ("a third higher"), so the word is the fraction, not a rank. */
export const COMPARATIVES: ReadonlySet<string> = new Set([
  'higher', 'lower', 'more', 'less', 'fewer', 'bigger', 'smaller', 'larger', 'greater', 'cheaper', 'dearer',
  'faster', 'slower', 'longer', 'shorter', 'heavier', 'lighter', 'stronger', 'weaker', 'richer', 'poorer',
]);

/** Nouns that make "half the ..." an idiom, not a fraction: "half the time", "half the battle". */
export const HALF_IDIOM_NOUNS: ReadonlySet<string> = new Set(['time', 'battle', 'story', 'fun']);

/** Plural scale words that stand alone as vague quantities ("thousands", "dozens"). */
export const VAGUE_PLURALS: ReadonlySet<string> = new Set([
  'dozens', 'hundreds', 'thousands', 'millions', 'billions', 'trillions', 'tens', 'scores', 'lakhs', 'crores',
]);

/** Of those, the ones that count things only when "of" follows ("scores of people", not "scores goals"; "crores of workers"). */
export const VAGUE_PLURALS_BEFORE_OF: ReadonlySet<string> = new Set(['tens', 'scores', 'lakhs', 'crores']);

/** Words that make a following scale word vague but belong to the numeral ("several hundred"). */
export const VAGUE_COUNTS: ReadonlySet<string> = new Set(['several', 'few']);

/**
 * After "three quarters of" or "two halves of", these make a fraction of something ("three
 * quarters of the staff", "of them"); otherwise quarters and halves are stretches of time ("two
 * quarters of growth"). Both recognizers read it, so they agree on which it is.
 */
export const FRACTION_OF_DETERMINERS: ReadonlySet<string> = new Set([
  'the', 'its', 'their', 'his', 'her', 'our', 'your', 'all', 'those', 'these', 'them', 'us', 'it', 'a', 'an',
]);

/**
 * Verbs of change, and "up" and "down": after one of them (and at most two more words) "by" and a fraction is the
 * size of the change ("sales fell by a quarter", "were down by a quarter"), not a quarter of a year. Read by both
 * recognizers; the time rules read the base forms and the nouns as a change by a figure too ("after a 1% jump in July").
 */
export const CHANGE_VERBS: ReadonlySet<string> = new Set([
  'up', 'down',
  'rise', 'rises', 'rose', 'risen', 'rising', 'fall', 'falls', 'fell', 'fallen', 'falling', 'grow', 'grows', 'grew', 'grown', 'growing',
  'cut', 'cuts', 'cutting', 'drop', 'drops', 'dropped', 'dropping', 'increase', 'increases', 'increased', 'increasing',
  'decrease', 'decreases', 'decreased', 'decreasing', 'reduce', 'reduces', 'reduced', 'reducing', 'shrink', 'shrinks', 'shrank', 'shrunk',
  'jump', 'jumps', 'jumped', 'climb', 'climbs', 'climbed', 'slash', 'slashed', 'boost', 'boosted', 'raise', 'raised', 'lower', 'lowered',
  'plunge', 'plunged', 'slump', 'slumped', 'surge', 'surged', 'decline', 'declines', 'declined', 'expand', 'expanded', 'contract', 'contracted',
  'gain', 'gained', 'lose', 'lost', 'swell', 'swelled', 'soar', 'soared', 'tumble', 'tumbled', 'sink', 'sank',
  'dip', 'dipped', 'slide', 'slid', 'growth', 'contraction', 'expansion', 'blow', 'blows', 'blew', 'blown', 'balloon', 'balloons', 'ballooned',
]);
