// Table furniture the model reads as names: column headers ("P W D L F A Pts", "Team PF PA Pts",
// "W L PCT GB"), a group's label ("Group C", "Pool B": a group word of lexicon/table-furniture.json
// and a letter) and a letter alone ("C"). A header is a line of short words (none over four letters,
// two thirds of them three or fewer, no figures) above a line of figures ("San Jose" above a row is a
// side, "Team PF PA" a header). Only names the model alone proposed go: a registry name on such a line stays.
import type { Candidate } from '../document.js';
import { NAME_LABELS } from '../document.js';
import type { Line, Lines } from './lines.js';
import { wordsOf } from './white-space.js';
// Imported, not read from disk: tsc copies the table next to the compiled module.
import words from './lexicon/table-furniture.json' with { type: 'json' };

/** Figures the next line must hold for a line of short words to be its header. */
const ROW_FIGURES = 3;
const SHORT_WORD = /^\p{L}{1,4}$/u;
const LONG_WORD = /\p{L}{5}/u;
const ABBREVIATION = /^\p{L}{1,3}$/u;
const ABBREVIATIONS_SHARE = 2 / 3;
const FIGURE = /^[-+]?\.?\d[\d.,:%]*$/;
const GROUP_WORDS: ReadonlySet<string> = new Set(words.groupWords);
/** A capital letter, not a roman numeral ("Charles V", "World War I"). */
const LETTER = /^(?![IVX]$)\p{Lu}$/u;

/** A letter alone, or after a group word ("Group C"). */
function isGroupLabel(name: string): boolean {
  const parts = name.split(' ');
  return LETTER.test(parts[parts.length - 1]) && (parts.length === 1 || (parts.length === 2 && GROUP_WORDS.has(parts[0].toLowerCase())));
}

/** Whether a line is a header: short words only, above a line of figures. */
function isHeaderLine(text: string, line: Line, next: Line | undefined): boolean {
  if (!next) return false;
  const words = text.slice(line.start, line.end);
  // Most lines hold a word of five letters or more: no header.
  if (LONG_WORD.test(words)) return false;
  const parts = wordsOf(words);
  if (parts.length < 2 || !parts.every((w) => SHORT_WORD.test(w))) return false;
  if (parts.filter((w) => ABBREVIATION.test(w)).length < parts.length * ABBREVIATIONS_SHARE) return false;
  return wordsOf(text.slice(next.start, next.end)).filter((w) => FIGURE.test(w)).length >= ROW_FIGURES;
}

export function dropTableFurniture(text: string, lines: Lines, candidates: Candidate[]): Candidate[] {
  // Only the lines the model read a name on are looked at, each once.
  const header = new Map<number, boolean>();
  const onHeader = (c: Candidate) => {
    const l = lines.indexAt(c.start);
    let is = header.get(l);
    if (is === undefined) header.set(l, (is = isHeaderLine(text, lines.all[l], lines.all[l + 1])));
    return is && c.end <= lines.all[l].end;
  };
  return candidates.filter((c) => c.source !== 'model' || !NAME_LABELS.has(c.type)
    // A group label ends in a letter alone: most names end otherwise, and need no slice.
    || !(((c.end - c.start === 1 || text[c.end - 2] === ' ') && isGroupLabel(text.slice(c.start, c.end))) || onHeader(c)));
}
