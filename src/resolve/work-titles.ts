// Titles of works in prose: a song, a book or a film named in a sentence capitalises the small words a
// name leaves in lower case or never holds ("a rendition of It's So Hard To Say Goodbye"). A name the
// model read inside a line of prose with such a word inside it (not first) is a WORK_OF_ART, and takes in
// the capitalised words right before it ("It's"). Headlines capitalise every word and are left to
// headlines.ts. The small words are data (lexicon/work-titles.json). News style also puts titles in
// quotation marks: a name that alone fills a quotation in prose ('won best actress for "Poor Things"')
// is a WORK_OF_ART, unless the registry knows it (scare quotes: the "Islamic State") or it is one word
// the model read as a person (a quoted answer: he said "Smith.").
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
/** An opening quotation mark right before the name, and a closing one right after it (or after its comma or stop). */
const QUOTE = 0x22;
const OPENING_QUOTE = 0x201c;
const QUOTE_CLOSES = /^[,.]?["”]/u;

/** Whether the name alone fills a quotation in a line of prose, and is no name the registry proposed there. */
function quotedTitle(text: string, c: Candidate, registrySpans: () => ReadonlySet<string>): boolean {
  // The opening mark by its code: most names have none before them, and need no slice.
  const before = text.charCodeAt(c.start - 1);
  if ((before !== QUOTE && before !== OPENING_QUOTE) || !QUOTE_CLOSES.test(text.slice(c.end, c.end + 2))) return false;
  if (registrySpans().has(`${c.start}:${c.end}`)) return false;
  if (c.type === 'PERSON' && !text.slice(c.start, c.end).includes(' ')) return false;
  return PROSE_BEFORE.test(` ${lineBefore(text, c.start, LINE_REACH)}`) || PROSE_BEFORE.test(`${text.slice(c.end, c.end + LINE_REACH).split('\n')[0]} `);
}

/** Whether text[start, end) holds two spaces or more. */
function twoSpaces(text: string, start: number, end: number): boolean {
  let spaces = 0;
  for (let i = start; i < end; i++) if (text.charCodeAt(i) === 32 && ++spaces === 2) return true;
  return false;
}

export function workTitles(text: string, candidates: Candidate[]): Candidate[] {
  // The registry's spans, gathered when a quoted name first asks.
  let spans: Set<string> | undefined;
  const registrySpans = () => (spans ??= new Set(candidates.filter((c) => c.source === 'registry').map((c) => `${c.start}:${c.end}`)));
  return candidates.map((c) => {
    if (c.source !== 'model' || !NAME_LABELS.has(c.type) || c.type === 'WORK_OF_ART') return c;
    if (quotedTitle(text, c, registrySpans)) return { ...c, type: 'WORK_OF_ART' };
    // A small word inside needs three words: most names have fewer spaces, and need no split.
    if (!twoSpaces(text, c.start, c.end)) return c;
    const words = text.slice(c.start, c.end).split(' ');
    if (words.length < 3 || !words.slice(1).some((w) => SMALL_WORDS.has(w))) return c;
    const before = lineBefore(text, c.start, LINE_REACH);
    if (!PROSE_BEFORE.test(` ${before}`)) return c;
    const lead = CAPITALISED_BEFORE.exec(before)?.[1] ?? '';
    return { ...c, start: c.start - lead.length, type: 'WORK_OF_ART' };
  });
}
