// tokenize: the text's tokens (with POS) and sentences, from the text layer.
// Adds: tokens, sentences.
import type { Doc } from '../document.js';
import { tokenize } from '../text/tokenize.js';
import type { Stage } from './stage.js';

export function tokenizeStage(doc: Doc): Doc {
  return { ...doc, ...tokenize(doc.text) };
}

export const stage: Stage = {
  name: 'tokenize',
  requires: [],
  assigns: ['tokens', 'sentences'],
  uses: () => [],
  run: tokenizeStage,
};
