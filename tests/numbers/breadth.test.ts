// Number forms of general English text that no earlier test covered (issue 13: breadth), each
// family in invented sentences, with the look-alikes it must leave alone.
import { describe, expect, it } from 'vitest';
import { numberAt, numbersIn } from './read.js';

const spans = (text: string) => numbersIn(text).map((f) => [f.type, f.text, f.value]);

describe('signs', () => {
  it.each([
    ['The reading moved by −3.5 overnight.', '−3.5', -3.5],
    ['The team finished the round at +5.', '+5', 5],
  ])('%s → %s', (text, span, value) => {
    expect(numberAt(text, span)).toMatchObject({ type: 'CARDINAL', value });
  });

  it('keeps a plus sign on a percent', () => {
    expect(spans('Sales were up +12% on the quarter.')).toContainEqual(['PERCENT', '+12%', 12]);
  });

  it('reads no minus sign in a hyphen spaced from the digits or against a word', () => {
    expect(spans('The vote went 10 - 15 and the COVID -19 rules stayed.').map((s) => s[2])).not.toContain(-15);
    expect(spans('The vote went 10 - 15 and the COVID -19 rules stayed.').map((s) => s[2])).not.toContain(-19);
  });
});

describe('ordinals the tokenizer takes apart', () => {
  it.each([
    ['The 112th Congress met.', '112th', 112],
    ['He finished 1,113th of the runners.', '1,113th', 1113],
    ['She was the 211th runner home.', '211th', 211],
  ])('%s → %s', (text, span, value) => {
    expect(numberAt(text, span)).toMatchObject({ type: 'ORDINAL', value });
  });
});

describe('ranges whose second end has a scale', () => {
  it.each([
    ['Analysts expect 2-3 million visitors.', [['CARDINAL', '2', 2e6], ['CARDINAL', '3 million', 3e6]]],
    ['The fund wants 1.5-2 billion from investors.', [['CARDINAL', '1.5', 1.5e9], ['CARDINAL', '2 billion', 2e9]]],
  ])('%s', (text, expected) => {
    expect(spans(text)).toEqual(expected);
  });

  it('still reads a score with no scale as no number', () => {
    expect(spans('The visitors won 3-2 at home.')).toEqual([]);
  });
});

describe('phone numbers', () => {
  it.each([
    'Call (212) 555-1234 for tickets.',
    'Call +1 212 555 1234 for tickets.',
    'Dial 020 7946 0018 from abroad.',
  ])('finds no number in "%s"', (text) => {
    expect(numbersIn(text)).toEqual([]);
  });

  it('still reads a number in brackets that restates nothing', () => {
    expect(spans('The panel (12 members) met.')).toEqual([['CARDINAL', '12', 12]]);
  });
});

describe('names and identifiers', () => {
  it.each([
    'He updated his phone to iOS 17 last night.',
    'Sherlock Holmes lived at 221B Baker Street.',
    'Shares of 3M Company rose.',
    'He saved in a 401(k) plan.',
  ])('finds no number in "%s"', (text) => {
    expect(numbersIn(text).filter((f) => f.type === 'CARDINAL')).toEqual([]);
  });

  it('keeps a scale letter before a common word', () => {
    expect(spans('The firm sold 5B shares.')).toEqual([['CARDINAL', '5B', 5e9]]);
  });
});

