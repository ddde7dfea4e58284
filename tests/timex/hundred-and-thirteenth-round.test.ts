// Dates and times of the hundred-and-sixteenth to hundred-and-twentieth hand reviews (stop 80: obituaries and history,
// personal finance, the art market, water, video games, television, transport, the Sahel's money), through the shipped pipeline.
import { describe, expect, it } from 'vitest';
import { readTimes } from '../shipped-pipeline.js';
import { only } from './timex-doc.js';

const values = (text: string, published: string) => readTimes(text, published).map(([span, , value]) => [span, value]);

describe('a story\'s far past', () => {
  it('holds a day of the month told with its year, in the sentence after', () => {
    expect(values('Howard Carter found the steps in November 1922. On Nov. 26, by candlelight, Carter peered through a hole.', '2022-11-04'))
      .toEqual([['November 1922', '1922-11'], ['Nov. 26', '1922-11-26']]);
  });

  it('holds no day after the end of a period', () => {
    expect(values('The previous record was set in the 18 months to January 2001. Storm Henk, which struck on 2 January, was one of nine named storms.', '2024-02-28')
      .filter(([span]) => span === '2 January')).toEqual([['2 January', '2024-01-02']]);
  });

  it('leaves another month\'s day to the DCT after a month so told', () => {
    expect(values('Saddam accepted the treaty he had rejected after the August 1988 cease-fire. Iran had condemned the invasion on March 2.', '2024-05-01'))
      .toEqual([['August 1988', '1988-08'], ['March 2', '2024-03-02']]);
  });

  it('goes on from the day counted from a day told', () => {
    expect(values('The US bombed Hiroshima on Aug. 6, 1945. Three days later, a bomb hit Nagasaki. The emperor spoke. Japan surrendered on Aug. 15.', '2019-08-06'))
      .toEqual([['Aug. 6, 1945', '1945-08-06'], ['Three days later', '1945-08-09'], ['Aug. 15', '1945-08-15']]);
  });

  it('places a past the DCT cannot place within ten months near the last day told with its year', () => {
    expect(values('LUXOR, Egypt - On Nov. 4, 1922, a boy found a step. The king ruled in the 14th century B.C. Carter had spent five seasons digging. On Nov. 26, by candlelight, Carter peered through a hole.', '2022-11-04')
      .filter(([span]) => span === 'Nov. 26')).toEqual([['Nov. 26', '1922-11-26']]);
  });

  it('ends where the text tells a day near the DCT again', () => {
    expect(values('A similar glitch struck on Jan. 24, 2023. Trading closed at 4 p.m. on Thursday. ICE reports fourth-quarter results on Feb. 5; its shares dropped 1.2%.', '2026-01-23')
      .filter(([span]) => span === 'Feb. 5')).toEqual([['Feb. 5', '2026-02-05']]);
  });

  it('leaves a past near the DCT to the DCT', () => {
    expect(values('He was born on 14 February 1923 in Coventry. He left school at 14. He died on March 3 in Salisbury.', '2024-06-06'))
      .toEqual([['14 February 1923', '1923-02-14'], ['March 3', '2024-03-03']]);
  });
});

describe('the part of a day before or after', () => {
  it('is the part of the day next to the day told', () => {
    expect(values('The open section starts on Wednesday, April 3, with the opening ceremony the evening before.', '2024-03-28'))
      .toEqual([['Wednesday, April 3', '2024-04-03'], ['the evening before', '2024-04-02TEV']]);
    expect(values('Take-Two released the trailer on Dec. 5 after it leaked online the night before.', '2024-05-16'))
      .toEqual([['Dec. 5', '2023-12-05'], ['the night before', '2023-12-04TNI']]);
  });

  it('is no part of a day a noun after it names', () => {
    expect(values('He spent the night before the vote at home.', '2024-03-28')).toEqual([['the night', '2024-03-28TNI']]);
  });
});

describe('a dividend\'s record day', () => {
  it('lies on or before the day it is paid, whichever side of the DCT', () => {
    expect(values('The company will pay a quarterly dividend on March 4 to holders of record on Feb. 10.', '2025-02-19'))
      .toEqual([['March 4', '2025-03-04'], ['Feb. 10', '2025-02-10']]);
    expect(values('The dividend is payable Jan. 2 to stock of record Dec. 15.', '2025-11-20'))
      .toEqual([['Jan. 2', '2026-01-02'], ['Dec. 15', '2025-12-15']]);
  });
});

