// Dates of the hundred-and-ninth review round (agriculture, schools, football and basketball, Asian central banks,
// technology), through the shipped pipeline.
import { describe, expect, it } from 'vitest';
import { readTimes } from '../shipped-pipeline.js';

const values = (text: string, published: string) => readTimes(text, published).map(([span, , value]) => [span, value]);

describe('months listed with commas', () => {
  it('go on in the year of the month before them', () => {
    expect(values('The meeting calendar features eight decisions, in January, February, April, May, July, August, October and November.', '2026-01-12'))
      .toEqual([['January', '2026-01'], ['February', '2026-02'], ['April', '2026-04'], ['May', '2026-05'], ['July', '2026-07'], ['August', '2026-08'], ['October', '2026-10'], ['November', '2026-11']]);
  });

  it('are months of every year after a yearly set', () => {
    expect(values('The bank releases its outlook four times a year, in January, April, July and October.', '2021-06-18'))
      .toEqual([['four times a year', 'P1Y'], ['January', 'XXXX-01'], ['April', 'XXXX-04'], ['July', 'XXXX-07'], ['October', 'XXXX-10']]);
  });
});

describe('a game\'s quarter', () => {
  it('is no quarter of a year where a clock runs down or a score wins in its sentence', () => {
    expect(readTimes('He was hurt with 3:42 left in the third quarter of the 118-109 win.', '2024-02-14')).toEqual([]);
    expect(readTimes('The injury occurred with 5:12 remaining in the fourth quarter.', '2024-02-14')).toEqual([]);
  });
});

describe('a "zero-day" flaw', () => {
  it('is no length of time', () => {
    expect(readTimes('The browser patched 15 zero-day vulnerabilities last year.', '2024-02-14')).toEqual([['last year', 'DATE', '2023']]);
  });
});

describe('a participle in a phrase "with" opens', () => {
  it('tells no time of its own: the clause\'s verb places the date', () => {
    expect(values('The regular season ends on April 13, with the play-in tournament held from April 15 to 18.', '2025-02-06'))
      .toEqual([['April 13', '2025-04-13'], ['April 15', '2025-04-15'], ['18', '2025-04-18']]);
  });
});

describe('"every second" before "or" and a count of days', () => {
  it('is no set of seconds', () => {
    expect(readTimes('Las Vegas plays every second or third day this month.', '2025-06-10').map(([span]) => span)).toEqual(['this month']);
    expect(values('The sensor fires every second.', '2025-06-10')).toEqual([['every second', 'PT1S']]);
  });
});

describe('forms of the hundred-and-tenth round', () => {
  it('reads a day, a month\'s short name and a year joined by hyphens', () => {
    expect(values('The match on 24-Jun-2021 was washed out.', '2024-06-10')).toEqual([['24-Jun-2021', '2021-06-24']]);
  });

  it('reads "a minimum of" and "a maximum of" as bounds', () => {
    expect(readTimes('Staff will get a minimum of 10 weeks of leave.', '2024-06-10')).toEqual([['a minimum of 10 weeks', 'DATE', 'P10W']]);
    expect(readTimes('The contract runs for a maximum of three years.', '2024-06-10')).toEqual([['a maximum of three years', 'DATE', 'P3Y']]);
  });
});

describe('the week to a day', () => {
  it('is the calendar week that holds the day, written either way round', () => {
    expect(values('Road fuel sales fell 4% in the week to 5 June compared with the previous week.', '2022-06-08'))
      .toEqual([['the week', '2022-W22'], ['5 June', '2022-06-05'], ['the previous week', '2022-W21']]);
    expect(values('Crude inventories rose in the week to July 25.', '2025-08-01')).toEqual([['the week', '2025-W30'], ['July 25', '2025-07-25']]);
  });
});

describe('a relative clause of a year\'s noun', () => {
  it('holds dates of that year', () => {
    expect(values('It is the fourth named storm of the 2025 Atlantic season, which runs from June 1 to Nov. 30.', '2025-08-27').slice(-2))
      .toEqual([['June 1', '2025-06-01'], ['Nov. 30', '2025-11-30']]);
  });
});

describe('the narrower readings the rounds\' articles asked for', () => {
  it('keeps a participle of expectation in a phrase "with" opens looking ahead', () => {
    expect(values('Lilly\'s drug is under FDA review, with a decision expected before the end of the year.', '2023-07-07')).toEqual([['the end of the year', '2023']]);
  });

  it('holds no date of a relative clause that tells another act on the year\'s noun to that year', () => {
    expect(values('The government still has to pass its 2027 budget, which the minister aims to take to cabinet by early July.', '2026-01-07').at(-1)).toEqual(['early July', '2026-07']);
  });
});
