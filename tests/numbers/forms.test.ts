// Number forms read as one number with its value, each family in sentences of its own, and the
// look-alikes each family must leave alone.
import { describe, expect, it } from 'vitest';
import { recognizeNumbers } from '../../src/numbers/index.js';
import { makeDoc } from './make-doc.js';
import { numberAt, numbersIn } from './read.js';

const spans = (text: string) => numbersIn(text).map((f) => [f.type, f.text, f.value]);

describe('fractions', () => {
  it.each([
    ['Only a half of the members voted.', 'a half', 0.5],
    ['The committee rejected three quarters of the bids.', 'three quarters', 0.75],
    ['The vote split 3/5 in favour.', '3/5', 0.6],
    ['Stir in ¼ of the sugar.', '¼', 0.25],
    ['Prices climbed two and a third points.', 'two and a third', 7 / 3],
    ['One-fourth of the budget goes to defence.', 'One-fourth', 0.25],
    ['The party lost a fifth of its seats.', 'a fifth', 0.2],
    ['The cut was a fifth.', 'a fifth', 0.2],
    ['He bought a 1/3rd stake.', '1/3rd', 1 / 3],
    ['They own 2/3rds of the firm.', '2/3rds', 2 / 3],
  ])('%s → %s', (text, span, value) => {
    expect(numberAt(text, span)).toMatchObject({ type: 'CARDINAL', value });
  });

  it('keeps "a fifth" before a noun an ordinal ("a fifth term"), and a hyphenated one too', () => {
    expect(spans('She is seeking a fifth term.')).toEqual([['ORDINAL', 'fifth', 5]]);
    expect(spans('A double broke a fifth-inning tie.')).toEqual([['ORDINAL', 'fifth', 5]]);
  });

  it('does not read a count before a singular fraction word as a fraction ("three half-time changes")', () => {
    expect(numbersIn('The coach made three half-time changes.').map((f) => f.value)).not.toContain(1.5);
    expect(numbersIn('Three halves make one and a half.').map((f) => f.value)).toContain(1.5);
  });

  it('reads "three quarters" as a fraction without a time word, and leaves it to the dates with one', () => {
    expect(spans('About three quarters of the staff left.')).toEqual([['CARDINAL', 'three quarters', 0.75]]);
    expect(spans('Profit fell for the past three quarters.')).toEqual([]);
  });

  it('reads the size of a change after a verb of change and "by" as a fraction, with a time word after it', () => {
    expect(spans('Factory output shrank by a quarter in March.')).toEqual([['CARDINAL', 'a quarter', 0.25]]);
    expect(spans('The launch slipped by a quarter in March.')).toEqual([]);
  });
});

describe('fractions of a scale', () => {
  it.each([
    ['The city has half a million residents.', 'half a million', 500000],
    ['A quarter million people marched.', 'A quarter million', 250000],
    ['They sold 4 million and a half copies.', '4 million and a half', 4500000],
    ['They paid two-and-a-half million for it.', 'two-and-a-half million', 2500000],
    ['Two thirds of a million voters stayed home.', 'Two thirds of a million', 2000000 / 3],
    ['About a half million homes lost power.', 'a half million', 500000],
  ])('%s → %s', (text, span, value) => {
    expect(numberAt(text, span)?.value).toBeCloseTo(value, 6);
    expect(numbersIn(text)).toHaveLength(1);
  });
});

describe('negative numbers', () => {
  it.each([
    ['The temperature fell to -7 overnight.', '-7', -7, 'CARDINAL'],
    ['The reading was minus 3 at dawn.', 'minus 3', -3, 'CARDINAL'],
    ['Growth came in at negative two points.', 'negative two', -2, 'CARDINAL'],
    ['Sales fell minus four percent.', 'minus four percent', -4, 'PERCENT'],
    ['It was 2 degrees below zero.', '2 degrees below zero', -2, 'QUANTITY'],
  ])('%s → %s', (text, span, value, type) => {
    expect(numberAt(text, span)).toMatchObject({ type, value });
  });

  it('leaves arithmetic alone: "five minus three" is two numbers', () => {
    expect(spans('He said five minus three.')).toEqual([['CARDINAL', 'five', 5], ['CARDINAL', 'three', 3]]);
  });

  it('does not read the hyphen of a code or a range as a sign', () => {
    expect(numbersIn('Cases of COVID-19 rose.').map((f) => f.value)).not.toContain(-19);
    expect(numbersIn('The score was 10-20 at half time.').some((f) => typeof f.value === 'number' && f.value < 0)).toBe(false);
  });
});

