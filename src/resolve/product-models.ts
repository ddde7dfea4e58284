// A product's model after its name: "iPhone 17 Pro Max", "AirPods Pro 3", "Galaxy S25 Ultra". The registry
// names the product; the model words after it (a figure, a code of letters and figures, or a word of
// src/lexicon/product-models.json) belong to its span, and a number read inside them is the model's, not a
// CARDINAL; one read from them on ("iPhone [3 years ago]", "Wegovy [2.4 mg]") keeps them out. A maker's
// designation the model read as a people's name ("MQ-9", "AH-64", "B-52": a few letters, a hyphen, figures) is a
// product, and the name between it and a kind of product is its name too ("MQ-9 Reaper drone", "AH-64 Apache
// helicopter"; the kinds are lexicon/product-models.json's). A capitalised name, a hyphen and figures before a kind of
// machine is its model, whatever the model read ("a Hwasong-20 intercontinental ballistic missile" was nothing).
import type { Candidate } from '../document.js';
import { candidate } from './candidates.js';
import { MODEL_WORDS_AFTER } from '../lexicon/product-models.js';
import { takeInAfter } from './extend-mentions.js';
import { mapEach } from './map-many.js';
import table from './lexicon/product-models.json' with { type: 'json' };

/** A designation: up to three letters, a hyphen and figures, maybe a letter ("MH-60R", "Su-34", "MiG-29"). */
const DESIGNATION = /^\p{Lu}[\p{Lu}\p{Ll}]{0,2}-\d{1,4}\p{Lu}?$/u;
/** A capitalised name right before a kind of product in lower case: " Reaper drone", " Apache helicopter". */
const NAME_BEFORE_KIND = new RegExp(`^ \\p{Lu}\\p{Ll}+(?= (?:${table.kinds.join('|')})(?![\\p{L}\\p{M}'’-]))`, 'u');

/**
 * A name in title case, a hyphen and figures, then up to three lower-case words and a kind of machine; not after
 * another capitalised word, whose name it may end ("Long March-2F").
 */
const NUMBERED_MODEL = new RegExp(`(?<![\\p{L}\\p{M}\\d-])(?<!\\p{Lu}[\\p{L}\\p{M}]* )\\p{Lu}\\p{Ll}+-\\d{1,4}\\p{Lu}?(?= (?:\\p{Ll}+ ){0,3}(?:${table.numberedKinds.join('|')})(?![\\p{L}\\p{M}'’-]))`, 'gu');
/** Below a sure name: where the model read the span, its type stands. */
const NUMBERED_CONFIDENCE = 0.7;

/** Machines' models named by a word and a number before their kind: "Hwasong-20 missile", "Shenzhou-20 spacecraft". */
export function numberedModels(text: string): Candidate[] {
  const out: Candidate[] = [];
  // Most articles hold no name glued to figures by a hyphen: a cheap test first.
  if (!/\p{Ll}-\d/u.test(text)) return out;
  for (const m of text.matchAll(NUMBERED_MODEL)) out.push(candidate(m.index, m.index + m[0].length, 'PRODUCT', 'rules', NUMBERED_CONFIDENCE));
  return out;
}

/** Mentions (sorted by start) with the products' model words taken in, and what was read inside them dropped. */
export function productModels(text: string, mentions: Candidate[]): Candidate[] {
  const designations = mapEach(mentions, (m) => (m.type === 'NORP' && m.source === 'model' && DESIGNATION.test(text.slice(m.start, m.end)) ? { ...m, type: 'PRODUCT' as const } : m));
  const named = takeInAfter(text, designations, NAME_BEFORE_KIND, (m) => m.type === 'PRODUCT' && DESIGNATION.test(text.slice(m.start, m.end)));
  return takeInAfter(text, named, MODEL_WORDS_AFTER, (m) => m.type === 'PRODUCT');
}
