// A name the registry knows as a person's surname, that the model read as an organization or a place, is the
// person's where a verb and "his" or "her" follow it ("Ohtani hit his 50th home run", read as an ORG): a company or a
// town does what it does with "its".
import type { Candidate, Token } from '../document.js';
import { tokenFrom } from '../text/token-at.js';
import { mapEach } from './map-many.js';

const PERSONAL: ReadonlySet<string> = new Set(['his', 'her']);
/** As sure as a title before a name: the pronoun says whose the name is. */
const PRONOUN_CONFIDENCE = 0.75;

export function peopleByPronoun(text: string, tokens: readonly Token[], candidates: Candidate[]): Candidate[] {
  // The registry's people's spans: most articles hold few, and a name without one needs no token search. A span's key
  // is a number (start and end in one), not a string built for each candidate.
  const width = text.length + 1;
  const people = new Set<number>();
  for (const c of candidates) if (c.type === 'PERSON' && c.source === 'registry') people.add(c.start * width + c.end);
  if (!people.size) return candidates;
  return mapEach(candidates, (c) => {
    if (c.source !== 'model' || c.type === 'PERSON' || !people.has(c.start * width + c.end)) return c;
    const k = tokenFrom(tokens, c.end);
    const [verb, pronoun] = [tokens[k], tokens[k + 1]];
    if (!verb || !pronoun || verb.pos !== 'VERB' || pronoun.sentence !== verb.sentence || !PERSONAL.has(pronoun.text.toLowerCase())) return c;
    return { ...c, type: 'PERSON', confidence: Math.max(c.confidence, PRONOUN_CONFIDENCE) };
  });
}