describe('multiplier suffixes', () => {
  it.each([
    ['He earns 20k a year.', '20k', 20000, 'CARDINAL', undefined],
    ['The fund raised 5M last week.', '5M', 5000000, 'CARDINAL', undefined],
    ['The project cost 3 bln euros.', '3 bln euros', 3000000000, 'MONEY', 'EUR'],
    ['They paid 4mil for the house.', '4mil', 4000000, 'CARDINAL', undefined],
    ['A 2MM contract was signed.', '2MM', 2000000, 'CARDINAL', undefined],
    ['Debt reached 10 tln rubles.', '10 tln rubles', 1e13, 'MONEY', 'RUB'],
    ['Output was 2.33 k units.', '2.33 k', 2330, 'CARDINAL', undefined],
    ['The deal was worth 30 MUSD.', '30 MUSD', 30000000, 'MONEY', 'USD'],
    ['Revenue hit 120 MEUR.', '120 MEUR', 120000000, 'MONEY', 'EUR'],
    ['The firm raised $5.5-million in May.', '$5.5-million', 5500000, 'MONEY', 'USD'],
    ['Inflation hit 7.5pc in March.', '7.5pc', 7.5, 'PERCENT', undefined],
  ])('%s → %s', (text, span, value, type, currency) => {
    expect(numberAt(text, span)).toMatchObject({ type, value, ...(currency ? { attrs: { currency } } : {}) });
  });

  it('reads a unit written with a full stop inside ("1 k.gs")', () => {
    expect(numberAt('He bought 1 k.gs of rice.', '1 k.gs')).toMatchObject({ type: 'QUANTITY', value: 1, attrs: { unit: 'kg' } });
  });

  it('keeps "2mm" in lower case millimetres', () => {
    expect(numberAt('The crack is 2mm wide.', '2mm')).toMatchObject({ type: 'QUANTITY', value: 2, attrs: { unit: 'mm' } });
  });
});

describe('money in two units and written after the amount', () => {
  it.each([
    ['He paid 7 dollars 25 cents for lunch.', '7 dollars 25 cents', 7.25, 'USD'],
    ['The bill was thirteen dollars and forty-five cents.', 'thirteen dollars and forty-five cents', 13.45, 'USD'],
    ['The ticket cost 15 dollars and 50.', '15 dollars and 50', 15.5, 'USD'],
    ['She found $20 and 43c in the drawer.', '$20 and 43c', 20.43, 'USD'],
    ['A coffee costs 3 euros 20 cents here.', '3 euros 20 cents', 3.2, 'EUR'],
    ['Entry is 20 € per person.', '20 €', 20, 'EUR'],
    ['The fine was 42 QAR.', '42 QAR', 42, 'QAR'],
    ['Stamps cost 10¢ then.', '10¢', 0.1, 'USD'],
    ['A pint went up by 50p.', '50p', 0.5, 'GBP'],
    ['He owes me 5 quid.', '5 quid', 5, 'GBP'],
    ['The lender wrote off 20 Rupees in fees.', '20 Rupees', 20, 'INR'],
    ['They lent him a dollar.', 'a dollar', 1, 'USD'],
    ['The kidnappers asked for dlrs 1 million.', 'dlrs 1 million', 1000000, 'USD'],
    ['The meal cost RM 42 in Kuala Lumpur.', 'RM 42', 42, 'MYR'],
  ])('%s → %s', (text, span, value, currency) => {
    expect(numberAt(text, span)).toMatchObject({ type: 'MONEY', value, attrs: { currency } });
  });

  it('reads a currency code or symbol written against its amount', () => {
    expect(numberAt('The fee is CAD3.03 per unit.', 'CAD3.03')).toMatchObject({ type: 'MONEY', value: 3.03, attrs: { currency: 'CAD' } });
    expect(numberAt('Lunch was RM42 for two.', 'RM42')).toMatchObject({ type: 'MONEY', value: 42, attrs: { currency: 'MYR' } });
    expect(numberAt('The deal cost EUR1.2bn in all.', 'EUR1.2bn')).toMatchObject({ type: 'MONEY', value: 1200000000, attrs: { currency: 'EUR' } });
    expect(numberAt('The bank holds GBP2bn of debt.', 'GBP2bn')).toMatchObject({ type: 'MONEY', value: 2000000000, attrs: { currency: 'GBP' } });
    expect(numbersIn('The MP3 player and the A40 road.')).toEqual([]);
    expect(numbersIn('It has a 1080p screen.').filter((f) => f.type === 'MONEY')).toEqual([]);
  });

  it('reads "grand" after an amount as thousands, and not the adjective', () => {
    expect(numberAt('He won 10 grand at the casino.', '10 grand')).toMatchObject({ type: 'MONEY', value: 10000 });
    expect(spans('Two grand juries met.')).toEqual([['CARDINAL', 'Two', 2]]);
  });

  it('keeps the second number of a range out of the amount ("between 15 dollars and 50 people")', () => {
    expect(numberAt('It cost 15 dollars and 50 people came.', '15 dollars')).toMatchObject({ type: 'MONEY', value: 15 });
  });

  it('reads no money in a name or a date beside a currency word', () => {
    expect(spans('Russ Cochran 67 Mark Calcavecchia 68')).not.toContainEqual(expect.arrayContaining(['MONEY']));
    expect(numberAt('Net income for the year ended Aug. 31 was C$2.7 million.', 'C$2.7 million')).toMatchObject({ type: 'MONEY', value: 2700000, attrs: { currency: 'CAD' } });
  });

  it('does not count "a" in a rate ("cents a gallon")', () => {
    expect(spans('Gasoline closed at 63.67 cents a gallon.')).toEqual([['MONEY', '63.67 cents', 0.6367]]);
    expect(spans('Gold closed at $387 an ounce.')).toEqual([['MONEY', '$387', 387]]);
  });
});

