// normalizeNumber re-reads a mention's span, whichever recognizer proposed it.
import { describe, expect, it } from 'vitest';
import type { Label, Mention } from '../../src/document.js';
import { normalizeNumber } from '../../src/numbers/index.js';
import { makeDoc } from './make-doc.js';

function mentionOf(text: string, span: string, type: Label): Mention {
  const start = text.indexOf(span);
  return { start, end: start + span.length, type, source: 'model', confidence: 0.8, sentence: 0 };
}

describe('normalizeNumber', () => {
  it('fills the value, qualifier and counted noun of a bare cardinal', () => {
    const text = 'The White House said as many as 1,000 people were killed.';
    const m = normalizeNumber(makeDoc(text), mentionOf(text, '1,000', 'CARDINAL'));
    expect(m).toMatchObject({ value: 1000, attrs: { qualifier: 'as many as', counted: 'people' } });
  });

  it('reads a span that includes its qualifier', () => {
    const text = 'They said about 300 people died.';
    const m = normalizeNumber(makeDoc(text), mentionOf(text, 'about 300', 'CARDINAL'));
    expect(m).toMatchObject({ start: text.indexOf('about'), value: 300, attrs: { qualifier: 'about' } });
  });

  it('fills currency for money', () => {
    const text = 'The deal is worth $1.2 billion to them.';
    const m = normalizeNumber(makeDoc(text), mentionOf(text, '$1.2 billion', 'MONEY'));
    expect(m).toMatchObject({ value: 1200000000, attrs: { currency: 'USD' } });
  });

  it('gives a value to a number the recognizer itself would leave to the dates', () => {
    const text = 'The fine was 2015 dollars.';
    expect(normalizeNumber(makeDoc(text), mentionOf(text, '2015', 'CARDINAL')).value).toBe(2015);
  });

  it('reads an ordinal word', () => {
    const text = 'It was the twenty-first attempt.';
    expect(normalizeNumber(makeDoc(text), mentionOf(text, 'twenty-first', 'ORDINAL')).value).toBe(21);
  });

  it('keeps a value that is already there', () => {
    const text = 'Police arrested five men.';
    const m = { ...mentionOf(text, 'five', 'CARDINAL'), value: 6 };
    expect(normalizeNumber(makeDoc(text), m).value).toBe(6);
  });

  it('returns a span with no numeral unchanged', () => {
    const text = 'They targeted a number of individuals.';
    const m = mentionOf(text, 'a number', 'CARDINAL');
    expect(normalizeNumber(makeDoc(text), m)).toEqual(m);
  });
});
