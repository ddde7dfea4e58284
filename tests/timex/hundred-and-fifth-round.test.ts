// Dates of the hundred-and-fifth review round (sovereign debt, mining, crypto markets, climate talks, motor racing),
// through the shipped pipeline.
import { describe, expect, it } from 'vitest';
import { readTimes } from '../shipped-pipeline.js';
import { only } from './timex-doc.js';

const valueOf = (text: string, published: string, span: string) => readTimes(text, published).find(([s]) => s === span)?.[2];
const spans = (text: string, published: string) => readTimes(text, published).map(([span]) => span);
const labelled = (text: string, published: string) => readTimes(text, published, ['DATE', 'TIME', 'CARDINAL']).map(([span, label]) => [span, label]);

describe('a 24-hour clock written with a stop', () => {
  it('is a clock time with a zone after it', () => {
    expect(valueOf('Trading was halted at 14.30 GMT.', '2024-03-05', '14.30 GMT')).toBe('2024-03-05T14:30');
    expect(valueOf('Polls close at 22.00 CET.', '2024-03-05', '22.00 CET')).toBe('2024-03-05T22:00');
    expect(valueOf('Markets reopen at 09.00 local time.', '2024-03-05', '09.00 local time')).toBe('2024-03-05T09:00');
  });

  it('is a clock time with a leading zero after a clock\'s preposition, and so is the end of its range', () => {
    expect(labelled('The office is open from 08.30 to 17.00.', '2024-03-05')).toEqual([['08.30', 'TIME'], ['17.00', 'TIME']]);
  });

  it('leaves a price or a decimal a number', () => {
    expect(labelled('Shares closed at 14.30 on Friday.', '2024-03-05')).toEqual([['14.30', 'CARDINAL'], ['Friday', 'DATE']]);
    expect(labelled('The stock rose from 12.30 to 14.50.', '2024-03-05')).toEqual([['12.30', 'CARDINAL'], ['14.50', 'CARDINAL']]);
  });
});

describe('an adverb of frequency with a hyphen or of two weeks', () => {
  it('recurs as the whole word says', () => {
    expect(valueOf('Coupon payments are due semi-annually.', '2024-03-05', 'semi-annually')).toBe('P6M');
    expect(valueOf('The committee meets fortnightly.', '2024-03-05', 'fortnightly')).toBe('P2W');
    expect(valueOf('Staff are paid bi-weekly.', '2024-03-05', 'bi-weekly')).toBe('P2W');
  });
});

describe('"mid-century" and "mid-decade"', () => {
  it('are the middle of the century or decade the story is in', () => {
    expect(readTimes('The country pledged net zero emissions by mid-century.', '2024-03-05')).toEqual([['mid-century', 'DATE', '20']]);
    expect(readTimes('Growth should recover by mid-decade.', '2024-03-05')).toEqual([['mid-decade', 'DATE', '202']]);
  });

  it('leaves a style of design alone', () => {
    expect(readTimes('They bought a mid-century modern house.', '2024-03-05')).toEqual([]);
  });
});

describe('an amount per unit of time', () => {
  it('is a rate with a scale letter of trillions, a plural scale word or its amount restated before what it counts', () => {
    expect(spans('Rich nations must provide $1.3tn annually.', '2024-03-05')).toEqual([]);
    expect(spans('They need at least $1.3tn a year.', '2024-03-05')).toEqual([]);
    expect(spans('It would cost households hundreds of dollars a year.', '2024-03-05')).toEqual([]);
    expect(spans('It will keep buying about 6 trillion yen ($40 billion) of JGBs a month.', '2024-03-05')).toEqual([]);
  });
});

describe('the tense a day takes', () => {
  it('is that of a past verb right after a day\'s figure, no count of the noun after it', () => {
    expect(valueOf('His exchange would sell its holdings after a report on Nov. 2 raised questions.', '2022-11-12', 'Nov. 2')).toBe('2022-11-02');
  });

  it('is that of the first verb after an opening day and a long subject of names', () => {
    expect(valueOf('On Sunday, Binance Chief Executive Officer Changpeng Zhao said his exchange would sell its holdings.', '2022-11-12', 'Sunday')).toBe('2022-11-06');
  });

  it('is that of a participle right after its noun, not of the verb after the day', () => {
    expect(valueOf('A package unveiled in mid-December would add some 180 products.', '2026-01-08', 'mid-December')).toBe('2025-12');
    expect(valueOf('A bill approved by the lower house in May would ban the exports.', '2026-01-08', 'May')).toBe('2025-05');
  });
});

describe('"over" before a count', () => {
  it('is during the count after a verb\'s particle or a passive\'s participle', () => {
    expect(readTimes('The weighting will be phased in over 10 months.', '2024-03-05')).toEqual([['10 months', 'DATE', 'P10M']]);
    expect(readTimes('The fund is to be spent over 12 years.', '2024-03-05')).toEqual([['12 years', 'DATE', 'P12Y']]);
  });

  it('is more than the count after a preposition or an active verb of spending', () => {
    expect(spans('It was the first rise in over a decade.', '2024-03-05')).toEqual(['over a decade']);
    expect(spans('He spent over 12 years in prison.', '2024-03-05')).toEqual(['over 12 years']);
  });
});

