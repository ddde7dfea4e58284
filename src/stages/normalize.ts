// normalize: gives dates and times a TIMEX3 value resolved against the publication date. Adds:
// mention.value. Numbers need no resolving: their candidates carry their reading (value, unit,
// currency, qualifier, counted noun) from the number recognizer, and keep it.
import { TIME_LABELS, type Doc } from '../document.js';
import { normalizeTimex } from '../timex/index.js';

export function normalizeStage(doc: Doc): Doc {
  const mentions = doc.mentions.map((m) => {
    if (TIME_LABELS.has(m.type)) return normalizeTimex(doc, m);
    return m;
  });
  return { ...doc, mentions };
}
