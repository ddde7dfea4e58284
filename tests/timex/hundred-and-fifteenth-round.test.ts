// Dates and times of the hundred-and-twenty-sixth and later hand reviews (stop 82: European gas and LNG, armed conflicts
// and ceasefires, social media), through the shipped pipeline.
import { describe, expect, it } from 'vitest';
import { readTimes } from '../shipped-pipeline.js';

const values = (text: string, published: string) => readTimes(text, published).map(([span, , value]) => [span, value]);

describe('a range of weekdays whose last is told with its week', () => {
  it('places its first in that week', () => {
    expect(values('Shares fell from Monday through Thursday last week.', '2025-06-10'))
      .toEqual([['Monday', '2025-06-02'], ['Thursday last week', '2025-06-05']]);
    expect(values('Talks run Monday to Wednesday next week.', '2025-06-10'))
      .toEqual([['Monday', '2025-06-16'], ['Wednesday next week', '2025-06-18']]);
  });

  it('leaves a range of bare weekdays to the verbs', () => {
    expect(values('The museum is open Monday to Friday.', '2025-06-10')).toEqual([['Monday', '2025-06-16'], ['Friday', '2025-06-20']]);
  });
});

describe('a truce from a clock time on one weekday until one on the next', () => {
  it('ends on the day after it opens, its reading in brackets too', () => {
    expect(values('Putin on Saturday ordered his forces to halt all military activity from 6 p.m. Moscow time (1500 GMT) on Saturday '
      + 'until midnight (2100 GMT) on Sunday.', '2025-04-19'))
      .toEqual([['Saturday', '2025-04-19'], ['6 p.m.', '2025-04-19T18:00'], ['1500 GMT', '2025-04-19T15:00'], ['Saturday', '2025-04-19'],
        ['midnight', '2025-04-20T24:00'], ['2100 GMT', '2025-04-20T21:00'], ['Sunday', '2025-04-20']]);
  });
});

describe('an infinitive of taking effect', () => {
  it('looks ahead, with the clock time and its reading in brackets after a place\'s time', () => {
    expect(values('The two sides signed a ceasefire, to take effect at 9:45pm Khartoum time (19:45 GMT) on Monday.', '2023-05-20'))
      .toEqual([['9:45pm', '2023-05-22T21:45'], ['19:45 GMT', '2023-05-22T19:45'], ['Monday', '2023-05-22']]);
    expect(values('The law, set to come into force on Monday, was passed in March.', '2023-05-20')).toEqual([['Monday', '2023-05-22'], ['March', '2023-03']]);
  });

  it('is past after a past "be"', () => {
    expect(values('The ceasefire was to take effect on Monday but collapsed.', '2023-05-20')).toEqual([['Monday', '2023-05-15']]);
  });
});

describe('a goal\'s day after "by"', () => {
  it('lies ahead, in a list of goals too', () => {
    expect(values('Berlin has set a target of 85% by Oct. 1 and 95% by Nov. 1.', '2022-08-25'))
      .toEqual([['Oct. 1', '2022-10-01'], ['Nov. 1', '2022-11-01']]);
  });

  it('has gone by where the goal was missed, or where a verb stands between', () => {
    expect(values('Germany missed its target of 80% by Nov. 1.', '2022-08-25')).toEqual([['Nov. 1', '2021-11-01']]);
    expect(values('The target was dropped by Nov. 1.', '2022-08-25')).toEqual([['Nov. 1', '2021-11-01']]);
  });
});

describe('a clock\'s four figures with a leading zero', () => {
  it('are a time after a clock\'s preposition, before a day or a clause\'s end', () => {
    expect(values('The plant will be offline from 0500 on June 10 to 0500 on June 13.', '2021-05-28'))
      .toEqual([['0500', '2021-06-10T05:00'], ['June 10', '2021-06-10'], ['0500', '2021-06-13T05:00'], ['June 13', '2021-06-13']]);
    expect(values('Trading opens at 0800.', '2021-05-28')).toEqual([['0800', '2021-05-28T08:00']]);
  });

  it('are no time in a telephone number', () => {
    expect(values('Call 0800 123 456.', '2021-05-28')).toEqual([]);
  });
});

describe('a rate after an amount with its unit written onto it', () => {
  it('is no stretch of time, as after an amount spaced from its unit', () => {
    expect(values('Stocks fell by 1.9TWh a day over the past seven days.', '2021-03-25')).toEqual([['the past seven days', 'P7D']]);
  });

  it('leaves an ordinal\'s letters alone', () => {
    expect(values('He was born on the 5th, a week later.', '2021-03-25').map(([span]) => span)).toContain('a week later');
  });
});

