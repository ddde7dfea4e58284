// Dates and times of the hundred-and-eleventh review round (shipping, retail, public health, entertainment, the car
// industry), through the shipped pipeline.
import { describe, expect, it } from 'vitest';
import { readTimes } from '../shipped-pipeline.js';

const values = (text: string, published: string) => readTimes(text, published).map(([span, , value]) => [span, value]);

describe('"May" after another month and a joiner', () => {
  it('is the month, whatever verb follows it', () => {
    expect(values('About 90% of tours scheduled for April and May have been postponed.', '2020-03-20'))
      .toEqual([['April', '2020-04'], ['May', '2020-05']]);
  });

  it('stays the verb after no month', () => {
    expect(values('Prices may have peaked in April.', '2020-03-20')).toEqual([['April', '2019-04']]);
  });
});

describe('"a second" after a length and "and"', () => {
  it('is the ordinal before a noun', () => {
    expect(values('Children get the first dose at 12 to 15 months and a second dose at 4 years.', '2025-03-01').map(([span]) => span))
      .not.toContain('15 months and a second');
  });

  it('is a second of time at the end of the length', () => {
    expect(values('He finished in two minutes and a second.', '2025-03-01')).toEqual([['two minutes and a second', 'PT2M1S']]);
  });
});

describe('clock times', () => {
  it('in four figures before a city\'s time are times, the city out of the span', () => {
    expect(values('The index is published at 1300 London time.', '2024-05-21')).toEqual([['1300', '2024-05-21T13:00']]);
  });

  it('leave four figures before a capitalised word without "time" alone', () => {
    expect(values('Shares rose at 1300 Friday.', '2024-05-21').map(([span]) => span)).not.toContain('1300');
  });

  it('read the first hour of a choice with the second\'s half of the day', () => {
    expect(values('Most curtains go up at 7 or 8 p.m.', '2019-06-10')).toEqual([['7', '2019-06-10T19:00'], ['8 p.m.', '2019-06-10T20:00']]);
  });
});

describe('quarters that a verb of taking or lasting governs', () => {
  it('are a length of time', () => {
    expect(readTimes('A full return would take at least two quarters, he said.', '2025-11-20')).toEqual([['at least two quarters', 'DATE', 'P2Q']]);
  });

  it('leave a share a share', () => {
    expect(readTimes('At least three quarters of members agreed.', '2025-11-20')).toEqual([]);
  });
});

describe('a day moved with a particle', () => {
  it('lies ahead when pushed back to it', () => {
    expect(values('The launch event has since been pushed back to October.', '2024-07-10')).toEqual([['October', '2024-10']]);
  });
});

describe('the nth weekend of a month', () => {
  it('is the weekend of its nth Saturday', () => {
    expect(values('Occupancy reached 94% on the first weekend of June 2023.', '2024-03-01')).toEqual([['the first weekend of June 2023', '2023-W22-WE']]);
    expect(values('It closes on the last weekend of April 2024.', '2024-03-01')).toEqual([['the last weekend of April 2024', '2024-W17-WE']]);
  });
});
