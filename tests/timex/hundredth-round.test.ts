// Dates of the hundredth review round (elections abroad, Asian property, European transport strikes, research and
// trials), through the shipped pipeline.
import { describe, expect, it } from 'vitest';
import { readMentions, readTimes } from '../shipped-pipeline.js';

const valueOf = (text: string, published: string, span: string) => readTimes(text, published).find(([s]) => s === span)?.[2];
const spans = (text: string, published: string) => readTimes(text, published).map(([span]) => span);

describe('one unit of time a word of wholeness measures', () => {
  it('is a length of time', () => {
    expect(valueOf('Shares plunged 12.4 percent in a single day.', '2023-08-10', 'a single day')).toBe('P1D');
    expect(valueOf('Trains were halted for a whole day over pension cuts.', '2023-08-10', 'a whole day')).toBe('P1D');
    expect(valueOf('They talked for an entire week.', '2023-08-10', 'an entire week')).toBe('P1W');
    expect(valueOf('A full-day walkout would harm millions of commuters.', '2023-08-10', 'full-day')).toBe('P1D');
    expect(valueOf('A full-week strike would cost the group more.', '2023-08-10', 'full-week')).toBe('P1W');
  });

  it('leaves "the whole year" the year', () => {
    expect(valueOf('The whole year was bad.', '2023-08-10', 'The whole year')).toBe('2023');
  });
});

describe('an amount per unit of time', () => {
  it('is a rate with a scale letter joined to its figure too', () => {
    expect(spans('The Tube brings in about £60m a week in fares and £3bn a year.', '2023-03-03')).toEqual([]);
  });
});

describe('"a year earlier" after a half year and a figure', () => {
  it('is that half a year back', () => {
    expect(valueOf('Sales in the first half of this year rose 7.1 percent from a year earlier.', '2023-08-10', 'a year earlier')).toBe('2022-H1');
  });

  it('is a year after a half with no figure compared', () => {
    expect(valueOf('He was arrested in the first half of 2019 and released a year later.', '2023-08-10', 'a year later')).toBe('2020');
  });
});

describe('a clock time and its zone', () => {
  it('takes the day written after the zone', () => {
    expect(readTimes('The chief executive spoke at 8 a.m. Central European Time on Friday.', '2026-01-30')).toEqual([
      ['8 a.m. Central European Time', 'TIME', '2026-01-30T08:00'], ['Friday', 'DATE', '2026-01-30'],
    ]);
  });
});

describe('a short month\'s name in capitals alone in brackets', () => {
  it('is a name\'s initials', () => {
    expect(spans('The Federation of Belgian Enterprises (FEB) estimated the cost.', '2019-02-13')).toEqual([]);
  });
});

describe('days an ordinal ranks', () => {
  it('are no length of time', () => {
    expect(spans('The walkouts are the fourth and fifth days of action.', '2023-03-03')).toEqual([]);
  });
});

describe('a clock time told as a rule', () => {
  it('is on no one day', () => {
    expect(valueOf('Counting usually begins at 7pm on polling day.', '2020-08-18', '7pm')).toBe('XXXX-XX-XXT19:00');
    expect(valueOf('Her appointments, which usually start at 8:15 a.m., last about three hours.', '2019-11-14', '8:15 a.m.')).toBe('XXXX-XX-XXT08:15');
  });

  it('keeps its day where the sentence names one', () => {
    expect(valueOf('Polls usually close at 6 p.m., but on Tuesday they closed at 8 p.m.', '2020-08-20', '8 p.m.')).toBe('2020-08-18T20:00');
    expect(valueOf('The count was completed at 7pm.', '2020-08-18', '7pm')).toBe('2020-08-18T19:00');
  });
});

describe('months a yearly set tells of', () => {
  it('are of no one year', () => {
    expect(readTimes('Rates are reviewed twice a year, in April and October.', '2024-05-18')).toEqual([
      ['twice a year', 'DATE', 'P1Y'], ['April', 'DATE', 'XXXX-04'], ['October', 'DATE', 'XXXX-10'],
    ]);
  });

  it('leave a month told after other words its year', () => {
    expect(valueOf('The festival, held every year since 1990, opened in March.', '2024-05-18', 'March')).toBe('2024-03');
  });
});

