// Limits from the config: an article over the size limit or the time limit fails by name (file,
// limit) and the batch goes on; an article that overruns is stopped, not waited for.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { counts, gazette, tempDir } from './cli.js';

const SENTENCE = 'Officials in Paris said on Monday that Angela Merkel met Emmanuel Macron in Berlin. ';

function setup(limits: object) {
  const inputs = tempDir('limits');
  writeFileSync(path.join(inputs, 'a-long.txt'), SENTENCE.repeat(Math.ceil(3_000_000 / SENTENCE.length)));
  writeFileSync(path.join(inputs, 'b-short.txt'), SENTENCE);
  writeFileSync(path.join(inputs, 'c-short.txt'), 'The European Union fined Google 2.4 billion euros.');
  const config = path.join(tempDir('limits-config'), 'gazette.json');
  writeFileSync(config, JSON.stringify({ registry: path.resolve('registry'), model: path.resolve('models/ner.bin.gz'), limits }));
  return { inputs, config };
}

describe('limits', () => {
  it('refuses an article over limits.maxArticleBytes, naming the limit, and goes on', () => {
    const { inputs, config } = setup({ maxArticleBytes: 1_000_000 });
    const out = tempDir('limits-out');
    const run = gazette(['run', inputs, '--out', out, '--config', config]);
    expect(run.code).toBe(2);
    expect(run.stdout).toMatch(new RegExp(`failed: ${path.join(inputs, 'a-long.txt')}: too large: \\d+ bytes of text, over the limit of 1000000 \\(limits.maxArticleBytes\\)`));
    expect(readdirSync(out).sort()).toEqual(['b-short.json', 'c-short.json']);
  });

  // The long article is 3 MB of text, seconds of work on any machine, where each short one is
  // a few milliseconds: a limit of 2 s tells them apart even on a machine loaded many times over.
  // With a higher concurrency a worker already holds the next article when it is stopped: that
  // one goes to its replacement.
  for (const [workers, concurrency] of [['0', '1'], ['1', '1'], ['1', '4']]) {
    it(`stops an article over limits.articleSeconds and writes the ones behind it (--workers ${workers} --concurrency ${concurrency})`, () => {
      const { inputs, config } = setup({ maxArticleBytes: 4_000_000, articleSeconds: 2 });
      const out = tempDir('limits-out');
      const run = gazette(['run', inputs, '--out', out, '--config', config, '--workers', workers, '--concurrency', concurrency]);
      expect(run.code, run.stderr).toBe(2);
      expect(run.stdout).toContain(`failed: ${path.join(inputs, 'a-long.txt')}: over the time limit: still running after 2 s (limits.articleSeconds)`);
      expect(counts(run.stdout)).toMatchObject({ read: 3, written: 2, failed: 1 });
      expect(readdirSync(out).sort()).toEqual(['b-short.json', 'c-short.json']);
      // The articles after a stopped one come out as they do in a run without it.
      const alone = tempDir('limits-alone');
      expect(gazette(['run', path.join(inputs, 'b-short.txt'), path.join(inputs, 'c-short.txt'), '--out', alone, '--workers', workers]).code).toBe(0);
      for (const f of ['b-short.json', 'c-short.json']) expect(readFileSync(path.join(out, f), 'utf8')).toBe(readFileSync(path.join(alone, f), 'utf8'));
    });
  }
});
