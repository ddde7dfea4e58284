// Builds a Doc the way the pipeline does up to tokenize (wink tokens and sentences), for the
// number and time expression tests.
import { createDoc, type Doc } from '../../src/document.js';
import { tokenize } from '../../src/text/tokenize.js';

export function makeDoc(text: string, published: string | null = null): Doc {
  return { ...createDoc({ id: 'test', published, text }), ...tokenize(text) };
}
