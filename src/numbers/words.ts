// A light view of doc.tokens for the number scanner: lower-cased text and whether a token
// touches the one before it ("10k", "US$5", "H.Res.752"), which decides suffixes and codes.
import type { Doc } from '../document.js';

export interface Word {
  text: string;
  lower: string;
  start: number;
  end: number;
  pos: string;
  sentence: number;
  /** No space between this token and the previous one. */
  attached: boolean;
}

/** Words for tokens [from, to) of the document (all by default). */
export function wordsOf(doc: Pick<Doc, 'text' | 'tokens'>, from = 0, to = doc.tokens.length): Word[] {
  return doc.tokens.slice(from, to).map((t, j) => {
    const i = from + j;
    const text = doc.text.slice(t.start, t.end);
    return {
      text,
      lower: text.toLowerCase(),
      start: t.start,
      end: t.end,
      pos: t.pos,
      sentence: t.sentence,
      attached: i > 0 && doc.tokens[i - 1].end === t.start,
    };
  });
}

/** The word at i if it is in the same sentence as word `of`, else undefined. */
export function wordAt(words: readonly Word[], i: number, of: number): Word | undefined {
  const w = words[i];
  return w && words[of] && w.sentence === words[of].sentence ? w : undefined;
}

/** Lower-cased text of words i..i+n-1 joined by single spaces, or '' past the sentence. */
export function phraseAt(words: readonly Word[], i: number, n: number, of: number): string {
  const parts: string[] = [];
  for (let k = i; k < i + n; k++) {
    const w = wordAt(words, k, of);
    if (!w) return '';
    parts.push(w.lower);
  }
  return parts.join(' ');
}