describe('a reading in brackets joined to its own day', () => {
  it('keeps that day, and moves the first by the zones between them', () => {
    expect(values('The quake hit at 7:58 a.m. Taiwan time (2358 GMT on Tuesday), the company said.', '2024-04-04').slice(0, 2))
      .toEqual([['7:58 a.m.', '2024-04-04T07:58'], ['2358 GMT', '2024-04-02T23:58']]);
  });
});

describe('a benchmark year after "since at least"', () => {
  it('is no time a later offset counts from', () => {
    expect(values('Storage was 97.2% full on Sunday, the highest level since at least 2011. Inventories were up from 858 TWh a year earlier.', '2019-10-14').at(-1))
      .toEqual(['a year earlier', '2018-10-13']);
  });
});

describe('"effective until"', () => {
  it('looks ahead, though a past verb tells of the ban', () => {
    expect(values('Italy banned outdoor work in 13 regions, effective until September 15.', '2025-06-28')).toEqual([['September 15', '2025-09-15']]);
  });
});

describe('"not more than" and "not less than"', () => {
  it('are taken into the span as "no more than" is', () => {
    expect(values('The sentence shall be not more than 10 years.', '2024-03-20')).toEqual([['not more than 10 years', 'P10Y']]);
  });
});

describe('"overnight" of a change denied its suddenness', () => {
  it('is no night', () => {
    expect(values('Supply cannot be ramped up overnight.', '2024-03-20')).toEqual([]);
    expect(values('Change will not happen overnight.', '2024-03-20')).toEqual([]);
  });

  it('leaves a night a negated report tells of', () => {
    expect(values('Police did not report incidents overnight.', '2024-03-20')).toEqual([['overnight', '2024-03-19TNI']]);
  });
});

describe('quarters after "another"', () => {
  it('are a stretch of time', () => {
    expect(values('The upcycle has at least another two quarters to run.', '2024-07-25')).toEqual([['two quarters', 'P2Q']]);
  });
});

describe('a day of a month right after a year told without digits', () => {
  it('is in that year', () => {
    expect(values('The festival will return next year from Aug. 21 to 23.', '2019-08-26'))
      .toEqual([['next year', '2020'], ['Aug. 21', '2020-08-21'], ['23', '2020-08-23']]);
  });
});

describe('two months joined by "-to-"', () => {
  it('are both read, as two joined by a hyphen are', () => {
    expect(values('Shipments nearly doubled in the January-to-July period.', '2024-08-10')).toEqual([['January', '2024-01'], ['July', '2024-07']]);
  });
});

describe('a year before an asteroid\'s letters and number', () => {
  it('is part of its name, no year', () => {
    expect(values('The probe will reach asteroid 1998 KY26 in 2031.', '2024-05-03')).toEqual([['2031', '2031']]);
    expect(values('The 2024 US election was close.', '2024-05-03')).toEqual([['2024', '2024']]);
  });
});

describe('the first or last days or weeks of a period', () => {
  it('are the period with its position, no stretch of days apart from it', () => {
    expect(values('Around 12 cargoes arrived in the first ten days of October alone.', '2019-10-14')).toEqual([['the first ten days of October', '2019-10']]);
    expect(values('The agreement was signed in the final days of 2019.', '2024-12-30')).toEqual([['the final days of 2019', '2019']]);
  });

  it('leaves days of what is no period a stretch of days', () => {
    expect(values('He spent the last few days of his life in Rome.', '2019-10-14')).toEqual([['the last few days', 'PXD']]);
  });
});

describe('a month before its price index', () => {
  it('is the month the index reports on, gone by though the release is ahead', () => {
    expect(values('October\'s consumer price index is due on Saturday.', '2024-11-08')).toEqual([['October', '2024-10'], ['Saturday', '2024-11-09']]);
  });
});

describe('a deadline given to act by, told with a clock time and its day', () => {
  it('lies ahead, the clock time too', () => {
    expect(values('Candidates have until midnight on Wednesday to register.', '2024-03-25')).toEqual([['midnight', '2024-03-27T24:00'], ['Wednesday', '2024-03-27']]);
  });

  it('leaves a past clock time and its day behind', () => {
    expect(values('Polls closed at 9 p.m. on Wednesday.', '2024-03-25')).toEqual([['9 p.m.', '2024-03-20T21:00'], ['Wednesday', '2024-03-20']]);
  });
});
