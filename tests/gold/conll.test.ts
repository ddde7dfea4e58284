// The CoNLL-2003 readers: IOB tags to spans, testa spacing, four-column files, testa folders.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { iobEntities, readConll, readConllColumns, rebuildArticle } from '../../src/gold/conll.js';

describe('CoNLL readers', () => {
  it('reads IOB1: I- opens a name, B- splits two adjacent names of one type', () => {
    const tokens = [
      { start: 0, end: 1, tag: 'I-ORG' },
      { start: 2, end: 3, tag: 'I-ORG' },
      { start: 4, end: 5, tag: 'B-ORG' },
      { start: 6, end: 7, tag: 'O' },
      { start: 8, end: 9, tag: 'I-PER' },
      { start: 10, end: 11, tag: 'I-LOC' },
    ];
    expect(iobEntities(tokens)).toEqual([
      { start: 0, end: 3, type: 'ORG' },
      { start: 4, end: 5, type: 'ORG' },
      { start: 8, end: 9, type: 'PER' },
      { start: 10, end: 11, type: 'LOC' },
    ]);
  });

  it('rebuilds text with the testa spacing rules', () => {
    const a = rebuildArticle('x', [
      [['Kim', 'I-PER'], ["'s", 'O'], ['share', 'O'], ['(', 'O'], ['$', 'O'], ['5', 'O'], [')', 'O'], ['rose', 'O'], ['3', 'O'], ['%', 'O'], ['.', 'O']],
      [['OSLO', 'I-LOC'], ['1997-05-14', 'O']],
    ]);
    expect(a.text).toBe("Kim's share ($5) rose 3%.\nOSLO 1997-05-14");
    expect(a.entities.map((e) => a.text.slice(e.start, e.end))).toEqual(['Kim', 'OSLO']);
  });

  it('reads a four-column file into articles split at -DOCSTART-', () => {
    const dir = mkdtempSync(join(tmpdir(), 'conll-'));
    const file = join(dir, 'tiny.iob');
    writeFileSync(
      file,
      [
        '-DOCSTART- -X- O O', '',
        'Lena NNP I-NP I-PER', 'Moss NNP I-NP I-PER', 'visited VBD I-VP O', 'Riga NNP I-NP I-LOC', '. . O O', '',
        '-DOCSTART- -X- O O', '',
        'Acme NNP I-NP I-ORG', 'Corp NNP I-NP I-ORG', 'fell VBD I-VP O', '. . O O', '',
      ].join('\n'),
    );
    const articles = readConllColumns(file);
    expect(articles.map((a) => a.text)).toEqual(['Lena Moss visited Riga.', 'Acme Corp fell.']);
    expect(articles[0].entities).toEqual([
      { start: 0, end: 9, type: 'PER' },
      { start: 18, end: 22, type: 'LOC' },
    ]);
    expect(articles[1].entities).toEqual([{ start: 0, end: 9, type: 'ORG' }]);
  });

  it('refuses a file of another kind given as CoNLL gold, naming the line (plain text was scored as an article nobody tagged)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'conll-'));
    const text = join(dir, 'article.txt');
    writeFileSync(text, 'Angela Merkel met Emmanuel Macron in Paris.\n');
    expect(() => readConllColumns(text)).toThrow(`--gold ${text}:1: not a CoNLL line (a token first, its tag last: O, B-TYPE or I-TYPE of PER, ORG, LOC, MISC), nor is the file any other gold format`);
    const oneColumn = join(dir, 'words.iob');
    writeFileSync(oneColumn, 'Lena NNP I-NP I-PER\nMoss\n');
    expect(() => readConllColumns(oneColumn)).toThrow(`${oneColumn}:2: not a CoNLL line`);
  });

  it('reads a testa-style folder and names a gold file it cannot use', () => {
    const dir = mkdtempSync(join(tmpdir(), 'conll-'));
    writeFileSync(join(dir, 'conll-001.gold.json'), JSON.stringify({ text: 'Riga', entities: [{ start: 0, end: 4, type: 'LOC' }] }));
    expect(readConll(dir)).toEqual([{ id: 'conll-001', text: 'Riga', entities: [{ start: 0, end: 4, type: 'LOC' }] }]);
    writeFileSync(join(dir, 'conll-002.gold.json'), JSON.stringify({ text: 'Oslo' }));
    expect(() => readConll(dir)).toThrow(/conll-002\.gold\.json: not CoNLL gold: entities: /);
    writeFileSync(join(dir, 'conll-002.gold.json'), '{');
    expect(() => readConll(dir)).toThrow(/conll-002\.gold\.json: malformed JSON/);
  });
});
