// An office named by an official's title and a possessive after the place it serves ("the Cook County State's
// Attorney's Office", "the Manhattan District Attorney's Office", "the U.S. Attorney's Office") is one ORG: the model
// stops at the first possessive ("[Cook County State]'s") or reads the title as a place's ("[Manhattan District
// Attorney]"). Up to four capitalised words of the place, then an office of lexicon/public-offices.json; a
// sentence's opening word that is no noun is left out, and so is an office with no place before it ("the
// Governor's Office" stays as the model reads it).
import type { Candidate, Token } from '../document.js';
// Imported, not read from disk: tsc copies the table next to the compiled module.
import table from './lexicon/public-offices.json' with { type: 'json' };
import { candidate } from './candidates.js';
import { afterOpeningWords } from './opening-words.js';
import { longestFirst } from './word-patterns.js';

/** A place's word: capitalised, with the full stops of an abbreviation ("U.S."), not a possessive. */
const WORD = "\\p{Lu}(?:[\\p{L}\\p{M}-]|\\.(?=\\p{L}|\\s)|['’](?!s\\b))*";
/** The offices, their apostrophes either way ("Sheriff’s Office"). */
const OFFICES = longestFirst(table.offices).replace(/'/g, "['’]");
const OFFICE = new RegExp(`(?<![\\p{L}\\p{M}\\d'’.-])(?:${WORD} ){1,4}(?:${OFFICES})(?![\\p{L}\\p{M}])`, 'gu');
/** Where in a match the office begins: the first of them that runs to its end ("State's Attorney's Office", not "Attorney's Office"). */
const OFFICE_AT_END = new RegExp(`(?:${OFFICES})$`, 'u');
/** As sure as a name after an honorific: the form says what it is. */
const CONFIDENCE = 0.9;

export function publicOffices(text: string, tokens: readonly Token[]): Candidate[] {
  const out: Candidate[] = [];
  // An office's name holds "s Office": most articles have none, and only then is the pattern run.
  if (!/s Office\b/.test(text)) return out;
  for (const m of text.matchAll(OFFICE)) {
    const title = m.index + m[0].search(OFFICE_AT_END);
    const start = afterOpeningWords(text, tokens, m.index, title);
    if (start < title) out.push(candidate(start, m.index + m[0].length, 'ORG', 'rules', CONFIDENCE));
  }
  return out;
}
