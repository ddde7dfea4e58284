// The review commands' help and usage errors, as users meet them.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { annotate, gazette, tempDir } from './helpers.js';

describe('diff, view and export on the command line', () => {
  it('print help with examples', () => {
    for (const command of ['diff', 'view', 'export']) {
      const help = gazette(command, '--help');
      expect(help.code).toBe(0);
      expect(help.stdout).toMatch(new RegExp(`^Usage: gazette ${command} `));
      expect(help.stdout).toMatch(/\nExamples:\n {2}gazette /);
    }
    expect(gazette('--help').stdout).toMatch(/\n {2}diff .*\n {2}view .*\n {2}export /);
  });

  it('name what is wrong with the arguments', () => {
    expect(gazette('view', 'output/')).toMatchObject({ code: 1, stderr: expect.stringContaining('--out DIR is required') });
    expect(gazette('export', 'output/', '--format', 'brat')).toMatchObject({ code: 1, stderr: expect.stringContaining('--out is required: the folder to write') });
    expect(gazette('export', 'output/', '--format', 'spacy', '--out', 'x.jsonl', '--labels', 'ontonotes'))
      .toMatchObject({ code: 1, stderr: expect.stringContaining('--labels applies to --format conll only') });
    expect(gazette('eval', 'tests/gold/')).toMatchObject({ code: 1, stderr: expect.stringContaining('unexpected argument "tests/gold/": the gold is --gold PATH, the predictions --pred DIR|FILE.jsonl') });
    expect(gazette('diff', 'a', 'b', '--limit', '0')).toMatchObject({ code: 2, stderr: expect.stringContaining('--limit must be a whole number of at least 1') });
  });
});

describe('gazette view --out', () => {
  it('writes over a review site it wrote, never over a page of someone else\'s', () => {
    const run = annotate();
    const site = tempDir('view-again');
    expect(gazette('view', run, '--out', site).code).toBe(0);
    expect(gazette('view', run, '--out', site).code).toBe(0);
    const theirs = tempDir('view-theirs');
    writeFileSync(path.join(theirs, 'index.html'), '<!doctype html><title>our team page</title>');
    const refused = gazette('view', run, '--out', theirs);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain(`${path.join(theirs, 'index.html')}: not a page gazette view wrote, so not written over: view into another folder with --out`);
    expect(readFileSync(path.join(theirs, 'index.html'), 'utf8')).toBe('<!doctype html><title>our team page</title>');
    expect(readdirSync(theirs)).toEqual(['index.html']);
  });
});
