// The words that name a product's model after its name ("iPhone 17 [Pro Max]", "Claude [3.7 Sonnet]",
// "Galaxy S25 [Ultra]"): the product's span takes them in (resolve/product-models.ts), and the registry does
// not read them as more of a longer name around a product's alias (registry/recognize.ts).
// Imported, not read from disk: tsc copies the table next to the compiled module.
import table from './product-models.json' with { type: 'json' };

/**
 * Up to three model words after a name: a figure ("16", "2.5", "9a"), a code ("S25", "A18") or a word of the
 * table; none runs into a letter, a further figure, a percent sign or a hyphen ("S&P 500 [4]%", "Wegovy [2].4 mg").
 */
export const MODEL_WORDS_AFTER = new RegExp(
  `^(?: (?:\\d+(?:\\.\\d+)?[A-Za-z]?|[A-Z]{1,2}\\d+[A-Za-z]?|${table.words.join('|')})(?![\\p{L}\\p{M}\\d'’%-]|[.,]\\d)){1,3}`, 'u');
