// Dates of the eighty-eighth review round (bonds, cars, archaeology, endurance sport, budgets), through the shipped pipeline.
import { describe, expect, it } from 'vitest';
import { readTimes } from '../shipped-pipeline.js';

const dates = (text: string, published: string) => readTimes(text, published, ['DATE', 'TIME', 'CARDINAL']);

describe('a year of an era', () => {
  it('is a date with its era, a year before Christ written as TIMEX3 writes it', () => {
    expect(dates('It was set up around 2500 BC and rebuilt in 1200 B.C.E. after a quake.', '2024-03-10'))
      .toEqual([['2500 BC', 'DATE', 'BC2500'], ['1200 B.C.E.', 'DATE', 'BC1200']]);
    expect(dates('Vesuvius erupted in 79 AD. Hadrian visited Britannia in AD 122.', '2024-03-10'))
      .toEqual([['79 AD', 'DATE', '0079'], ['AD 122', 'DATE', '0122']]);
    expect(dates('The stones were raised around 9,600 BCE.', '2024-03-10')).toEqual([['9,600 BCE', 'DATE', 'BC9600']]);
  });

  it('is a century with its era', () => {
    expect(dates('Most date from the third century BC to the first century AD.', '2024-03-10'))
      .toEqual([['the third century BC', 'DATE', 'BC02'], ['the first century AD', 'DATE', '00']]);
    // (the era the model and the registry read as British Columbia at a sentence's end is the date's)
    expect(dates('It was built in the third century BC.', '2024-03-10')).toEqual([['the third century BC', 'DATE', 'BC02']]);
  });

  it('is counted on from, with no year zero', () => {
    expect(dates('The emperor died in 210 BC, and the dynasty collapsed four years later.', '2024-03-10'))
      .toEqual([['210 BC', 'DATE', 'BC0210'], ['four years later', 'DATE', 'BC0206']]);
    expect(dates('Caesar was killed in 44 BC. Fifty years later Augustus died.', '2024-03-10'))
      .toEqual([['44 BC', 'DATE', 'BC0044'], ['Fifty years later', 'DATE', '0007']]);
  });

  it('is no era in lower case', () => {
    expect(dates('The firm ran an ad 30 times.', '2024-03-10')).toEqual([['30', 'CARDINAL', 30]]);
  });
});

describe("a race's time whose figures could be a clock's", () => {
  it('is a length of time after "in", "of" or "than": an ultramarathon\'s hours, a split\'s minutes no clock has', () => {
    expect(dates('Daniels finished third in 15:13:28, inside the mark of 14:30:04.', '2019-07-01'))
      .toEqual([['15:13:28', 'TIME', 'PT15H13M28S'], ['14:30:04', 'TIME', 'PT14H30M4S']]);
    expect(dates('He went through 10 km in 28:20 and halfway in 60:22.', '2023-09-25'))
      .toEqual([['28:20', 'TIME', 'PT28M20S'], ['60:22', 'TIME', 'PT60M22S']]);
  });

  it('is a clock reading after "at"', () => {
    expect(dates('Trading closed at 14:30:04 on Friday.', '2019-07-01')).toEqual([['14:30:04', 'TIME', '2019-06-28T14:30:04'], ['Friday', 'DATE', '2019-06-28']]);
  });
});

describe("a present verb the tagger read as a noun before a weekday", () => {
  it("is a calendar's plain present after a name that ends in a number, so the day lies ahead", () => {
    expect(dates('Fiscal 2023 ends at midnight on Saturday, and Congress has not passed any of the bills.', '2023-09-29'))
      .toEqual([['Fiscal 2023', 'DATE', '2023'], ['midnight', 'TIME', '2023-09-30T24:00'], ['Saturday', 'DATE', '2023-09-30']]);
  });

  it("is a subordinate clause's present after its opening word and subject", () => {
    expect(dates('The government is on course for a shutdown when funding lapses at 12:01 a.m. EDT on Sunday.', '2023-09-29'))
      .toEqual([['12:01 a.m. EDT', 'TIME', '2023-10-01T00:01'], ['Sunday', 'DATE', '2023-10-01']]);
  });
});

