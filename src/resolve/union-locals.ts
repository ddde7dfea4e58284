// A union's branch is named by the union's name, a word of branches and a number ("Teamsters Local 727", "SEIU Local
// 1199", "the Machinists District 751"): one ORG, where the model reads the union alone and the word of branches as a
// person ("[Local]") or leaves the number out. Only after an organization's name: "California District 12" is no
// union's. The words are data (lexicon/union-locals.json).
import type { Candidate } from '../document.js';
import { takeInAfter } from './extend-mentions.js';
// Imported, not read from disk: tsc copies the table next to the compiled module.
import table from './lexicon/union-locals.json' with { type: 'json' };

const UNITS = table.units.join('|');
/** A word of branches and its number right after a name. */
const BRANCH_AFTER = new RegExp(`^ (?:${UNITS}) \\d{1,5}(?![\\p{L}\\p{N}]|[.,]\\d)`, 'u');
/** The number alone, after a name the model ended with the word of branches ("[Aerospace Workers District] 751"). */
const NUMBER_AFTER = /^ \d{1,5}(?![\p{L}\p{N}]|[.,]\d)/u;
const ENDS_IN_UNIT = new RegExp(` (?:${UNITS})$`);

/** Mentions (sorted by start) with the branch after an organization's name taken in, and what was read inside it dropped. */
export function unionBranches(text: string, mentions: Candidate[]): Candidate[] {
  const named = takeInAfter(text, mentions, BRANCH_AFTER, (m) => m.type === 'ORG');
  return takeInAfter(text, named, NUMBER_AFTER, (m) => m.type === 'ORG' && ENDS_IN_UNIT.test(text.slice(m.start, m.end)));
}
