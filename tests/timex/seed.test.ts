// The seed article: every non-optional DATE/TIME of its gold is found with the gold span and a
// gold value. Gold offsets are code points; the pipeline's are UTF-16, so they are converted.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Mention } from '../../src/document.js';
import { normalizeTimexes, recognizeTimexes } from '../../src/timex/index.js';
import { makeDoc } from '../numbers/make-doc.js';

const root = new URL('../../', import.meta.url);
const text = readFileSync(new URL('corpus/iranfocus-2019-12-20-maximum-pressure.txt', root), 'utf8');
const gold = JSON.parse(readFileSync(new URL('tests/gold/iranfocus-2019-12-20-maximum-pressure.gold.json', root), 'utf8')) as {
  published: string;
  mentions: { start: number; end: number; text: string; type: string; value?: string[]; optional?: boolean }[];
};

describe('seed article dates', () => {
  const doc = makeDoc(text, gold.published);
  doc.candidates = recognizeTimexes(doc);
  doc.mentions = doc.candidates.map((c): Mention => ({ ...c, sentence: 0 }));
  const codePoints = (utf16: number) => [...text.slice(0, utf16)].length;
  const found = normalizeTimexes(doc).map((m) => ({ start: codePoints(m.start), end: codePoints(m.end), value: m.value }));
  const dates = gold.mentions.filter((m) => (m.type === 'DATE' || m.type === 'TIME') && !m.optional);

  for (const g of dates) {
    it(`${g.text} at ${g.start} → ${g.value?.join(' | ')}`, () => {
      const p = found.find((f) => f.start === g.start && f.end === g.end);
      expect(p, 'span found').toBeDefined();
      expect(g.value).toContain(p!.value);
    });
  }
});
