// A law or a bill whose short title ends in its year ("the Online Safety Act 2023", "the Finance Bill 2025", "the
// Companies Act, 2013", as the UK, India, Kenya and Australia write them) is one LAW, year and all: the model stops
// before the year or reads the first words as an organization ("[Finance] Act 2024", "[Digital Personal Data
// Protection] Act"), and the numbered-laws rule reads "Bill 2025" as a bill's number. Capitalised words, maybe
// joined by "of", "and", "for", "on" or "the" or in brackets ("Data (Use and Access) Act 2025"), then a law's head
// of ner/lexicon/name-types.json ("Act", "Bill") and a year; a sentence's opening word that is no noun and a
// possessive before the name are left out.
// Not "the Civil Rights Act of 1964": TimeML marks the year there as a date of its own, and the model decides.
import type { Candidate, Token } from '../document.js';
import { LAW_HEADS } from '../ner/name-types.js';
import { candidate } from './candidates.js';
import { afterOpeningWords } from './opening-words.js';

/** A capitalised word, not a possessive ("Kenya's" ends before the name). */
const WORD = "\\p{Lu}(?:[\\p{L}\\p{M}&-]|['’](?!s\\b))*";
const JOINER = '(?:of the|of|and|for|on|the|to)';
const BRACKETED = `\\(${WORD}(?: (?:${JOINER} )?${WORD})*\\)`;
const NAME = `${WORD}(?: (?:${JOINER} )?(?:${WORD}|${BRACKETED})){0,7}`;
/** A law's last word and a year after it ("Act 2023", "Bill, 2013"); the words are the name-type table's. */
const KIND_AND_YEAR = `(?:${LAW_HEADS.join('|')}),? (?:1[6-9]|20)\\d\\d`;
const DATED_LAW = new RegExp(`(?<![\\p{L}\\p{M}\\d'’.-])${NAME} ${KIND_AND_YEAR}(?![\\p{L}\\p{N}-]|[.,]\\d)`, 'gu');
/** Where in a match the kind begins, with the space before it. */
const KIND_AT = new RegExp(` ${KIND_AND_YEAR}`);
/** Certain: the words and the year are one title, however the model read its pieces. */
const LAW_CONFIDENCE = 1;

export function datedLaws(text: string, tokens: readonly Token[]): Candidate[] {
  // The kind and the year alone: most articles have none, and only then are the names before them read.
  if (!KIND_AT.test(text)) return [];
  const out: Candidate[] = [];
  for (const m of text.matchAll(DATED_LAW)) {
    const kind = m[0].search(KIND_AT);
    out.push(candidate(afterOpeningWords(text, tokens, m.index, m.index + kind), m.index + m[0].length, 'LAW', 'rules', LAW_CONFIDENCE));
  }
  return out;
}