describe('money with a nationality', () => {
  it.each([
    ['The fine was 100 Swedish kronor.', '100 Swedish kronor', 100, 'SEK'],
    ['The fine was 100 Danish kroner.', '100 Danish kroner', 100, 'DKK'],
    ['The fine was 100 Czech crowns.', '100 Czech crowns', 100, 'CZK'],
    ['The fine was 100 Kenyan shillings.', '100 Kenyan shillings', 100, 'KES'],
    ['The fine was 100 Jamaican dollars.', '100 Jamaican dollars', 100, 'JMD'],
    ['The fine was 100 Iranian rials.', '100 Iranian rials', 100, 'IRR'],
    ['The fine was 100 Chinese yuan.', '100 Chinese yuan', 100, 'CNY'],
    ['The fine was 100 South African rand.', '100 South African rand', 100, 'ZAR'],
    ['The fine was 100 Brazilian reais.', '100 Brazilian reais', 100, 'BRL'],
  ])('%s → %s', (text, span, value, currency) => {
    expect(numberAt(text, span)).toMatchObject({ type: 'MONEY', value, attrs: { currency } });
  });

  it('leaves unstated a currency many countries share when the nationality is not in the table', () => {
    const found = numberAt('The fine was 100 Narnian dollars.', '100 Narnian dollars');
    expect(found).toMatchObject({ type: 'MONEY', value: 100 });
    expect(found?.attrs?.currency).toBeUndefined();
  });

  it('reads the coins of a named currency', () => {
    expect(numberAt('A stamp costs 80 euro cents.', '80 euro cents')).toMatchObject({ type: 'MONEY', value: 0.8, attrs: { currency: 'EUR' } });
  });
});

describe('more currencies', () => {
  it.each([
    ['The deal is worth RMB 500 million.', 'RMB 500 million', 5e8, 'CNY'],
    ['The deal is worth RMB500 million.', 'RMB500 million', 5e8, 'CNY'],
    ['Tickets cost 500 RMB.', '500 RMB', 500, 'CNY'],
    ['The bill came to SFr 100.', 'SFr 100', 100, 'CHF'],
    ['He sold 5 bitcoin last week.', '5 bitcoin', 5, 'XBT'],
  ])('%s → %s', (text, span, value, currency) => {
    expect(numberAt(text, span)).toMatchObject({ type: 'MONEY', value, attrs: { currency } });
  });

  it('leaves a currency that is a common word before a noun', () => {
    expect(spans('Five bitcoin miners shut down.')).toEqual([['CARDINAL', 'Five', 5]]);
  });
});

describe('vague money', () => {
  it.each([
    ['The repairs cost a few hundred dollars.', 'a few hundred dollars', 'USD'],
    ['The club paid several million euros.', 'several million euros', 'EUR'],
  ])('%s → %s, with no value', (text, span, currency) => {
    const found = numberAt(text, span);
    expect(found).toMatchObject({ type: 'MONEY', attrs: { currency, vague: true } });
    expect(found?.value).toBeUndefined();
  });
});

describe('more units', () => {
  it.each([
    ['Add 3 tsp of salt.', '3 tsp', 3, 'tsp'],
    ['The chip runs at 2.4 GHz.', '2.4 GHz', 2.4, 'GHz'],
    ['The ship carried 5 metric tons.', '5 metric tons', 5, 't'],
    ['They sailed 30 nautical miles.', '30 nautical miles', 30, 'nmi'],
    ['The plant made 5 kilowatt-hours.', '5 kilowatt-hours', 5, 'kWh'],
    ['They built a 5,000-square-foot home.', '5,000-square-foot', 5000, 'ft2'],
    ['The siren hit 120 decibels.', '120 decibels', 120, 'dB'],
    ['He was 6-foot-2 in college.', '6-foot-2', 74, 'in'],
    ['The centre is 6-foot-11.', '6-foot-11', 83, 'in'],
  ])('%s → %s', (text, span, value, unit) => {
    expect(numberAt(text, span)).toMatchObject({ type: 'QUANTITY', value, attrs: { unit } });
  });
});

describe('counts without "a"', () => {
  it.each([
    ['The tank holds thousand liters.', 'thousand liters', 1000, 'QUANTITY'],
    ['A pair of gunmen opened fire.', 'A pair', 2, 'CARDINAL'],
    ['Growth hit twenty-five percents.', 'twenty-five percents', 25, 'PERCENT'],
  ])('%s → %s', (text, span, value, type) => {
    expect(numberAt(text, span)).toMatchObject({ type, value });
  });

  it('reads no bare scale after a determiner or a preposition, nor in a name', () => {
    expect(spans('The hundred days ended.')).toEqual([]);
    expect(spans('The Hundred Years War ended.')).toEqual([]);
    expect(spans('Five deaths per thousand births.')).toEqual([['CARDINAL', 'Five', 5]]);
  });
});

