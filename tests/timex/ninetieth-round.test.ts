// Dates of the ninetieth review round (television, food recalls, mining, wildlife, housing), through the shipped pipeline.
import { describe, expect, it } from 'vitest';
import { readTimes } from '../shipped-pipeline.js';

const dates = readTimes;

describe('two clock times joined by a slash', () => {
  it('are two times, each with its zone', () => {
    expect(dates('The ceremony will air live on Fox at 8 p.m. ET/5 p.m. PT on Monday.', '2024-01-12'))
      .toEqual([['8 p.m. ET', 'TIME', '2024-01-15T20:00'], ['5 p.m. PT', 'TIME', '2024-01-15T17:00'], ['Monday', 'DATE', '2024-01-15']]);
  });

  it('still keep a slash after figures inside one expression', () => {
    expect(dates('Profit rose in the 2020/21 season.', '2022-01-12')).toEqual([['2020/21', 'DATE', '2020']]);
    expect(dates('It was filed on 31/Oct/1974.', '2022-01-12')).toEqual([['31/Oct/1974', 'DATE', '1974-10-31']]);
  });
});

describe('a quarter named by its last month and a hyphen', () => {
  it('is that quarter, as "the March quarter" is', () => {
    expect(dates('March-quarter output rose. Its September-quarter report is due in mid-October.', '2025-07-17'))
      .toEqual([['March-quarter', 'DATE', '2025-Q1'], ['September-quarter', 'DATE', '2025-Q3'], ['mid-October', 'DATE', '2025-10']]);
  });

  it('is no quarter after a span of months', () => {
    expect(dates('It will report results for the April-September half.', '2024-10-30').map(([text]) => text)).not.toContain('September half');
  });
});

describe('a range of months "of that year"', () => {
  it('puts both months in the year told before', () => {
    expect(dates('The 2018 outbreak sickened 210 people between March and June of that year.', '2025-03-21'))
      .toEqual([['2018', 'DATE', '2018'], ['March', 'DATE', '2018-03'], ['June of that year', 'DATE', '2018-06']]);
  });
});

describe('the figures of a month a release will give', () => {
  it('are of the month last gone', () => {
    expect(dates('The NAR will release its pending home sales index for September later Thursday.', '2023-10-26'))
      .toEqual([['September', 'DATE', '2023-09'], ['later Thursday', 'DATE', '2023-10-26']]);
    expect(dates('The National Association of Realtors will report February sales of existing homes.', '2020-03-18'))
      .toEqual([['February', 'DATE', '2020-02']]);
  });

  it('are not a sale to come, nor figures expected', () => {
    expect(dates('The store will hold its March sales event.', '2023-10-20')).toEqual([['March', 'DATE', '2024-03']]);
    expect(dates('Exports for December are expected to rise.', '2023-10-20')).toEqual([['December', 'DATE', '2023-12']]);
  });
});

describe('a fortnight from or to now', () => {
  it('is two weeks long', () => {
    expect(dates('It will decide within the next fortnight.', '2022-07-20')).toEqual([['the next fortnight', 'DATE', 'P2W']]);
    expect(dates('Pre-approvals surged over the past fortnight.', '2025-09-30')).toEqual([['the past fortnight', 'DATE', 'P2W']]);
  });
});

describe('"Independence Day" with no nation named before it', () => {
  it("is the day of the article's country, as its dateline tells", () => {
    expect(dates("JERUSALEM — The Knesset's summer session opens after the Independence Day holiday at the end of April.", '2023-03-28'))
      .toEqual([['Independence Day', 'DATE', '2023-04-26'], ['the end of April', 'DATE', '2023-04']]);
    expect(dates('NUSANTARA, Indonesia (AFP) - Indonesia marked its 79th Independence Day on Saturday.', '2024-08-17'))
      .toEqual([['Independence Day', 'DATE', '2024-08-17'], ['Saturday', 'DATE', '2024-08-17']]);
  });

  it("is the United States' in a story from there, or from nowhere", () => {
    expect(dates('WASHINGTON (Reuters) - Crowds watched fireworks on Independence Day.', '2023-07-06')).toEqual([['Independence Day', 'DATE', '2023-07-04']]);
    expect(dates('Crowds watched fireworks on Independence Day.', '2023-07-06')).toEqual([['Independence Day', 'DATE', '2023-07-04']]);
  });
});

describe('a season joined to a season', () => {
  it('is a season too, told as the first is', () => {
    expect(dates('Researchers traced the decline to last spring and summer.', '2024-02-07'))
      .toEqual([['last spring', 'DATE', '2023-SP'], ['summer', 'DATE', '2023-SU']]);
    expect(dates('Thousands of crew members lost work over the summer and fall.', '2023-11-09'))
      .toEqual([['the summer', 'DATE', '2023-SU'], ['fall', 'DATE', '2023-FA']]);
  });

  it('is no verb joined to a verb', () => {
    expect(dates('Prices rise and fall with demand.', '2023-11-09')).toEqual([]);
  });
});

describe('"the summer months"', () => {
  it('are the season, whatever follows', () => {
    expect(dates('Rain was 9% above average in the winter months of December, January and February.', '2024-04-03').slice(0, 1))
      .toEqual([['the winter months', 'DATE', '2023-WI']]);
    expect(dates('They drew water from the spring of the village.', '2024-04-03')).toEqual([]);
  });
});
