// Each family of number the recognizer reads, with its label and value.
import { describe, expect, it } from 'vitest';
import { numberAt, numbersIn } from './read.js';

describe('digits', () => {
  it.each([
    ['The office received 1,500 letters.', '1,500', 1500],
    ['Prices rose by an average of 2.5 points.', '2.5', 2.5],
    ['The fund holds 1.2 million shares.', '1.2 million', 1200000],
    ['Organisers expect 10k runners.', '10k', 10000],
    ['The bank wrote off 3bn in loans.', '3bn', 3000000000],
    ['The index gained 37 3/4 on the day.', '37 3/4', 37.75],
    ['He pitched 2,000,000 balls.', '2,000,000', 2000000],
  ])('%s → %s = %d', (text, span, value) => {
    expect(numberAt(text, span)).toMatchObject({ type: 'CARDINAL', value });
  });
});

describe('number words', () => {
  it.each([
    ['Police arrested five men.', 'five', 5],
    ['She invited twenty-one guests.', 'twenty-one', 21],
    ['The bill passed with one hundred and six votes.', 'one hundred and six', 106],
    ['He bought a dozen eggs.', 'a dozen', 12],
    ['They sold two dozen cakes.', 'two dozen', 24],
    ['Some two thirds of voters agreed.', 'two thirds', 2 / 3],
    ['A third of the vote went to him.', 'A third', 1 / 3],
    ['Two-thirds of the outflow came back.', 'Two-thirds', 2 / 3],
    ['The cost was three million to build.', 'three million', 3000000],
    ['It took two and a half million workers.', 'two and a half million', 2500000],
    ['Nearly nine thousand three hundred people came.', 'nine thousand three hundred', 9300],
  ])('%s → %s', (text, span, value) => {
    expect(numberAt(text, span)).toMatchObject({ type: 'CARDINAL', value });
  });
});

describe('ordinals', () => {
  it.each([
    ['The UN passed its 66th resolution.', '66th', 66],
    ['It remains to be seen whether the 66th will be any different.', '66th', 66],
    ['She came first in the race.', 'first', 1],
    ['It was the twenty-first attempt.', 'twenty-first', 21],
    ['He won his 3rd title.', '3rd', 3],
    ['This is the one hundredth edition.', 'one hundredth', 100],
    ['The veteran finished forty-second in the marathon.', 'forty-second', 42],
    ['The veteran finished forty second in the marathon.', 'forty second', 42],
  ])('%s → %s', (text, span, value) => {
    expect(numberAt(text, span)).toMatchObject({ type: 'ORDINAL', value });
  });
});

describe('percents', () => {
  it.each([
    ['Turnout fell to 5% this time.', '5%', 5],
    ['Turnout fell by five percent overall.', 'five percent', 5],
    ['Growth slowed to 3.5 per cent overall.', '3.5 per cent', 3.5],
    ['Yields rose 10.5pct on Friday.', '10.5pct', 10.5],
  ])('%s → %s', (text, span, value) => {
    expect(numberAt(text, span)).toMatchObject({ type: 'PERCENT', value });
  });
});

describe('money', () => {
  it.each([
    ['The deal is worth $1.2 billion to them.', '$1.2 billion', 1200000000, 'USD'],
    ['Tickets cost €500 each.', '€500', 500, 'EUR'],
    ['He was fined 300 million rials by the court.', '300 million rials', 300000000, 'IRR'],
    ['They raised US$5m from investors.', 'US$5m', 5000000, 'USD'],
    ['It sold for 5 million Swiss francs last year.', '5 million Swiss francs', 5000000, 'CHF'],
    ['Shares rose 50 cents to close higher.', '50 cents', 0.5, 'USD'],
    ['The club paid 15 million pounds sterling for him.', '15 million pounds sterling', 15000000, 'GBP'],
    ['A plan worth one point six billion dollars was set out.', 'one point six billion dollars', 1600000000, 'USD'],
  ])('%s → %s', (text, span, value, currency) => {
    expect(numberAt(text, span)).toMatchObject({ type: 'MONEY', value, attrs: { currency } });
  });
});

describe('quantities', () => {
  it.each([
    ['The convoy drove 29 km north.', '29 km', 29, 'km'],
    ['Troops seized 3 tons of explosives.', '3 tons', 3, 't'],
    ['They found 5 pounds of cocaine in the car.', '5 pounds', 5, 'lb'],
    ['The fire burned 40 square kilometres of forest.', '40 square kilometres', 40, 'km2'],
    ['A 20-ton piece of steel fell.', '20-ton', 20, 't'],
    ['Police found cannabis weighing 2.2 kg (4.8 pounds) in the car.', '4.8 pounds', 4.8, 'lb'],
  ])('%s → %s', (text, span, value, unit) => {
    expect(numberAt(text, span)).toMatchObject({ type: 'QUANTITY', value, attrs: { unit } });
  });
});

describe('ranges', () => {
  it('gives the first end of a range the measure of the second', () => {
    const text = 'It plans to raise 175 million to 180 million Canadian dollars.';
    expect(numberAt(text, '175 million')).toMatchObject({ type: 'MONEY', value: 175000000, attrs: { currency: 'CAD' } });
    expect(numberAt('Rates of 5 to 10 percent apply.', '5')).toMatchObject({ type: 'PERCENT', value: 5 });
  });
});

describe('money words that are not money', () => {
  it('reads a capitalised currency name as a plain count ("six Euro ties")', () => {
    expect(numberAt('He will miss six Euro ties.', 'six')).toMatchObject({ type: 'CARDINAL', value: 6 });
  });
});

describe('vague quantities', () => {
  it.each([
    ['The crackdown caused many thousands of injuries.', 'thousands'],
    ['Tens of thousands of people marched.', 'Tens of thousands'],
    ['Dozens of people were hurt.', 'Dozens'],
    ['Several hundred troops were sent.', 'Several hundred'],
  ])('%s → %s, with no value', (text, span) => {
    const found = numberAt(text, span);
    expect(found).toMatchObject({ type: 'CARDINAL', attrs: { vague: true } });
    expect(found?.value).toBeUndefined();
  });

  it('reads vague money with its currency and no value', () => {
    const found = numberAt('Investors have billions of dollars at stake.', 'billions of dollars');
    expect(found).toMatchObject({ type: 'MONEY', attrs: { currency: 'USD', vague: true } });
    expect(found?.value).toBeUndefined();
  });

  it('does not read "a number of" as a number', () => {
    expect(numbersIn('They targeted a number of individuals.')).toEqual([]);
  });
});
