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

describe('the hour that opens a range of hours before a.m. or p.m.', () => {
  it('is a clock time in the closing hour\'s half of the day, not minutes to an hour', () => {
    expect(readTimes('Polls close between 5 and 7 p.m. on Tuesday.', '2025-05-12'))
      .toEqual([['5', 'TIME', '2025-05-13T17:00'], ['7 p.m.', 'TIME', '2025-05-13T19:00'], ['Tuesday', 'DATE', '2025-05-13']]);
    expect(readTimes('Shops open from 9 until 5 p.m.', '2025-05-12'))
      .toEqual([['9', 'TIME', '2025-05-12T09:00'], ['5 p.m.', 'TIME', '2025-05-12T17:00']]);
  });

  it('leaves a count of minutes to an hour after "at" one clock time', () => {
    expect(readTimes('We met at 20 to 5 p.m.', '2025-05-12')).toEqual([['20 to 5 p.m.', 'TIME', '2025-05-12T16:40']]);
  });

  it('leaves figures before another unit counts', () => {
    expect(readTimes('The score went from 3 to 5 points.', '2025-05-12')).toEqual([]);
  });
});

describe('clock times of days in general', () => {
  it('recur after "every weekday", "working days" and a range of weekdays', () => {
    expect(readTimes('A help desk would run from 8am to 5pm every weekday.', '2025-05-12'))
      .toEqual([['8am', 'TIME', 'XXXX-XX-XXT08:00'], ['5pm', 'TIME', 'XXXX-XX-XXT17:00']]);
    expect(readTimes('Helplines are open from 9.30 am to 5.30 pm on working days.', '2025-05-12'))
      .toEqual([['9.30 am', 'TIME', 'XXXX-XX-XXT09:30'], ['5.30 pm', 'TIME', 'XXXX-XX-XXT17:30']]);
    expect(readTimes('Lines are open 8 a.m. to 8 p.m. EST, Monday through Friday.', '2025-05-12').slice(0, 2))
      .toEqual([['8 a.m.', 'TIME', 'XXXX-XX-XXT08:00'], ['8 p.m. EST', 'TIME', 'XXXX-XX-XXT20:00']]);
  });

  it('recur all, in a list before "daily"', () => {
    expect(readTimes('Bulletins are issued at 4am, 7am and 1pm daily.', '2025-05-12'))
      .toEqual([['4am', 'TIME', 'XXXX-XX-XXT04:00'], ['7am', 'TIME', 'XXXX-XX-XXT07:00'], ['1pm', 'TIME', 'XXXX-XX-XXT13:00'], ['daily', 'DATE', 'P1D']]);
    expect(readTimes('Warnings are updated at 11:00 and 16:00 daily.', '2025-05-12'))
      .toEqual([['11:00', 'TIME', 'XXXX-XX-XXT11:00'], ['16:00', 'TIME', 'XXXX-XX-XXT16:00'], ['daily', 'DATE', 'P1D']]);
  });

  it('leave a clock time joined to one weekday on its day', () => {
    expect(readTimes('The vote is at 10 a.m. Monday.', '2025-05-12')).toEqual([['10 a.m. Monday', 'TIME', '2025-05-12T10:00']]);
  });
});

describe('two months joined by "to" before a year', () => {
  it('share the year', () => {
    expect(readTimes('Sales rose from 1,024 in January to June 2024.', '2025-08-12'))
      .toEqual([['January', 'DATE', '2024-01'], ['June 2024', 'DATE', '2024-06']]);
  });
});

describe('the day a stretch to now opens with', () => {
  it('is no month a later "the rest of the month" is of', () => {
    expect(readTimes('Handlers have been working since New Year\'s Eve, and firms have extended hours for the rest of the month.', '2024-01-09'))
      .toEqual([["New Year's Eve", 'DATE', '2023-12-31'], ['the rest of the month', 'DATE', '2024-01']]);
  });
});

describe('a warning\'s hours, told after what it covers', () => {
  it('are ahead of the warning, however long its object', () => {
    expect(readTimes('The Met Office has issued a red warning for wind covering parts of south Wales from 3am until 11am on Saturday.', '2024-12-06'))
      .toEqual([['3am', 'TIME', '2024-12-07T03:00'], ['11am', 'TIME', '2024-12-07T11:00'], ['Saturday', 'DATE', '2024-12-07']]);
    expect(readTimes('The weather service has issued an orange level 8 warning for disruptive rain over the Cape Metro and Cape Winelands '
      + 'from 10:00 on Wednesday until 22:00 on Thursday.', '2024-05-28'))
      .toEqual([['10:00', 'TIME', '2024-05-29T10:00'], ['Wednesday', 'DATE', '2024-05-29'], ['22:00', 'TIME', '2024-05-30T22:00'], ['Thursday', 'DATE', '2024-05-30']]);
  });

  it('leave the day a warning was issued on past', () => {
    expect(readTimes('The Met Office issued a red warning for wind on Thursday.', '2024-12-06')).toEqual([['Thursday', 'DATE', '2024-12-05']]);
  });
});