describe('figures hyphened to a word before "after" and an hour', () => {
  it('are part of the word, no minutes', () => {
    expect(readTimes('Voters who test positive for COVID-19 after 6pm on Tuesday can apply.', '2022-05-09').map(([span]) => span)).toEqual(['6pm', 'Tuesday']);
    expect(valueOf('We met at 20 past 6pm.', '2022-05-09', '20 past 6pm')).toBe('2022-05-09T18:20');
  });
});

describe('the weekend of a day', () => {
  it('is the weekend that holds it, the days with it', () => {
    expect(readTimes('The free event will return to the park on the weekend of Aug. 12-14.', '2022-05-16')).toEqual([
      ['the weekend of Aug. 12-14', 'DATE', '2022-W32-WE'],
    ]);
  });
});

describe('a weekday after "a" and a word of the ordinary', () => {
  it('is any such day', () => {
    expect(valueOf('Rooms cost 12,000 rupees on a normal Saturday.', '2024-09-23', 'Saturday')).toBe('XXXX-WXX-6');
    expect(valueOf('We met on a busy Monday morning.', '2024-09-23', 'Monday morning')).toBe('XXXX-WXX-1TMO');
  });
});

describe('the hundred-and-first round\'s lengths and sets', () => {
  it('keeps "longer than" and "shorter than" in a length, as its modifier', () => {
    const read = readMentions('The outage lasted longer than 48 hours.', '2024-03-05').find((m) => m.type === 'TIME');
    expect([read?.text, read?.value]).toEqual(['longer than 48 hours', 'PT48H']);
  });

  it('makes no quarter of a count of quarters in a row', () => {
    expect(spans('Profit rose for the third quarter in a row.', '2024-03-05')).toEqual([]);
    expect(valueOf('Profit rose in the third quarter.', '2024-03-05', 'the third quarter')).toBe('2023-Q3');
  });

  it('makes no length of an age in years "of age"', () => {
    expect(spans('Children under 16 years of age need consent.', '2024-03-05')).toEqual([]);
  });

  it('reads "every second Monday" and "every five or six years" as sets', () => {
    expect(readTimes('Bins are collected every second Monday; the land rests every five or six years.', '2024-03-05')).toEqual([
      ['every second Monday', 'DATE', 'XXXX-WXX-1'], ['every five or six years', 'DATE', 'P5Y'],
    ]);
    expect(valueOf('It is measured every second.', '2024-03-05', 'every second')).toBe('PT1S');
  });
});

describe('a day, week or weekend next to a holiday', () => {
  it('is counted from the holiday\'s day', () => {
    expect(readTimes('The Holy Fire ceremony is held on the Saturday before Orthodox Easter.', '2024-04-20')).toEqual([
      ['the Saturday before Orthodox Easter', 'DATE', '2024-05-04'],
    ]);
    expect(valueOf('Shops open on the day after Thanksgiving.', '2024-03-05', 'the day after Thanksgiving')).toBe('2024-11-29');
    expect(valueOf('Shops open the week before Christmas.', '2024-03-05', 'the week before Christmas')).toBe('2024-W51');
    // (Christmas 2022 was a Sunday: the weekend before it is the one before its Saturday)
    expect(valueOf('Shops were busy the weekend before Christmas.', '2023-01-10', 'the weekend before Christmas')).toBe('2022-W50-WE');
  });
});

describe('a weekday a word of custom tells of', () => {
  it('is any such day', () => {
    expect(valueOf('The mosque normally hosts 3,000 worshippers for Friday prayers.', '2020-04-24', 'Friday')).toBe('XXXX-WXX-5');
  });

  it('is not one after a verb the word tells the manner of', () => {
    expect(valueOf('Finnair said it expected to operate normally from Saturday.', '2024-02-08', 'Saturday')).toBe('2024-02-10');
  });
});

describe('a shift that recurs each year', () => {
  it('is a length of time', () => {
    expect(readTimes('Why does the holy month arrive about 11 days earlier each year?', '2026-02-01')).toEqual([
      ['about 11 days', 'DATE', 'P11D'], ['each year', 'DATE', 'P1Y'],
    ]);
  });
});