describe('digit formats', () => {
  it.each([
    ['Rates rose by .08 points.', '.08', 0.08],
    ['The region has 4 500 000 people.', '4 500 000', 4500000],
    ['The firm counted 12,34,567 shares.', '12,34,567', 1234567],
    ['The club sold 1.234.567 tickets.', '1.234.567', 1234567],
    ['The index rose 1.234 points.', '1.234', 1.234],
    ['They raised 20 lakh in a week.', '20 lakh', 2000000],
    ['The film earned 2 crore on release.', '2 crore', 20000000],
    ['Sales reached three billions last year.', 'three billions', 3e9],
    ['The budget was three thousand million.', 'three thousand million', 3e9],
  ])('%s → %s', (text, span, value) => {
    expect(numberAt(text, span)).toMatchObject({ type: 'CARDINAL', value });
  });

  it('reads no number in an IP address', () => {
    expect(numbersIn('The server at 192.168.100.200 went down.')).toEqual([]);
  });

  it('does not join the digit groups of a phone number', () => {
    expect(numbersIn('Call the newsroom on +44 171 542 8062.').filter((f) => f.text.includes(' '))).toEqual([]);
  });

  it('reads Indian scales with rupees as money', () => {
    expect(numberAt('They raised 20 lakh rupees.', '20 lakh rupees')).toMatchObject({ type: 'MONEY', value: 2000000, attrs: { currency: 'INR' } });
  });
});

describe('ordinals before numbers', () => {
  it.each([
    ['The first two were released on Monday.', [['ORDINAL', 'first', 1], ['CARDINAL', 'two', 2]]],
    ['She read the first three books.', [['ORDINAL', 'first', 1], ['CARDINAL', 'three', 3]]],
    ['Twenty—fifth in line, he waited.', [['ORDINAL', 'Twenty—fifth', 25]]],
  ])('%s', (text, expected) => {
    expect(spans(text)).toEqual(expected);
  });
});

describe('dozens', () => {
  it.each([
    ['He bought four dozen eggs.', 'four dozen', 48],
    ['She rang half a dozen times.', 'half a dozen', 6],
    ['The lottery runs in a half dozen states.', 'a half dozen', 6],
    ['They baked 200 dozens of rolls.', '200 dozens', 2400],
  ])('%s → %s', (text, span, value) => {
    expect(numberAt(text, span)).toMatchObject({ type: 'CARDINAL', value });
  });
});

