// tokenize: the text's tokens (with POS) and sentences, from the text layer.
// Adds: tokens, sentences.
import type { Doc } from '../document.js';
import { tokenize } from '../text/tokenize.js';

export function tokenizeStage(doc: Doc): Doc {
  return { ...doc, ...tokenize(doc.text) };
}
