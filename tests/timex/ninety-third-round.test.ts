// Dates of the ninety-third review round (elections abroad, shipping, courts, research funding, retail results),
// through the shipped pipeline.
import { describe, expect, it } from 'vitest';
import { readTimes } from '../shipped-pipeline.js';

describe('"last" after a plural subject or an adverb of habit', () => {
  it('is the verb, out of the length', () => {
    expect(readTimes('The contracts last five years.', '2025-02-12')).toEqual([['five years', 'DATE', 'P5Y']]);
    expect(readTimes('Grants usually last five years.', '2025-02-12')).toEqual([['five years', 'DATE', 'P5Y']]);
  });

  it('is the relation word after an article or a possessive', () => {
    expect(readTimes('Profits rose in the last five years.', '2025-02-12')).toEqual([['the last five years', 'DATE', 'P5Y']]);
    expect(readTimes('During its last five years the firm grew.', '2025-02-12')).toEqual([['last five years', 'DATE', 'P5Y']]);
  });
});

describe('"financial year"', () => {
  it('is read as "fiscal year" is', () => {
    expect(readTimes('It will close about 170 stores this financial year.', '2025-07-09')).toEqual([['this financial year', 'DATE', '2025']]);
    expect(readTimes('Sales rose in the third quarter of the financial year.', '2026-04-15'))
      .toEqual([['the third quarter of the financial year', 'DATE', '2025-Q3']]);
    expect(readTimes('Revenue rose in the 2025 financial year.', '2026-04-15')).toEqual([['the 2025 financial year', 'DATE', '2025']]);
  });

  it('leaves "financial" before other words alone', () => {
    expect(readTimes('The financial crisis of 2008 hurt.', '2026-04-15')).toEqual([['2008', 'DATE', '2008']]);
  });
});

describe('"more than" or "fewer than" after a figure or a word of degree', () => {
  it('compares the figures and stays out of the date', () => {
    expect(readTimes('Enrolment rose to 172,600, 2.1% more than a year earlier.', '2026-11-04')).toEqual([['a year earlier', 'DATE', '2025']]);
    expect(readTimes('It enrolled 2.87 million students, slightly fewer than a year earlier.', '2026-11-04')).toEqual([['a year earlier', 'DATE', '2025']]);
  });

  it('still approximates a time', () => {
    expect(readTimes('He left more than a year ago.', '2026-11-04')).toEqual([['more than a year ago', 'DATE', '2025']]);
  });
});

describe('a holiday after "last year\'s"', () => {
  it('is that year\'s, also beside a day of this year', () => {
    expect(readTimes("Sales beat last year's Christmas.", '2026-04-15')).toEqual([["last year's Christmas", 'DATE', '2025-12-25']]);
    expect(readTimes("Sales in the days to Monday, April 6, were up on last year's Easter period.", '2026-04-15'))
      .toEqual([['Monday, April 6', 'DATE', '2026-04-06'], ["last year's Easter", 'DATE', '2025-04-20']]);
  });
});

describe('the day a dividend is payable', () => {
  it('is to come, whatever the tense of its declaration', () => {
    expect(readTimes('The board had approved a dividend of 5.3 cents, payable Nov. 3.', '2023-08-24')).toEqual([['Nov. 3', 'DATE', '2023-11-03']]);
    expect(readTimes('The board approved a dividend payable on Nov. 3 to shareholders of record on Oct. 20.', '2023-08-24'))
      .toEqual([['Nov. 3', 'DATE', '2023-11-03'], ['Oct. 20', 'DATE', '2023-10-20']]);
  });
});

describe('"every" before two weekdays', () => {
  it('makes both recur', () => {
    expect(readTimes('Stoppages are held every Monday and Thursday.', '2026-03-11'))
      .toEqual([['every Monday', 'DATE', 'XXXX-WXX-1'], ['Thursday', 'DATE', 'XXXX-WXX-4']]);
  });
});

describe('"crude" before a ship\'s name', () => {
  it('tells no market price, and the clock time keeps the story\'s day', () => {
    expect(readTimes('The ships collided early on Tuesday.\n\nThe crude tanker was hit by the feeder at 3:12 a.m.', '2026-07-29'))
      .toEqual([['Tuesday', 'DATE', '2026-07-28'], ['3:12 a.m.', 'TIME', '2026-07-28T03:12']]);
  });
});

describe('a word in -s at the end of a phrase of a preposition after its clause\'s verb', () => {
  it('is a noun that gives the month no tense', () => {
    expect(readTimes('Output rose on higher refinery runs in February.', '2023-04-20')).toEqual([['February', 'DATE', '2023-02']]);
  });

  it('is a verb after its subject', () => {
    expect(readTimes('The exhibition runs in February.', '2023-04-20')).toEqual([['February', 'DATE', '2024-02']]);
  });
});

describe('a split year before "academic year" or "school year"', () => {
  it('is one expression with it, valued as the year it opens in', () => {
    expect(readTimes('Colleges could lose money in the 2024-25 academic year.', '2024-01-23')).toEqual([['the 2024-25 academic year', 'DATE', '2024']]);
  });
});

describe('a day of a month a thing was put off to, told in the passive of the past', () => {
  it('is the nearest such day, which may have gone by', () => {
    expect(readTimes('The deadline, first set for Jan. 31, was later pushed to Feb. 10 and then challenged in court.', '2023-03-01').at(-1))
      .toEqual(['Feb. 10', 'DATE', '2023-02-10']);
    expect(readTimes('The vote was postponed to Feb. 10.', '2023-12-01')).toEqual([['Feb. 10', 'DATE', '2024-02-10']]);
  });

  it('is ahead after an active verb', () => {
    expect(readTimes('The court postponed the hearing until Feb. 10.', '2023-03-01')).toEqual([['Feb. 10', 'DATE', '2024-02-10']]);
  });
});
