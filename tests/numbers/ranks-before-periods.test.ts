// An ordinal before a period word is a period of the calendar ("the third quarter") only when it names one: a rank in
// a run of periods or a place in a table is an ORDINAL. Sentences written for this test, as [type, span, value].
import { describe, expect, it } from 'vitest';
import { readings, type Expected } from './read.js';

describe('ranks and places before a period word', () => {
  it.each<[string, Expected]>([
    ['Online sales jumped 20%, the 11th straight quarter of double-digit growth.', [['PERCENT', '20%', 20], ['ORDINAL', '11th', 11]]],
    ['Earnings are forecast to rise, the fifth consecutive quarter of gains.', [['ORDINAL', 'fifth', 5]]],
    ['The manager took over after the club finished 12th last season.', [['ORDINAL', '12th', 12]]],
    // Still periods of the calendar, left to the time rules.
    ['Profit rose in the third quarter.', []],
    ['Prices peaked in the third last week of 2018.', []],
  ])('%s', (text, expected) => expect(readings(text)).toEqual(expected));
});
