// A Roman numeral after a person's name is part of it: a monarch's or a pope's number ("Pope John Paul II", "Louis
// XIV") and a son's or grandson's ("Martin Luther King III"), as "Jr." is. The model stops before the numeral. One
// letter ("I", "V") is left alone: it reads as a word or an initial as often.
import type { Candidate } from '../document.js';
import { mapEach } from './map-many.js';

const NUMERAL = /^ (?:II|III|IV|VI|VII|VIII|IX|X|XI|XII|XIII|XIV|XV|XVI|XVII|XVIII|XIX|XX|XXI|XXII|XXIII)(?![\p{L}\p{M}\d'’-])/u;

export function regnalNumbers(text: string, candidates: Candidate[]): Candidate[] {
  return mapEach(candidates, (c) => {
    // Most names have no capital after their space: the numeral is looked for only after one.
    if (c.type !== 'PERSON' || text.charCodeAt(c.end) !== 32 || !/[IVX]/.test(text.charAt(c.end + 1))) return c;
    const numeral = NUMERAL.exec(text.slice(c.end, c.end + 8));
    return numeral ? { ...c, end: c.end + numeral[0].length } : c;
  });
}
