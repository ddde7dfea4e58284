// Titles of works in prose: a song, a book or a film named in a sentence capitalises the small words a
// name leaves in lower case or never holds ("a rendition of It's So Hard To Say Goodbye"). A name the
// model read inside a line of prose with such a word inside it (not first) is a WORK_OF_ART, and takes in
// the capitalised words right before it ("It's"). Headlines capitalise every word and are left to
// headlines.ts. The small words are data (lexicon/work-titles.json). News style also puts titles in
// quotation marks: a name that alone fills a quotation in prose ('won best actress for "Poor Things"')
// is a WORK_OF_ART, unless the registry knows it (scare quotes: the "Islamic State") or it is one word
// the model read as a person (a quoted answer: he said "Smith."). And a quotation in title case after a noun or
// verb of works ("the novel", "his books, including", "titled") is one WORK_OF_ART however the model cut it
// ("Devil on the [Cross]" as a people, "[Weep Not], Child" as a place): the cue is looked for a few words before
// the quotation in its sentence or in an apposition right after it ('"The Remains of the Day", her third novel',
// '"One Battle After Another", directed by'), or a kind of work right after it ('"Squid Game" season 3'), or what it won
// ('"Parasite" won best picture', '"Avatar" won three awards'), or its
// maker's possessive before it where no noun after it makes the quotation a modifier ('Netflix's "Stranger Things"
// and', not 'Trump's "America First" policy'), and a list of titles after one cue ('"Weep Not, Child" (1964) and "Decolonising
// the Mind"') shares it (the cues are data too).
import type { Candidate, Token } from '../document.js';
import { tokenAt } from '../text/token-at.js';
import { NOUN_LIKE } from '../text/word-classes.js';
import { NAME_LABELS } from '../document.js';
import { holdsCode } from './characters.js';
// Imported, not read from disk: tsc copies the table next to the compiled module.
import table from './lexicon/work-titles.json' with { type: 'json' };
import { lineBefore } from './line-before.js';
import { mapEach } from './map-many.js';
import { candidate } from './candidates.js';
import { codeAt } from './code-at.js';

const SPACE = 32;

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

