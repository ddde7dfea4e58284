// Table furniture the model reads as names: column headers ("P W D L F A Pts", "Team PF PA Pts",
// "W L PCT GB"), a group's label ("Group C", "Pool B": a group word of lexicon/table-furniture.json
// and a letter) and a letter alone ("C"). A header is a
// line of short words (none over four letters, two thirds of them three or fewer, no figures) above a
// line of figures ("San Jose" above a row is a side, "Team PF PA" a header); a lone letter
// Only names the model alone proposed go: a registry name on such a line stays.
import type { Candidate } from '../document.js';
import { NAME_LABELS } from '../document.js';
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

const wordsOf = (line: string) => line.split(/\s+/).filter(Boolean);

/** Whether the line that starts at `start` is a header: short words only, above a line of figures. */
function isHeaderLine(text: string, start: number): boolean {
  const end = text.indexOf('\n', start);
  if (end < 0) return false;
  const line = text.slice(start, end);
  // Most lines hold a word of five letters or more: no header.
  if (LONG_WORD.test(line)) return false;
  const words = wordsOf(line);
  if (words.length < 2 || !words.every((w) => SHORT_WORD.test(w))) return false;
  if (words.filter((w) => ABBREVIATION.test(w)).length < words.length * ABBREVIATIONS_SHARE) return false;
  const next = text.indexOf('\n', end + 1);
  return wordsOf(text.slice(end + 1, next < 0 ? text.length : next)).filter((w) => FIGURE.test(w)).length >= ROW_FIGURES;
}

/** Offsets of the article's line breaks, found once, so each candidate's line is a binary search away. */
function lineBreaks(text: string): number[] {
  const breaks: number[] = [];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) breaks.push(i);
  return breaks;
}

/** The index of the first line break at or after `offset`. */
function breakAtOrAfter(breaks: readonly number[], offset: number): number {
  let lo = 0;
  let hi = breaks.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (breaks[mid] < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

export function dropTableFurniture(text: string, candidates: Candidate[]): Candidate[] {
  // Only the lines the model read a name on are looked at, each once; a line's bounds come from the
  // breaks found once, so a long article of one line is not scanned again for every name.
  let breaks: number[] | undefined;
  const header = new Map<number, boolean>();
  const onHeader = (c: Candidate) => {
    breaks ??= lineBreaks(text);
    const k = breakAtOrAfter(breaks, c.start);
    const start = k > 0 ? breaks[k - 1] + 1 : 0;
    let is = header.get(start);
    if (is === undefined) header.set(start, (is = isHeaderLine(text, start)));
    return is && k < breaks.length && breaks[k] >= c.end;
  };
  return candidates.filter((c) => c.source !== 'model' || !NAME_LABELS.has(c.type)
    // A group label ends in a letter alone: most names end otherwise, and need no slice.
    || !(((c.end - c.start === 1 || text[c.end - 2] === ' ') && isGroupLabel(text.slice(c.start, c.end))) || onHeader(c)));
}
