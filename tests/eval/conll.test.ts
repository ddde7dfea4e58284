// The CoNLL-2003 scorer: exact spans per CoNLL type, project labels mapped onto them.
import { describe, expect, it } from 'vitest';
import { evaluateConll, scoreConll } from '../../src/eval/conll.js';
import { toConllType } from '../../src/document.js';

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
    const article = { id: 'a', text, entities: [{ start: 0, end: 9, type: 'PER' as const }, { start: 18, end: 22, type: 'LOC' as const }] };
    const s = evaluateConll([article], () => [
      { start: 0, end: 9, type: 'PERSON' },
      { start: 18, end: 22, type: 'GPE' },
      { start: 26, end: 32, type: 'DATE' },
    ]);
    expect(s['PER+ORG+LOC'].f1).toBe(1);
  });
});
