// Quantities of the eighty-third review round (weather): the units of a storm's pressure, each inside a news sentence,
// as [type, span, value, unit].
import { describe, expect, it } from 'vitest';
import { readings, type Expected } from './read.js';

describe("a storm's pressure", () => {
  it.each<[string, Expected]>([
    ['The central pressure fell to 897 millibars.', [['QUANTITY', '897 millibars', 897, 'mbar']]],
    ['The pressure fell to about 953 hectopascals.', [['QUANTITY', '953 hectopascals', 953, 'hPa']]],
    ['The record for the month was 953.9 hPa.', [['QUANTITY', '953.9 hPa', 953.9, 'hPa']]],
  ])('%s', (text, expected) => expect(readings(text)).toEqual(expected));
});
