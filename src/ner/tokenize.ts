// Tokens and sentences as the pipeline's tokenize stage makes them (wink-nlp with its English lite model),
// so the model is trained on the tokenisation it meets at run time. Whitespace tokens are dropped;
// a line break also ends a sentence (headlines and datelines have no final stop).
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import type { Span, Token } from '../document.js';

let nlp: ReturnType<typeof winkNLP> | null = null;

export interface Tokenized {
  tokens: Token[];
  sentences: Span[];
}

export function tokenizeText(text: string): Tokenized {
  nlp ??= winkNLP(model);
  const its = nlp.its;
  const doc = nlp.readDoc(text);
  const values = doc.tokens().out(its.value) as string[];
  const tags = doc.tokens().out(its.pos) as string[];
  const spans = doc.sentences().out(its.span) as unknown as [number, number][];
  const tokens: Token[] = [];
  // wink token index -> our token index (whitespace tokens map to the next kept token)
  const keptIndex = new Int32Array(values.length + 1);
  let cursor = 0;
  for (let i = 0; i < values.length; i++) {
    keptIndex[i] = tokens.length;
    const value = values[i];
    const at = text.indexOf(value, cursor);
    const start = at < 0 ? cursor : at;
    cursor = start + value.length;
    if (tags[i] === 'SPACE' || value.trim() === '') continue;
    tokens.push({ start, end: cursor, text: value, pos: tags[i], sentence: 0 });
  }
  keptIndex[values.length] = tokens.length;
  const sentences: Span[] = [];
  for (const [first, last] of spans) {
    let from = keptIndex[first];
    const to = keptIndex[last + 1];
    for (let t = from; t < to; t++) {
      const breaksLine = t + 1 < to && text.slice(tokens[t].end, tokens[t + 1].start).includes('\n');
      if (t + 1 === to || breaksLine) {
        for (let k = from; k <= t; k++) tokens[k].sentence = sentences.length;
        sentences.push({ start: tokens[from].start, end: tokens[t].end });
        from = t + 1;
      }
    }
  }
  return { tokens, sentences };
}
