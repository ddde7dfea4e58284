// Days of other calendars that holidays are read from, checked against dates known from history
// and almanacs (not from any test suite).
import { describe, expect, it } from 'vitest';
import { chineseDay, formatDay, hebrewDay, hijriDay, siderealIngressDay, solarTermDay } from '../../src/timex/calendar.js';
import { DAYS_BY_YEAR } from '../../src/timex/rules/vocabulary.js';

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

describe('chineseDay: a day of the Chinese lunisolar calendar, as China kept the festivals', () => {
  it.each([
    // The Mid-Autumn Festival (month 8, day 15), across years with and without a leap month.
    [1998, 8, 15, '1998-10-05'], [1999, 8, 15, '1999-09-24'], [2000, 8, 15, '2000-09-12'], [2001, 8, 15, '2001-10-01'],
    [2020, 8, 15, '2020-10-01'], [2023, 8, 15, '2023-09-29'], [2024, 8, 15, '2024-09-17'], [2025, 8, 15, '2025-10-06'],
    // The Dragon Boat Festival (month 5, day 5).
    [1998, 5, 5, '1998-05-30'], [1999, 5, 5, '1999-06-18'], [2000, 5, 5, '2000-06-06'], [2020, 5, 5, '2020-06-25'],
    [2023, 5, 5, '2023-06-22'], [2025, 5, 5, '2025-05-31'],
  ])('%i, month %i, day %i → %s', (y, month, day, expected) => {
    expect(formatDay(chineseDay(y, month, day))).toBe(expected);
  });

  it('gives the New Year of the table in every year but the two where the month that holds the term of Feb. 19 is not the first (1985, 2034)', () => {
    const table = DAYS_BY_YEAR['chinese new year'];
    const differ = Object.keys(table).filter((y) => {
      const t = chineseDay(+y, 1, 1);
      return t.m !== table[+y][0] || t.d !== table[+y][1];
    });
    expect(differ).toEqual(['1985', '2034']);
  });

  it('solarTermDay: Qingming, the Sun at 15 degrees, in Beijing', () => {
    expect([1998, 1999, 2000, 2019, 2020, 2024].map((y) => formatDay(solarTermDay(y, 15))))
      .toEqual(['1998-04-05', '1999-04-05', '2000-04-04', '2019-04-05', '2020-04-04', '2024-04-04']);
  });
});

describe('siderealIngressDay: the Sun entering a sign of the sidereal zodiac, as India kept the days', () => {
  it('Makar Sankranti: the entry into Capricorn, on the next day when it comes after dusk (2019, 2023)', () => {
    expect([1999, 2016, 2017, 2018, 2019, 2020, 2023, 2024].map((y) => formatDay(siderealIngressDay(y, 270, true))))
      .toEqual(['1999-01-14', '2016-01-15', '2017-01-14', '2018-01-14', '2019-01-15', '2020-01-15', '2023-01-15', '2024-01-15']);
  });
  it('Vaisakhi: the day of the entry into Aries', () => {
    expect([2016, 2017, 2018, 2020, 2023, 2024].map((y) => formatDay(siderealIngressDay(y, 0, false))))
      .toEqual(['2016-04-13', '2017-04-14', '2018-04-14', '2020-04-13', '2023-04-14', '2024-04-13']);
  });
});
