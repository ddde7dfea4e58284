// normalize: gives numbers a JSON number value (with unit, currency, qualifier, counted noun)
// and dates and times a TIMEX3 value resolved against the publication date. Adds: mention.value.
import { NUMBER_LABELS, type Doc } from '../document.js';
import { normalizeNumber } from '../numbers/index.js';
import { normalizeTimexes } from '../timex/index.js';

export function normalizeStage(doc: Doc): Doc {
  // Dates and times are resolved in one pass in text order: a date counts from those told before it.
  const mentions = normalizeTimexes(doc).map((m) => {
    // A number the number recognizer read already carries its value; others are re-read.
    if (NUMBER_LABELS.has(m.type)) return m.value === undefined ? normalizeNumber(doc, m) : m;
    return m;
  });
  return { ...doc, mentions };
}