describe('one number, never split', () => {
  it.each([
    ['The bill passed with one hundred and six votes.', [['CARDINAL', 'one hundred and six', 106]]],
    ['Two thirds agreed.', [['CARDINAL', 'Two thirds', 2 / 3]]],
    ['The lease runs for forty-five (45) months.', [['CARDINAL', 'forty-five (45)', 45]]],
    ['He stands 6 feet 2 inches tall.', [['QUANTITY', '6 feet 2 inches', 74]]],
    ['The road runs 2 km and 300 metres.', [['QUANTITY', '2 km and 300 metres', 2300]]],
    ['The course was 1 kilometre and 1 mile.', [['QUANTITY', '1 kilometre and 1 mile', 2.609344]]],
    ['The wall is 3m and 20cm high.', [['QUANTITY', '3m and 20cm', 320]]],
    ['The plot measured 2 yards, 7 feet, 10 in.', [['QUANTITY', '2 yards, 7 feet, 10 in', 166]]],
    ['It weighs 2 kg and 5 g.', [['QUANTITY', '2 kg and 5 g', 2005]]],
  ])('%s', (text, expected) => {
    expect(spans(text)).toEqual(expected);
  });
});

describe('quantities with fractions and units', () => {
  it.each([
    ['Add ¼ cup of flour.', '¼ cup', 0.25, 'cup'],
    ['Pour in half a litre of milk.', 'half a litre', 0.5, 'l'],
    ['The bottle holds 250 ml of water.', '250 ml', 250, 'ml'],
    ['He carried 500g of rice.', '500g', 500, 'g'],
    ['It reached 37 °C yesterday.', '37 °C', 37, 'degC'],
    ['Delhi sweltered at 45C on Monday.', '45C', 45, 'degC'],
    ['He is 5ft 10in tall.', '5ft 10in', 70, 'in'],
    ['Police seized a kilogram of heroin.', 'a kilogram', 1, 'kg'],
    ['Fill 3/4 cup with water.', '3/4 cup', 0.75, 'cup'],
  ])('%s → %s', (text, span, value, unit) => {
    expect(numberAt(text, span)).toMatchObject({ type: 'QUANTITY', value, attrs: { unit } });
  });

  it('reads no quantity in a name ("Three Mile Island")', () => {
    expect(spans('Three Mile Island reopened.').filter((f) => f[0] === 'QUANTITY')).toEqual([]);
  });

  it('reads no amount in "a degree" or "a ton of" used as words', () => {
    expect(numbersIn('She holds a degree in law and had a ton of fun.')).toEqual([]);
  });
});