describe('codes, versions and networks', () => {
  it.each([
    'The 5G network launched in May.',
    'The phone runs iOS 17.2 now.',
    'They spoke of Web 3.0 at length.',
    'Guests booked rooms 101 and 102.',
    'The fire started in Block 7.',
  ])('finds no number in "%s"', (text) => {
    expect(numbersIn(text).filter((f) => f.type !== 'DATE')).toEqual([]);
  });

  it('still reads a decimal after a name in a table', () => {
    expect(spans('M1 63.02 62.83 M2 389.79')).toContainEqual(['CARDINAL', '63.02', 63.02]);
  });

  it('reads one figure after a plural code word as a count: a list of codes needs a second one', () => {
    expect(spans('The new stadium seats 60,000.')).toEqual([['CARDINAL', '60,000', 60000]]);
    expect(spans('The hall seats 1,200 people.')).toEqual([['CARDINAL', '1,200', 1200]]);
    expect(spans('They sat in seats 14 and 15.')).toEqual([]);
  });

  it('still reads grams against the digits, and counts after a plural noun', () => {
    expect(spans('Add 500g of flour.')).toEqual([['QUANTITY', '500g', 500]]);
    expect(spans('They bought 5 rooms and 3 floors.')).toEqual([['CARDINAL', '5', 5], ['CARDINAL', '3', 3]]);
  });
});

describe('money after a fraction, and more signs', () => {
  it.each([
    ['The toll is half a dollar.', 'half a dollar', 0.5, 'USD'],
    ['The toll is a quarter of a dollar.', 'a quarter of a dollar', 0.25, 'USD'],
    ['The loan was NIS 5 million.', 'NIS 5 million', 5e6, 'ILS'],
    ['The loan was 5 million NIS.', '5 million NIS', 5e6, 'ILS'],
    ['The fare is 500 TL.', '500 TL', 500, 'TRY'],
  ])('%s → %s', (text, span, value, currency) => {
    expect(numberAt(text, span)).toMatchObject({ type: 'MONEY', value, attrs: { currency } });
  });
});

describe('units written with a slash or a digit', () => {
  it.each([
    ['Winds reached 30 m/s.', '30 m/s', 30, 'm/s'],
    ['The car did 90 kmph.', '90 kmph', 90, 'km/h'],
    ['The park covers 5 km2.', '5 km2', 5, 'km2'],
    ['The tank holds 20 m3.', '20 m3', 20, 'm3'],
    ['It has a 1,600 cc engine.', '1,600 cc', 1600, 'cm3'],
    ['The wind blew at 3 metres per second.', '3 metres per second', 3, 'm/s'],
  ])('%s → %s', (text, span, value, unit) => {
    expect(numberAt(text, span)).toMatchObject({ type: 'QUANTITY', value, attrs: { unit } });
  });
});

describe('coins after "a", and the Egyptian pound', () => {
  it.each([
    ['He never paid a dime.', 'a dime', 0.1, 'USD'],
    ['The gum cost a nickel.', 'a nickel', 0.05, 'USD'],
    ['The fare was 42 LE.', '42 LE', 42, 'EGP'],
    ['The fare was LE 42.', 'LE 42', 42, 'EGP'],
  ])('%s → %s', (text, span, value, currency) => {
    expect(numberAt(text, span)).toMatchObject({ type: 'MONEY', value, attrs: { currency } });
  });

  it('leaves a coin before a noun', () => {
    expect(spans('They opened a nickel mine.')).toEqual([]);
  });
});

describe('race distances and percent points', () => {
  it('reads "the 100m" before "in" as the race, and a count before a noun as millions', () => {
    expect(spans('He ran the 100m in 9.58 seconds.')[0]).toEqual(['QUANTITY', '100m', 100]);
    expect(spans('The 100m people have spoken.')).toEqual([['CARDINAL', '100m', 1e8]]);
  });

  it('takes the longer percent marker', () => {
    expect(spans('Support rose 5 percent points.')).toEqual([['PERCENT', '5 percent points', 5]]);
  });
});

