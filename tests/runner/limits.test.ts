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
    const { inputs, config } = setup({ maxArticleBytes: 2_000_000 });
    const out = tempDir('limits-out');
    const run = gazette(['run', inputs, '--out', out, '--config', config]);
    expect(run.code).toBe(2);
    expect(run.stdout).toMatch(new RegExp(`failed: ${path.join(inputs, 'a-long.txt')}: too large: \\d+ bytes of text, over the limit of 2000000 \\(limits.maxArticleBytes\\)`));
    expect(readdirSync(out).sort()).toEqual(['b-short.json', 'c-short.json']);
  });

  it('refuses unread a file or a JSONL line too large to hold an article within the limit, and reads the rest', () => {
    const inputs = tempDir('limits-unread');
    const config = path.join(tempDir('limits-config'), 'gazette.json');
    writeFileSync(config, JSON.stringify({ registry: path.resolve('registry'), model: path.resolve('models/ner.bin.gz'), limits: { maxArticleBytes: 1000 } }));
    const text = (bytes: number) => SENTENCE.repeat(Math.ceil(bytes / SENTENCE.length)).slice(0, bytes);
    writeFileSync(path.join(inputs, 'big.txt'), text(2004)); // over 2 × 1000 + 3: no encoding holds 1000 bytes of text in it
    writeFileSync(path.join(inputs, 'mid.txt'), text(1500)); // read, and its text found too large
    // 600 characters in UTF-16 take 1,202 bytes, and 600 as text: why a file may be twice the limit.
    writeFileSync(path.join(inputs, 'wide.txt'), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text(600), 'utf16le')]));
    writeFileSync(path.join(inputs, 'feed.jsonl'), `${JSON.stringify({ text: text(7000) })}\n${JSON.stringify({ text: SENTENCE })}\n`);
    const out = tempDir('limits-unread-out');
    const run = gazette(['run', inputs, '--out', out, '--config', config]);
    expect(run.code).toBe(2);
    const limit = 'cannot hold an article within the limit of 1000 bytes of text (limits.maxArticleBytes)';
    expect(run.stdout).toContain(`failed: ${path.join(inputs, 'big.txt')}: too large: a file of 2004 bytes ${limit}`);
    expect(run.stdout).toContain(`failed: ${path.join(inputs, 'feed.jsonl')}:1: too large: a line of 7012 bytes ${limit}`);
    expect(run.stdout).toContain(`failed: ${path.join(inputs, 'mid.txt')}: too large: 1500 bytes of text, over the limit of 1000 (limits.maxArticleBytes)`);
    expect(readdirSync(out).sort()).toEqual(['feed-2.json', 'wide.json']);
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
