// Dates of the ninety-fourth review round (aviation, agriculture, sport abroad, central banks, public health), through
// the shipped pipeline.
import { describe, expect, it } from 'vitest';
import { readTimes } from '../shipped-pipeline.js';

describe('a word spelt alike in the past and the present after a noun a determiner or a figure opens', () => {
  it('is the head of the noun phrase, and gives the month no past', () => {
    expect(readTimes('Markets are betting on a rate cut in October.', '2024-08-08')).toEqual([['October', 'DATE', '2024-10']]);
    expect(readTimes('We expect another 25 basis point cut in June.', '2024-08-08').at(-1)).toEqual(['June', 'DATE', '2025-06']);
  });

  it('is the verb after a subject with no determiner or before an object', () => {
    expect(readTimes('The central bank cut rates in October.', '2024-08-08')).toEqual([['October', 'DATE', '2023-10']]);
    expect(readTimes('Figures are due after the market closes at 4 p.m. on Thursday.', '2024-04-24'))
      .toEqual([['4 p.m.', 'TIME', '2024-04-25T16:00'], ['Thursday', 'DATE', '2024-04-25']]);
  });
});

describe('a figure after a month\'s name and before "to" and a clock time', () => {
  it('is the month\'s day, no minutes to the hour', () => {
    expect(readTimes('The strike ran from 7 a.m. on Dec. 17 to 7 a.m. on Dec. 22.', '2026-01-15'))
      .toEqual([['7 a.m.', 'TIME', '2025-12-17T07:00'], ['Dec. 17', 'DATE', '2025-12-17'], ['7 a.m.', 'TIME', '2025-12-22T07:00'], ['Dec. 22', 'DATE', '2025-12-22']]);
  });

  it('leaves a clock reading in words one', () => {
    expect(readTimes('We met at ten to seven.', '2026-01-15')).toEqual([['ten to seven', 'TIME', '2026-01-15T06:50']]);
  });
});

describe('half an hour after a clock time', () => {
  it('is counted in minutes', () => {
    expect(readTimes('The decision came at 2:15 p.m. Lagarde spoke half an hour later.', '2024-06-06'))
      .toEqual([['2:15 p.m.', 'TIME', '2024-06-06T14:15'], ['half an hour later', 'TIME', '2024-06-06T14:45']]);
  });
});

describe('lengths between two figures and "and"', () => {
  it('are two, as "four to 14 days" are', () => {
    expect(readTimes('Symptoms appear between four and 14 days after infection.', '2024-06-06'))
      .toEqual([['four', 'DATE', 'P4D'], ['14 days', 'DATE', 'P14D']]);
  });
});

describe('a marketing or crop year and a comparative after a scaled figure', () => {
  it('are one expression, and out of the date', () => {
    expect(readTimes('Exports rose in the 2026/27 marketing year.', '2026-11-04')).toEqual([['the 2026/27 marketing year', 'DATE', '2026']]);
    expect(readTimes('Exports were 1.1 million fewer than a year earlier.', '2026-11-04')).toEqual([['a year earlier', 'DATE', '2025']]);
  });
});
