// Which words a numeral may start with is decided before any reading is tried: a digit, a sign or
// full stop before digits, the full stop of ".08", or a number word. Signs, dots and hyphens
// without digits start none.
import { describe, expect, it } from 'vitest';
import { numberAt, numbersIn } from './read.js';

describe('the first word of a numeral', () => {
  it.each([
    ['Rates rose by .08 points.', '.08', 0.08],
    ['Temperatures of -7 were recorded.', '-7', -7],
    ['Shares rose 5-10 points.', '5', 5],
    ['There were twenty-one of them.', 'twenty-one', 21],
  ])('%s → %s = %d', (text, span, value) => {
    expect(numberAt(text, span)?.value).toBe(value);
  });

  it.each([
    'A man - a plan - a canal.',
    'Wait... then go to example.com now.',
    'The Lagos-based bank -- and the rest -.',
  ])('finds no number in "%s"', (text) => {
    expect(numbersIn(text)).toEqual([]);
  });
});
