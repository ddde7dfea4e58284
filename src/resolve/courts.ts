// A court named by its kind ("the High Court", "Kenya's Constitutional Court"): the capitalised kind, "Court" and an
// "of Appeal" after it are one ORG. The model read "High" as no part of a name and "Court" as a person's, or missed
// the court after a country's possessive. Not where a capitalised word other than an article or a possessive goes
// before the kind ("Delhi High Court", "U.S. District Court"): the model's reading of that longer name stands. The
// kinds are the organizations' heads of two words that end in "court" (lexicon/organization-heads.json).
import type { Candidate } from '../document.js';
import { COURT_KINDS } from '../lexicon/organization-heads.js';
// Imported, not read from disk: tsc copies the table next to the compiled module.
import table from './lexicon/courts.json' with { type: 'json' };
import { candidatesOfShape, longestFirst } from './word-patterns.js';

/** A kind as written before "Court": each word capitalised ("Anti-Corruption"). */
const capitalised = (kind: string) => kind.replace(/(^|[ -])(\p{Ll})/gu, (_, sep: string, c: string) => sep + c.toUpperCase());
/** The kinds as alternatives, their apostrophes either way ("Magistrates’"). */
const KINDS = longestFirst(COURT_KINDS.map(capitalised)).replace(/'/g, "['’]");
const COURT = new RegExp(`(?<![\\p{L}\\p{M}\\d'’.-])(?:${KINDS}) Court(?: (?:${longestFirst(table.after)}))?(?![\\p{L}\\p{M}])`, 'gu');
/** A capitalised word and a space right before the kind, not a possessive nor an article: the court is part of a longer name. */
const NAME_BEFORE = /(?<![\p{L}\p{M}])(?!(?:The|A|An|This|That|Its|Their) )\p{Lu}[\p{L}\p{M}.-]* $/u;
/** As sure as a confident model name: "High Court" is rarely anything else. */
const CONFIDENCE = 0.9;

export function courts(text: string): Candidate[] {
  // Most articles name no court: the pattern runs only where one is.
  if (!text.includes(' Court')) return [];
  return candidatesOfShape(text, COURT, 'ORG', CONFIDENCE).filter((c) => !NAME_BEFORE.test(text.slice(Math.max(0, c.start - 30), c.start)));
}