describe('ranges', () => {
  it.each([
    ['The storm left 10-15 homes without roofs.', [['CARDINAL', '10', 10], ['CARDINAL', '15', 15]]],
    ['The plant will employ 150-200 people.', [['CARDINAL', '150', 150], ['CARDINAL', '200', 200]]],
    ['Prices rose 3-4% in the period.', [['PERCENT', '3', 3], ['PERCENT', '4%', 4]]],
    ['Yields stood at 5.5-6% on average.', [['PERCENT', '5.5', 5.5], ['PERCENT', '6%', 6]]],
    ['The bank held its rate at 5.25%-5.5% in May.', [['PERCENT', '5.25%', 5.25], ['PERCENT', '5.5%', 5.5]]],
    ['Analysts see $10-15 million in losses.', [['MONEY', '$10', 10000000], ['MONEY', '15 million', 15000000]]],
    ['The city expects 10 to 15 million visitors.', [['CARDINAL', '10', 10000000], ['CARDINAL', '15 million', 15000000]]],
    ['Between 2 and 3 billion dollars were spent.', [['MONEY', '2', 2000000000], ['MONEY', '3 billion dollars', 3000000000]]],
    ['It cost five to six million dollars.', [['MONEY', 'five', 5000000], ['MONEY', 'six million dollars', 6000000]]],
    // A currency written before the second end would be written before the first too: no range.
    ['Apple cut the price of the AirPods Pro 3 to $249.', [['CARDINAL', '3', 3], ['MONEY', '$249', 249]]],
    ['They expect ten to fifteen thousand people.', [['CARDINAL', 'ten', 10000], ['CARDINAL', 'fifteen thousand', 15000]]],
    ['They expect one hundred to two thousand people.', [['CARDINAL', 'one hundred', 100], ['CARDINAL', 'two thousand', 2000]]],
  ])('%s', (text, expected) => {
    expect(spans(text)).toEqual(expected);
  });

  it('leaves a score alone, attached or spaced, and does not scale a larger first end', () => {
    expect(spans('Arsenal won 3-1 at home.')).toEqual([]);
    expect(spans('A 2-1 win put them top.')).toEqual([]);
    expect(spans('The measure passed 52-48.')).toEqual([]);
    expect(spans('It rose from 20 to 3 million.')).toEqual([['CARDINAL', '20', 20], ['CARDINAL', '3 million', 3000000]]);
    expect(spans('Karlsruhe won the match 3-1 thanks to a late goal.')).toEqual([]);
    expect(spans('Bath were 56-13 winners over Orrell.')).toEqual([]);
    expect(spans('Novak won 6-3 1-6 6-3 4-6 6-4 against him.')).toEqual([]);
    expect(spans('Sinner won 6-3, 7-6(4) and then 7-6 (5), 6-4.')).toEqual([]);
    expect(spans('Sales rose 7-6 (4 percent).')).toEqual([['PERCENT', '4 percent', 4]]);
    expect(spans('They remembered the 9-11 attacks.')).toEqual([]);
    expect(spans('Gasoline 400 400-425 425')).not.toContainEqual(['CARDINAL', '425 425', 425425]);
  });

  it('shares no scale with a number that has its own measure', () => {
    expect(spans('Net fell 30% to $59 million.')).toEqual([['PERCENT', '30%', 30], ['MONEY', '$59 million', 59000000]]);
  });

  it('gives the first end the worth of the second one\'s unit', () => {
    expect(spans('Bars were quoted at 25-45 cents an ounce.')).toEqual([['MONEY', '25', 0.25], ['MONEY', '45 cents', 0.45]]);
  });

  it('reads no number in the digit groups of a phone number', () => {
    expect(spans('-- Chicago newsdesk, 312 408-8787')).toEqual([]);
    expect(spans('-- Bucharest Newsroom 40-1 3120264')).toEqual([]);
  });
});

describe('a suffix or unit before the full stop of a sentence', () => {
  it.each([
    ['The contract is worth around 300m.', '300m', 'CARDINAL', 300000000],
    ['The bonus came to 20k.', '20k', 'CARDINAL', 20000],
    ['The new centre is 6ft.', '6ft', 'QUANTITY', 6],
    ['Prices rose 5 pct.', '5 pct', 'PERCENT', 5],
  ])('%s → %s', (text, span, type, value) => {
    expect(spans(text)).toEqual([[type, span, value]]);
  });
});

describe('units in pieces and in marks', () => {
  it.each([
    ['Winds of 120 km/h battered the island.', '120 km/h', 120, 'km/h'],
    ['Gusts reached 90km/h.', '90km/h', 90, 'km/h'],
    ['The 6\'2" forward scored twice.', '6\'2"', 74, 'in'],
    ['He is 5′11″ tall.', '5′11″', 71, 'in'],
    ['The set has a 55\'\' screen.', '55\'\'', 55, 'in'],
    ['A 5m-high wall surrounds the compound.', '5m', 5, 'm'],
    ['Waves were 3m high on the coast.', '3m', 3, 'm'],
    ['The chef used half a cup of sugar.', 'half a cup', 0.5, 'cup'],
    ['They walked a quarter mile.', 'a quarter mile', 0.25, 'mi'],
  ])('%s → %s', (text, span, value, unit) => {
    expect(spans(text)).toEqual([['QUANTITY', span, value]]);
    expect(numberAt(text, span)?.attrs).toMatchObject({ unit });
  });

  it('keeps "m" a million before anything but a word of size, and a lone quote mark no unit', () => {
    expect(spans('It cost 3m, 5 km away.')).toEqual([['CARDINAL', '3m', 3000000], ['QUANTITY', '5 km', 5]]);
    expect(spans('Some 5m people live there.')).toEqual([['CARDINAL', '5m', 5000000]]);
    expect(spans('"We lost 5" he said.')).toEqual([['CARDINAL', '5', 5]]);
  });
});

describe('fractions of a percentage point', () => {
  it.each([
    ['The bank raised rates by half a percentage point.', 'half a percentage point', 0.5],
    ['Yields rose a quarter of a percent.', 'a quarter of a percent', 0.25],
    ['Rates rose a half percentage point.', 'a half percentage point', 0.5],
  ])('%s → %s', (text, span, value) => {
    expect(spans(text)).toEqual([['PERCENT', span, value]]);
  });
});