describe('"a matter of" hours or days', () => {
  it('is a length of an unknown number of them', () => {
    expect(readTimes('Prices doubled in a matter of hours.', '2024-03-05')).toEqual([['a matter of hours', 'TIME', 'PTXH']]);
    expect(readTimes('The deal could close in a matter of days.', '2024-03-05')).toEqual([['a matter of days', 'DATE', 'PXD']]);
  });
});

describe('an approximation before a position in a period', () => {
  it('leaves the position the mod', () => {
    const found = only('Rakuten will hold a launch event around the middle of the month.', '2020-01-05');
    expect([found.text, found.value, found.mod]).toEqual(['around the middle of the month', '2020-01', 'MID']);
  });
});

describe('a fiscal year in two figures', () => {
  it('is of this century up to the sixties, as companies plan decades ahead', () => {
    expect(valueOf('The company targets revenue of $10 billion by FY30.', '2024-08-05', 'FY30')).toBe('2030');
    expect(valueOf('Sales in FY99 rose.', '2024-08-05', 'FY99')).toBe('1999');
  });
});

describe('milliseconds', () => {
  it('are a length in seconds, TIMEX3\'s smallest unit', () => {
    expect(readTimes('Latency was 30 to 50 milliseconds.', '2024-08-05', ['TIME', 'CARDINAL'])).toEqual([['30', 'TIME', 'PT0.03S'], ['50 milliseconds', 'TIME', 'PT0.05S']]);
  });
});

describe('a clock time before "that evening" or "that night"', () => {
  it('is one time of that part of the day', () => {
    expect(readTimes('The quake struck on Monday. It hit at 6:18 that evening.', '2024-08-05')).toEqual([['Monday', 'DATE', '2024-08-05'], ['6:18 that evening', 'TIME', '2024-08-05T18:18']]);
  });
});

describe('a clock time, a place\'s time and a day right after it', () => {
  it('is on that day, with "on" or without', () => {
    expect(valueOf('Bonds fell on Tuesday. That deal priced at 4 p.m. New York time Wednesday, people said.', '2025-06-12', '4 p.m.')).toBe('2025-06-11T16:00');
  });
});

describe('"a quarter of" a field with a figure hyphened to its noun', () => {
  it('is a share, no quarter of a year', () => {
    expect(readTimes('Roughly a quarter of the 48-man field are members.', '2024-06-09', ['DATE', 'CARDINAL'])).toEqual([['a quarter', 'CARDINAL', 0.25], ['48', 'CARDINAL', 48]]);
  });
});

describe('"well under" a length', () => {
  it('is less than it', () => {
    const found = only('The winner will have run the distance in well under two minutes.', '2024-06-09');
    expect([found.text, found.value, found.mod]).toEqual(['well under two minutes', 'PT2M', 'LESS_THAN']);
  });
});

describe('a length with "or more", "or less" or "or so" after it', () => {
  it('is a bound or an approximation', () => {
    const mods = (text: string) => { const f = only(text, '2024-06-09'); return [f.text, f.value, f.mod]; };
    expect(mods('They had been jobless for 27 weeks or more.')).toEqual(['27 weeks or more', 'P27W', 'EQUAL_OR_MORE']);
    expect(mods('Bills with maturities of 93 days or less qualify.')).toEqual(['93 days or less', 'P93D', 'EQUAL_OR_LESS']);
    expect(mods('He waited 10 days or so.')).toEqual(['10 days or so', 'P10D', 'APPROX']);
  });
});

describe('a range of clock times whose ends share their hour', () => {
  it('takes the half of the day of its end', () => {
    expect(valueOf('Fireworks are set between 9:00 and 9:15 p.m. tonight.', '2024-06-09', '9:00')).toBe('2024-06-09T21:00');
  });
});

describe('"the past year and a half"', () => {
  it('is a length of a year and a half, no year and a half apart', () => {
    expect(readTimes('Prices have doubled over the past year and a half.', '2024-06-09', ['DATE', 'CARDINAL'])).toEqual([['the past year and a half', 'DATE', 'P1Y6M']]);
  });
});

describe('a relation word, "a" and a unit', () => {
  it('is no length: "the final a week ago" is the week ago', () => {
    expect(readTimes('They won the final a week ago.', '2023-10-29')).toEqual([['a week ago', 'DATE', '2023-W42']]);
  });
});

describe('"the same half" of a year', () => {
  it('is the half told before it, in that year', () => {
    expect(valueOf('Trips fell in the first half of 2024 compared with the same half in 2019.', '2024-07-20', 'the same half in 2019')).toBe('2019-H1');
    expect(valueOf('Profit rose 5% in the first half from the same half last year.', '2024-07-20', 'the same half last year')).toBe('2023-H1');
  });
});
