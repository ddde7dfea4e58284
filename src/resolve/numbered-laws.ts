// A law, a bill or a ballot measure named by a kind word and a number ("Senate Bill 10", "Proposition 22",
// "Title IX", "Section 230", "H.R. 1") is one LAW, as sure as a name after an honorific: the model reads
// "Bill" as a person and the chamber as an organization, and the number recognizer the figure as a CARDINAL.
// The kind words and chambers are data (lexicon/numbered-laws.json).
import type { Candidate } from '../document.js';
// Imported, not read from disk: tsc copies the table next to the compiled module.
import table from './lexicon/numbered-laws.json' with { type: 'json' };
import { candidatesOfShape, longestFirst, wordPattern } from './word-patterns.js';

const CHAMBER = table.chambers.map(wordPattern).join('|');
/** A number of a law: a letter and figures ("C-11"), figures, a Roman numeral, after "No." if any. */
const NUMBER = '(?:No\\.\\s+)?(?:[A-Z]-\\d+|\\d[\\d,]*|[IVXLC]+)';
/** A part of a law, or a kind that also names other things, takes a number of two figures or more or a Roman numeral. */
const PART_NUMBER = '(?:\\d{2,}|[IVXLC]+)';
const END = '(?![\\p{L}\\p{N}]|[.,]\\d)';
const NUMBERED_LAW = new RegExp(`(?<![\\p{L}\\p{N}.])(?:(?:(?:${CHAMBER})\\s+)?(?:${longestFirst(table.kinds)})\\s+${NUMBER}|(?:${longestFirst(table.partKinds)})\\s+${PART_NUMBER})${END}`, 'gu');
/** Surer than a figure alone (0.9) and the model's pieces, so the whole is taken. */
const LAW_CONFIDENCE = 0.95;

export function numberedLaws(text: string): Candidate[] {
  return candidatesOfShape(text, NUMBERED_LAW, 'LAW', LAW_CONFIDENCE);
}
