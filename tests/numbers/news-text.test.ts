// Number forms of running news text that the earlier passes missed or misread (issue 13, second
// breadth pass), each with the look-alike that must stay as it was.
import { describe, expect, it } from 'vitest';
import { numberAt, numbersIn } from './read.js';

const spans = (text: string) => numbersIn(text).map((f) => [f.type, f.text, f.value]);

describe('ages', () => {
  // TimeML leaves ages unannotated, so no DATE holds the count: it is a CARDINAL
  it.each([
    ['The driver, who is 25 years old, was arrested.', '25', 25],
    ['The girl, a 3-year-old from Ohio, was rescued.', '3', 3],
    ['A 42-year-old man was charged.', '42', 42],
    ['The resolution named that 30-year old incident.', '30', 30],
    ['They adopted a six-month-old puppy.', 'six', 6],
  ])('%s → %s', (text, span, value) => {
    expect(spans(text)).toEqual([['CARDINAL', span, value]]);
  });

  it('counts the noun after the age, not the years', () => {
    expect(numberAt('A 25-year-old man was charged.', '25')?.attrs?.counted).toBe('man');
  });

  it('still reads a count of years as time', () => {
    expect(spans('He served 25 years in prison.')).toEqual([]);
  });
});

describe('an ordinal before a unit of time ranks it', () => {
  it.each([
    ['He scored in the 34th minute of the match.', '34th', 34],
    ['It was the second day of the strike.', 'second', 2],
    ['Prices fell for the fifth straight month.', 'fifth', 5],
  ])('%s → %s', (text, span, value) => {
    expect(spans(text)).toEqual([['ORDINAL', span, value]]);
  });

  it.each([
    'It is a problem of the 21st century for everyone.',
    'Profit rose in the third quarter.',
    'The first half of the year was strong.',
    'Profit rose in the first nine months of the year.',
  ])('leaves a period of the calendar to the date: %s', (text) => {
    expect(spans(text)).toEqual([]);
  });
});

describe('figures after a name', () => {
  it('reads each figure of a standings row', () => {
    expect(spans('Arsenal 14 10 3 1 32 12 33').map((s) => s[2])).toEqual([14, 10, 3, 1, 32, 12, 33]);
  });

  it('still reads a model number after its maker as part of the name', () => {
    expect(spans('Boeing 747 jets were grounded.')).toEqual([]);
  });
});

describe('numbers that name a thing', () => {
  it.each([
    'Police received a 911 call from the house.',
    'She called 911 at once.',
    'The 747 landed safely in Denver.',
    'He bought milk at a 7-Eleven store.',
    'It is a fifty-fifty chance.',
    'The Group of Eight met in Rome.',
    'He bought a 4K TV.',
    'The band One Direction toured.',
    'Call ext. 234 for help.',
    'Dial extension 4410 after hours.',
  ])('finds no number in "%s"', (text) => {
    expect(spans(text)).toEqual([]);
  });

  it.each([
    ['The plane carried 747 passengers in all.', '747', 747],
    ['About 911 homes were flooded.', '911', 911],
    ['A 7-member panel ruled.', '7', 7],
  ])('still counts with one: %s', (text, span, value) => {
    expect(spans(text)).toContainEqual(['CARDINAL', span, value]);
  });
});

describe('an ordinal before a unit of time and a date', () => {
  it.each([
    'It falls on the 20th day of next month.',
    'They meet in the first week of March.',
    'It is due the third last week of the year.',
  ])('leaves it to the date: %s', (text) => {
    expect(spans(text).filter((s) => s[0] === 'ORDINAL')).toEqual([]);
  });
});

describe('half as the size of a change', () => {
  it.each([
    ['Output fell by half.', 'half', 0.5],
    ['The firm cut costs by half in 2023.', 'half', 0.5],
  ])('%s → %s', (text, span, value) => {
    expect(spans(text)).toContainEqual(['CARDINAL', span, value]);
  });

  it('reads half on its own, as an answer', () => {
    expect(spans('Half.')).toEqual([['CARDINAL', 'Half', 0.5]]);
  });

  it('reads no half in a clock time', () => {
    expect(spans('They arrived by half past six.').filter((s) => s[1] === 'half')).toEqual([]);
  });
});

describe('a group with the trunk prefix ends a phone number', () => {
  it('finds no number in "His number is 555 0199."', () => {
    expect(spans('His number is 555 0199.')).toEqual([]);
  });
});

describe('qualifiers of news text', () => {
  it.each([
    ['An estimated 3,000 people died.', '3,000', 'an estimated'],
    ['Slightly more than 40 percent voted.', '40 percent', 'slightly more than'],
    ['A little over $2 million was raised.', '$2 million', 'a little over'],
    ['The fine carries a maximum of 10 years in jail, or $5,000.', '$5,000', undefined],
    ['Fully 90% of them agreed.', '90%', 'fully'],
    ['They expect 500 or thereabouts.', '500', 'or thereabouts'],
    ['Well over 100 people came.', '100', 'well over'],
    ['Close to 2,000 people came.', '2,000', 'close to'],
  ])('%s → %s qualified by "%s"', (text, span, qualifier) => {
    expect(numberAt(text, span)?.attrs?.qualifier).toBe(qualifier);
  });
});

describe('"one" as a count', () => {
  it.each([
    ['One was injured in the blast.', 'One'],
    ['Only one survived.', 'one'],
    ['One died on the way to hospital.', 'One'],
  ])('%s → %s', (text, span) => {
    expect(spans(text)).toEqual([['CARDINAL', span, 1]]);
  });

  it.each([
    'One can only hope.',
    'This one was better.',
    'No one was hurt.',
    'One must wait.',
    'One wonders why.',
  ])('reads the pronoun in "%s" as no number', (text) => {
    expect(spans(text)).toEqual([]);
  });
});