describe('a part of the unit after it', () => {
  it.each([
    ['He walked a mile and a half.', 'a mile and a half', 1.5, 'QUANTITY'],
    ['The road runs two kilometres and a half.', 'two kilometres and a half', 2.5, 'QUANTITY'],
    ['It cost a dollar and a half.', 'a dollar and a half', 1.5, 'MONEY'],
  ])('%s → %s', (text, span, value, type) => {
    expect(numberAt(text, span)).toMatchObject({ type, value });
  });

  it('leaves "a half dozen" after a unit to the count that follows', () => {
    expect(spans('He walked a mile and a half dozen friends came.')).toEqual([['QUANTITY', 'a mile', 1], ['CARDINAL', 'a half dozen', 6]]);
  });
});

describe('temperature and data rates', () => {
  it.each([
    ['Helium boils at 4 kelvin.', '4 kelvin', 4, 'K'],
    ['The line runs at 100 Mbps.', '100 Mbps', 100, 'Mbit/s'],
  ])('%s → %s', (text, span, value, unit) => {
    expect(numberAt(text, span)).toMatchObject({ type: 'QUANTITY', value, attrs: { unit } });
  });
});

describe('negative money and the largest scale', () => {
  it.each([
    ['The unit made -$5 million last year.', '-$5 million', -5e6, 'MONEY'],
    ['The balance stood at minus $5.', 'minus $5', -5, 'MONEY'],
    ['The fund owed a quadrillion yen.', 'a quadrillion yen', 1e15, 'MONEY'],
    ['Estimates reach 2 quadrillion.', '2 quadrillion', 2e15, 'CARDINAL'],
  ])('%s → %s', (text, span, value, type) => {
    expect(numberAt(text, span)).toMatchObject({ type, value });
  });

  it('reads no sign in arithmetic', () => {
    expect(spans('Five minus $3 is two dollars.')).toContainEqual(['MONEY', '$3', 3]);
  });
});

describe('dates that are no numbers', () => {
  it.each([
    'He played in \'91.',
    'The bill is due by the 15th.',
    'Nothing changes until the 3rd.',
  ])('finds no number in "%s"', (text) => {
    expect(numbersIn(text)).toEqual([]);
  });

  it('keeps a digit ordinal that ranks', () => {
    expect(spans('She finished the 5th.')).toEqual([['ORDINAL', '5th', 5]]);
    expect(spans('She was on the 5th floor.')).toEqual([['ORDINAL', '5th', 5]]);
    expect(spans('He holed out on the 15th and 17th holes.')).toEqual([['ORDINAL', '15th', 15], ['ORDINAL', '17th', 17]]);
  });
});

describe('a comma inside a number written in words', () => {
  it.each([
    ['The bill came to one thousand, two hundred and thirty-four votes.', 'one thousand, two hundred and thirty-four', 1234],
    ['The census counted five million, three hundred thousand.', 'five million, three hundred thousand', 5300000],
  ])('%s → %s', (text, span, value) => {
    expect(numberAt(text, span)).toMatchObject({ type: 'CARDINAL', value });
  });

  it('keeps a list of two numbers apart', () => {
    expect(spans('They sold two thousand, three more came later.')).toEqual([['CARDINAL', 'two thousand', 2000], ['CARDINAL', 'three', 3]]);
  });
});

describe('a decimal comma where no thousands can be meant', () => {
  it.each([
    ['A coffee costs €3,50 in Berlin.', '€3,50', 3.5, 'MONEY'],
    ['The city has 1,5 million people.', '1,5 million', 1.5e6, 'CARDINAL'],
    ['Inflation reached 2,3 %.', '2,3 %', 2.3, 'PERCENT'],
  ])('%s → %s', (text, span, value, type) => {
    expect(numberAt(text, span)).toMatchObject({ type, value });
  });

  it('keeps commas of thousands', () => {
    expect(spans('The city has 1,500 people.')).toEqual([['CARDINAL', '1,500', 1500]]);
  });
});

