// Table furniture the model reads as names: column headers ("P W D L F A Pts", "Team PF PA Pts",
// "W L PCT GB"), a group's label ("Group C", "Pool B": a group word of lexicon/table-furniture.json
// and a letter) and a letter alone ("C"). A header is a
// line of short words (none over four letters, two thirds of them three or fewer, no figures) above a
// line of figures ("San Jose" above a row is a side, "Team PF PA" a header); a lone letter
// Only names the model alone proposed go: a registry name on such a line stays.
import type { Candidate } from '../document.js';
import { NAME_LABELS } from '../document.js';
import { Containers } from './containers.js';
// Imported, not read from disk: tsc copies the table next to the compiled module.
import words from './lexicon/table-furniture.json' with { type: 'json' };

/** Figures the next line must hold for a line of short words to be its header. */
const ROW_FIGURES = 3;
const SHORT_WORD = /^\p{L}{1,4}$/u;
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

/** The [start, end) ranges of header lines: short words only, above a line of figures. */
function headerLines(text: string): [number, number][] {
  const lines: { start: number; end: number; words: string[] }[] = [];
  for (let start = 0; start <= text.length; ) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    lines.push({ start, end, words: text.slice(start, end).split(/\s+/).filter(Boolean) });
    start = end + 1;
  }
  const headers: [number, number][] = [];
  for (let k = 0; k + 1 < lines.length; k++) {
    const { words } = lines[k];
    if (words.length < 2 || !words.every((w) => SHORT_WORD.test(w))) continue;
    if (words.filter((w) => ABBREVIATION.test(w)).length < words.length * ABBREVIATIONS_SHARE) continue;
    if (lines[k + 1].words.filter((w) => FIGURE.test(w)).length >= ROW_FIGURES) headers.push([lines[k].start, lines[k].end]);
  }
  return headers;
}

export function dropTableFurniture(text: string, candidates: Candidate[]): Candidate[] {
  const headers = new Containers(headerLines(text).map(([start, end]) => ({ start, end })));
  return candidates.filter((c) => c.source !== 'model' || !NAME_LABELS.has(c.type)
    || !(isGroupLabel(text.slice(c.start, c.end)) || headers.holds(c)));
}