describe('holidays of the round', () => {
  it("are Massachusetts' Patriots' Day and Korea's Chuseok, by their rules", () => {
    expect(dates("The Boston Marathon is run on Patriots' Day.", '2024-04-12')).toEqual([["Patriots' Day", 'DATE', '2024-04-15']]);
    expect(dates('Sales slowed ahead of Chuseok, the harvest holiday.', '2024-09-10')).toEqual([['Chuseok', 'DATE', '2024-09-17']]);
  });
});

describe('"after midnight" after a night told', () => {
  it("is the start of the next day, the midnight that ends the night", () => {
    expect(dates('Polls closed on Sunday night, and results came shortly after midnight.', '2024-03-11'))
      .toEqual([['Sunday night', 'TIME', '2024-03-10TNI'], ['midnight', 'TIME', '2024-03-11T00:00']]);
    expect(dates('The shooting happened at 11:40 p.m. Saturday. Police arrived shortly after midnight.', '2024-03-11'))
      .toEqual([['11:40 p.m. Saturday', 'TIME', '2024-03-09T23:40'], ['midnight', 'TIME', '2024-03-10T00:00']]);
  });

  it('is the start of the day told in its small hours or morning', () => {
    expect(dates('The blast came at 2 a.m. Sunday. Shortly after midnight, rockets hit.', '2024-03-11'))
      .toEqual([['2 a.m. Sunday', 'TIME', '2024-03-10T02:00'], ['midnight', 'TIME', '2024-03-10T00:00']]);
  });
});

describe('"that day" after a figure', () => {
  it("is the day the story told, as after \"on\"", () => {
    expect(dates('Silicon Valley Bank collapsed on March 10, 2023. Its shares lost 60% that day.', '2024-03-11'))
      .toEqual([['March 10, 2023', 'DATE', '2023-03-10'], ['that day', 'DATE', '2023-03-10']]);
  });

  it("is a day of the month its sentence told, not numbered, where no day was told there", () => {
    expect(dates('Shares rose on Thursday. In December, a study failed, sending the stock down 11% that day.', '2025-01-30'))
      .toEqual([['Thursday', 'DATE', '2025-01-30'], ['December', 'DATE', '2024-12'], ['that day', 'DATE', '2024-12-XX']]);
  });

  it('is no date of a generic clause with no figure before it', () => {
    expect(dates('Dealers lose money on trades made that day.', '2024-03-11')).toEqual([]);
  });
});

describe('"that" and a weekday', () => {
  it('is the such day of the week of the last day told, nearest it', () => {
    expect(dates('Ian made landfall on Sept. 28. It came ashore at 3:05 p.m. EDT that Wednesday.', '2022-10-06'))
      .toEqual([['Sept. 28', 'DATE', '2022-09-28'], ['3:05 p.m. EDT', 'TIME', '2022-09-28T15:05'], ['that Wednesday', 'DATE', '2022-09-28']]);
  });

  it('is a clause\'s "that" before a weekday\'s possessive', () => {
    expect(dates('He said outside court that Friday\'s decision was a win.', '2025-05-16')).toEqual([['Friday', 'DATE', '2025-05-16']]);
  });
});

describe('a noun the tagger read as a verb after "and" and a noun', () => {
  it('is no verb of the clause, whose own verb places the day', () => {
    expect(dates('Taal sent a column of steam and ash some 10 kilometers into the sky on Sunday afternoon.', '2020-01-14'))
      .toEqual([['Sunday afternoon', 'TIME', '2020-01-12TAF']]);
  });

  it('leaves a past verb after "and" its own', () => {
    expect(dates('The plant employs about 3,600 hourly workers and ran three shifts a day through the summer.', '2023-09-15'))
      .toEqual([['3,600', 'CARDINAL', 3600], ['three', 'CARDINAL', 3], ['the summer', 'DATE', '2023-SU']]);
  });
});
