// The seed article's number mentions: every non-optional one found with its value, F1 ≥ 0.95.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { NUMBER_LABELS, type Label } from '../../src/document.js';
import { recognizeNumbers } from '../../src/numbers/index.js';
import { makeDoc } from './make-doc.js';

interface GoldMention { start: number; end: number; text: string; type: Label; value?: unknown; optional?: boolean }

const ROOT = new URL('../../', import.meta.url);
const NAME = 'iranfocus-2019-12-20-maximum-pressure';
const text = readFileSync(new URL(`corpus/${NAME}.txt`, ROOT), 'utf8');
const gold = JSON.parse(readFileSync(new URL(`tests/gold/${NAME}.gold.json`, ROOT), 'utf8')) as { mentions: GoldMention[] };

/** Gold offsets are code points; the pipeline works in UTF-16 indices. */
function utf16(cp: number): number {
  return [...text].slice(0, cp).join('').length;
}

describe('seed article numbers', () => {
  const found = recognizeNumbers(makeDoc(text));
  const key = (m: { start: number; end: number; type: string }) => `${m.start}:${m.end}:${m.type}`;
  const goldNumbers = gold.mentions
    .filter((m) => NUMBER_LABELS.has(m.type))
    .map((m) => ({ ...m, start: utf16(m.start), end: utf16(m.end) }));
  const optional = new Set(goldNumbers.filter((m) => m.optional).map(key));
  const required = goldNumbers.filter((m) => !m.optional);
  const scored = found.filter((c) => !optional.has(key(c)));
  const byKey = new Map(scored.map((c) => [key(c), c]));
  const tp = required.filter((m) => byKey.has(key(m))).length;
  const precision = tp / scored.length;
  const recall = tp / required.length;
  const f1 = (2 * precision * recall) / (precision + recall);

  it('finds every required number with its value', () => {
    const missing = required.filter((m) => byKey.get(key(m))?.value !== m.value).map((m) => `${m.text}=${String(m.value)}`);
    expect(missing).toEqual([]);
  });

  it('scores number F1 of at least 0.95 (optional mentions neither rewarded nor punished)', () => {
    const spurious = scored.filter((c) => !required.some((m) => key(m) === key(c))).map((c) => text.slice(c.start, c.end));
    console.log(`seed numbers: P=${precision.toFixed(3)} R=${recall.toFixed(3)} F1=${f1.toFixed(3)} spurious=${JSON.stringify(spurious)}`);
    expect(f1).toBeGreaterThanOrEqual(0.95);
  });
});
