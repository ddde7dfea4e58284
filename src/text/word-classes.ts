// The tagger's word classes that rules of several recognizers read alike.

/**
 * Classes of a word that makes the word, number or name before it its modifier: "daily newspaper", "4 Israeli
 * soldiers", "a fifth term", "the Mediterranean diet", '"America First" policy'.
 */
export const NOUN_LIKE: ReadonlySet<string> = new Set(['NOUN', 'PROPN', 'ADJ', 'NUM']);

/** Classes of a noun: a thing named or counted ("a third party", not "a third last year"). */
export const NOMINAL: ReadonlySet<string> = new Set(['NOUN', 'PROPN']);
