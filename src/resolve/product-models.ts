// A product's model after its name: "iPhone 17 Pro Max", "AirPods Pro 3", "Galaxy S25 Ultra". The registry
// names the product; the model words after it (a figure, a code of letters and figures, or a word of
// src/lexicon/product-models.json) belong to its span, and a number read inside them is the model's, not a
// CARDINAL; one read from them on ("iPhone [3 years ago]", "Wegovy [2.4 mg]") keeps them out.
import type { Candidate } from '../document.js';
import { MODEL_WORDS_AFTER } from '../lexicon/product-models.js';
import { takeInAfter } from './extend-mentions.js';

/** Mentions (sorted by start) with the products' model words taken in, and what was read inside them dropped. */
export function productModels(text: string, mentions: Candidate[]): Candidate[] {
  return takeInAfter(text, mentions, MODEL_WORDS_AFTER, (m) => m.type === 'PRODUCT');
}
