// A light view of doc.tokens for the number scanner: lower-cased text and whether a token
// touches the one before it ("10k", "US$5", "H.Res.752"), which decides suffixes and codes.
// A currency code or symbol written against its amount ("CNY3", "RM42", "CAD3.03") becomes two
// words, as "USD 3" would be, and so does a cent sign with a full stop ("50p.").
import type { Doc, Token } from '../document.js';
import { ATTACHED_CENT_SIGNS, CURRENCY_CODES, CURRENCY_SYMBOLS } from './lexicon/currencies.js';
import { lookup } from './lexicon/lookup.js';

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

const CODE_THEN_AMOUNT = /^(\p{L}{2,3})(\d+(?:\.\d+)?)$/u;
const isCurrency = (s: string) => CURRENCY_CODES.has(s) || lookup(CURRENCY_SYMBOLS, s.toLowerCase()) !== undefined;

/** Words for the tokens of the document. */
export function wordsOf(doc: Pick<Doc, 'text' | 'tokens'>): Word[] {
  const words: Word[] = [];
  const tokens = doc.tokens;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    const attached = i > 0 && tokens[i - 1].end === t.start;
    // "CAD3.03" comes as "CAD3", ".", "03": one token again before the split
    let end = t.end;
    if (/\p{L}\d+$/u.test(doc.text.slice(t.start, t.end)) && tokens[i + 2] && doc.text.slice(tokens[i + 1].start, tokens[i + 1].end) === '.'
      && tokens[i + 1].start === end && tokens[i + 2].start === tokens[i + 1].end && /^\d+$/.test(doc.text.slice(tokens[i + 2].start, tokens[i + 2].end))) {
      end = tokens[i + 2].end;
    }
    // "50p." at the end of a sentence: the sign and the full stop are two words
    const sign = /^(\p{L})\.$/u.exec(doc.text.slice(t.start, t.end));
    if (sign && attached && lookup(ATTACHED_CENT_SIGNS, sign[1]) && /\d$/.test(doc.text.slice(tokens[i - 1].start, tokens[i - 1].end))) {
      words.push(word(doc.text, t, t.start, t.end - 1, t.pos, true), word(doc.text, t, t.end - 1, t.end, 'PUNCT', true));
      continue;
    }
    const split = CODE_THEN_AMOUNT.exec(doc.text.slice(t.start, end));
    if (split && isCurrency(split[1])) {
      const cut = t.start + split[1].length;
      words.push(word(doc.text, t, t.start, cut, 'SYM', attached), word(doc.text, t, cut, end, 'NUM', true));
      if (end !== t.end) i += 2;
      continue;
    }
    words.push(word(doc.text, t, t.start, t.end, t.pos, attached));
  }
  return words;
}

function word(text: string, t: Token, start: number, end: number, pos: string, attached: boolean): Word {
  const s = text.slice(start, end);
  return { text: s, lower: s.toLowerCase(), start, end, pos, sentence: t.sentence, attached };
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
