// Fractions as markets quote them after decimals, a rank whose name follows a comma, and a number after a compound's
// unit. Invented sentences through the numbers recognizer: [type, span, value, unit or currency].
import { describe, expect, it } from 'vitest';
import { numbersIn } from './read.js';

const readings = (text: string) => numbersIn(text)
  .map((x) => [x.type, x.text, x.value ?? null, ...(x.attrs?.currency ? [x.attrs.currency as string] : [])]);

describe('a fraction after a price in decimals', () => {
  it('is a fraction of its last place, a cent, hyphened or apart', () => {
    expect(readings('Corn fell 6-1/4 cents to $4.86-3/4 a bushel.')).toEqual([['MONEY', '6-1/4 cents', 0.0625, 'USD'], ['MONEY', '$4.86-3/4', 4.8675, 'USD']]);
    expect(readings('Wheat closed at $8.50 3/4 a bushel.')).toEqual([['MONEY', '$8.50 3/4', 8.5075, 'USD']]);
  });

  it('leaves a whole number\'s fraction whole', () => {
    expect(readings('The bond rose to 99 3/4.')).toEqual([['CARDINAL', '99 3/4', 99.75]]);
  });
});

describe('"a" and an ordinal before a comma and a name', () => {
  it('is a rank, not a fraction; before "of" a fraction still', () => {
    expect(readings('A seventh, Oliver Schmidt, was arrested.')).toEqual([['ORDINAL', 'seventh', 7]]);
    expect(readings('A third of the crop was lost.')).toEqual([['CARDINAL', 'A third', 0.3333333333333333]]);
  });
});

describe('a number after "to" and a unit that ends a hyphened compound', () => {
  it('is a number, not the end of a range of durations', () => {
    expect(readings('Users grew year-over-year to 49 million.')).toEqual([['CARDINAL', '49 million', 49000000]]);
  });
});
