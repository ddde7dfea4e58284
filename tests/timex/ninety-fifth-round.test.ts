// Dates of the ninety-fifth review round (results stories, insurance, real estate, cars, education, weather), through
// the shipped pipeline.
import { describe, expect, it } from 'vitest';
import { readTimes } from '../shipped-pipeline.js';

const valueOf = (times: string[][], text: string) => times.find(([span]) => span === text)?.[2];

describe('the period a figure is compared with ("from $5.1 billion in the first quarter")', () => {
  it('is no period the story goes on about', () => {
    const times = readTimes("Shell's second-quarter profit fell to $4.3 billion from $5.1 billion in the first quarter. "
      + 'In the quarter, production averaged 2.7 million barrels a day, below the same period last year.', '2025-07-30');
    expect(valueOf(times, 'the first quarter')).toBe('2025-Q1');
    expect(valueOf(times, 'the quarter')).toBe('2025-Q2');
    expect(valueOf(times, 'the same period last year')).toBe('2024-Q2');
  });

  it('leaves a period told without a figure compared the story\'s', () => {
    const times = readTimes('Sales rose 3% in the first quarter. In the same period a year earlier, they fell.', '2025-05-30');
    expect(valueOf(times, 'the same period a year earlier')).toBe('2024-Q1');
  });
});

describe('a bare "the quarter" or "the year" that restates the period a story reports on', () => {
  it('carries that period to the sentences after it', () => {
    const times = readTimes('Acme reported a 12% rise in fourth-quarter profit on Thursday. Revenue in the quarter rose to $4.1 billion '
      + 'from $3.6 billion a year earlier. For the full year, profit rose 8%. In the same quarter last year, margins were thinner.', '2025-02-06');
    expect(valueOf(times, 'the quarter')).toBe('2024-Q4');
    expect(valueOf(times, 'the full year')).toBe('2024');
    expect(valueOf(times, 'the same quarter last year')).toBe('2023-Q4');
  });

  it('makes the quarter just reported on the one a later comparison is of', () => {
    expect(readTimes('Sales in the quarter rose 3%. In the same period a year earlier, margins were 17.4%.', '2024-08-01'))
      .toEqual([['the quarter', 'DATE', '2024-Q2'], ['the same period a year earlier', 'DATE', '2023-Q2']]);
  });
});

describe('"a year ago" after a figure, in the sentence of a report\'s day', () => {
  it('is the quarter reported on a year back, not the year', () => {
    expect(readTimes('Tesla reported third-quarter revenue of $28.1 billion on Wednesday, up 12% from a year ago.', '2025-10-23'))
      .toEqual([['third-quarter', 'DATE', '2025-Q3'], ['Wednesday', 'DATE', '2025-10-22'], ['a year ago', 'DATE', '2024-Q3']]);
  });

  it('stays a year where no quarter or half was told', () => {
    expect(valueOf(readTimes('The company said on Wednesday that sales were up 12% from a year ago.', '2025-10-23'), 'a year ago')).toBe('2024');
  });
});

describe('"the prior-year quarter"', () => {
  it('is the year-ago quarter, as "the year-ago quarter" is', () => {
    const times = readTimes('Operating income in the third quarter fell 40% from the prior-year quarter.', '2025-10-23');
    expect(valueOf(times, 'the prior-year quarter')).toBe('2024-Q3');
  });

  it('is no date before another noun', () => {
    expect(readTimes('The charge cut prior-year earnings.', '2025-10-23')).toEqual([]);
  });
});