describe('a milestone is no money', () => {
  it('reads "the 30,000 mark" as a count, and "50 marks" as money', () => {
    expect(spans('The Dow crossed the 30,000 mark.')).toEqual([['CARDINAL', '30,000', 30000]]);
    expect(numberAt('The ticket cost 50 marks.', '50 marks')).toMatchObject({ type: 'MONEY', value: 50, attrs: { currency: 'DEM' } });
  });
});

describe('names and tables of results that look like money, dates or phones', () => {
  it.each([
    ['O\'Meara finished +5 and Mark O\'Meara through 15 +5 Loren Roberts.', '+5', 5],
    ['Iscor YR DIV 15.0 14.5', '15.0', 15],
    ['Bielefeld 4 0 3 1 Schalke 04 4 0 3 1', '3', 3],
  ])('%s → CARDINAL %s', (text, span, value) => {
    expect(numberAt(text, span)).toMatchObject({ type: 'CARDINAL', value });
  });

  it.each(['Corinthians 1 Guarani 0 Coritiba 1', 'Metz 2 Strasbourg 1 Le Havre 0 Caen 1'])('finds no money in "%s"', (text) => {
    expect(numbersIn(text).filter((f) => f.type === 'MONEY')).toEqual([]);
  });

  it('keeps a hole in golf an ordinal', () => {
    expect(spans('He made a birdie on the 16th, then parred.')).toEqual([['ORDINAL', '16th', 16]]);
  });
});

describe('cents after a capitalised plural currency name', () => {
  it('reads "20 Rupees 43" as one amount', () => {
    expect(numberAt('It cost 20 Rupees 43.', '20 Rupees 43')).toMatchObject({ type: 'MONEY', value: 20.43 });
  });
});

describe('"a yen for" is a longing', () => {
  it('reads no money in "a yen for", and money in "500 yen" and "48.61 yen vs"', () => {
    expect(numberAt('EPS loss 48.61 yen vs loss 38.11 yen', '48.61 yen')).toMatchObject({ type: 'MONEY', value: 48.61 });
    expect(spans('He has a yen for travel.')).toEqual([]);
    expect(numberAt('The fare is 500 yen.', '500 yen')).toMatchObject({ type: 'MONEY', value: 500, attrs: { currency: 'JPY' } });
  });
});

describe('fractions in twelfths, sixteenths and hundredths', () => {
  it.each([
    ['One twelfth of voters agreed.', 'One twelfth', 1 / 12, 'CARDINAL'],
    ['The bolt is five sixteenths of an inch.', 'five sixteenths of an inch', 0.3125, 'QUANTITY'],
    ['Yields rose two hundredths of a percent.', 'two hundredths of a percent', 0.02, 'PERCENT'],
  ])('%s → %s', (text, span, value, type) => {
    expect(numberAt(text, span)).toMatchObject({ type, value });
  });

  it('keeps the ordinals that rank', () => {
    expect(spans('It was the twelfth time.')).toEqual([['ORDINAL', 'twelfth', 12]]);
    expect(spans('This is the one hundredth edition.')).toEqual([['ORDINAL', 'one hundredth', 100]]);
  });
});

describe('a fraction joined by hyphens to what it measures', () => {
  it.each([
    ['The house cost half-a-million dollars.', 'half-a-million dollars', 500000, 'MONEY'],
    ['She drank half-a-litre of water.', 'half-a-litre', 0.5, 'QUANTITY'],
    ['Rates rose half-a-percent.', 'half-a-percent', 0.5, 'PERCENT'],
    ['Half-a-dozen men came.', 'Half-a-dozen', 6, 'CARDINAL'],
  ])('%s → %s', (text, span, value, type) => {
    expect(numberAt(text, span)).toMatchObject({ type, value });
  });
});
