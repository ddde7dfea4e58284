// Diseases named after the people who described them ("Alzheimer's disease", "Parkinson's", "Bell's
// palsy"): the model reads the name as a person's, but it names nobody in the article, so it is dropped,
// unless the article names someone so ("Michael Parkinson"). A capitalised word after the possessive opens
// a charity's name ("Alzheimer's Society", "Parkinson's UK"): the name and the words after it are one
// ORG. The names and the nouns are data (lexicon/conditions.json).
import type { Candidate } from '../document.js';
import { NAME_LABELS } from '../document.js';
import { stripPossessive } from '../registry/normalize.js';
// Imported, not read from disk: tsc copies the table next to the compiled module.
import table from './lexicon/conditions.json' with { type: 'json' };

const ALONE: ReadonlySet<string> = new Set(table.alone);
const BARE: ReadonlySet<string> = new Set(table.bare);
const WITH_NOUN: ReadonlySet<string> = new Set(table.withNoun);
/** The possessive (or none: "Down syndrome"), then the capitalised words of a charity's name or a condition's noun. */
const AFTER = new RegExp(`^(?:['’]s?)?(?![\\p{L}\\p{M}])(?:((?: \\p{Lu}[\\p{L}\\p{M}-]*)+)|( (?:${table.nouns.join('|')})(?![\\p{L}\\p{M}])))?`, 'u');
/** A span the model ran on through the possessive and the noun: "Bell's palsy". */
const WHOLE = new RegExp(`^(?:${[...table.alone, ...table.withNoun].join('|')})['’]s? (?:${table.nouns.join('|')})$`, 'u');

/** The candidates without conditions' eponyms; `names` the article's names, among which a person may bear the eponym. */
export function conditionsByEponym(text: string, candidates: Candidate[], names: readonly Candidate[] = candidates): Candidate[] {
  /** Whether the article names a person by a longer name ending in the eponym ("Michael Parkinson"). */
  const named = (name: string) => names.some((c) => c.type === 'PERSON' && text.slice(c.start, c.end).endsWith(` ${name}`));
  // A loop and push, not flatMap: V8's flatMap is generic and slow, and this runs over every candidate.
  const out: Candidate[] = [];
  for (const c of candidates) {
    const kept = eponym(text, c, named);
    if (kept) out.push(kept);
  }
  return out;
}

/** The candidate as it stands, as a charity's name, or null when it is a condition's eponym. */
function eponym(text: string, c: Candidate, named: (name: string) => boolean): Candidate | null {
  if (!NAME_LABELS.has(c.type)) return c;
  const name = text.slice(c.start, c.end);
  // The whole pattern holds a space: a name of one word needs no match.
  if (name.includes(' ') && WHOLE.test(name)) return null;
  if (BARE.has(name)) return named(name) ? c : null;
  // The model's span may hold the possessive itself ("from [Alzheimer's], the agency said").
  const stem = stripPossessive(name);
  if (stem !== name) {
    if (!ALONE.has(stem) || named(stem)) return c;
    const [after, charity] = AFTER.exec(text.slice(c.end, c.end + 60))!;
    return charity ? { ...c, end: c.end + after.length, type: 'ORG' as const } : null;
  }
  const alone = ALONE.has(name);
  if ((!alone && !WITH_NOUN.has(name)) || named(name)) return c;
  // Every part of the pattern is optional: it always matches.
  const [after, charity, noun] = AFTER.exec(text.slice(c.end, c.end + 60))!;
  if (noun) return null;
  if (!alone || !/^['’]/.test(after)) return c;
  return charity ? { ...c, end: c.end + after.length, type: 'ORG' as const } : null;
}
