// Runs the timex recognizer and normalizer over a sentence, for tests.
import { describe, expect, it } from 'vitest';
import type { Mention } from '../../src/document.js';
import { normalizeTimexes, recognizeTimexes } from '../../src/timex/index.js';
import { makeDoc } from '../numbers/make-doc.js';

export interface Found { text: string; value?: string | number; type?: string; mod?: string; label: string; }

/** Every timex in `text`, recognized and normalized against `published`. */
export function timexes(text: string, published: string | null = '2019-12-20', minConfidence?: number): Found[] {
  const doc = makeDoc(text, published);
  doc.candidates = recognizeTimexes(doc, { minConfidence });
  doc.mentions = doc.candidates.map((c): Mention => ({ ...c, sentence: 0 }));
  return normalizeTimexes(doc).map((m) => ({
    text: text.slice(m.start, m.end), value: m.value, type: m.attrs?.timex?.type, mod: m.attrs?.timex?.mod, label: m.type,
  }));
}

/** The one timex in `text`. */
export function only(text: string, published: string | null = '2019-12-20'): Found {
  const all = timexes(text, published);
  if (all.length !== 1) throw new Error(`expected one timex in ${JSON.stringify(text)}, got ${JSON.stringify(all)}`);
  return all[0];
}

/** A sentence and every timex expected in it: span, value, type (DATE when left out) and mod. */
export type SentenceRow = [sentence: string, expected: [span: string, value: string, type?: string, mod?: string][]];

/** One test per sentence: exactly the timexes expected, in order, against `published`. */
export function sentenceTable(name: string, published: string, rows: SentenceRow[]): void {
  describe(name, () => {
    it.each(rows)('%s', (sentence, expected) => {
      const found = timexes(sentence, published).map((t) => [t.text, t.value, t.type, t.mod]);
      expect(found).toEqual(expected.map(([span, value, type, mod]) => [span, value, type ?? 'DATE', mod]));
    });
  });
}
