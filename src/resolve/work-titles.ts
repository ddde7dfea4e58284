// Titles of works in prose: a song, a book or a film named in a sentence capitalises the small words a
// name leaves in lower case or never holds ("a rendition of It's So Hard To Say Goodbye"). A name the
// model read inside a line of prose with such a word inside it (not first) is a WORK_OF_ART, and takes in
// the capitalised words right before it ("It's"). Headlines capitalise every word and are left to
// headlines.ts. The small words are data (lexicon/work-titles.json).
import type { Candidate } from '../document.js';
import { NAME_LABELS } from '../document.js';
// Imported, not read from disk: tsc copies the table next to the compiled module.
import table from './lexicon/work-titles.json' with { type: 'json' };
import { lineBefore } from './line-before.js';

const SMALL_WORDS: ReadonlySet<string> = new Set(table.smallWords);
/** Capitalised words right before a span, after a lower-case word: "of [It's] So Hard". */
const CAPITALISED_BEFORE = /(?<=\s\p{Ll}+ )((?:\p{Lu}[\p{L}'’]* )+)$/u;
/** A lower-case word on the line before the span: the line is prose, not a headline. */
const PROSE_BEFORE = /\s\p{Ll}{2,}\s/u;
/** How far back along the line the prose and the capitalised words before a title are looked for. */
const LINE_REACH = 300;

export function workTitles(text: string, candidates: Candidate[]): Candidate[] {
  return candidates.map((c) => {
    if (c.source !== 'model' || !NAME_LABELS.has(c.type) || c.type === 'WORK_OF_ART') return c;
    const words = text.slice(c.start, c.end).split(' ');
    if (words.length < 3 || !words.slice(1).some((w) => SMALL_WORDS.has(w))) return c;
    const before = lineBefore(text, c.start, LINE_REACH);
    if (!PROSE_BEFORE.test(` ${before}`)) return c;
    const lead = CAPITALISED_BEFORE.exec(before)?.[1] ?? '';
    return { ...c, start: c.start - lead.length, type: 'WORK_OF_ART' };
  });
}
