// Names, money, times and links of the news of 1996 to 2026 read wrong, a twenty-fourth round. Invented sentences
// through the shipped pipeline.
import { describe, expect, it } from 'vitest';
import { readMentions } from '../shipped-pipeline.js';

const money = (text: string, published: string) => readMentions(text, published).filter((m) => m.type === 'MONEY').map((m) => [m.text, m.currency]);

describe('money of a name with a usual country', () => {
  it('is the money of that name of the country the article is filed from', () => {
    expect(money('COLOMBO 1996-12-16\nThe government will spend 40 billion rupees on defence.', '1996-12-16')).toEqual([['40 billion rupees', 'LKR']]);
    expect(money('ISLAMABAD 1996-12-16\nShe defaulted on 60 billion rupees.', '1996-12-16')).toEqual([['60 billion rupees', 'PKR']]);
    expect(money('CAIRO 1996-12-16\nEgypt will spend 3 billion pounds on roads.', '1996-12-16')).toEqual([['3 billion pounds', 'EGP']]);
  });

  it('keeps its usual country at home, where the article says nothing else, and the country the article states', () => {
    expect(money('NEW DELHI 1996-12-16\nThe dam cost 60 billion rupees.', '1996-12-16')).toEqual([['60 billion rupees', 'INR']]);
    expect(money('The fine was 25,000 Pakistani rupees and a further 5,000 rupees.', '1996-12-16')).toEqual([['25,000 Pakistani rupees', 'PKR'], ['5,000 rupees', 'PKR']]);
    expect(money('KARACHI 1996-12-16\nA fine of 500 Indian rupees, then 300 rupees.', '1996-12-16')).toEqual([['500 Indian rupees', 'INR'], ['300 rupees', 'INR']]);
  });

  it('leaves dollars the US\'s wherever the story is filed from', () => {
    expect(money('SYDNEY 1996-12-16\nThe deal was worth 20 million dollars.', '1996-12-16')).toEqual([['20 million dollars', 'USD']]);
  });
});
