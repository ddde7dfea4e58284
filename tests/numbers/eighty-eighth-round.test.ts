// Amounts of the eighty-eighth and eighty-ninth review rounds (bond markets, medicines): pounds of what money buys or owes,
// its noun a few words after "of", are money, not a weight; micrograms and nanograms are masses; as [type, span, value,
// unit or currency].
import { describe, expect, it } from 'vitest';
import { readings, type Expected } from './read.js';

describe('pounds of a thing money is', () => {
  it.each<[string, Expected]>([
    ['It promised 45 billion pounds of unfunded tax cuts.', [['MONEY', '45 billion pounds', 45e9, 'GBP']]],
    ['The DMO sold 900 million pounds of a 0.125% index-linked gilt due 2039.', [['MONEY', '900 million pounds', 9e8, 'GBP'], ['PERCENT', '0.125%', 0.125]]],
    ['It would restore about 9.9 billion pounds of headroom.', [['MONEY', '9.9 billion pounds', 9.9e9, 'GBP']]],
  ])('%s', (text, expected) => expect(readings(text)).toEqual(expected));

  it('is a weight where the noun phrase after "of" ends before any such word', () => {
    expect(readings('Police seized 20 pounds of cocaine and cash.')).toEqual([['QUANTITY', '20 pounds', 20, 'lb']]);
    expect(readings('The farm produced 2 billion pounds of beef.')).toEqual([['QUANTITY', '2 billion pounds', 2e9, 'lb']]);
  });
});

describe('the small masses of medicine and air quality', () => {
  it.each<[string, Expected]>([
    ["The FDA's limit for daily intake is 96 nanograms.", [['QUANTITY', '96 nanograms', 96, 'ng']]],
    ['Take 400 mcg of folic acid.', [['QUANTITY', '400 mcg', 400, 'ug']]],
    ['Fine particles peaked at 303 micrograms.', [['QUANTITY', '303 micrograms', 303, 'ug']]],
  ])('%s', (text, expected) => expect(readings(text)).toEqual(expected));
});
