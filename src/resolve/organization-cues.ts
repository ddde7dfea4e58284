// Words around a name that only an organization has ("Petofi general manager Laszlo Sebesvari",
// "Velmar's board of directors", "chief executive of Velmar", "a stake in Velmar"): the model's PERSON
// there is an ORG, as sure as an honorific makes a person, so that one sense per name carries it to
// the name's other mentions ("Velmar said"). The words are data (lexicon/organization-cues.json).
import type { Candidate } from '../document.js';
import { HONORIFIC_CONFIDENCE } from './people.js';
// Imported, not read from disk: tsc copies the table next to the compiled module.
import cues from './lexicon/organization-cues.json' with { type: 'json' };

const words = (list: string[]) => list.map((w) => w.replace(/ /g, '\\s+')).join('|');
const AFTER = new RegExp(`^(?:['’]s)?\\s+(?:${words(cues.after)})\\b`, 'i');
const BEFORE = new RegExp(`\\b(?:${words(cues.before)})\\s+(?:the\\s+)?$`, 'i');
/** How far around the name the cue words may reach. */
const REACH = 40;

export function organizationsByCue(text: string, candidates: Candidate[]): Candidate[] {
  return candidates.map((c) => {
    if (c.source !== 'model' || c.type !== 'PERSON') return c;
    const cued = AFTER.test(text.slice(c.end, c.end + REACH)) || BEFORE.test(text.slice(Math.max(0, c.start - REACH), c.start));
    return cued ? { ...c, type: 'ORG', confidence: Math.max(c.confidence, HONORIFIC_CONFIDENCE) } : c;
  });
}
