// Dates of the ninety-seventh review round (retail, airlines, public health, personal finance, parliaments), through
// the shipped pipeline.
import { describe, expect, it } from 'vitest';
import { readTimes } from '../shipped-pipeline.js';

const valueOf = (text: string, published: string, span: string) => readTimes(text, published).find(([s]) => s === span)?.[2];

describe('a quarter after a unit of time shorter than a year', () => {
  it('is a quarter of that unit, no three months', () => {
    expect(valueOf('Question time typically lasts an hour and a quarter.', '2026-02-18', 'an hour and a quarter')).toBe('PT1H15M');
    expect(valueOf('The flight took two hours and three quarters.', '2026-02-18', 'two hours and three quarters')).toBe('PT2H45M');
    expect(valueOf('The project ran a year and a quarter late.', '2026-02-18', 'a year and a quarter')).toBe('P1Y3M');
    expect(readTimes('It took two days and a quarter of the budget.', '2026-02-18').map(([span]) => span)).toEqual(['two days']);
  });
});

describe('the tense a sentence gives a day', () => {
  it('is not a present verb read into an object that a count opens', () => {
    expect(valueOf('Ontario reported 1,063 new COVID-19 cases on Wednesday.', '2021-09-09', 'Wednesday')).toBe('2021-09-08');
    expect(valueOf('Officials said Microsoft reports earnings on Wednesday.', '2021-09-09', 'Wednesday')).toBe('2021-09-15');
  });

  it('is no past read into "aged" before an age', () => {
    expect(valueOf('From Jan 1, rates for workers aged 55 to 60 will also rise.', '2025-09-10', 'Jan 1')).toBe('2026-01-01');
  });

  it('puts the day a thing is retroactive to behind', () => {
    expect(valueOf('The bill, which is retroactive to March 17, passed on Tuesday.', '2020-12-08', 'March 17')).toBe('2020-03-17');
  });

  it('keeps a sitting that did not adjourn until late on its day', () => {
    const times = readTimes('Officials faced questioning at Senate estimates on Wednesday. The committee began at 9am and did not adjourn until 11pm.', '2019-10-24');
    expect(times.find(([span]) => span === '11pm')?.[2]).toBe('2019-10-23T23:00');
  });
});

describe('a day told after a month counted from the DCT, or after the day it restates', () => {
  it('is in that month\'s year ("Last June, the House sat until June 22")', () => {
    const times = readTimes('Last June, the House sat until June 22 before breaking for the summer.', '2017-06-20');
    expect(times.map(([span, , value]) => [span, value])).toEqual([['Last June', '2016-06'], ['June 22', '2016-06-22'], ['the summer', '2016-SU']]);
  });

  it('is the day a weekday set after it restates ("On May 30, the final Sunday")', () => {
    const times = readTimes('On May 30, the final Sunday of the session, they walked off the floor shortly before 11 p.m.', '2021-07-12');
    expect(times.map(([, , value]) => value)).toEqual(['2021-05-30', '2021-05-30', '2021-05-30T23:00']);
  });
});

describe('"this" and a holiday told in the past', () => {
  it('is the one just gone where it is nearer than the one to come', () => {
    expect(valueOf('Families spent less this Christmas.', '2024-01-08', 'this Christmas')).toBe('2023-12-25');
    expect(valueOf('Families will spend less this Christmas.', '2024-01-08', 'this Christmas')).toBe('2024-12-25');
    expect(valueOf('Retailers said sales fell this Christmas.', '2024-11-08', 'this Christmas')).toBe('2024-12-25');
  });
});

describe('the day of what is forecast or warned of', () => {
  it('lies ahead', () => {
    expect(valueOf('The Bureau of Meteorology forecast a top of 44 degrees in Nowra on Saturday.', '2020-01-03', 'Saturday')).toBe('2020-01-04');
    expect(valueOf('Forecasters have warned of another round of rain Wednesday.', '2025-07-06', 'Wednesday')).toBe('2025-07-09');
  });

  it('leaves the day a warning was given, and a day of another verb, where they were', () => {
    expect(valueOf('The agency warned on Wednesday of heavy rain.', '2020-01-03', 'Wednesday')).toBe('2020-01-01');
    expect(valueOf('Police warned residents who fled on Wednesday not to return.', '2020-01-03', 'Wednesday')).toBe('2020-01-01');
  });
});

describe('sets and lengths of the ninety-ninth round (shipping)', () => {
  it('read "every fortnight" as two weeks and "every weekend" as the weekend of every week', () => {
    expect(valueOf('Workers get two days off every fortnight.', '2024-01-10', 'every fortnight')).toBe('P2W');
    expect(valueOf('A night shift will run every weekend until February.', '2024-01-10', 'every weekend')).toBe('XXXX-WXX-WE');
  });

  it('keep a decimal no whole count of the smaller unit makes', () => {
    expect(valueOf('Dwell time fell to 2.8 days in October.', '2024-01-10', '2.8 days')).toBe('P2.8D');
    expect(valueOf('The stay averaged 1.5 days.', '2024-01-10', '1.5 days')).toBe('P1DT12H');
    expect(valueOf('The project ran 2.5 years.', '2024-01-10', '2.5 years')).toBe('P2Y6M');
  });
});

describe('the day a change takes effect', () => {
  it('lies ahead, unless told so in the past', () => {
    expect(valueOf('ASB was first to move, cutting its one-year rate by 0.2 points, effective from Thursday.', '2024-10-09', 'Thursday')).toBe('2024-10-10');
    expect(valueOf('The cut, which was effective from Monday, helped borrowers.', '2024-10-09', 'Monday')).toBe('2024-10-07');
  });
});

describe('the minutes of a meeting', () => {
  it('are its record, no length of time', () => {
    expect(readTimes("The minutes of today's meeting will be released on May 17.", '2024-05-03').map(([span]) => span)).toEqual(['today', 'May 17']);
    expect(readTimes('Within minutes of the meeting ending, shares fell.', '2024-05-03').map(([span]) => span)).toEqual(['minutes']);
  });
});

describe('"the fall" with no word of time before it', () => {
  it('is a decline, not autumn', () => {
    expect(readTimes('Ms Fitzgerald said the fall was driven by fewer people on remand.', '2020-10-09')).toEqual([]);
    expect(readTimes('The fall of the Berlin Wall changed Europe.', '2020-10-09')).toEqual([]);
  });

  it('stays the season after a word of time or before a term', () => {
    expect(valueOf('Classes resume in the fall.', '2020-10-09', 'the fall')).toBe('2020-FA');
    expect(valueOf('Prices should recover by the fall.', '2020-10-09', 'the fall')).toBe('2020-FA');
    expect(valueOf('The fall semester starts soon.', '2020-10-09', 'The fall')).toBe('2020-FA');
  });
});
