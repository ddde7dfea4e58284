// A law, a bill or a ballot measure named by a kind word and a number ("Senate Bill 10", "Proposition 22",
// "Title IX", "Section 230", "H.R. 1") is one LAW, as sure as a name after an honorific: the model reads
// "Bill" as a person and the chamber as an organization, and the number recognizer the figure as a CARDINAL.
// The kind words and chambers are data (lexicon/numbered-laws.json).
import type { Candidate } from '../document.js';
// Imported, not read from disk: tsc copies the table next to the compiled module.
import table from './lexicon/numbered-laws.json' with { type: 'json' };
import { candidate } from './candidates.js';

const escape = (w: string) => w.replace(/[.]/g, '\\.').replace(/ /g, '\\s+');
const CHAMBER = table.chambers.map(escape).join('|');
const alternatives = (words: string[]) => [...words].sort((a, b) => b.length - a.length).map(escape).join('|');
/** A number of a law: a letter and figures ("C-11"), figures, a Roman numeral, after "No." if any. */
const NUMBER = '(?:No\\.\\s+)?(?:[A-Z]-\\d+|\\d[\\d,]*|[IVXLC]+)';
/** A part of a law, or a kind that also names other things, takes a number of two figures or more or a Roman numeral. */
const PART_NUMBER = '(?:\\d{2,}|[IVXLC]+)';
const END = '(?![\\p{L}\\p{N}]|[.,]\\d)';
const NUMBERED_LAW = new RegExp(`(?<![\\p{L}\\p{N}.])(?:(?:(?:${CHAMBER})\\s+)?(?:${alternatives(table.kinds)})\\s+${NUMBER}|(?:${alternatives(table.partKinds)})\\s+${PART_NUMBER})${END}`, 'gu');
/** Surer than a figure alone (0.9) and the model's pieces, so the whole is taken. */
const LAW_CONFIDENCE = 0.95;

export function numberedLaws(text: string): Candidate[] {
  const out: Candidate[] = [];
  for (const m of text.matchAll(NUMBERED_LAW)) out.push(candidate(m.index, m.index + m[0].length, 'LAW', 'rules', LAW_CONFIDENCE));
  return out;
}
