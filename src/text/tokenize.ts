// The tokenizer: wink-nlp tokens with their POS and sentences, with UTF-16 offsets into the text.
// Used by the tokenize stage, by training and by scripts.
import { createRequire } from 'node:module';
import winkNLP from 'wink-nlp';
import type { Span, Token } from '../document.js';

const require = createRequire(import.meta.url);
// wink's model ships as CommonJS; it is loaded once per process, on first use (so that --help
// and argument errors answer at once). Only the sentence splitter and POS tagger run: wink's
// own entity recognizer is not used here.
let wink: ReturnType<typeof winkNLP> | undefined;
const nlp = () => (wink ??= winkNLP(require('wink-eng-lite-web-model'), ['sbd', 'pos']));
const WHITESPACE = /^\s+$/;

export interface Tokenized {
  tokens: Token[];
  sentences: Span[];
}

export function tokenize(text: string): Tokenized {
  const { its } = nlp();
  const wdoc = nlp().readDoc(text);
  const values = wdoc.tokens().out(its.value) as string[];
  const tags = wdoc.tokens().out(its.pos) as string[];
  const tokens: Token[] = [];
  // Token index → position in `tokens` (a token that cannot be placed in the text is skipped).
  const placed = new Int32Array(values.length).fill(-1);
  let cursor = 0;
  for (let i = 0; i < values.length; i++) {
    if (WHITESPACE.test(values[i])) continue; // wink keeps line breaks as tokens; they only split sentences
    const at = text.indexOf(values[i], cursor);
    if (at < 0) continue;
    placed[i] = tokens.length;
    tokens.push({ start: at, end: at + values[i].length, text: values[i], pos: tags[i], sentence: 0 });
    cursor = at + values[i].length;
  }
  const sentences = splitSentences(text, tokens, wdoc.sentences().out(its.span) as unknown as [number, number][], placed);
  return { tokens, sentences };
}

/**
 * wink's sentence ends, corrected two ways: a line break always ends a sentence (headlines,
 * datelines and one-sentence-a-line text carry no full stop), and a break with no space after
 * it is undone ("H.Res.752" is one name, not two sentences).
 */
function splitSentences(text: string, tokens: Token[], winkSpans: [number, number][], placed: Int32Array): Span[] {
  const ends = new Set<number>();
  for (const [, last] of winkSpans) if (placed[last] >= 0) ends.add(placed[last]);
  const sentences: Span[] = [];
  let first = 0;
  for (let t = 0; t < tokens.length; t++) {
    const next = tokens[t + 1];
    const gap = next ? text.slice(tokens[t].end, next.start) : '';
    const boundary = !next || gap.includes('\n') || (ends.has(t) && gap.length > 0);
    if (!boundary) continue;
    for (let k = first; k <= t; k++) tokens[k].sentence = sentences.length;
    sentences.push({ start: tokens[first].start, end: tokens[t].end });
    first = t + 1;
  }
  return sentences;
}
