// recognize: asks every configured recognizer for candidate spans. Adds: candidates.
// Recognizers only propose; `resolve` decides between overlapping proposals.
import type { Candidate, Doc, Span, Token } from '../document.js';
import type { RECOGNIZERS } from '../config.js';
import { recognizeNames } from '../ner/index.js';
import { recognizeNumbers } from '../numbers/index.js';
import { recognizeRegistryNames } from '../registry/recognize.js';
import { recognizeTimexes } from '../timex/index.js';
import type { Resources } from '../resources.js';
import { tokenAt } from '../text/token-at.js';

export type RecognizerName = (typeof RECOGNIZERS)[number];

const recognizers: Record<RecognizerName, (doc: Doc, resources: Resources) => Candidate[]> = {
  model: (doc, { model }) => recognizeNames(doc, model),
  registry: (doc, { registry }) => recognizeRegistryNames(doc, registry),
  timex: (doc) => recognizeTimexes(doc),
  numbers: (doc) => recognizeNumbers(doc),
};

export function recognizeStage(doc: Doc, resources: Resources, names: readonly RecognizerName[]): Doc {
  const candidates: Candidate[] = [];
  for (const name of names) for (const c of recognizers[name](doc, resources)) if (!coversOpaque(doc.tokens, c)) candidates.push(c);
  return { ...doc, candidates };
}

/** Whether a span touches a token that cannot be a word (a URL, a blob): no mention is made of it. */
function coversOpaque(tokens: readonly Token[], span: Span): boolean {
  for (let t = tokenAt(tokens, span.start); t < tokens.length && tokens[t].start < span.end; t++) if (tokens[t].opaque) return true;
  return false;
}
