// A product's model after its name: "iPhone 17 Pro Max", "AirPods Pro 3", "Galaxy S25 Ultra". The registry
// names the product; the model words after it (a figure, a code of letters and figures, or a word of
// lexicon/product-models.json) belong to its span, and a number read inside them is the model's, not a
// CARDINAL.
import type { Candidate } from '../document.js';
import { takeInAfter } from './extend-mentions.js';
// Imported, not read from disk: tsc copies the table next to the compiled module.
import table from './lexicon/product-models.json' with { type: 'json' };

/** Up to three model words after the name: a figure, a code ("S25", "A18"), or a model word; none runs into a lower-case word's end. */
const MODEL = new RegExp(`^(?: (?:\\d+[A-Za-z]?|[A-Z]{1,2}\\d+[A-Za-z]?|${table.words.join('|')})(?![\\p{L}\\p{M}\\d'’-])){1,3}`, 'u');

/** Mentions (sorted by start) with the products' model words taken in, and what was read inside them dropped. */
export function productModels(text: string, mentions: Candidate[]): Candidate[] {
  return takeInAfter(text, mentions, MODEL, (m) => m.type === 'PRODUCT');
}
