// A month's name is a date, not a place or an organization, whatever the model read from its
// place in the sentence ("fell in July", a futures table's "(SEP)", "Dec 6-20"). Its given-name
// readings are the model's PERSONs ("Jan Ullrich", "June Carter"), which stay.
import type { Candidate } from '../document.js';
import { NAME_LABELS } from '../document.js';
import { isCalendarWord, MONTHS } from '../lexicon/calendar.js';

/** A month's name or abbreviation, and figures after it if any: "July", "SEP", "Dec 6-20". */
const MONTH_AND_FIGURES = /^(\p{L}+\.?)(?:\s+\d[\d\s,\/-]*)?$/u;

/** The first letters of the months' names: most names start otherwise, and need no match. */
const MONTH_INITIALS = new Set(Object.keys(MONTHS).flatMap((m) => [m[0], m[0].toUpperCase()]));

export function dropMonths(text: string, candidates: Candidate[]): Candidate[] {
  return candidates.filter((c) => {
    if (c.source !== 'model' || c.type === 'PERSON' || !MONTH_INITIALS.has(text[c.start]) || !NAME_LABELS.has(c.type)) return true;
    const m = MONTH_AND_FIGURES.exec(text.slice(c.start, c.end));
    return !(m && isCalendarWord(MONTHS, m[1]));
  });
}
