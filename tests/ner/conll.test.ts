import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { evaluateConll, iobEntities, readConll, readConllColumns, rebuildArticle, scoreConll, toConllType } from '../../src/eval/conll.js';

describe('scoreConll', () => {
  const gold = [
    [
      { start: 0, end: 5, type: 'PER' as const },
      { start: 10, end: 16, type: 'LOC' as const },
      { start: 20, end: 27, type: 'MISC' as const },
    ],
  ];

  it('counts only exact spans with the right type', () => {
    const pred = [
      [
        { start: 0, end: 5, type: 'PER' as const }, // right
        { start: 10, end: 14, type: 'LOC' as const }, // span too short
        { start: 20, end: 27, type: 'ORG' as const }, // wrong type
      ],
    ];
    const s = scoreConll(gold, pred);
    expect(s.PER).toMatchObject({ tp: 1, fp: 0, fn: 0, f1: 1 });
    expect(s.LOC).toMatchObject({ tp: 0, fp: 1, fn: 1 });
    expect(s.ORG).toMatchObject({ tp: 0, fp: 1, fn: 0 });
    expect(s.MISC).toMatchObject({ tp: 0, fp: 0, fn: 1 });
    // MISC stays out of the headline figure
    expect(s['PER+ORG+LOC']).toMatchObject({ tp: 1, fp: 2, fn: 1 });
    expect(s['PER+ORG+LOC'].precision).toBeCloseTo(1 / 3);
    expect(s['PER+ORG+LOC'].recall).toBeCloseTo(1 / 2);
  });

  it('maps project labels onto CoNLL types', () => {
    expect(toConllType('PERSON')).toBe('PER');
    expect(toConllType('GPE')).toBe('LOC');
    expect(toConllType('FAC')).toBe('LOC');
    expect(toConllType('NORP')).toBe('MISC');
    expect(toConllType('EVENT')).toBe('MISC');
    expect(toConllType('DATE')).toBeNull();
  });

  it('scores a recogniser callback, ignoring labels that are not names', () => {
    const text = 'Anna Berg flew to Oslo on Monday.';
    const article = { id: 'a', text, tokens: [], entities: [{ start: 0, end: 9, type: 'PER' as const }, { start: 18, end: 22, type: 'LOC' as const }] };
    const s = evaluateConll([article], () => [
      { start: 0, end: 9, type: 'PERSON' },
      { start: 18, end: 22, type: 'GPE' },
      { start: 26, end: 32, type: 'DATE' },
    ]);
    expect(s['PER+ORG+LOC'].f1).toBe(1);
  });
});

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
