// A product's model after its name: "iPhone 17 Pro Max", "AirPods Pro 3", "Galaxy S25 Ultra". The registry
// names the product; the model words after it (a figure, a code of letters and figures, or a word of
// src/lexicon/product-models.json) belong to its span, and a number read inside them is the model's, not a
// CARDINAL; one read from them on ("iPhone [3 years ago]", "Wegovy [2.4 mg]") keeps them out. A maker's
// designation the model read as a people's name ("MQ-9", "AH-64", "B-52": a few letters, a hyphen, figures) is a
// product, and the name between it and a kind of product is its name too ("MQ-9 Reaper drone", "AH-64 Apache
// helicopter"; the kinds are lexicon/product-models.json's).
import type { Candidate } from '../document.js';
import { MODEL_WORDS_AFTER } from '../lexicon/product-models.js';
import { takeInAfter } from './extend-mentions.js';
import { mapEach } from './map-many.js';
import table from './lexicon/product-models.json' with { type: 'json' };

/** A designation: up to three letters, a hyphen and figures, maybe a letter ("MH-60R", "Su-34", "MiG-29"). */
const DESIGNATION = /^\p{Lu}[\p{Lu}\p{Ll}]{0,2}-\d{1,4}\p{Lu}?$/u;
/** A capitalised name right before a kind of product in lower case: " Reaper drone", " Apache helicopter". */
const NAME_BEFORE_KIND = new RegExp(`^ \\p{Lu}\\p{Ll}+(?= (?:${table.kinds.join('|')})(?![\\p{L}\\p{M}'’-]))`, 'u');

/** Mentions (sorted by start) with the products' model words taken in, and what was read inside them dropped. */
export function productModels(text: string, mentions: Candidate[]): Candidate[] {
  const designations = mapEach(mentions, (m) => (m.type === 'NORP' && m.source === 'model' && DESIGNATION.test(text.slice(m.start, m.end)) ? { ...m, type: 'PRODUCT' as const } : m));
  const named = takeInAfter(text, designations, NAME_BEFORE_KIND, (m) => m.type === 'PRODUCT' && DESIGNATION.test(text.slice(m.start, m.end)));
  return takeInAfter(text, named, MODEL_WORDS_AFTER, (m) => m.type === 'PRODUCT');
}
