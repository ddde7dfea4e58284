// Dates of the ninety-first review round (demographics, nuclear power, video games, telecoms, road safety), through the
// shipped pipeline.
import { describe, expect, it } from 'vitest';
import { readMentions } from '../shipped-pipeline.js';

const dates = (text: string, published: string) => readMentions(text, published)
  .filter((m) => ['DATE', 'TIME'].includes(m.type)).map((m) => [m.text, m.type, m.value]);

describe('"the last year" set off after a year', () => {
  it('is that year', () => {
    expect(dates('Life expectancy had reached 78.8 years in 2019, the last year before the pandemic.', '2022-08-31'))
      .toEqual([['78.8 years', 'DATE', 'P78Y10M'], ['2019', 'DATE', '2019'], ['the last year', 'DATE', '2019']]);
    expect(dates('The rate was 1.46 in 2022, the latest year for which figures are available.', '2024-07-11'))
      .toEqual([['2022', 'DATE', '2022'], ['the latest year', 'DATE', '2022']]);
  });

  it('is the year before the DCT elsewhere', () => {
    expect(dates('Over the last year, prices rose.', '2022-08-31')).toEqual([['the last year', 'DATE', '2021']]);
  });
});
