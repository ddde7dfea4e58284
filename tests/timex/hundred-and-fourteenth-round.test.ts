// Dates and times of the hundred-and-twenty-first to hundred-and-twenty-fifth hand reviews (stop 81: soft commodities,
// cybersecurity, boxing and baseball, road safety, chips and data centres, corporate governance, polar science, wine),
// through the shipped pipeline.
import { describe, expect, it } from 'vitest';
import { readTimes } from '../shipped-pipeline.js';

const values = (text: string, published: string) => readTimes(text, published).map(([span, , value]) => [span, value]);

describe('a month of the DCT\'s own year under a past verb', () => {
  it('is that year\'s however early, where the verb is far from it', () => {
    expect(values('He made about $18.8 million after avoiding arbitration in January.', '2019-12-12')).toEqual([['January', '2019-01']]);
    expect(values('He made a lot of money in the lucrative market in January.', '2019-12-12')).toEqual([['January', '2019-01']]);
  });

  it('leaves a month put off to to the months ahead', () => {
    expect(values('The vote was postponed until January.', '2019-12-12')).toEqual([['January', '2020-01']]);
  });
});

describe('"may not ... until"', () => {
  it('waits for a time to come, as "will not" does', () => {
    expect(values('Officials warned Tuesday that some systems may not be fully restored until the summer.', '2019-04-16'))
      .toEqual([['Tuesday', '2019-04-16'], ['the summer', '2019-SU']]);
  });

  it('leaves a past "may not" without "until" to the verbs', () => {
    expect(values('He may not have known about the deal in November.', '2019-04-16')).toEqual([['November', '2018-11']]);
  });
});

describe('a clause in the present, reported after a comma', () => {
  it('is not moved to the past by the reporting verb', () => {
    expect(values('Egypt has enough strategic reserves to last until mid-November, the government said on Sunday.', '2023-07-18'))
      .toEqual([['mid-November', '2023-11'], ['Sunday', '2023-07-16']]);
  });

  it('leaves a past clause past', () => {
    expect(values('Prices rose in November, the agency said.', '2023-07-18')).toEqual([['November', '2022-11']]);
  });
});

describe('figures released for a month', () => {
  it('are of the month last gone where two nouns joined by "and" name them', () => {
    expect(values('The Malaysian Palm Oil Board is due to release May supply and demand data on June 12.', '2023-06-09'))
      .toEqual([['May', '2023-05'], ['June 12', '2023-06-12']]);
  });
});

describe('"the prior year", "the prior week"', () => {
  it('count from the date told, as "the previous year" does', () => {
    expect(values('Compensation fell to $24.3 million in 2022 from $27.1 million the prior year.', '2025-03-10'))
      .toEqual([['2022', '2022'], ['the prior year', '2021']]);
    expect(values('China bought 42,300 bales in the week to Aug. 4, a sharp decline from 174,000 bales in the prior week.', '2022-08-12')
      .filter(([span]) => span === 'the prior week')).toEqual([['the prior week', '2022-W30']]);
  });
});

describe('a day of every month', () => {
  it('is that day of every month', () => {
    expect(readTimes('Water bills are usually mailed on the 15th of every month.', '2019-04-16')).toEqual([['the 15th of every month', 'DATE', 'XXXX-XX-15']]);
    expect(readTimes('Payments are due on the tenth of each month.', '2019-04-16')).toEqual([['the tenth of each month', 'DATE', 'XXXX-XX-10']]);
  });

  it('leaves a weekday of every month a monthly set', () => {
    expect(readTimes('The board meets on the first Friday of every month.', '2024-03-05')).toEqual([['the first Friday of every month', 'DATE', 'P1M']]);
  });
});

describe('fiscal years that straddle two', () => {
  it('take in "fiscal year", "fiscal" and "FY" written before them', () => {
    expect(values('The budget for fiscal year 2025-26 is larger than for the fiscal year 2021/22, as in fiscal 2020-21 and FY2019-20.', '2025-06-12'))
      .toEqual([['fiscal year 2025-26', '2025'], ['the fiscal year 2021/22', '2021'], ['fiscal 2020-21', '2020'], ['FY2019-20', '2019']]);
  });
});