describe('a couple, and half of something', () => {
  it.each([
    ['A couple of reporters were allowed in.', 'A couple', 2],
    ['There were a couple hundred people there.', 'a couple hundred', 200],
    ['A couple of hundred fans gathered.', 'A couple of hundred', 200],
    ['Half of the staff were laid off.', 'Half', 0.5],
    ['Half the passengers were stranded.', 'Half', 0.5],
    ['Germany received over half of its gas from Russia.', 'half', 0.5],
  ])('%s → %s', (text, span, value) => {
    expect(spans(text)).toEqual([['CARDINAL', span, value]]);
  });

  it('reads no number in "the couple", "a couple from", in a stretch of time or "in half"', () => {
    expect(spans('The couple from Ohio won.')).toEqual([]);
    expect(spans('A couple from Ohio won.')).toEqual([]);
    expect(spans('They are a couple.')).toEqual([]);
    expect(spans('A couple.')).toEqual([['CARDINAL', 'A couple', 2]]);
    expect(spans('He spent half the season injured.')).toEqual([]);
    expect(spans('They stayed a couple of days.')).toEqual([]);
    expect(spans('Cut the loaf in half.')).toEqual([]);
    expect(spans('He is right half the time.')).toEqual([]);
  });
});

describe('money: symbols after the amount, names before it, coins and unnamed cents', () => {
  it.each([
    ['Profit rose to 5 million dlrs.', '5 million dlrs', 5000000, 'USD'],
    ['The bank sold 10 million stg of bonds.', '10 million stg', 10000000, 'GBP'],
    ['The ticket cost 50 DM at the gate.', '50 DM', 50, 'DEM'],
    ['A plate of rice costs 20Rs.', '20Rs', 20, 'INR'],
    ['The taxi fare was 42 RM in the end.', '42 RM', 42, 'MYR'],
    ['The fare is Rupees 500 for adults.', 'Rupees 500', 500, 'INR'],
    ['The fee is ringgit 42 a day.', 'ringgit 42', 42, 'MYR'],
    ['The levy is Malaysian ringgit 42.', 'Malaysian ringgit 42', 42, 'MYR'],
    ['They were fined KSh 50,000 each.', 'KSh 50,000', 50000, 'KES'],
    ['The tower cost Dh50 million to build.', 'Dh50 million', 50000000, 'AED'],
    ['A meal costs Rp50,000 in Jakarta.', 'Rp50,000', 50000, 'IDR'],
    ['Wages are Tk 8,000 a month.', 'Tk 8,000', 8000, 'BDT'],
    ['Petrobras lost R$5 billion.', 'R$5 billion', 5000000000, 'BRL'],
    ['He paid ten dimes for the paper.', 'ten dimes', 1, 'USD'],
    ['The bank held two hundred thousand nickels.', 'two hundred thousand nickels', 10000, 'USD'],
    ['He paid 7 dollars 25.', '7 dollars 25', 7.25, 'USD'],
    ['The fund was worth 2 million ECUs.', '2 million ECUs', 2000000, 'XEU'],
    ['A meal cost 100 kroons in Tallinn.', '100 kroons', 100, 'EEK'],
    ['The budget is 1.2 trillion won.', '1.2 trillion won', 1200000000000, 'KRW'],
    ['A coffee costs 5,000 won in Seoul.', '5,000 won', 5000, 'KRW'],
    ['The shirt cost twenty rupees 43.', 'twenty rupees 43', 20.43, 'INR'],
  ])('%s → %s', (text, span, value, currency) => {
    expect(numberAt(text, span)).toMatchObject({ type: 'MONEY', value, attrs: { currency } });
  });

  it('reads "a grand" as a thousand only where no noun follows', () => {
    expect(spans('He paid a grand for it.')).toEqual([['MONEY', 'a grand', 1000]]);
    expect(spans('A grand jury indicted him.')).toEqual([]);
    expect(spans('It was a grand old party.')).toEqual([]);
  });

  it('leaves the currency itself, lower-case letters and common words alone', () => {
    expect(spans('Traders sold the rupee 5 times.')).toEqual([['CARDINAL', '5', 5]]);
    expect(spans('The flat has 3 rm and a garden.').filter((f) => f[0] === 'MONEY')).toEqual([]);
    expect(spans('The firm runs two nickel mines.')).toEqual([['CARDINAL', 'two', 2]]);
    expect(spans('Of the 12 races, 11 won.')).toEqual([['CARDINAL', '12', 12], ['CARDINAL', '11', 11]]);
    expect(numberAt('ISS posted a two billion crown loss.', 'two billion crown')).toMatchObject({ type: 'MONEY', value: 2000000000 });
    expect(spans('The RP 5 rifle and the DH 2 van.').filter((f) => f[0] === 'MONEY')).toEqual([]);
    expect(spans('He paid $20 43 times.').filter((f) => f[0] === 'MONEY')).toEqual([['MONEY', '$20', 20]]);
    expect(numberAt('NSW launched a A$ 100 million three-year bond.', 'A$ 100 million')).toMatchObject({ type: 'MONEY', value: 100000000 });
  });
});

