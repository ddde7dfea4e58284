// A quotation in title case after a noun or verb of works ("the novel", "his books, including", "titled") is
// the title of a work, one WORK_OF_ART, however the model cut it ("Devil on the [Cross]" as a people, "[Weep
// Not], Child" as a place): the cue is looked for a few words before the quotation in the same sentence, and a
// list of titles after one cue ('"Weep Not, Child" (1964) and "Decolonising the Mind"') shares it. Cue words
// and the small words a title holds in lower case are data (lexicon/work-cues.json).
import type { Candidate } from '../document.js';
// Imported, not read from disk: tsc copies the table next to the compiled module.
import table from './lexicon/work-cues.json' with { type: 'json' };

const CUES: ReadonlySet<string> = new Set(table.cues);
const SMALL: ReadonlySet<string> = new Set(table.smallWords);
/** A quotation on one line: the opening mark, the quoted text, the closing mark. */
const QUOTATION = /["“]([^"”\n]{1,120})["”]/g;
/** How many words before a quotation a cue may stand ("his books, including ..." is three). */
const CUE_REACH = 4;
/** What may stand between two titles of one list: a year in brackets, a comma, "and"/"or". */
const LIST_GAP = /^\s*(?:\(\d{4}\)\s*)?(?:,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+)$/;
/** Surer than the model's pieces of the title, so the whole is taken. */
const TITLE_CONFIDENCE = 0.95;

/** Whether a quotation reads as a title: every word capitalised but the small ones, the first capitalised. */
function titleCase(quoted: string): boolean {
  const words = quoted.replace(/[,:;!?.]+(?=\s|$)/g, '').split(/\s+/).filter(Boolean);
  return words.length > 0 && /^\p{Lu}/u.test(words[0]) && words.every((w) => /^[\p{Lu}\d]/u.test(w) || SMALL.has(w));
}

/** Whether a cue word stands among the last few words before a position, in the same sentence. */
function cueBefore(text: string, position: number): boolean {
  const before = text.slice(Math.max(0, position - 80), position);
  const sentence = before.slice(Math.max(before.lastIndexOf('. '), before.lastIndexOf('\n')) + 1);
  const words = sentence.toLowerCase().match(/[\p{L}-]+/gu) ?? [];
  return words.slice(-CUE_REACH).some((w) => CUES.has(w));
}

export function titledWorks(text: string): Candidate[] {
  // Most articles quote no work: the cheap test first.
  if (!text.includes('"') && !text.includes('“')) return [];
  const out: Candidate[] = [];
  let listEnd = -1;
  for (const m of text.matchAll(QUOTATION)) {
    const inList = listEnd >= 0 && LIST_GAP.test(text.slice(listEnd, m.index));
    listEnd = -1;
    if (!titleCase(m[1]) || !(inList || cueBefore(text, m.index))) continue;
    // The title without the spaces or the comma a quotation may hold at its ends ('" Weep Not, Child "').
    const start = m.index + 1 + (m[1].length - m[1].trimStart().length);
    const end = m.index + 1 + m[1].replace(/[\s,.]+$/, '').length;
    out.push({ start, end, type: 'WORK_OF_ART', source: 'rules', confidence: TITLE_CONFIDENCE });
    listEnd = m.index + m[0].length;
  }
  return out;
}
