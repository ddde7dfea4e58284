// An article may hold more mentions than a function call takes arguments (about 120,000 on Node's main
// thread): a list of figures after a results table once failed as "Maximum call stack size exceeded",
// where the results rule passed the mentions after the table on as one spread.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.js';
import { createPipeline } from '../../src/pipeline.js';

const root = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

describe('an article of 140,000 mentions', () => {
  it('is annotated whole, the table\'s teams and every figure after it', () => {
    const pipeline = createPipeline(loadConfig(path.join(root, 'pipeline.config.json')));
    const figures = 140_000;
    const text = `Arsenal 2 Chelsea 1\nLiverpool 3 Everton 0\n\n${Array(figures).fill('7').join(' ')}`;
    const doc = pipeline.process({ id: 'many', text }, { file: 'many' }, 'many');
    expect(doc.mentions.filter((m) => m.type === 'ORG').map((m) => text.slice(m.start, m.end))).toEqual(['Arsenal', 'Chelsea', 'Liverpool', 'Everton']);
    expect(doc.mentions.filter((m) => m.type === 'CARDINAL' && m.start > text.indexOf('\n\n'))).toHaveLength(figures);
  }, 120_000);
});
