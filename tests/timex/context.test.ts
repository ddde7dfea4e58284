// Context: words that only look like dates, anaphoric expressions, and mentions from other recognizers.
import { describe, expect, it } from 'vitest';
import type { Doc, Mention } from '../../src/document.js';
import { normalizeTimexes } from '../../src/timex/index.js';
import { makeDoc } from '../numbers/make-doc.js';
import { only, timexes } from './timex-doc.js';

describe('words that are not dates', () => {
  it.each([
    ['The minister may resign.'],
    ['Prices fall when supply grows.'],
    ['They paid a quarterly dividend.'],
    ['More than 2000 people were arrested.'],
    ['The bill is H.Res.752 and costs $1988.'],
    ['Two-thirds and three-quarters of voters agreed.'],
    ['Mr. Schwarz, 52 years old, will succeed him.'],
    ['Baker said on ABC\'s "This Week With David Brinkley" that he agreed.'],
    ['This is VOA Today.'],
  ])('%s', (sentence) => {
    expect(timexes(sentence)).toEqual([]);
  });
});

describe('anaphoric expressions count from the last date mentioned', () => {
  it('"a day earlier" after Thursday is Wednesday', () => {
    const found = timexes('The vote came on Thursday. A day earlier, the committee had met.');
    expect(found.map((f) => [f.text, f.value])).toEqual([['Thursday', '2019-12-19'], ['A day earlier', '2019-12-18']]);
  });

  it('"a year earlier" in a sentence about a quarter keeps the quarter', () => {
    const found = timexes('Profit in the third quarter was $5 million, up from $4 million a year earlier.', '1989-10-26');
    expect(found.map((f) => f.value)).toEqual(['1989-Q3', '1988-Q3']);
  });

  it('"that year" takes the year of the date before it', () => {
    const found = timexes('He was arrested in 1988. He was executed that year.');
    expect(found.map((f) => f.value)).toEqual(['1988', '1988']);
  });
});

/** Normalizes one mention another recognizer proposed, alone in its document. */
function normalizeTimex(doc: Doc, mention: Mention): Mention {
  return normalizeTimexes(doc, [mention])[0];
}

describe('normalizeTimexes on a span from another recognizer', () => {
  it('re-reads the text of the span, with its qualifier', () => {
    const text = 'They met again about a week later, officials said.';
    const doc = makeDoc(text, '2019-12-20');
    const start = text.indexOf('about');
    const mention: Mention = { start, end: start + 'about a week later'.length, type: 'DATE', source: 'model', confidence: 0.9, sentence: 0 };
    const n = normalizeTimex(doc, mention);
    // With no date before it, "later" counts from the DCT, at the granularity of its unit.
    expect(n.value).toBe('2019-W52');
    expect(n.attrs?.timex).toEqual({ type: 'DATE', mod: 'APPROX' });
  });

  it('reads a span that a longer expression around it would cover', () => {
    const text = 'They met Thursday, Dec. 19, in Vienna.';
    const doc = makeDoc(text, '2019-12-20');
    const mention: Mention = { start: 9, end: 17, type: 'DATE', source: 'model', confidence: 0.9, sentence: 0 };
    expect(normalizeTimex(doc, mention).value).toBe('2019-12-19');
  });

  it('a period that a date closes is a duration', () => {
    expect(timexes('Net income for the year ended Aug. 31 rose.').map((t) => [t.text, t.value])).toEqual([['the year', 'P1Y'], ['Aug. 31', '2019-08-31']]);
  });

  it('leaves a mention it cannot read without a value', () => {
    const doc = makeDoc('It happened in the era of Khomeini.', '2019-12-20');
    const mention: Mention = { start: 15, end: 22, type: 'DATE', source: 'model', confidence: 0.9, sentence: 0 };
    expect(normalizeTimex(doc, mention).value).toBeUndefined();
  });
});

describe('tense', () => {
  it('a past participle after "will be" does not make a weekday past', () => {
    expect(only('The meeting will be held on Monday.').value).toBe('2019-12-23');
  });
});

describe('tense of reporting and present verbs', () => {
  it('"said Thursday" is the Thursday before, even when the clause looks ahead', () => {
    expect(timexes('A spokesman said Thursday that the troops will remain.')[0].value).toBe('2019-12-19');
  });
  it('a present verb just before a weekday looks ahead', () => {
    expect(only('The two leaders meet separately Monday.').value).toBe('2019-12-23');
  });
});
