// A union's branch is named by the union's name, a word of branches and a number ("Teamsters Local 727", "SEIU Local
// 1199", "the Machinists District 751"): one ORG, where the model reads the union alone and the word of branches as a
// person ("[Local]") or leaves the number out. Only after an organization's name: "California District 12" is no
// union's. The words are data (lexicon/union-locals.json).
import type { Candidate } from '../document.js';
import { candidate } from './candidates.js';
// Imported, not read from disk: tsc copies the table next to the compiled module.
import table from './lexicon/union-locals.json' with { type: 'json' };

/** A word of branches and its number right after a name, or right after a name the model ended with the word. */
const BRANCH_AFTER = new RegExp(`^(?: (?:${table.units.join('|')}))? \\d{1,5}(?![\\p{L}\\p{N}]|[.,]\\d)`, 'u');
const ENDS_IN_UNIT = new RegExp(` (?:${table.units.join('|')})$`);
/** Surer than the model's pieces, so the whole is taken. */
const BRANCH_CONFIDENCE = 0.95;

/** Organizations with the branch after them taken in, proposed beside the candidates they come from. */
export function unionBranches(text: string, candidates: readonly Candidate[]): Candidate[] {
  const out: Candidate[] = [];
  for (const c of candidates) {
    // Most names are followed by no space and capital or figure: the character after the space is looked at first.
    if (c.type !== 'ORG' || text.charCodeAt(c.end) !== 32) continue;
    const branch = BRANCH_AFTER.exec(text.slice(c.end, c.end + 20));
    // A number alone after the name only where the model's name ends in the word of branches ("[Aerospace Workers District] 751").
    if (!branch || (!/^ \p{Lu}/u.test(branch[0]) && !ENDS_IN_UNIT.test(text.slice(c.start, c.end)))) continue;
    out.push(candidate(c.start, c.end + branch[0].length, 'ORG', 'rules', Math.max(c.confidence, BRANCH_CONFIDENCE)));
  }
  return out;
}
