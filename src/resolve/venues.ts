// A results line that opens with a place and a colon names the ground the match was played at, not a
// side ("Chesterfield: Worcestershire 238", "London (The Oval): Warwickshire 195", "At Hove: Sussex
// 363"): that name, and the one in brackets after it, are places, whatever the model typed them (a
// county town read as its club, a town of two words as a person).
import type { Candidate } from '../document.js';
import { NAME_LABELS, PLACE_LABELS } from '../document.js';
import type { LowerCaseWords } from './lower-case.js';
import { mapEach } from './map-many.js';

const NAME = "\\p{Lu}[\\p{L}\\p{M}.'’-]*(?: \\p{Lu}[\\p{L}\\p{M}.'’-]*){0,3}";
/**
 * A line opening with a venue (after "At" if any), a second one in brackets if any, a colon, then a capitalised side and
 * its figure, a few words on (not a transcript's speaker and a sentence that holds a figure somewhere: "JOHN MCWETHY (VO):
 * Secretary of State Madeleine Albright, who ... about 60 agents").
 */
const VENUE_LINE = new RegExp(`^(?:At )?(${NAME})(?: \\((${NAME})\\))?: \\p{Lu}[\\p{L}\\p{M}.'’ -]{0,40}?\\d`, 'gmu');

export function venuesOnResultsLines(text: string, mentions: Candidate[], lower: LowerCaseWords): Candidate[] {
  // A venue's line holds a colon and a space: most articles hold none, and need no match tried at every line.
  if (!text.includes(': ')) return mentions;
  const venues = new Map<number, number>();
  for (const m of text.matchAll(VENUE_LINE)) {
    // A field's label is no venue ("Scores: Australia 228-9", "Bowling: Vass 7-0-29-0"): the article writes it in lower case.
    if (lower.has(m[1])) continue;
    const start = m.index + m[0].indexOf(m[1]);
    venues.set(start, start + m[1].length);
    if (m[2]) {
      const inner = m.index + m[0].indexOf(`(${m[2]})`) + 1;
      venues.set(inner, inner + m[2].length);
    }
  }
  if (!venues.size) return mentions;
  return mapEach(mentions, (c) => (NAME_LABELS.has(c.type) && !PLACE_LABELS.has(c.type) && c.type !== 'FAC' && venues.get(c.start) === c.end ? { ...c, type: 'GPE' } : c));
}
