// Builds a Doc the way the pipeline does up to tokenize (wink tokens and sentences), for the
// number and time expression tests.
import type { Doc } from '../../src/document.js';
import { tokenize } from '../../src/text/tokenize.js';

export function makeDoc(text: string, published: string | null = null): Doc {
  return {
    article: { id: 'test', published, text },
    origin: { file: 'test' },
    sha256: '',
    text,
    ...tokenize(text),
    candidates: [],
    mentions: [],
    entities: [],
  };
}
