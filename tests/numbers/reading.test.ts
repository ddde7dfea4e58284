// A number's reading (value, currency, unit, qualifier, counted noun) is made once, by the number
// recognizer, and carried through resolve and normalize unchanged: normalize re-reads nothing.
import { describe, expect, it } from 'vitest';
import type { Mention } from '../../src/document.js';
import { recognizeNumbers } from '../../src/numbers/index.js';
import { recognizeTimexes } from '../../src/timex/index.js';
import { normalizeStage } from '../../src/stages/normalize.js';
import { resolveStage } from '../../src/stages/resolve.js';
import { makeDoc } from './make-doc.js';
import { smallIndex } from '../link/small-registry.js';

const registry = smallIndex();

function throughNormalize(text: string) {
  const doc = makeDoc(text, '2019-12-20');
  const resolved = resolveStage({ ...doc, candidates: recognizeNumbers(doc) }, { registry });
  return { resolved, normalized: normalizeStage(resolved, { registry }) };
}

describe('number readings from recognition to output', () => {
  it('keeps the reading the recognizer made, attrs and all', () => {
    const { resolved, normalized } = throughNormalize('As many as 1,000 people marched, and the bill came to $1.2 billion.');
    expect(normalized.mentions).toEqual(resolved.mentions);
    expect(normalized.mentions.map((m) => [m.type, m.value, m.attrs])).toEqual([
      ['CARDINAL', 1000, { qualifier: 'as many as', counted: 'people' }],
      ['MONEY', 1200000000, { currency: 'USD' }],
    ]);
  });

  it('leaves a vague amount without a value rather than guessing one later', () => {
    const { normalized } = throughNormalize('Thousands of people marched.');
    expect(normalized.mentions).toMatchObject([{ type: 'CARDINAL', attrs: { vague: true } }]);
    expect(normalized.mentions[0].value).toBeUndefined();
  });

  it('does not read a number span no recognizer read', () => {
    const text = 'Police arrested five men.';
    const start = text.indexOf('five');
    const proposed: Mention = { start, end: start + 4, type: 'CARDINAL', source: 'elsewhere', confidence: 0.8, sentence: 0 };
    const doc = { ...makeDoc(text), mentions: [proposed] };
    expect(normalizeStage(doc, { registry }).mentions[0]).toBe(proposed);
  });
});

describe('fractions and stretches of time, between the number and time rules', () => {
  const resolved = (text: string) => {
    const doc = makeDoc(text, '2019-12-20');
    const out = resolveStage({ ...doc, candidates: [...recognizeNumbers(doc), ...recognizeTimexes(doc)] }, { registry });
    return out.mentions.map((m) => [m.type, text.slice(m.start, m.end)]);
  };

  it.each([
    ['About three quarters of the staff left.', [['CARDINAL', 'three quarters']]],
    ['Three quarters of them agreed.', [['CARDINAL', 'Three quarters']]],
  ])('%s: a fraction', (text, expected) => {
    expect(resolved(text)).toEqual(expected);
  });

  it.each([
    ['Profit fell for three quarters of 2019.', 'three quarters'],
    ['The economy had two quarters of growth.', 'two quarters'],
  ])('%s: a stretch of time', (text, span) => {
    expect(resolved(text)).toContainEqual(['DATE', span]);
  });
});