describe('months after "every"', () => {
  it('recur, each', () => {
    expect(readTimes('The auctioneer has held sales in New York every May and November.', '2019-05-15'))
      .toEqual([['every May', 'DATE', 'XXXX-05'], ['November', 'DATE', 'XXXX-11']]);
  });
});

describe('qualifiers', () => {
  it('leaves "about" before "the" a preposition', () => {
    expect(values('Collectors said they were optimistic about the next 12 months.', '2025-04-10')).toEqual([['the next 12 months', 'P12M']]);
    expect(values('It took about a year.', '2025-04-10')).toEqual([['about a year', 'P1Y']]);
  });

  it('reads "as much as" and "as many as" as bounds', () => {
    const mods = (text: string) => { const f = only(text, '2023-05-10'); return [f.text, f.value, f.mod]; };
    expect(mods('Ships are adding as much as 10 days to voyages.')).toEqual(['as much as 10 days', 'P10D', 'EQUAL_OR_LESS']);
    expect(mods('It took as many as 12 years.')).toEqual(['as many as 12 years', 'P12Y', 'EQUAL_OR_LESS']);
  });

  it('keeps a share apart from a length after it', () => {
    expect(values('Guarantees are up from roughly a quarter five years ago.', '2025-04-10')).toEqual([['five years ago', '2020']]);
  });

  it('reads "one day a week" as no day to come', () => {
    expect(values('It will limit outdoor watering to one day a week.', '2023-05-10')).toEqual([['one day', 'P1D']]);
    expect(values('He hopes to one day return.', '2023-05-10')).toEqual([['one day', 'FUTURE_REF']]);
  });
});

describe('a year two dates share after the second', () => {
  it('is the first\'s a year before where its month comes later in the calendar', () => {
    expect(values('Payments are due Sept. 15 and Jan. 15, 2026.', '2025-04-10')).toEqual([['Sept. 15', '2025-09-15'], ['Jan. 15, 2026', '2026-01-15']]);
    expect(values('The break runs Dec. 28 to Jan. 3, 2025.', '2024-10-01')).toEqual([['Dec. 28', '2024-12-28'], ['Jan. 3, 2025', '2025-01-03']]);
    expect(values('It runs Oct. 30-Nov. 2, 2024.', '2024-10-01')).toEqual([['Oct. 30', '2024-10-30'], ['Nov. 2, 2024', '2024-11-02']]);
  });
});

describe('a length before "earlier this year"', () => {
  it('stays a length, and "earlier this year" a time of its own', () => {
    expect(values('Officers went on strike for about three weeks earlier this year.', '2025-03-20'))
      .toEqual([['about three weeks', 'P3W'], ['earlier this year', '2025']]);
    expect(values('He left three weeks earlier.', '2025-03-20')).toEqual([['three weeks earlier', '2025-W09']]);
  });
});

describe('a possessive day', () => {
  it('leaves the position before it to its noun, and keeps its article', () => {
    expect(values('About 2.5 billion people will see at least part of Tuesday\'s event.', '2022-11-07')).toEqual([['Tuesday', '2022-11-08']]);
    expect(values('U.S. stocks rallied on Tuesday, clawing back part of the previous day\'s steep losses.', '2019-08-06'))
      .toEqual([['Tuesday', '2019-08-06'], ['the previous day', '2019-08-05']]);
  });
});

describe('a part of the day in title case inside a sentence', () => {
  it('is a show\'s name', () => {
    expect(values('NBC cut its "Late Night With Seth Meyers" band and reduced "The Tonight Show" to four nights.', '2025-07-18')).toEqual([]);
    expect(values('CBS replaced it with the game show "After Midnight."', '2025-07-18')).toEqual([]);
  });

  it('is a time where it opens the sentence', () => {
    expect(values('Tonight, the band plays.', '2025-07-18')).toEqual([['Tonight', '2025-07-18TNI']]);
  });
});

describe('years ago back to the year 1', () => {
  it('are a year of the calendar; further back, a past only', () => {
    expect(values('The coin was minted almost 2,000 years ago.', '2024-05-01')).toEqual([['almost 2,000 years ago', '0024']]);
    expect(values('Humans arrived 40,000 years ago.', '2024-05-01')).toEqual([['40,000 years ago', 'PAST_REF']]);
  });
});