describe('clock times in a sentence with a set of days', () => {
  it('are on no one day, midnight too', () => {
    expect(readTimes('The film screens 40 times a day, with the first showing at 7 a.m. and the last around midnight.', '2020-12-28')
      .filter(([, type]) => type === 'TIME').map(([, , value]) => value)).toEqual(['XXXX-XX-XXT07:00', 'XXXX-XX-XXT24:00']);
    expect(valueOf('Stalls are open from 7 a.m. until midnight every day.', '2020-12-28', 'midnight')).toBe('XXXX-XX-XXT24:00');
  });

  it('keep their day beside the adverb "daily"', () => {
    expect(valueOf('The index, updated daily, rose 2% by 3 p.m.', '2020-12-28', '3 p.m.')).toBe('2020-12-28T15:00');
  });
});

describe('"a" and a unit hyphened to the word before', () => {
  it('is a rate, no length', () => {
    expect(spans('He earns $200 million-a-year at a once-a-year event.', '2025-06-10')).toEqual([]);
  });
});

describe('the hundred-and-second round\'s sets, modifiers and days of no one date', () => {
  it('puts clock times beside the sentence\'s one weekday set on that weekday, and beside several on any day', () => {
    expect(readTimes('Clinics run every Saturday this month from 10 a.m. to 2 p.m.', '2019-11-12').filter(([, type]) => type === 'TIME').map(([, , v]) => v))
      .toEqual(['XXXX-WXX-6T10:00', 'XXXX-WXX-6T14:00']);
    expect(readTimes('A crew will work from 5am to 1pm on weekends.', '2019-10-01').filter(([, type]) => type === 'TIME').map(([, , v]) => v))
      .toEqual(['XXXX-XX-XXT05:00', 'XXXX-XX-XXT13:00']);
    expect(valueOf('The market runs daily from 11 a.m. to 9 p.m., and until 10 p.m. on Fridays and Saturdays.', '2019-12-10', '9 p.m.')).toBe('XXXX-XX-XXT21:00');
  });

  it('reads "no longer than" as at most', () => {
    const read = readMentions('Stays of no longer than 12 weeks are allowed.', '2026-01-10').find((m) => m.type === 'DATE');
    expect([read?.text, read?.value]).toEqual(['no longer than 12 weeks', 'P12W']);
  });

  it('makes any such day of a weekday listed after one, and any such month of one after "a typical"', () => {
    expect(readTimes('Flying on a Tuesday or Wednesday can save $100.', '2023-06-08').map(([, , v]) => v)).toEqual(['XXXX-WXX-2', 'XXXX-WXX-3']);
    expect(valueOf('In a typical February the resort is full.', '2026-01-10', 'February')).toBe('XXXX-02');
    expect(readTimes('Shops open on Tuesday and Wednesday.', '2026-01-10').map(([, , v]) => v)).toEqual(['2026-01-13', '2026-01-14']);
  });

  it('keeps "recently" out of "as recently as Sunday"', () => {
    expect(readTimes('Bitcoin traded as high as $21,000 as recently as Sunday.', '2022-11-09').map(([span]) => span)).toEqual(['Sunday']);
  });
});

describe('the hundred-and-third round\'s sets', () => {
  it('reads "the first Friday of every month" as one monthly set and "every half hour" as a set of half hours', () => {
    expect(readTimes('The board meets on the first Friday of every month.', '2024-03-05')).toEqual([['the first Friday of every month', 'DATE', 'P1M']]);
    expect(readTimes('Shuttles run every half hour.', '2024-03-05')).toEqual([['every half hour', 'TIME', 'PT30M']]);
  });
});

describe('the hundred-and-fourth round', () => {
  it('makes months after "each year" in their clause of no one year, and clock times after "every six hours" of no one day', () => {
    expect(readTimes('Each year, work pauses between July and September.', '2025-05-10').map(([, , v]) => v)).toEqual(['P1Y', 'XXXX-07', 'XXXX-09']);
    expect(readTimes('Advisories are issued every six hours, at 2 a.m., 8 a.m., 2 p.m. and 8 p.m.', '2022-09-10').filter(([, t]) => t === 'TIME').slice(1).map(([, , v]) => v))
      .toEqual(['XXXX-XX-XXT02:00', 'XXXX-XX-XXT08:00', 'XXXX-XX-XXT14:00', 'XXXX-XX-XXT20:00']);
  });

  it('reads "every single week" as a set', () => {
    expect(readTimes('They met every single week.', '2025-05-10')).toEqual([['every single week', 'DATE', 'P1W']]);
  });
});
