// normalize: gives dates and times a TIMEX3 value resolved against the publication date. Adds:
// mention.value. Numbers need no resolving: their candidates carry their reading (value, unit,
// currency, qualifier, counted noun) from the number recognizer, and keep it, but for a currency's country
// the article stated for its name before ("Swiss francs" ... "francs").
import type { Doc } from '../document.js';
import { carriedCurrencies } from '../numbers/article-currencies.js';
import { normalizeTimexes } from '../timex/index.js';
import type { Stage } from './stage.js';

export function normalizeStage(doc: Doc): Doc {
  // Dates and times are resolved in one pass in text order: a date counts from those told before it.
  return { ...doc, mentions: carriedCurrencies(doc.text, normalizeTimexes(doc)) };
}

export const stage: Stage = {
  name: 'normalize',
  requires: ['mentions'],
  assigns: ['mention.value'],
  uses: () => [],
  run: normalizeStage,
};
