// A quotation that ends inside a name the model read ("India is on the [Moon," Somanath] told reporters") parts it: the
// words before the closing mark are the quotation's, those after it the sentence's, and a name there before a verb of
// speech (people.ts's) is the speaker, a person. A name's own quotation marks hold no stop or comma before the closing
// one ('Joaquín "El Chapo" Guzmán'), so those stay whole.
import type { Candidate } from '../document.js';
import { mapMany } from './map-many.js';
import { SPEECH_AFTER } from './people.js';

/** A comma, a stop, a question or an exclamation mark, then a closing quotation mark and a space. */
const QUOTATION_END = /[,.!?]["”] /;
/** How much less sure each part is than the model's whole reading. */
const PART_CONFIDENCE = 0.5;

export function splitAtQuotationEnds(text: string, candidates: Candidate[]): Candidate[] {
  // Most names hold no quotation's end: the candidates themselves, not a copy.
  if (!candidates.some((c) => c.source === 'model' && QUOTATION_END.test(text.slice(c.start, c.end)))) return candidates;
  return mapMany(candidates, (c) => {
    if (c.source !== 'model') return [c];
    const end = QUOTATION_END.exec(text.slice(c.start, c.end));
    if (!end) return [c];
    const confidence = c.confidence * PART_CONFIDENCE;
    const speaker = SPEECH_AFTER.test(text.slice(c.end, c.end + 12));
    return [{ ...c, end: c.start + end.index, confidence }, { ...c, start: c.start + end.index + end[0].length, confidence, ...(speaker ? { type: 'PERSON' as const } : {}) }];
  });
}
