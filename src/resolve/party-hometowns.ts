// The American press tags a lawmaker with party and home: "Sen. Ted Cruz, R-Texas", "Rep. Vicki Lopez, R-Miami",
// "(D-Calif.)". After the party's letter and its hyphen comes a place, whatever the model made of the tag ("R-Miami"
// as one place, "R-University Place" a person, "D-Prince William" the prince) or missed ("D-Beaverton").
import type { Candidate } from '../document.js';
import { candidate } from './candidates.js';

/** ", R-Miami," or "(D-Calif.)": the party's letter, and the place's capitalised words or initials ("N.C.") up to what ends the tag. */
const TAG = /(?:, |\()[RDI]-((?:\p{Lu}\.){2,}|\p{Lu}[\p{L}'’-]*(?: \p{Lu}[\p{L}'’-]*)*)(?=[,;)]|\.?(?:\s|$))/gu;
/** A state's abbreviation, whose full stop is its own: "Calif.", "Fla.", "Mass.". */
const ABBREVIATED = /(?:^|\s)\p{Lu}\p{Ll}{1,4}$/u;
/** As sure as a credit line's parts: the tag's form says what follows the letter. */
const CONFIDENCE = 0.9;

/** Mentions (sorted by start, without overlaps) with each tag's place a GPE in place of what the tag was read as. */
export function partyHometowns(text: string, mentions: Candidate[]): Candidate[] {
  // Most articles hold no party's tag: no pattern is tried on them.
  if (!text.includes('R-') && !text.includes('D-') && !text.includes('I-')) return mentions;
  const places: Candidate[] = [];
  for (const m of text.matchAll(TAG)) {
    let end = m.index + m[0].length;
    const start = end - m[1].length;
    if (text.charCodeAt(end) === 46 && ABBREVIATED.test(m[1])) end++;
    places.push(candidate(start, end, 'GPE', 'rules', CONFIDENCE));
  }
  if (!places.length) return mentions;
  // The tag from its letter on is the place's: what a recognizer read across it gives way.
  const kept = mentions.filter((c) => !places.some((p) => c.start < p.end && c.end > p.start - 2));
  return [...kept, ...places].sort((a, b) => a.start - b.start);
}
