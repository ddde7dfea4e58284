// An article's output file is a function of the article (and config, model, registry, version):
// annotated alone, after other articles, in any order, on the main thread or on workers, with
// any concurrency, it is the same bytes. "The idea was Zorblax's." once taught wink's shared
// lexicon that "Zorblax's" is a word, and the next article lost its "Zorblax" mention.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const dir = mkdtempSync(path.join(tmpdir(), 'gazette-determinism-'));
const article = (name: string, text: string) => {
  const file = path.join(dir, name);
  writeFileSync(file, text);
  return file;
};
const taught = article('a-possessive-at-the-end.txt', "The idea was Zorblax's.\n");
const learner = article('b-possessive-inside.txt', "Zorblax's spokesman Tom Brandt said on Monday that Zorblax's plan failed.\n");
const seed = 'corpus/iranfocus-2019-12-20-maximum-pressure.txt';
const inputs = [taught, learner, seed];

/** Runs `gazette run` into a new folder and returns each output file's bytes by name. */
function run(files: string[], ...options: string[]): Map<string, string> {
  const out = mkdtempSync(path.join(tmpdir(), 'gazette-determinism-out-'));
  const result = spawnSync(process.execPath, ['dist/cli.js', 'run', ...files, '--out', out, ...options], {
    encoding: 'utf8', env: { ...process.env, LOG_LEVEL: 'silent' },
  });
  expect(result.status, result.stderr).toBe(0);
  return new Map(readdirSync(out).sort().map((f) => [f, readFileSync(path.join(out, f), 'utf8')]));
}

describe('the same article gives the same output file', () => {
  const alone = new Map<string, string>();
  for (const file of inputs) for (const [name, bytes] of run([file], '--workers', '0')) alone.set(name, bytes);

  it('finds "Zorblax" in the article read alone', () => {
    const doc = JSON.parse(alone.get('b-possessive-inside.json')!);
    expect(doc.mentions.filter((m: { text: string }) => m.text === 'Zorblax')).toHaveLength(2);
  });

  it.each([
    ['after the others, in the main thread', inputs, ['--workers', '0', '--concurrency', '1']],
    ['in reverse order, in the main thread', [...inputs].reverse(), ['--workers', '0', '--concurrency', '4']],
    ['on one worker', inputs, ['--workers', '1', '--concurrency', '1']],
    ['on one worker, reversed, many at once', [...inputs].reverse(), ['--workers', '1', '--concurrency', '8']],
    ['on two workers', inputs, ['--workers', '2', '--concurrency', '2']],
    ['on two workers, one at a time', inputs, ['--workers', '2', '--concurrency', '1']],
  ])('%s', (_, files, options) => {
    const together = run(files, ...options);
    expect([...together.keys()]).toEqual([...alone.keys()].sort());
    for (const [name, bytes] of together) expect(bytes, name).toBe(alone.get(name));
  });
});
