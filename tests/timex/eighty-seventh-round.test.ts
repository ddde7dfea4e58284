// Dates of the eighty-seventh review round (climate, astronomy, mergers, retail, profiles), through the shipped pipeline.
import { describe, expect, it } from 'vitest';
import { readMentions, readTimes } from '../shipped-pipeline.js';

const dates = (text: string, published: string) => readTimes(text, published, ['DATE', 'TIME', 'CARDINAL']);

describe('a year after 2100', () => {
  it('is a year after a preposition of time', () => {
    expect(dates('Seas could rise by a metre by 2100. The comet will not return until 2126.', '2024-03-10'))
      .toEqual([['2100', 'DATE', '2100'], ['2126', 'DATE', '2126']]);
  });

  it('is a count anywhere else', () => {
    expect(dates('The index rose by 2150 points.', '2024-03-10')).toEqual([['2150', 'CARDINAL', 2150]]);
    expect(dates('In 2150 tests the model failed.', '2024-03-10')).toEqual([['2150', 'CARDINAL', 2150]]);
  });
});

describe("astronomers' Universal Time", () => {
  it('is a zone of the clock time, which so takes the day after it', () => {
    expect(dates('The solstice falls at 15:03 UT on Dec. 21.', '2025-12-11'))
      .toEqual([['15:03 UT', 'TIME', '2025-12-21T15:03'], ['Dec. 21', 'DATE', '2025-12-21']]);
    expect(dates('The peak comes at about 1 a.m. Universal Time.', '2023-08-10')).toEqual([['about 1 a.m. Universal Time', 'TIME', '2023-08-10T01:00']]);
  });
});

describe('an expectation a figure is compared with', () => {
  it('is no verb of the sentence, whose own verb places the month', () => {
    expect(dates('Retail sales rose less than expected in February.', '2024-03-14')).toEqual([['February', 'DATE', '2024-02']]);
    expect(dates('Retail sales will rise more than expected in April.', '2024-03-14')).toEqual([['April', 'DATE', '2024-04']]);
  });
});

describe('"march" in lower case after an ordinal word', () => {
  it('is the noun the ordinal counts', () => {
    expect(readMentions('Police said 100,000 people took part in a second march the following day.', '2021-11-14')
      .filter((m) => m.type === 'DATE' || m.type === 'ORDINAL').map((m) => [m.text, m.type])).toEqual([['second', 'ORDINAL'], ['the following day', 'DATE']]);
  });

  it('is still a month with "of" between them, or after it', () => {
    expect(dates('the second of march', '2021-11-14')).toEqual([['the second of march', 'DATE', '2022-03-02']]);
    expect(dates('march first', '2021-11-14')).toEqual([['march first', 'DATE', '2022-03-01']]);
  });
});

describe('a quarter without its year', () => {
  it('takes no year from an aside about its noun', () => {
    expect(dates('Figma, founded in 2012, had about 1,300 employees at the end of the third quarter.', '2023-12-18'))
      .toEqual([['2012', 'DATE', '2012'], ['1,300', 'CARDINAL', 1300], ['the end of the third quarter', 'DATE', '2023-Q3']]);
    expect(dates('Spirit, which has not posted an annual profit since 2019, said it had $1.2 billion at the end of the fourth quarter.', '2024-03-04')
      .slice(-1)).toEqual([['the end of the fourth quarter', 'DATE', '2023-Q4']]);
  });

  it("still takes the year of a date set off by commas that sets the sentence's scene", () => {
    expect(dates('His first attempt, in 2019, failed in the first half.', '2023-12-18').slice(-1)).toEqual([['the first half', 'DATE', '2019-H1']]);
  });

  it('is not placed by a day told with its year paragraphs before', () => {
    const text = 'Regulators first approved the plan on Aug. 14 last year.\n\nShares fell on Tuesday morning.\n\n'
      + 'The company reported net sales of $3.1 billion for the first quarter.';
    expect(dates(text, '2025-06-24').slice(-1)).toEqual([['the first quarter', 'DATE', '2025-Q1']]);
  });
});

describe('a set of times of day or of hours and minutes', () => {
  it('is a TIME, as a time of day and a length in hours are; a set of days a DATE', () => {
    expect(dates('"Every morning I check the news," he said. A forest is lost every minute. It opens every day.', '2024-04-03'))
      .toEqual([['Every morning', 'TIME', 'XXXX-XX-XXTMO'], ['every minute', 'TIME', 'PT1M'], ['every day', 'DATE', 'P1D']]);
  });
});

describe('"that day"', () => {
  it('is the day its own sentence told, not the day the narrative had reached', () => {
    const text = 'Adobe said at 6 a.m. EST on Monday that it had ended the deal.\n\n'
      + 'The deal, announced on Sept. 15, 2022, drew criticism, and on that day Adobe shares fell 17%.';
    expect(dates(text, '2023-12-18').slice(-1)).toEqual([['that day', 'DATE', '2022-09-15']]);
  });
});

describe('"the decade" without its number', () => {
  it('is the decade told last, or that of the year told, in a past sentence', () => {
    expect(dates('The mid-1970s changed everything. His album sold 2 million copies, and by the end of the decade he was a star.', '2023-04-28').slice(-1))
      .toEqual([['the end of the decade', 'DATE', '197']]);
    expect(dates('The album was released in May 1975, and by the end of the decade he was famous.', '2023-04-28').slice(-1))
      .toEqual([['the end of the decade', 'DATE', '197']]);
  });

  it("is the DCT's in what is told to come", () => {
    expect(dates('The PQ governed for much of the 1990s. The province could run short of power by the end of the decade.', '2022-10-04').slice(-1))
      .toEqual([['the end of the decade', 'DATE', '202']]);
  });
});
