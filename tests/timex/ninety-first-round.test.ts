// Dates of the ninety-first review round (demographics, nuclear power, video games, telecoms, road safety), through the
// shipped pipeline.
import { describe, expect, it } from 'vitest';
import { readMentions, readTimes } from '../shipped-pipeline.js';

const dates = readTimes;

describe('"the last year" set off after a year', () => {
  it('is that year', () => {
    expect(dates('Life expectancy had reached 78.8 years in 2019, the last year before the pandemic.', '2022-08-31'))
      .toEqual([['78.8 years', 'DATE', 'P78.8Y'], ['2019', 'DATE', '2019'], ['the last year', 'DATE', '2019']]);
    expect(dates('The rate was 1.46 in 2022, the latest year for which figures are available.', '2024-07-11'))
      .toEqual([['2022', 'DATE', '2022'], ['the latest year', 'DATE', '2022']]);
  });

  it('is the year before the DCT elsewhere', () => {
    expect(dates('Over the last year, prices rose.', '2022-08-31')).toEqual([['the last year', 'DATE', '2021']]);
  });
});

describe('a zone after noon or midnight, and the zones spelt out', () => {
  it('is part of the time', () => {
    expect(dates('The launch works out to 9 a.m. Pacific Standard Time and noon Eastern.', '2023-08-02'))
      .toEqual([['9 a.m. Pacific Standard Time', 'TIME', '2023-08-02T09:00'], ['noon Eastern', 'TIME', '2023-08-02T12:00']]);
    expect(dates('Retailers take orders online from midnight ET on April 24.', '2025-04-18'))
      .toEqual([['midnight ET', 'TIME', '2025-04-24T24:00'], ['April 24', 'DATE', '2025-04-24']]);
    expect(dates('The game ended shortly after 10 p.m. Mountain time.', '2024-06-25')).toEqual([['10 p.m. Mountain time', 'TIME', '2024-06-25T22:00']]);
  });
});

describe('a word in -s read as a noun in a sentence with no verb', () => {
  it("is the sentence's present verb, a day after it to come", () => {
    expect(dates('The game launches on Thursday.', '2025-11-04')).toEqual([['Thursday', 'DATE', '2025-11-06']]);
    expect(dates('Spain cuts speed limit to 30 km/h on most city streets from Tuesday', '2021-05-10')).toEqual([['Tuesday', 'DATE', '2021-05-11']]);
  });

  it("is no headline's noun alone", () => {
    expect(dates('Results on Thursday.', '2025-11-04')).toEqual([['Thursday', 'DATE', '2025-10-30']]);
  });
});

describe('"almost overnight"', () => {
  it('is all at once, no night', () => {
    expect(dates('Open houses stopped almost overnight.', '2020-05-15').filter(([, type]) => type === 'TIME')).toEqual([]);
    expect(dates('It rained overnight.', '2020-05-15')).toEqual([['overnight', 'TIME', '2020-05-14TNI']]);
  });
});

describe('a rate after an amount', () => {
  it('is no time after the amount restated in brackets either', () => {
    expect(dates('The wage will rise to 12 euros ($12.87) an hour from Oct. 1.', '2022-06-03')).toEqual([['Oct. 1', 'DATE', '2022-10-01']]);
  });

  it('is no length joined to a larger one after it', () => {
    expect(dates('The minimum wage was A$19.84 an hour four years ago.', '2023-06-02')).toEqual([['four years ago', 'DATE', '2019']]);
    expect(dates('Waits fell to three minutes, compared with 28 minutes two years ago.', '2024-04-12'))
      .toEqual([['three minutes', 'TIME', 'PT3M'], ['28 minutes', 'TIME', 'PT28M'], ['two years ago', 'DATE', '2022']]);
  });
});

describe('a figure after a day and "and", with a date of its own after it', () => {
  it('is no second day of the first', () => {
    expect(readMentions('Slots drop to 22 on Nov. 30 and 20 on Dec. 1.', '2023-11-01').map((m) => [m.text, m.type]))
      .toEqual([['22', 'CARDINAL'], ['Nov. 30', 'DATE'], ['20', 'CARDINAL'], ['Dec. 1', 'DATE']]);
    expect(dates('Talks were held on May 3 and 18 in Geneva.', '2023-11-01')).toEqual([['May 3', 'DATE', '2023-05-03'], ['18', 'DATE', '2023-05-18']]);
  });
});
