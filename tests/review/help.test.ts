// The review commands' help and usage errors, as users meet them.
import { describe, expect, it } from 'vitest';
import { gazette } from './helpers.js';

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
