// A credit rating's grade is no name ("France's AA- credit rating", "cut to Baa1 from A3", "rated BBB+"): the model
// reads the capitals as an organization or a work. A grade of the agencies' scales with a word of rating right
// after it or a verb of rating before it is dropped. The grades and the words are data (lexicon/credit-ratings.json).
import type { Candidate } from '../document.js';
// Imported, not read from disk: tsc copies the table next to the compiled module.
import table from './lexicon/credit-ratings.json' with { type: 'json' };
import { longestFirst } from './word-patterns.js';

/** A grade with a notch's sign, opening a name the model read ("AA- credit", "BBB+."). */
const GRADE = new RegExp(`^(?:${longestFirst(table.grades)})[+-]?(?![\\p{L}\\d])`, 'u');
/** A rating's words right after the grade and its sign: "AA- credit rating", "Baa1 rating". */
const RATING_AFTER = new RegExp(`^\\s+(?:(?:${table.qualifiers.join('|')})\\s+){0,3}(?:${table.after.join('|')})\\b`);
/** A verb of rating and a preposition right before the grade, maybe quoted: "rated BBB", "cut to Baa1", "affirmed at AA", 'rates Ghana "RD"'. */
const RATING_BEFORE = new RegExp(`\\b(?:${table.verbsBefore.join('|')})\\s+(?:\\w+\\s+){0,3}(?:(?:to|at|of|from)\\s+)?["“]?$`);

export function dropCreditRatings(text: string, candidates: Candidate[]): Candidate[] {
  // Most articles name no rating: the word is looked for once.
  if (!/rat(?:ed|es|ings?)|grade/i.test(text)) return candidates;
  return candidates.filter((c) => {
    const grade = c.source === 'model' ? GRADE.exec(text.slice(c.start, c.end)) : null;
    if (!grade) return true;
    const end = c.start + grade[0].length;
    return !RATING_AFTER.test(text.slice(end, end + 50)) && !RATING_BEFORE.test(text.slice(Math.max(0, c.start - 50), c.start));
  });
}
