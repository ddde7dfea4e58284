// Days of other calendars that holidays are read from, checked against dates known from history
// and almanacs (not from any test suite).
import { describe, expect, it } from 'vitest';
import { formatDay, hebrewDay } from '../../src/timex/calendar.js';

describe('hebrewDay: a day of the Hebrew calendar in a Gregorian year', () => {
  it.each([
    // Yom Kippur (Tishri 10) of 1973, the day the war of that name began.
    [1973, 7, 10, '1973-10-06'],
    // Rosh Hashanah (Tishri 1) of 1998, and Hanukkah (Kislev 25) of 2013, on Thanksgiving.
    [1998, 7, 1, '1998-09-21'],
    [2013, 9, 25, '2013-11-28'],
    // Passover (Nisan 15), and Purim (Adar 14) in a leap year, where it falls in Adar II.
    [2000, 1, 15, '2000-04-20'],
    [2000, 12, 14, '2000-03-21'],
    [2013, 12, 14, '2013-02-24'],
  ])('%i, month %i, day %i → %s', (y, month, day, expected) => {
    expect(formatDay(hebrewDay(y, month, day))).toBe(expected);
  });
});
