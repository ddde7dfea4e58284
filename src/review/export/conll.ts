// CoNLL export: one token a line with its IOB2 tag, a blank line between sentences and a
// -DOCSTART- line before each article, as every CoNLL-2003 scorer reads it. Tokens are the
// pipeline's own, split further wherever a mention starts or ends inside one, so every mention
// is a whole number of tokens; no visible character is left out of a token.
import { toConllType, type Label } from '../../document.js';
import type { OutputDocument } from '../../schema/output.js';
import { tokenize } from '../../text/tokenize.js';
import { utf16Offsets } from '../../offsets.js';

/** `conll`: PER, ORG, LOC, MISC as ANNOTATION.md maps them, numbers and dates untagged; `ontonotes`: every label. */
export type ConllLabels = 'conll' | 'ontonotes';

interface Piece {
  start: number;
  end: number;
}

/** The pipeline's tokens plus any visible text they skipped, as UTF-16 spans in text order. */
function tokenSpans(text: string): Piece[] {
  const spans: Piece[] = [];
  let cursor = 0;
  const gap = (to: number) => {
    for (const match of text.slice(cursor, to).matchAll(/\S+/g)) spans.push({ start: cursor + match.index, end: cursor + match.index + match[0].length });
  };
  for (const t of tokenize(text).tokens) {
    gap(t.start);
    spans.push({ start: t.start, end: t.end });
    cursor = t.end;
  }
  gap(text.length);
  return spans;
}

export function conllArticle(doc: OutputDocument, labels: ConllLabels): string {
  const text = doc.text;
  const utf16 = utf16Offsets(text);
  const mentions = doc.mentions
    .flatMap((m) => {
      const tag: string | null = labels === 'conll' ? toConllType(m.type as Label) : m.type;
      return tag ? [{ start: utf16(m.start), end: utf16(m.end), tag }] : [];
    })
    .sort((a, b) => a.start - b.start);
  const cuts = new Set(mentions.flatMap((m) => [m.start, m.end]));
  const sentenceEnds = doc.sentences.map((s) => utf16(s.end));
  const lines = ['-DOCSTART- -X- -X- O', ''];
  let sentence = 0;
  let mention = 0;
  let open = -1; // the mention whose tokens are being tagged
  let inSentence = false;
  for (const span of tokenSpans(text)) {
    for (let start = span.start, k = span.start + 1; k <= span.end; k++) {
      if (k < span.end && !cuts.has(k)) continue;
      const piece = { start, end: k };
      start = k;
      // A blank line closes each sentence; a token past a sentence's end starts the next.
      while (sentence < sentenceEnds.length && piece.start >= sentenceEnds[sentence]) {
        if (inSentence) lines.push('');
        inSentence = false;
        sentence++;
      }
      while (mention < mentions.length && mentions[mention].end <= piece.start) mention++;
      const m = mentions[mention];
      let tag = 'O';
      if (m && m.start <= piece.start && piece.end <= m.end) {
        tag = `${open === mention ? 'I' : 'B'}-${m.tag}`;
        open = mention;
      }
      lines.push(`${text.slice(piece.start, piece.end)} ${tag}`);
      inSentence = true;
    }
  }
  if (inSentence) lines.push('');
  return `${lines.join('\n')}\n`;
}