describe('quarters shared out', () => {
  it('reads three quarters of a plural as a fraction', () => {
    expect(spans('Three quarters of residents agreed.')).toEqual([['CARDINAL', 'Three quarters', 0.75]]);
  });

  it('still reads two quarters of growth as time', () => {
    expect(spans('The economy had two quarters of growth.')).toEqual([]);
  });
});

describe('units the earlier passes missed', () => {
  it.each([
    ['He swam 400 m.', 'QUANTITY', '400 m', 400, 'm'],
    ['She is 1.75 m tall.', 'QUANTITY', '1.75 m', 1.75, 'm'],
    ['The screen is 15.6 in. wide.', 'QUANTITY', '15.6 in', 15.6, 'in'],
    ['The bottle holds 1.5 l of water.', 'QUANTITY', '1.5 l', 1.5, 'l'],
    ['The car has 300 hp.', 'QUANTITY', '300 hp', 300, 'hp'],
    ['The car does 40 mpg.', 'QUANTITY', '40 mpg', 40, 'mpg'],
    ['The wind reached 150 km per hour.', 'QUANTITY', '150 km per hour', 150, 'km/h'],
    ['They sold 2,000 sq ft.', 'QUANTITY', '2,000 sq ft', 2000, 'ft2'],
    ['He ran a 5K.', 'QUANTITY', '5K', 5, 'km'],
    ['It weighs 300 g of sugar.', 'QUANTITY', '300 g', 300, 'g'],
    ['She won the 10K in 31 minutes.', 'QUANTITY', '10K', 10, 'km'],
  ])('%s → %s %s', (text, type, span, value, unit) => {
    expect(numberAt(text, span)).toMatchObject({ type, value, attrs: { unit } });
  });

  it.each([
    ['The team won 3 in a row.', '3'],
    ['Revenue hit the 10K mark.', '10K'],
    ['The firm lost 20k customers.', '20k'],
  ])('leaves a letter that is no unit: %s', (text, span) => {
    expect(numberAt(text, span)?.type).toBe('CARDINAL');
  });

  it('reads no metre in "a m", a.m. written in pieces', () => {
    expect(spans('We met at nine fifty a m')).not.toContainEqual(['QUANTITY', 'a m', 1]);
  });

  it('reads a vague quantity with its unit and no value', () => {
    expect(numbersIn('They drove hundreds of miles.')).toEqual([{ text: 'hundreds of miles', type: 'QUANTITY', attrs: { unit: 'mi', vague: true } }]);
  });
});

describe('a currency hung on a hyphen', () => {
  it.each([
    ['The 100-dollar bill was fake.', 'MONEY', '100-dollar', 100],
    ['It was a million-dollar deal.', 'MONEY', 'a million-dollar', 1e6],
    ['He paid a 50-euro fine.', 'MONEY', '50-euro', 50],
    ['He found a 5-pound note.', 'MONEY', '5-pound', 5],
    ['She had a 10-pound baby.', 'QUANTITY', '10-pound', 10],
  ])('%s → %s %s', (text, type, span, value) => {
    expect(spans(text)).toEqual([[type, span, value]]);
  });
});

describe('an ordinal word that opens a name', () => {
  it.each([
    'First Minister Nicola Sturgeon spoke.',
    'First Alliance Corporation reported a loss.',
  ])('finds no number in "%s"', (text) => {
    expect(spans(text)).toEqual([]);
  });

  it.each([
    ['First, he said no.', 'First'],
    ['FIRST TEST ENDS IN DRAW.', 'FIRST'],
    ['CUBS EDGE BRAVES IN TOP OF NINTH.', 'NINTH'],
  ])('still ranks in "%s"', (text, span) => {
    expect(spans(text).map((s) => s[1])).toContain(span);
  });
});

describe('a scale after a whole number and a fraction', () => {
  it.each([
    ['About 1 and a half million people came.', '1 and a half million', 1.5e6],
    ['About 2 and 1/2 million people came.', '2 and 1/2 million', 2.5e6],
  ])('%s → %s', (text, span, value) => {
    expect(spans(text)).toEqual([['CARDINAL', span, value]]);
  });

  it('still reads the fraction of a unit of time as time', () => {
    expect(spans('The talks lasted 1 and a half hours.')).toEqual([]);
  });
});

describe('vague plurals in digits', () => {
  it.each([
    ['The 100s of people waited.', 'CARDINAL', '100s'],
    ['Even 1,000s of fans came.', 'CARDINAL', '1,000s'],
    ['They lost 10s of thousands.', 'CARDINAL', '10s of thousands'],
    ['It cost 100s of dollars.', 'MONEY', '100s of dollars'],
  ])('%s → %s %s, with no value', (text, type, span) => {
    expect(spans(text)).toEqual([[type, span, undefined]]);
  });

  it('leaves an age in decades alone', () => {
    expect(spans('He is in his 20s.')).toEqual([]);
  });
});

describe('a number in the range of years that counts', () => {
  it.each([
    ['The firm employs 2000 people.', '2000', 2000],
    ['They cut 1800 jobs.', '1800', 1800],
  ])('%s → %s', (text, span, value) => {
    expect(spans(text)).toEqual([['CARDINAL', span, value]]);
  });

  it('still reads a year before a plural that is not round as a year', () => {
    expect(spans('The firm reported 1996 profits.')).toEqual([]);
  });
});
