// Number vocabulary as data, read by both recognizers: the number parser (numbers/numeral.ts)
// only combines these values, and the time rules count with them ("twenty-one days").

/** Words below twenty and the tens: added to the running group. */
export const UNIT_WORDS: Readonly<Record<string, number>> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9,
  ten: 10, eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16,
  seventeen: 17, eighteen: 18, nineteen: 19,
  twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
};

/** Words that multiply what precedes them ("three hundred", "1.2 million"). */
export const SCALE_WORDS: Readonly<Record<string, number>> = {
  hundred: 100, thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12,
};

/** Abbreviated scales written against a digit ("10k", "1.2m", "3bn"); only valid right after digits. */
export const SCALE_SUFFIXES: Readonly<Record<string, number>> = {
  k: 1e3, m: 1e6, mn: 1e6, mln: 1e6, bn: 1e9, b: 1e9, bln: 1e9, tn: 1e12, trn: 1e12,
};

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

/** Denominators of fractions after a count ("two thirds", "three quarters"). */
export const FRACTION_WORDS: Readonly<Record<string, number>> = {
  half: 2, halves: 2, third: 3, thirds: 3, quarter: 4, quarters: 4, fourth: 4, fourths: 4,
  fifth: 5, fifths: 5, sixth: 6, sixths: 6, seventh: 7, sevenths: 7, eighth: 8, eighths: 8,
  ninth: 9, ninths: 9, tenth: 10, tenths: 10,
};

/** Plural scale words that stand alone as vague quantities ("thousands", "dozens"). */
export const VAGUE_PLURALS: ReadonlySet<string> = new Set([
  'dozens', 'hundreds', 'thousands', 'millions', 'billions', 'trillions', 'tens', 'scores',
]);

/** Of those, the ones that count things only when "of" follows ("scores of people", not "scores goals"). */
export const VAGUE_PLURALS_BEFORE_OF: ReadonlySet<string> = new Set(['tens', 'scores']);

/** Words that make a following scale word vague but belong to the numeral ("several hundred"). */
export const VAGUE_COUNTS: ReadonlySet<string> = new Set(['several', 'few']);
