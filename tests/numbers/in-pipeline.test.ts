// The numbers of running news text as the whole shipped pipeline keeps them, where the time rules
// and the name model read the same words: what resolve lets stand of each reading.
import { describe, expect, it } from 'vitest';
import { readMentions } from '../shipped-pipeline.js';

const numbers = (text: string) => readMentions(text, '2024-03-15')
  .filter((m) => ['CARDINAL', 'ORDINAL', 'PERCENT', 'MONEY', 'QUANTITY', 'DATE', 'TIME'].includes(m.type))
  .map((m) => [m.type, m.text]);

describe('numbers beside dates in the whole pipeline', () => {
  it('keeps an age and a rank beside a date', () => {
    expect(numbers('A 25-year-old man scored in the 34th minute on March 3.')).toEqual([
      ['CARDINAL', '25'], ['ORDINAL', '34th'], ['DATE', 'March 3'],
    ]);
  });

  it('leaves an ordinal that opens a date to the date', () => {
    expect(numbers('Talks resume in the first week of April.')).toEqual([['DATE', 'the first week of April']]);
  });

  it('leaves a decade and a century to the dates, and a title and a version to no number', () => {
    expect(numbers('The first lady said prices fell in the 1990s, a 21st-century problem, as Python 3.11 shipped.')).toEqual([
      ['DATE', 'the 1990s'], ['DATE', '21st-century'],
    ]);
  });

  it('keeps the count of a headline in title case and a multiple', () => {
    expect(numbers('Police Arrest 3 Men After Output Rose Tenfold')).toEqual([['CARDINAL', '3'], ['CARDINAL', 'Tenfold']]);
  });

  it('reads a standings row after a club as figures', () => {
    expect(numbers('Arsenal 14 10 3 1 32 12 33').map(([, text]) => text)).toEqual(['14', '10', '3', '1', '32', '12', '33']);
  });
});

describe('a currency many countries name alike', () => {
  const currencies = (text: string) => readMentions(text, '1996-12-06').filter((m) => m.type === 'MONEY').map((m) => [m.text, m.currency ?? null]);

  it('is the one the article states for its name', () => {
    expect(currencies('The club were fined 25,000 Swiss francs. The player was fined 5,000 francs.'))
      .toEqual([['25,000 Swiss francs', 'CHF'], ['5,000 francs', 'CHF']]);
  });

  it('stays unstated where the article names two of them', () => {
    expect(currencies('Belgium paid 10 Belgian francs and France 5 French francs; fees were 3 francs.'))
      .toEqual([['10 Belgian francs', 'BEF'], ['5 French francs', 'FRF'], ['3 francs', null]]);
  });
});
