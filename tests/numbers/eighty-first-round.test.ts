// Money of the eighty-first review round (Central Asia, Iceland): the currencies the tables lacked, each inside a news
// sentence, as [type, span, value, currency].
import { describe, expect, it } from 'vitest';
import { readings, type Expected } from './read.js';

describe('currencies named after the amount', () => {
  it.each<[string, Expected]>([
    ['The country has a budget of about 340 billion soms.', [['MONEY', '340 billion soms', 340e9, 'KGS']]],
    ['The bread costs 5,000 soums in Tashkent.', [['MONEY', '5,000 soums', 5000, 'UZS']]],
    ['The quota is worth 20 billion kronur a year.', [['MONEY', '20 billion kronur', 20e9, 'ISK']]],
  ])('%s', (text, expected) => expect(readings(text)).toEqual(expected));
});

describe('number words in a title or a compound', () => {
  it.each<[string, Expected]>([
    ['The first officer had flown for years.', []],
    ['The carmaker sells zero-emission vans.', []],
    ['It was the first flight of the day.', [['ORDINAL', 'first', 1]]],
  ])('%s', (text, expected) => expect(readings(text)).toEqual(expected));
});
