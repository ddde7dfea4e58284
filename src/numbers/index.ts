// Number recognition and normalisation: CARDINAL, ORDINAL, PERCENT, MONEY and QUANTITY mentions
// with JSON-number values, currency (ISO 4217), unit, qualifier and counted noun.
import type { Candidate, Doc, Mention } from '../document.js';
import { tokenAt } from '../text/token-at.js';
import { scanNumbers } from './scan.js';
import { wordsOf } from './words.js';

const NUMBERS_SOURCE = 'numbers';
const CONTEXT_TOKENS = 8;

/** Number candidates over the whole text; needs only doc.text, doc.tokens and doc.sentences. */
export function recognizeNumbers(doc: Doc): Candidate[] {
  const words = wordsOf(doc);
  return scanNumbers(words, { from: 0, to: words.length, filter: true })
    .map((r) => ({ ...r, source: NUMBERS_SOURCE }));
}

/**
 * Fills value, currency, unit, qualifier and counted noun of a number mention by re-reading its
 * span, whichever recognizer proposed it. The span and label stay as they are; facts already on
 * the mention win over the re-reading. A span with no numeral comes back unchanged.
 */
export function normalizeNumber(doc: Doc, mention: Mention): Mention {
  const first = tokenAt(doc.tokens, mention.start);
  let last = first;
  while (last < doc.tokens.length && doc.tokens[last].start < mention.end) last++;
  if (last === first) return mention;
  // a few tokens either side are enough context for qualifiers, currencies and counted nouns
  const from = Math.max(0, first - CONTEXT_TOKENS);
  const words = wordsOf(doc, from, Math.min(doc.tokens.length, last + CONTEXT_TOKENS));
  const readings = scanNumbers(words, { from: first - from, to: last - from, filter: false });
  const best = readings
    .map((r) => ({ r, overlap: Math.min(r.end, mention.end) - Math.max(r.start, mention.start) }))
    .filter((x) => x.overlap > 0)
    .sort((a, b) => b.overlap - a.overlap)[0]?.r;
  if (!best) return mention;
  const attrs = { ...best.attrs, ...mention.attrs };
  return {
    ...mention,
    ...(mention.value === undefined && best.value !== undefined ? { value: best.value } : {}),
    ...(Object.keys(attrs).length ? { attrs } : {}),
  };
}

