// Builds a Doc the way the pipeline does up to tokenize, for number tests.
import type { Doc } from '../../src/document.js';
import { tokenize } from '../../src/stages/tokenize.js';

export function makeDoc(text: string): Doc {
  return {
    article: { id: 'test', text },
    origin: { file: 'test' },
    sha256: '',
    text,
    ...tokenize(text),
    candidates: [],
    mentions: [],
    entities: [],
  };
}
