// A dateline's place is a place: the capitals that open a story's first line before its date or its
// agency ("NICE, France 1996-08-29", "DES MOINES 1996-08-29", "NAIROBI, Kenya (Reuters) -",
// "LONDON, June 3 (Reuters) -") name where it was filed, whatever the model made of them after a sports
// headline about the city's team.
import type { Candidate } from '../document.js';
import { NAME_LABELS, PLACE_LABELS } from '../document.js';
import { MONTHS } from '../lexicon/calendar.js';

/** A month's name or abbreviation from the calendar lexicon, capitalised: "June", "Sept.". */
const MONTH = `(?:${Object.keys(MONTHS).sort((a, b) => b.length - a.length).map((m) => m[0].toUpperCase() + m.slice(1)).join('|')})\\.?`;
/** A line that opens with a place in capitals, a region after a comma if any, then a date or an agency in brackets and a dash. */
const DATELINE = new RegExp(
  `^(\\p{Lu}[\\p{Lu}.'’-]+(?: \\p{Lu}[\\p{Lu}.'’-]+)*)(?:, \\p{Lu}[\\p{L}.]*(?: \\p{Lu}[\\p{L}.]*)*)?` +
  `(?: \\d{4}-\\d\\d-\\d\\d\\b|,? ${MONTH} \\d| \\([\\p{L} ]+\\) [-—–])`, 'gmu');

export function datelinePlaces(text: string, candidates: Candidate[]): Candidate[] {
  const places = new Map<number, number>();
  for (const m of text.matchAll(DATELINE)) places.set(m.index, m.index + m[1].length);
  if (!places.size) return candidates;
  return candidates.map((c) => (NAME_LABELS.has(c.type) && !PLACE_LABELS.has(c.type) && places.get(c.start) === c.end ? { ...c, type: 'GPE' } : c));
}
