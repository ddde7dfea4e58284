// How to find the noun a number counts ("547 victims", "92 high-ranking officials").

/** Parts of speech that may stand between the number and its noun. */
export const MODIFIER_POS: ReadonlySet<string> = new Set(['ADJ', 'VERB', 'ADV', 'PUNCT', 'NUM']);

/** How many tokens to look past for the noun. */
export const COUNTED_WINDOW = 5;

/** Nouns ending in a single "s" that are not plurals, so they do not end a compound ("news-stands"). */
export const NOT_PLURAL: ReadonlySet<string> = new Set(['news']);

/** Nouns that a range of two figures names in the singular: "the 201-250 band", "the 10-15 range" (no score). */
export const RANGE_NOUNS: ReadonlySet<string> = new Set(['band', 'bracket', 'range', 'tier', 'bands', 'brackets', 'ranges', 'tiers']);

/** Plurals without the "s" ("150-200 people"). */
export const PLURALS_WITHOUT_S: ReadonlySet<string> = new Set(['people', 'children', 'men', 'women', 'police', 'cattle', 'personnel', 'feet', 'teeth', 'mice', 'geese']);

/** Nouns that are not counted things but measure words or pronouns ("one of them"). */
export const NOT_COUNTED: ReadonlySet<string> = new Set([
  'them', 'us', 'you', 'those', 'these', 'which', 'whom', 'it', 'percent', 'times', 'time',
]);

/**
 * Nouns whose size is a count of people or things, written before it with "of" or none ("a population of 1.5
 * million", "a circulation of 2 million"): an amount after them is a count, not money left unwritten.
 */
export const HEADS_OF_COUNTS: ReadonlySet<string> = new Set([
  'population', 'populations', 'inhabitants', 'residents', 'people', 'workforce', 'staff', 'members', 'membership',
  'subscribers', 'users', 'customers', 'viewers', 'voters', 'readers', 'readership', 'circulation', 'audience',
  'listeners', 'visitors', 'passengers', 'tourists', 'refugees', 'troops',
]);

/** Words before an amount that financial news writes without the scale and currency of the money before it: "fell to 15 million markka from 39". */
export const ELIDED_AMOUNT_BEFORE: ReadonlySet<string> = new Set(['from']);
