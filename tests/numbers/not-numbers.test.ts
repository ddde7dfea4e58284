// Expressions that contain digits or number words but are not CARDINAL/ORDINAL mentions.
import { describe, expect, it } from 'vitest';
import { numbersIn } from './read.js';

describe('not numbers', () => {
  it.each([
    ['a year alone', 'The deal was signed in 2015 in Vienna.'],
    ['a year after a month', 'Sanctions returned in May 2018 after a pause.'],
    ['a year as modifier', 'The 1988 massacre is remembered.'],
    ['a day of the month', 'The uprising began on November 15 in Tehran.'],
    ['a day before the month', 'They met on 15 November in Paris.'],
    ['an ordinal day', 'It opened on December 20th at noon.'],
    ['an abbreviated month', 'The FOMC meets on Sept. 24 to decide.'],
    ['an ISO date', 'BELGRADE 1996-08-30 Result of the game.'],
    ['a duration', 'Unrest began five weeks ago in the south.'],
    ['a duration in digits', 'They suffered 40 years of repression.'],
    ['a duration with a modifier', 'Stocks fell for eight trading days in a row.'],
    ['a range of durations', 'Delivery takes two to three weeks now.'],
    ['an ordinal period', 'Profit rose in the first nine months of the year.'],
    ['an ordinal half', 'The first half of the year was strong.'],
    ['a century', 'It is a problem of the 21st century for everyone.'],
    ['a spoken year', 'In nineteen ninety-six the law changed.'],
    ['a resolution code', 'The broad intent of H.Res.752 was clear.'],
    ['a date code', 'The attacks of 9/11 changed the world.'],
    ['a law section', 'It violates section 5 of the act.'],
    ['a score', 'Arsenal won 2-1 at home.'],
    ['a spaced score', 'Red Star beat Dinamo 92 - 90 on Friday.'],
    ['a phone number', 'Call the newsroom on +27-11 482 1003 for details.'],
    ['an identifier with a leading zero', 'CUSIP: 072261 was issued.'],
    ['a clock time', 'The meeting ends at 5 p.m. today.'],
    ['a clock time in GMT', 'The market closed at 1430 GMT on Friday.'],
    ['a model number', 'Boeing 747 was delayed again.'],
    ['a pronoun one', 'The assembly passed a resolution on Wednesday, this one urging the US to act.'],
    ['no one', 'No one was hurt in the blast.'],
    ['one as a generic pronoun', 'Here one can only guess.'],
    ['a new one', 'They will need a new one soon.'],
    ['a name with an ordinal', 'The First Lady visited the school.'],
    ['a war name', 'It happened in World War Two in France.'],
    ['second as a unit of time', 'It lasted a second or so.'],
    ['a month abbreviation that ends a sentence', 'Wall Street on Sept. 6 faces the data.'],
    ['a division name', 'Results from Division two were late.'],
  ])('%s: %s', (_what, text) => {
    expect(numbersIn(text).filter((f) => f.type === 'CARDINAL' || f.type === 'ORDINAL')).toEqual([]);
  });

  it('keeps "one" and the count of "one-in-five"', () => {
    expect(numbersIn('One-in-five adults smoke.').map((f) => f.value)).toEqual([1, 5]);
  });

  it('keeps "one" standing alone as a sentence ("One.")', () => {
    expect(numbersIn('One.')).toMatchObject([{ text: 'One', value: 1 }]);
    expect(numbersIn('No one.')).toEqual([]);
  });

  it('keeps "one" that counts something', () => {
    expect(numbersIn('Police detained one of them and only one person escaped.').map((f) => f.text)).toEqual(['one', 'one']);
  });

  it('keeps a year-like number that is qualified and counts something', () => {
    expect(numbersIn('About 2000 people marched.')).toMatchObject([{ text: '2000', value: 2000 }]);
  });
});