const CUES: ReadonlySet<string> = new Set(table.cues);
const LOWER_CASE_WORDS: ReadonlySet<string> = new Set(table.lowerCaseWords);
/** A quotation on one line: the opening mark, the quoted text, the closing mark. */
const QUOTATION = /["“]([^"”\n]{1,120})["”]/g;
/** How many words before a quotation a cue may stand ("his books, including ..." is three). */
const CUE_REACH = 4;
/** What may stand between two titles of one list: a year in brackets, a comma, "and"/"or". */
const LIST_GAP = /^\s*(?:\(\d{4}\)\s*)?(?:,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+)$/;
/** A title's capitalised article, between the opening mark and the name: '"The White Lotus"'. */
const TITLE_ARTICLE = /(?<=["“])(?:The|A|An) $/;
/** Surer than the model's pieces of the title, so the whole is taken. */
const TITLE_CONFIDENCE = 0.95;

/** Whether the name alone fills a quotation in a line of prose, and is no name the registry proposed there. */
function quotedTitle(text: string, c: Candidate, registrySpans: () => ReadonlySet<string>): boolean {
  // The opening mark by its code: most names have none before them, and need no slice. A title's article is left out
  // of its span as any name's ('"The [White Lotus]"'): the mark may stand before it.
  const article = codeAt(text, c.start - 1) === SPACE ? TITLE_ARTICLE.exec(text.slice(Math.max(0, c.start - 5), c.start)) : null;
  const before = codeAt(text, c.start - 1 - (article ? article[0].length : 0));
  if ((before !== QUOTE && before !== OPENING_QUOTE) || !QUOTE_CLOSES.test(text.slice(c.end, c.end + 2))) return false;
  if (registrySpans().has(`${c.start}:${c.end}`)) return false;
  // (not after a title's article: '"The [Substance]."' is no quoted answer)
  if (c.type === 'PERSON' && !article && !text.slice(c.start, c.end).includes(' ')) return false;
  return PROSE_BEFORE.test(` ${lineBefore(text, c.start, LINE_REACH)}`) || PROSE_BEFORE.test(`${text.slice(c.end, c.end + LINE_REACH).split('\n')[0]} `);
}

export function workTitles(text: string, candidates: Candidate[]): Candidate[] {
  // The registry's spans, gathered when a quoted name first asks.
  let spans: Set<string> | undefined;
  const registrySpans = () => (spans ??= new Set(candidates.filter((c) => c.source === 'registry').map((c) => `${c.start}:${c.end}`)));
  return mapEach(candidates, (c) => {
    if (c.source !== 'model' || !NAME_LABELS.has(c.type) || c.type === 'WORK_OF_ART') return c;
    if (quotedTitle(text, c, registrySpans)) return { ...c, type: 'WORK_OF_ART' };
    // A small word inside needs three words: most names have fewer spaces, and need no split.
    if (!holdsCode(text, c.start, c.end, SPACE, 2)) return c;
    const words = text.slice(c.start, c.end).split(' ');
    if (words.length < 3 || !words.slice(1).some((w) => SMALL_WORDS.has(w))) return c;
    const before = lineBefore(text, c.start, LINE_REACH);
    if (!PROSE_BEFORE.test(` ${before}`)) return c;
    const lead = CAPITALISED_BEFORE.exec(before)?.[1] ?? '';
    return { ...c, start: c.start - lead.length, type: 'WORK_OF_ART' };
  });
}

/** Whether a quotation reads as a title: every word capitalised but the small ones (lowerCaseWords), the first capitalised. */
function titleCase(quoted: string): boolean {
  const words = quoted.replace(/[,:;!?.]+(?=\s|$)/g, '').split(/\s+/).filter(Boolean);
  return words.length > 0 && /^\p{Lu}/u.test(words[0]) && words.every((w) => /^[\p{Lu}\d]/u.test(w) || LOWER_CASE_WORDS.has(w));
}

/** Whether a cue word stands among the last few words before a position, in the same sentence. */
function cueBefore(text: string, position: number): boolean {
  const before = text.slice(Math.max(0, position - 80), position);
  const sentence = before.slice(Math.max(before.lastIndexOf('. '), before.lastIndexOf('\n')) + 1);
  const words = sentence.toLowerCase().match(/[\p{L}-]+/gu) ?? [];
  return words.slice(-CUE_REACH).some((w) => CUES.has(w));
}

/**
 * A comma, then an apposition that opens with a determiner or a maker's possessive, up to the next mark: '"The
 * Loneliness of Sonia and Sunny", [her first novel]', '"Anora," [Sean Baker's comedy-drama]' (not a verb's clause:
 * '"...", plays the lead').
 */
const APPOSITION_AFTER = /^,?\s+((?:a|an|the|her|his|their|its|(?:\p{Lu}[\p{L}.-]* ){0,3}\p{Lu}[\p{L}.-]*['’]s)\s[\p{L}\s'’-]{1,60})/u;

/** A kind of work right after the closing mark: '"Squid Game" [season] 3', '"Oppenheimer" [director]'. */
const KIND_AFTER = new RegExp(`^ (?:${table.kindsAfter.join('|')})(?![\\p{L}\\p{M}'’-])`, 'u');

/** What a work won or earned right after the closing mark: '"Parasite" [won best] picture', '"Avatar" [won three awards]'. */
const SUCCESS_AFTER = new RegExp(`^ (?:${table.successAfter.join('|')}|(?:${table.winningVerbs.join('|')})(?: [\\p{L}\\d-]+){0,2} (?:${table.awardNouns.join('|')}))(?![\\p{L}\\p{M}'’-])`, 'u');

/** A comma, then a participle crediting a work's maker: '"One Battle After Another", [directed] by'. */
const CREDIT_AFTER = new RegExp(`^,?\\s+(?:${table.creditsAfter.join('|')})\\s+by\\b`);

/**
 * Whether the quotation ends in a comma, or one follows it, and a cue stands among the first few words of an
 * apposition after it, or a participle credits the work's maker.
 */
function cueAfter(text: string, quoted: string, position: number): boolean {
  const after = text.slice(position, position + 62);
  if (!quoted.trimEnd().endsWith(',') && after[0] !== ',') return false;
  if (CREDIT_AFTER.test(after)) return true;
  const words = APPOSITION_AFTER.exec(after)?.[1].toLowerCase().split(/\s+/).filter(Boolean) ?? [];
  return words.slice(0, CUE_REACH).some((w) => CUES.has(w));
}

/** A capitalised name's possessive right before an opening mark: 'Netflix's "'. */
const MAKERS_BEFORE = /\p{Lu}[\p{L}\p{M}.]*['’]s $/u;

/** Whether a maker's possessive stands right before the quotation at `position`, and no noun it modifies after it ends at `after`. */
function makersWork(text: string, tokens: readonly Token[], position: number, after: number): boolean {
  if (!MAKERS_BEFORE.test(text.slice(Math.max(0, position - 40), position))) return false;
  const next = tokens[tokenAt(tokens, after)];
  return !next || next.sentence !== tokens[tokenAt(tokens, position)]?.sentence || !NOUN_LIKE.has(next.pos);
}

export function titledWorks(text: string, tokens: readonly Token[]): Candidate[] {
  // Most articles quote no work: the cheap test first.
  if (!text.includes('"') && !text.includes('“')) return [];
  const out: Candidate[] = [];
  let listEnd = -1;
  for (const m of text.matchAll(QUOTATION)) {
    const inList = listEnd >= 0 && LIST_GAP.test(text.slice(listEnd, m.index));
    listEnd = -1;
    const after = m.index + m[0].length;
    if (!titleCase(m[1]) || !(inList || cueBefore(text, m.index) || cueAfter(text, m[1], after) || KIND_AFTER.test(text.slice(after, after + 14))
      || SUCCESS_AFTER.test(text.slice(after, after + 48))
      || makersWork(text, tokens, m.index, after))) continue;
    // The title without the spaces or the comma a quotation may hold at its ends ('" Weep Not, Child "').
    const start = m.index + 1 + (m[1].length - m[1].trimStart().length);
    const end = m.index + 1 + m[1].replace(/[\s,.]+$/, '').length;
    out.push(candidate(start, end, 'WORK_OF_ART', 'rules', TITLE_CONFIDENCE));
    listEnd = m.index + m[0].length;
  }
  return out;
}
