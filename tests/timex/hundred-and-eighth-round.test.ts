// Dates of the hundred-and-eighth review round (power utilities, US housing, US state elections, courts, space launches
// and airlines), through the shipped pipeline.
import { describe, expect, it } from 'vitest';
import { readTimes } from '../shipped-pipeline.js';

const valueOf = (text: string, published: string, span: string) => readTimes(text, published).find(([s]) => s === span)?.[2];
const labelled = (text: string, published: string) => readTimes(text, published, ['DATE', 'TIME', 'CARDINAL', 'ORDINAL']).map(([span, label]) => [span, label]);

describe('a day\'s figure right after a month', () => {
  it('is the month\'s day, not a count of a singular unit after it', () => {
    expect(labelled('The schedule: Jan. 5 opening, Feb. 10 second round, March 2 final.', '2025-11-20')).toEqual([
      ['Jan. 5', 'DATE'], ['Feb. 10', 'DATE'], ['second', 'ORDINAL'], ['March 2', 'DATE'],
    ]);
  });

  it('leaves a count of seconds after no month a length', () => {
    expect(valueOf('After a 10 second delay, the launch resumed.', '2025-11-20', '10 second')).toBe('PT10S');
  });
});

describe('a day of every month', () => {
  it('is a monthly set', () => {
    expect(readTimes('Payments are due on the 12th of every month.', '2025-11-20')).toEqual([['the 12th of every month', 'DATE', 'XXXX-XX-12']]);
    expect(readTimes('Every first Friday of the month, we were here.', '2025-11-20')).toEqual([['Every first Friday of the month', 'DATE', 'P1M']]);
  });
});

describe('a schedule told ahead in the next year', () => {
  it('goes on in that year for the dates after its first', () => {
    expect(readTimes('The season opens in Melbourne on March 8 and ends in Abu Dhabi on Dec. 6.', '2025-11-20').map(([, , v]) => v)).toEqual(['2026-03-08', '2026-12-06']);
    expect(readTimes('The tour begins in Hawaii on Jan. 2 and concludes in Atlanta on Aug. 21.', '2024-10-21').map(([, , v]) => v)).toEqual(['2025-01-02', '2025-08-21']);
  });

  it('does not carry a date that leads in to that day, one a word puts before it, or one no verb places', () => {
    expect(valueOf('The deadline, first set for Jan. 31, was later pushed to Feb. 10.', '2023-03-01', 'Feb. 10')).toBe('2023-02-10');
    expect(valueOf('The dividend is payable Jan. 2 to stock of record Dec. 15.', '2025-11-20', 'Dec. 15')).toBe('2025-12-15');
    expect(valueOf('The dividend will be payable Jan. 3 to holders of record Nov. 16.', '2025-11-01', 'Nov. 16')).toBe('2025-11-16');
    expect(valueOf('Trading resumes Jan. 5 after closing Dec. 24.', '2025-11-20', 'Dec. 24')).toBe('2025-12-24');
    expect(valueOf('The regulator would publish the January cap by 25 November.', '2022-08-26', '25 November')).toBe('2022-11-25');
  });
});

describe('a participle after a conjunction of condition', () => {
  it('tells no past: the clause after it places the date', () => {
    expect(valueOf('If approved by voters on Nov. 8, the measure would fund 4,000 units.', '2022-07-13', 'Nov. 8')).toBe('2022-11-08');
    expect(valueOf('Once completed in March, the bridge will carry 4,000 cars a day.', '2022-07-13', 'March')).toBe('2023-03');
  });
});

describe('numbers and plural units that name no time', () => {
  it('leaves a document\'s number no year', () => {
    expect(readTimes('Order No. 1920, which runs nearly 1,300 pages, was issued on Thursday.', '2024-07-11').map(([span]) => span)).toEqual(['Thursday']);
  });

  it('leaves "the months" of the months named after it', () => {
    expect(readTimes('Plants must run at full capacity in the months of May and June.', '2024-03-11').map(([span]) => span)).toEqual(['May', 'June']);
  });
});

describe('a bare plural unit', () => {
  it('is a length after a verb of lasting, a "not" or before "in the making"', () => {
    expect(readTimes('The blackout could have lasted months.', '2024-03-11')).toEqual([['months', 'DATE', 'PXM']]);
    expect(readTimes('This will take a matter of days, not weeks.', '2024-03-11')).toEqual([['a matter of days', 'DATE', 'PXD'], ['weeks', 'DATE', 'PXW']]);
    expect(readTimes('The crisis was decades in the making.', '2024-03-11')).toEqual([['decades', 'DATE', 'PXE']]);
  });

  it('counts days a word of the calendar qualifies', () => {
    expect(readTimes('Congress has about 40 legislative days left.', '2024-03-11')).toEqual([['about 40 legislative days', 'DATE', 'P40D']]);
  });
});