describe('two months sharing the year after the second', () => {
  it('share it over "and again in"', () => {
    expect(values('A trial court had also denied him relief twice, in February and again in June 2022.', '2025-06-12'))
      .toEqual([['February', '2022-02'], ['June 2022', '2022-06']]);
  });
});

describe('a year that opens a clause after ", and in"', () => {
  it('holds the months of its clause', () => {
    expect(values('In 2021 fewer than 53,000 adults returned, and in 2022 a disease outbreak killed thousands of fish in a single week in May.', '2024-05-20')
      .filter(([span]) => span === 'May')).toEqual([['May', '2022-05']]);
  });
});

describe('a day within a week before the DCT', () => {
  it('is that one though a word before it looks ahead', () => {
    expect(values('The FAA ordered airlines to cut up to 10% of flights starting Nov. 7.', '2025-11-12')).toEqual([['Nov. 7', '2025-11-07']]);
  });

  it('leaves a day further off to that side', () => {
    expect(values('Fares will rise from Nov. 1.', '2025-11-12')).toEqual([['Nov. 1', '2026-11-01']]);
  });
});

describe('the year a thing was founded in', () => {
  it('is no period a figure\'s baseline or a bare period counts from', () => {
    expect(values('Temasek, which has grown since its inception in 1974, said its portfolio rose. Exposure to China fell to 19 per cent '
      + 'from 22 per cent a year earlier. Temasek invested S$26 billion during the financial year.', '2024-07-10'))
      .toEqual([['1974', '1974'], ['a year earlier', '2023'], ['the financial year', '2024']]);
    expect(values('The fund earned 159 trillion won in 2024, the largest gain since it was established in 1988, helped by a weak won in the fourth quarter.', '2025-02-28')
      .filter(([span]) => span === 'the fourth quarter')).toEqual([['the fourth quarter', '2024-Q4']]);
  });

  it('is what "that year" and an offset in a story count from', () => {
    expect(values('The company was founded in 1946. That year, it sold 200 radios. A year later, it opened a plant.', '2024-07-10'))
      .toEqual([['1946', '1946'], ['That year', '1946'], ['A year later', '1947']]);
    expect(values('Pennyfold launched in 2018 and obtained a full UK banking licence 18 months later.', '2025-08-21'))
      .toEqual([['2018', '2018'], ['18 months later', '2019']]);
  });
});

describe('ages in a range', () => {
  it('are counts after "ages" and "in age from", as after "aged"', () => {
    expect(readTimes('The victims range in age from 32 to 94 years.', '2024-05-01')).toEqual([]);
    expect(readTimes('The patients, ages 32 to 94 years, were ill.', '2024-05-01')).toEqual([]);
  });
});

describe('ages in a range told after "the ages of"', () => {
  it('are counts, and so is a first end "less than" qualifies', () => {
    expect(readTimes('The ages of the sick people range from 32 to 94 years, with a median age of 75.', '2024-05-01')).toEqual([]);
    expect(readTimes('Ill people range in age from less than 1 to 102 years.', '2024-05-01')).toEqual([]);
  });

  it('leave a war\'s length a length', () => {
    expect(readTimes('The war lasted 32 to 94 years.', '2024-05-01').map(([span, , value]) => [span, value])).toEqual([['32', 'P32Y'], ['94 years', 'P94Y']]);
  });
});

describe('"a year before" at the end of its clause', () => {
  it('counts back from the date told, as "a year earlier" does', () => {
    expect(values('Investors filed about 900 proposals in the 2022 proxy season, up from 800 a year before.', '2022-08-26'))
      .toEqual([['2022', '2022'], ['a year before', '2021']]);
  });

  it('leaves a length before a noun to the noun', () => {
    expect(values('He quit a year before the vote.', '2022-08-26')).toEqual([['a year', 'P1Y']]);
  });
});
