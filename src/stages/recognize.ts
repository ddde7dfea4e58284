// recognize: asks every configured recognizer for candidate spans. Adds: candidates.
// Recognizers only propose; `resolve` decides between overlapping proposals. The recognizers a
// config may name are the ones declared here.
import type { Candidate, Doc, Span, Token } from '../document.js';
import { recognizeNames } from '../ner/index.js';
import { recognizeNumbers } from '../numbers/index.js';
import { recognizeRegistryNames } from '../registry/recognize.js';
import { recognizeTimexes } from '../timex/index.js';
import type { Resources } from '../resources.js';
import { tokenAt } from '../text/token-at.js';
import type { Stage } from './stage.js';

/** The recognizers by name, in the order their candidates are listed. */
export const RECOGNIZERS: Readonly<Record<string, (doc: Doc, resources: Resources) => Candidate[]>> = {
  model: (doc, { model }) => recognizeNames(doc, model),
  registry: (doc, { registry }) => recognizeRegistryNames(doc, registry),
  timex: (doc) => recognizeTimexes(doc),
  numbers: (doc) => recognizeNumbers(doc),
};

/** The resources each recognizer reads. */
const USES: Readonly<Record<string, readonly (keyof Resources)[]>> = { model: ['model'], registry: ['registry'], timex: [], numbers: [] };

export function recognizeStage(doc: Doc, resources: Resources, names: readonly string[]): Doc {
  const candidates: Candidate[] = [];
  for (const name of names) for (const c of RECOGNIZERS[name](doc, resources)) if (!coversOpaque(doc.tokens, c)) candidates.push(c);
  return { ...doc, candidates };
}

/** Whether a span touches a token that cannot be a word (a URL, a blob): no mention is made of it. */
function coversOpaque(tokens: readonly Token[], span: Span): boolean {
  for (let t = tokenAt(tokens, span.start); t < tokens.length && tokens[t].start < span.end; t++) if (tokens[t].opaque) return true;
  return false;
}

export const stage: Stage = {
  name: 'recognize',
  requires: ['tokens', 'sentences'],
  assigns: ['candidates'],
  uses: ({ recognizers }) => recognizers.flatMap((name) => USES[name]),
  run: (doc, resources, { recognizers }) => recognizeStage(doc, resources, recognizers),
};