describe('Indian scales spelt with a k', () => {
  it('reads "krore" as a crore', () => {
    expect(numberAt('The project cost 3 krores.', '3 krores')).toMatchObject({ type: 'CARDINAL', value: 30000000 });
  });
});

describe('hyphenated percents and a degree sign before the full stop', () => {
  it.each([
    ['Rents rose by a 10-percent margin.', '10-percent', 'PERCENT', 10],
    ['Rates rose 5-per-cent last year.', '5-per-cent', 'PERCENT', 5],
    ['It was a 2 percentage-point drop.', '2 percentage-point', 'PERCENT', 2],
    ['The 2-percentage-point rise came late.', '2-percentage-point', 'PERCENT', 2],
    ['The heat reached 45 °C.', '45 °C', 'QUANTITY', 45],
  ])('%s → %s', (text, span, type, value) => {
    expect(spans(text).filter((f) => f[0] !== 'DATE')).toEqual([[type, span, value]]);
  });
});

describe('tens and units written as one word', () => {
  it.each([
    ['She finished twentyfifth in the race.', 'twentyfifth', 'ORDINAL', 25],
    ['The thirtyfirst edition opens today.', 'thirtyfirst', 'ORDINAL', 31],
    ['He owns twentyfive cats.', 'twentyfive', 'CARDINAL', 25],
  ])('%s → %s', (text, span, type, value) => {
    expect(spans(text)).toEqual([[type, span, value]]);
  });
});

describe('a fraction word without "a" before a unit', () => {
  it('reads "tenth of a gallon" as a quantity and leaves "fourth of the five" an ordinal', () => {
    expect(spans('Add tenth of a gallon.')).toEqual([['QUANTITY', 'tenth of a gallon', 0.1]]);
    expect(spans('He was fourth of the five.')).toEqual([['ORDINAL', 'fourth', 4], ['CARDINAL', 'five', 5]]);
  });
});

describe('ordinals and scales in more spellings', () => {
  it.each([
    ['The 1,000th visitor got a prize.', [['ORDINAL', '1,000th', 1000]]],
    ['The 1,000,000th car rolled out.', [['ORDINAL', '1,000,000th', 1000000]]],
    ['The one hundred and first session opened.', [['ORDINAL', 'one hundred and first', 101]]],
    ['Ten-thousand fans sang.', [['CARDINAL', 'Ten-thousand', 10000]]],
    ['They hired two-hundred people.', [['CARDINAL', 'two-hundred', 200]]],
    ['The three hundred thousandth visitor got a prize.', [['ORDINAL', 'three hundred thousandth', 300000]]],
    ['The town has 1 million 200 thousand people.', [['CARDINAL', '1 million 200 thousand', 1200000]]],
    ['The club sold 1.000.000 tickets.', [['CARDINAL', '1.000.000', 1000000]]],
  ])('%s', (text, expected) => {
    expect(spans(text)).toEqual(expected);
  });
});

