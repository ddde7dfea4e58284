// Dates and times of the hundred-and-twelfth review round (banking, mergers, athletics, tourism, defence), through the
// shipped pipeline.
import { describe, expect, it } from 'vitest';
import { readTimes } from '../shipped-pipeline.js';

const values = (text: string, published: string) => readTimes(text, published).map(([span, , value]) => [span, value]);

describe('a day a participle of sequence adds after a comma', () => {
  it('takes the tense of the phrase before the comma', () => {
    expect(values('JPMorgan, Citigroup and Goldman Sachs report on Tuesday morning, followed by Bank of America and Morgan Stanley on Wednesday.', '2019-10-13'))
      .toEqual([['Tuesday morning', '2019-10-15TMO'], ['Wednesday', '2019-10-16']]);
    expect(values('JPMorgan reported on Tuesday, followed by Bank of America on Wednesday.', '2019-10-13'))
      .toEqual([['Tuesday', '2019-10-08'], ['Wednesday', '2019-10-09']]);
  });

  it('leaves the clause\'s verbs to place it where no phrase of a preposition closes before the comma', () => {
    expect(values('Rains in late 2023 spread black pod disease, followed by the Harmattan winds in January and February, which dried the soil.', '2024-04-19'))
      .toEqual([['late 2023', '2023'], ['January', '2024-01'], ['February', '2024-02']]);
  });
});

describe('a list of one month\'s days after commas', () => {
  it('reads each later day as a date of that month, in the first\'s year', () => {
    expect(values('Strikes were held on Dec. 3, 5, 7 and 9.', '2023-07-04'))
      .toEqual([['Dec. 3', '2022-12-03'], ['5', '2022-12-05'], ['7', '2022-12-07'], ['9', '2022-12-09']]);
  });

  it('leaves a count after a date a count', () => {
    expect(values('On July 20, 22 people died and 29 were hurt.', '2023-07-25')).toEqual([['July 20', '2023-07-20']]);
  });
});

describe('a range of lengths whose first end\'s hyphen hangs', () => {
  it('is two lengths in the second\'s unit', () => {
    expect(values('Travellers are booking three- to four-day breaks.', '2024-10-20')).toEqual([['three', 'P3D'], ['four-day', 'P4D']]);
    expect(values('The Treasury sells seven- and 30-year bonds.', '2024-10-20')).toEqual([['seven', 'P7Y'], ['30-year', 'P30Y']]);
  });
});

describe('"overnight" before a kind of stay or visitor', () => {
  it('is no time', () => {
    expect(values('It forecasts 40 million domestic overnight trips and more overnight hotel guests.', '2023-07-04')).toEqual([]);
  });

  it('stays the night elsewhere', () => {
    expect(values('Stocks fell overnight.', '2023-07-04')).toEqual([['overnight', '2023-07-03TNI']]);
  });
});

describe('holidays of Japan\'s Golden Week and England\'s bank holidays', () => {
  it('are their days', () => {
    expect(values('Golden Week takes in Constitution Memorial Day and Greenery Day.', '2024-04-20'))
      .toEqual([['Constitution Memorial Day', '2024-05-03'], ['Greenery Day', '2024-05-04']]);
    expect(values('Resorts were full over the spring bank holiday.', '2023-07-04')).toEqual([['spring bank holiday', '2023-05-29']]);
  });
});

describe('"Thursday week"', () => {
  it('is the Thursday a week after the coming one', () => {
    expect(values("NAB's trading update is due on Thursday week.", '2026-02-10')).toEqual([['Thursday week', '2026-02-19']]);
  });

  it('leaves a weekday before "week" and a noun alone', () => {
    expect(values('It was the Monday week of talks.', '2026-02-10').map(([span]) => span)).toEqual(['Monday']);
  });
});

describe('"the same day last year"', () => {
  it('is one expression, the day told before a year back', () => {
    expect(values('Peak demand hit a record on Tuesday, about 30% higher than the same day last year.', '2024-05-29'))
      .toEqual([['Tuesday', '2024-05-28'], ['the same day last year', '2023-05-28']]);
  });
});

describe('an ordinal word after a determiner and before a month', () => {
  it('ranks, no day of the month', () => {
    expect(values('Britain will hold its first December general election in almost a century on Dec. 12.', '2019-10-30')[0]).toEqual(['December', '2019-12']);
    expect(values('The vote is on the first of December.', '2019-10-30')).toEqual([['the first of December', '2019-12-01']]);
  });
});

describe('a choice of offsets back or ahead', () => {
  it('names only its side of now', () => {
    expect(values('We are better off than we were two or three years ago.', '2024-03-01')).toEqual([['two or three years ago', 'PAST_REF']]);
    expect(values('It happened a week or two ago.', '2024-03-01')).toEqual([['a week or two ago', 'PAST_REF']]);
    expect(values('It will happen three or four years from now.', '2024-03-01')).toEqual([['three or four years from now', 'FUTURE_REF']]);
  });

  it('leaves one offset its year', () => {
    expect(values('It happened three years ago.', '2024-03-01')).toEqual([['three years ago', '2021']]);
  });
});

describe('a year before a product\'s name or a tax year\'s noun', () => {
  it('is no year its clause\'s dates lie in', () => {
    expect(values('Parents must file their 2023 income tax returns by April 30.', '2024-02-20')).toEqual([['2023', '2023'], ['April 30', '2024-04-30']]);
  });

  it('is no model\'s year either', () => {
    expect(values('Ford recalled the 2025 Mustang Mach-E in early October.', '2024-10-04')).toEqual([['2025', '2025'], ['early October', '2024-10']]);
  });

  it('leaves an event\'s year its clause\'s', () => {
    expect(values('The 2026 World Cup will open on June 11.', '2024-10-04')).toEqual([['2026', '2026'], ['June 11', '2026-06-11']]);
    expect(values('Cheltenham said the 2023 Festival would take place from March 14-17.', '2022-03-19'))
      .toEqual([['2023', '2023'], ['March 14', '2023-03-14'], ['17', '2023-03-17']]);
  });
});

describe('a day right after a reporting verb and before a verb of its own', () => {
  it('is the reported clause\'s subject, placed by that verb', () => {
    expect(values('Scientists say Monday was the hottest day on record.', '2024-07-23')).toEqual([['Monday', '2024-07-22']]);
    expect(values('Officials said Friday will mark the opening.', '2024-07-23')).toEqual([['Friday', '2024-07-26']]);
  });
});

describe('a rate\'s unit before "earlier this year"', () => {
  it('is no offset', () => {
    expect(values('Food rations were cut to $8 per person per month earlier this year, from $12 in January.', '2023-11-10'))
      .toEqual([['earlier this year', '2023'], ['January', '2023-01']]);
  });
});
