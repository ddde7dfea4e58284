// Quantities of the eighty-seventh review round (climate): a figure and a scale's letter apart from it are a temperature
// after a word of warming or before a comparison, as [type, span, value, unit].
import { describe, expect, it } from 'vitest';
import { readings, type Expected } from './read.js';

describe('a change of temperature written with a spaced letter', () => {
  it.each<[string, Expected]>([
    ['Countries pledged to limit warming to 1.5 C.', [['QUANTITY', '1.5 C', 1.5, 'degC']]],
    ['The world would warm by about 2.4 C, the report said.', [['QUANTITY', '2.4 C', 2.4, 'degC']]],
    ['The global average was 1.60 C above the pre-industrial average.', [['QUANTITY', '1.60 C', 1.6, 'degC']]],
    ['It was 0.12 C higher than the year before.', [['QUANTITY', '0.12 C', 0.12, 'degC']]],
  ])('%s', (text, expected) => expect(readings(text)).toEqual(expected));

  it('is no temperature where neither says so', () => {
    expect(readings('He earned 3 C grades in the course.')).toEqual([['CARDINAL', '3', 3]]);
  });
});

describe('zero in a name of a goal or a place', () => {
  it.each<[string, Expected]>([
    ['The CBI said net zero by 2050 was the right goal.', []],
    ['It set a target of net-zero emissions.', []],
    ['Relatives gathered at ground zero to read the names.', []],
    ['The score was zero.', [['CARDINAL', 'zero', 0]]],
  ])('%s', (text, expected) => expect(readings(text)).toEqual(expected));
});
