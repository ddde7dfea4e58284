// A ruler's or a cleric's style before a name ("Sheikh Tahnoun", "Emir Tamim"; lexicon/person-cues.json `styles`)
// says a person is named, but the model, meeting a name it does not know after it, often reads the two as an
// organization's name. Such a name of two to four words is a person's (recordTitle then keeps the style out of the
// span), unless it ends in an organization's, a place's or a facility's head ("King Fahd University") or the
// registry knows it ("Queen Mary"'s university would be an entry).
import type { Candidate } from '../document.js';
import { endsNonPersonName } from '../ner/name-types.js';
import { lookupAlias, type RegistryIndex } from '../registry/alias-index.js';
import cues from './lexicon/person-cues.json' with { type: 'json' };
import { mapEach } from './map-many.js';

const STYLES: ReadonlySet<string> = new Set(cues.styles);
const CAPITALISED = /^\p{Lu}/u;
const PARTICLES: ReadonlySet<string> = new Set(cues.particles);

/** The first letters of the styles: most names open with another, and are passed over without a slice. */
const STYLE_OPENINGS: ReadonlySet<number> = new Set(cues.styles.map((s) => s.charCodeAt(0)));

/** Whether the model's organization opens with a style and is a person's name after it. */
function styledPerson(text: string, c: Candidate, registry: RegistryIndex): boolean {
  if (c.source !== 'model' || c.type !== 'ORG' || !STYLE_OPENINGS.has(text.charCodeAt(c.start))) return false;
  const span = text.slice(c.start, c.end);
  const space = span.indexOf(' ');
  if (space < 0 || !STYLES.has(span.slice(0, space))) return false;
  const words = span.split(' ');
  if (words.length > 4 || !words.slice(1).every((w) => CAPITALISED.test(w) || PARTICLES.has(w))) return false;
  return !endsNonPersonName(words[words.length - 1]) && lookupAlias(registry, span).length === 0;
}

export function styledPeople(text: string, candidates: Candidate[], registry: RegistryIndex): Candidate[] {
  // Most articles name nobody so: the candidates themselves, not a copy.
  if (!candidates.some((c) => styledPerson(text, c, registry))) return candidates;
  return mapEach(candidates, (c) => (styledPerson(text, c, registry) ? { ...c, type: 'PERSON' } : c));
}
