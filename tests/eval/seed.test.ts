import { describe, expect, it } from 'vitest';
import { bCubed } from '../../src/eval/b-cubed.js';
import { scoreSeed } from '../../src/eval/seed.js';
import type { SeedGold } from '../../src/gold/seed.js';
import type { OutputDocument, OutputMention } from '../../src/schema/output.js';

const mention = (start: number, end: number, type: OutputMention['type'], extra: Partial<OutputMention> = {}): OutputMention =>
  ({ start, end, text: 'x', type, sentence: 0, confidence: 1, source: 'test', ...extra });

const doc = (mentions: OutputMention[]) => ({ mentions }) as unknown as OutputDocument;

describe('bCubed', () => {
  it('scores a split and a merge of clusters as B-cubed does', () => {
    // Gold: {a1, a2}, {b1}. Predicted: {a1}, {a2, b1}.
    const s = bCubed([{ gold: 'a', predicted: 'x' }, { gold: 'a', predicted: 'y' }, { gold: 'b', predicted: 'y' }]);
    expect(s.precision).toBeCloseTo((1 + 0.5 + 0.5) / 3);
    expect(s.recall).toBeCloseTo((0.5 + 0.5 + 1) / 3);
    expect(s.exact).toEqual([]);
    expect(s.inexact).toEqual(['a', 'b']);
  });

  it('counts an entity as exact only when its id is its own', () => {
    const s = bCubed([{ gold: 'a', predicted: 'x' }, { gold: 'a', predicted: 'x' }, { gold: 'b', predicted: 'z' }, { gold: 'c' }]);
    expect(s.exact).toEqual(['a', 'b']);
  });

  it('takes time in proportion to the mentions, also for one entity of many (its clusters were read once per mention)', () => {
    const split = (n: number) => Array.from({ length: n }, (_, k) => ({ gold: 'us', predicted: k % 2 ? 'x' : 'y' }));
    const s = bCubed(split(8_000));
    expect(s.precision).toBe(1);
    expect(s.recall).toBeCloseTo(0.5);
    expect(s.inexact).toEqual(['us']);
    // This process's CPU per mention for 8 times the mentions, the least of five tries: under 3 times as much (the square gives 8).
    const perPair = (pairs: { gold: string; predicted: string }[]) => {
      let least = Infinity;
      for (let t = 0; t < 5; t++) {
        const before = process.cpuUsage();
        bCubed(pairs);
        const used = process.cpuUsage(before);
        least = Math.min(least, used.user + used.system);
      }
      return least / pairs.length;
    };
    // Sizes that take milliseconds, so that a collection or a moment off the core does not decide the ratio (2,000 once gave 3.0).
    const [few, many] = [split(20_000), split(160_000)];
    expect(perPair(many) / perPair(few)).toBeLessThan(3);
  });
});

describe('scoreSeed', () => {
  const gold: SeedGold = {
    document: 'd',
    mentions: [
      { start: 0, end: 4, text: 'Iran', type: 'GPE', entity: 'iran' },
      { start: 10, end: 18, text: 'Thursday', type: 'DATE', value: ['2019-12-19'] },
      { start: 20, end: 25, text: '1,000', type: 'CARDINAL', value: 1000 },
      { start: 30, end: 39, text: 'thousands', type: 'CARDINAL', optional: true },
      { start: 40, end: 47, text: 'Iranian', type: 'NORP', entity: 'iranian' },
    ],
  };

  it('matches strictly, counts GPE and LOC as one label, and ignores optional mentions either way', () => {
    const s = scoreSeed([{ gold, pred: doc([
      mention(0, 4, 'LOC', { entity: 'gpe/iran' }),
      mention(10, 18, 'DATE', { value: '2019-12-19' }),
      mention(20, 24, 'CARDINAL', { value: 1000 }), // wrong end
      mention(30, 39, 'CARDINAL'), // optional in gold
      mention(40, 47, 'NORP', { entity: 'norp/iranian' }),
    ]) }]);
    expect(s.core).toMatchObject({ tp: 2, fp: 1, fn: 1 });
    expect(s.extended).toMatchObject({ tp: 1, fp: 0, fn: 0 });
    expect(s.values).toMatchObject({ correct: 1, total: 1 });
    expect(s.linking).toMatchObject({ mentions: 1, entitiesExact: 1, entities: 1 });
  });

  it('scores linking within each article, and across them with the gold keys shared', () => {
    const person = (entity: string) => ({ document: 'd', mentions: [{ start: 0, end: 4, text: 'Marr', type: 'PERSON', entity }] }) as SeedGold;
    // One person in two articles, given a different id in each: right within each, split across them.
    const s = scoreSeed([
      { gold: person('ilse-marr'), pred: doc([mention(0, 4, 'PERSON', { entity: 'nil:person/ilse-marr' })]) },
      { gold: person('ilse-marr'), pred: doc([mention(0, 4, 'PERSON', { entity: 'nil:person/marr' })]) },
    ]);
    expect(s.linking.b3.f1).toBe(1);
    expect(s.linking.acrossArticles.precision).toBe(1);
    expect(s.linking.acrossArticles.recall).toBeCloseTo(0.5);
  });
});
