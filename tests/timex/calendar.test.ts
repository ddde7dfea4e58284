// Days of other calendars that holidays are read from, checked against dates known from history
// and almanacs (not from any test suite).
import { describe, expect, it } from 'vitest';
import { formatDay, hebrewDay, hijriDay } from '../../src/timex/calendar.js';

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

describe('hijriDay: a day of the Islamic calendar in a Gregorian year, as Saudi Arabia announced it', () => {
  it.each([
    // Eid al-Fitr (Shawwal 1) of 2019 to 2025, and the start of Ramadan (Ramadan 1) of 2024 and 2025.
    [2019, 10, 1, '2019-06-04'],
    [2020, 10, 1, '2020-05-24'],
    [2021, 10, 1, '2021-05-13'],
    [2022, 10, 1, '2022-05-02'],
    [2023, 10, 1, '2023-04-21'],
    [2024, 10, 1, '2024-04-10'],
    [2025, 10, 1, '2025-03-30'],
    [2024, 9, 1, '2024-03-11'],
    [2025, 9, 1, '2025-03-01'],
    // Eid al-Adha (Dhu al-Hijjah 10) of 2019, 2023 and 2024.
    [2019, 12, 10, '2019-08-11'],
    [2023, 12, 10, '2023-06-28'],
    [2024, 12, 10, '2024-06-16'],
  ])('%i, month %i, day %i → %s', (y, month, day, expected) => {
    expect(formatDay(hijriDay(y, month, day))).toBe(expected);
  });
});