describe('"midnight tonight", "12 noon"', () => {
  it('are one clock time each', () => {
    expect(readTimes('A wider amber warning runs from midnight tonight until 6pm tomorrow.', '2024-12-06'))
      .toEqual([['midnight tonight', 'TIME', '2024-12-06T24:00'], ['6pm tomorrow', 'TIME', '2024-12-07T18:00']]);
    expect(readTimes('The office reopens at 12 noon on Friday.', '2025-05-07'))
      .toEqual([['12 noon', 'TIME', '2025-05-09T12:00'], ['Friday', 'DATE', '2025-05-09']]);
  });
});

describe('a clock time joined to a day that its own words put ahead', () => {
  it('is on that day', () => {
    expect(readTimes('Its decision is due at 11 a.m. on Thursday.', '2024-12-06'))
      .toEqual([['11 a.m.', 'TIME', '2024-12-12T11:00'], ['Thursday', 'DATE', '2024-12-12']]);
  });
});

describe('"a year earlier" after a figure of a year told in its sentence with a report\'s day', () => {
  it('is the year before that year', () => {
    const times = readTimes("Lloyd's reported a pre-tax profit of £9.6bn for 2024 on Thursday, down from £10.7bn a year earlier.", '2025-03-28');
    expect(valueOf(times, 'a year earlier')).toBe('2023');
  });

  it('is counted from the day where the year is a record\'s benchmark', () => {
    const times = readTimes('The utility has avoided outages for 70 days, its longest stretch since 2021, and had 6,000MW of breakdowns on Monday, '
      + 'down from 16,000MW a year earlier.', '2024-06-04');
    expect(valueOf(times, 'a year earlier')).toBe('2023-06-03');
  });
});

describe('a length after "aged"', () => {
  it('is no stretch of time', () => {
    expect(readTimes('Unemployment among youth aged 15-29 years fell. He was jailed for 15 years.', '2025-05-12')).toEqual([['15 years', 'DATE', 'P15Y']]);
  });
});

describe('"has" before its object', () => {
  it('is the present, and puts a month ahead', () => {
    expect(readTimes("Melbourne's Marvel Stadium has two nights, on 9 and 10 December.", '2026-03-12'))
      .toEqual([['9', 'DATE', '2026-12-09'], ['10 December', 'DATE', '2026-12-10']]);
  });

  it('leaves a perfect in the past', () => {
    expect(readTimes('The company has held talks since May.', '2026-03-12')).toEqual([['May', 'DATE', '2025-05']]);
  });
});

describe('clock times after days in general or a set, and a preposition', () => {
  it('recur', () => {
    expect(readTimes('Court was in session every weekday from 9 a.m. to 4:30 p.m.', '2024-10-03'))
      .toEqual([['9 a.m.', 'TIME', 'XXXX-XX-XXT09:00'], ['4:30 p.m.', 'TIME', 'XXXX-XX-XXT16:30']]);
    expect(readTimes('He crossed typically on Fridays between 5 and 7 p.m.', '2025-09-05'))
      .toEqual([['Fridays', 'DATE', 'XXXX-WXX-5'], ['5', 'TIME', 'XXXX-WXX-5T17:00'], ['7 p.m.', 'TIME', 'XXXX-WXX-5T19:00']]);
  });
});

describe('Kenya\'s national days and India\'s Gandhi Jayanti', () => {
  it('are their days', () => {
    // (the week next to it one expression since the hundredth round: Monday 2025-10-20's next week)
    expect(readTimes('We started filming the week after Mashujaa Day.', '2026-05-20')).toEqual([['the week after Mashujaa Day', 'DATE', '2025-W44']]);
    expect(readTimes('We started filming on Mashujaa Day.', '2026-05-20')).toEqual([['Mashujaa Day', 'DATE', '2025-10-20']]);
    expect(readTimes('Madaraka Day celebrations will be held in Nyeri.', '2026-05-20')).toEqual([['Madaraka Day', 'DATE', '2026-06-01']]);
  });
});