describe('a whole number and a fraction', () => {
  it.each([
    ['The pipe was 3-1/2 inches wide.', '3-1/2 inches', 3.5, 'QUANTITY'],
    ['Shares rose 1-3/4 to 40.', '1-3/4', 1.75, 'CARDINAL'],
    ['The index rose two and three quarters points.', 'two and three quarters', 2.75, 'CARDINAL'],
    ['Add 2 and 3/4 cups of flour.', '2 and 3/4 cups', 2.75, 'QUANTITY'],
    ['The pole was 1 ½ metres long.', '1 ½ metres', 1.5, 'QUANTITY'],
    ['They bought 5 and one-third acres.', '5 and one-third acres', 16 / 3, 'QUANTITY'],
    ['Add one quarter of it.', 'one quarter', 0.25, 'CARDINAL'],
  ])('%s → %s', (text, span, value, type) => {
    const found = numberAt(text, span);
    expect(found?.type).toBe(type);
    expect(found?.value).toBeCloseTo(value, 9);
  });

  it('joins no two whole numbers and no year', () => {
    expect(spans('Between 1 and 2 people came.')).toEqual([['CARDINAL', '1', 1], ['CARDINAL', '2', 2]]);
    expect(spans('In 2001 and three quarters of 2002 sales fell.')).toEqual([]);
    expect(spans('QVC agreed to pay $19 and one-eighth QVC share.')).toEqual([['MONEY', '$19', 19], ['CARDINAL', 'one-eighth', 0.125]]);
  });
});

describe('zero, "no" and "none"', () => {
  it('reads "zero" as the number 0 and "no" or "none" as no number (ANNOTATION.md: words that are not quantities)', () => {
    expect(spans('Zero cases were reported in the capital.')).toEqual([['CARDINAL', 'Zero', 0]]);
    expect(spans('The province recorded no new infections.')).toEqual([]);
    expect(spans('None of the suspects has been charged.')).toEqual([]);
  });
});

describe('metres of a race', () => {
  it.each([
    ['The 100m final was delayed.', '100m', 100],
    ['She won the 400m hurdles.', '400m', 400],
    ['He won gold in the 200m.', '200m', 200],
    ['Bolt will defend his 200m title.', '200m', 200],
    ['She took 100m bronze.', '100m', 100],
  ])('%s → %s', (text, span, value) => {
    expect(spans(text)).toEqual([['QUANTITY', span, value]]);
  });

  it('keeps "m" a million elsewhere', () => {
    expect(spans('They raised the 5m.')).toEqual([['CARDINAL', '5m', 5000000]]);
    expect(spans('The 5m figure was wrong.')).toEqual([['CARDINAL', '5m', 5000000]]);
  });
});

describe('units of area, flow and speed in several words or signs', () => {
  it.each([
    ['The park covers 5,000 km² of land.', '5,000 km²', 5000, 'km2'],
    ['The park covers 5,000 sq km of land.', '5,000 sq km', 5000, 'km2'],
    ['The field pumps 500,000 b/d.', '500,000 b/d', 500000, 'bbl/d'],
    ['Winds of 150 kilometres per hour hit the coast.', '150 kilometres per hour', 150, 'km/h'],
    ['The field holds 2 million barrels per day.', '2 million barrels per day', 2000000, 'bbl/d'],
    ['He drove 90 miles an hour.', '90 miles an hour', 90, 'mph'],
  ])('%s → %s', (text, span, value, unit) => {
    expect(spans(text)).toEqual([['QUANTITY', span, value]]);
    expect(numberAt(text, span)?.attrs).toMatchObject({ unit });
  });
});

describe('fractions written with a hyphen before a scale or a noun', () => {
  it.each([
    ['She bought a half-dozen eggs.', 'a half-dozen', 6],
    ['A half-million people marched.', 'A half-million', 500000],
    ['About a quarter-million people fled.', 'a quarter-million', 250000],
    ['The bill needs a three-quarter majority.', 'three-quarter', 0.75],
  ])('%s → %s', (text, span, value) => {
    expect(spans(text)).toEqual([['CARDINAL', span, value]]);
  });

  it('reads no fraction of one or more, and no count in "one-time"', () => {
    expect(spans('It failed a rolling four-quarter profitability test.')).toEqual([]);
    expect(spans('It took one-time losses.')).toEqual([]);
  });
});

describe('one reading per word', () => {
  it.each([
    'He paid 5 Rupees 500 later.',
    'They bought 1,000 £ 7 of it.',
    'It is 2/3rds EUR1.2bn now.',
    'Fees were 20 $ 30 then.',
  ])('gives no two numbers the same word: %s', (text) => {
    const found = recognizeNumbers(makeDoc(text));
    expect(found.length).toBeGreaterThan(0);
    found.slice(1).forEach((c, k) => expect(c.start).toBeGreaterThanOrEqual(found[k].end));
  });
});
