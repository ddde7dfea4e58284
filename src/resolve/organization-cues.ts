// Words around a name that only an organization has ("Petofi general manager Laszlo Sebesvari",
// "Velmar's board of directors", "chief executive of Velmar", "a stake in Velmar"): the model's PERSON
// there is an ORG, as sure as an honorific makes a person, so that one sense per name carries it to
// the name's other mentions ("Velmar said"). So does an appositive headed by an organization's noun
// ("Nordvik Marine, the Danish company that…"). The words are data (lexicon/organization-cues.json).
import type { Candidate } from '../document.js';
import { HONORIFIC_CONFIDENCE } from './people.js';
// Imported, not read from disk: tsc copies the table next to the compiled module.
import cues from './lexicon/organization-cues.json' with { type: 'json' };

const words = (list: string[]) => list.map((w) => w.replace(/ /g, '\\s+')).join('|');
const AFTER = new RegExp(`^(?:['’]s)?\\s+(?:${words(cues.after)})\\b`, 'i');
const BEFORE = new RegExp(`\\b(?:${words(cues.before)})\\s+(?:the\\s+)?$`, 'i');
/**
 * ", the Danish company that", ", a small drugmaker based in": up to four modifiers before the noun (no
 * preposition or article among them: ", a member of the club," is a person), and after it a word of the
 * list or punctuation.
 */
const APPOSITIVE = new RegExp(`^\\s*,\\s+(?:the|a|an)\\s+(?:(?!(?:of|in|at|for|with|from|to|on|by|and|or|the|a|an)\\s)[\\p{L}\\p{N}'’.-]+\\s+){0,4}?`
  + `(?:${words(cues.appositives)})`
  + `(?=\\s*[,.;:)]|\\s+(?:${words(cues.appositiveFollowers)})\\b)`, 'iu');
/** How far around the name the cue words may reach. */
const REACH = 40;
/** How far after the name an appositive may reach. */
const APPOSITIVE_REACH = 80;

export function organizationsByCue(text: string, candidates: Candidate[]): Candidate[] {
  return candidates.map((c) => {
    if (c.source !== 'model' || c.type !== 'PERSON') return c;
    const cued = AFTER.test(text.slice(c.end, c.end + REACH)) || BEFORE.test(text.slice(Math.max(0, c.start - REACH), c.start))
      || APPOSITIVE.test(text.slice(c.end, c.end + APPOSITIVE_REACH));
    return cued ? { ...c, type: 'ORG', confidence: Math.max(c.confidence, HONORIFIC_CONFIDENCE) } : c;
  });
}
