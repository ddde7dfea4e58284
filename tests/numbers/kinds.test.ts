// Kinds of number a general suite holds (issue 13, fourth pass): money of the world by name, code and symbol,
// measures of every dimension in metric and imperial units, percents and ranges, ordinals in all their forms
// and numbers written with words and digits mixed. Each sentence invented for news, its readings written from
// ANNOTATION.md before the recognizer ran: [type, span, value, unit or currency].
import { describe, expect, it } from 'vitest';
import { numbersIn } from './read.js';

type Expected = (string | number | null)[][];

const readings = (text: string) => numbersIn(text)
  .map((x) => [x.type, x.text, x.value ?? null, ...(x.attrs?.unit ? [x.attrs.unit as string] : x.attrs?.currency ? [x.attrs.currency as string] : [])]);

const check = (cases: [string, Expected][]) => it.each(cases)('%s', (text, expected) => {
  expect(readings(text)).toEqual(expected);
});

describe('known misses', () => {
  check([
    ['The storage unit has 100 sq. ft of space.', [['QUANTITY', '100 sq. ft', 100, 'ft2']]],
    ['The flat has 650 sq. ft. of floor space.', [['QUANTITY', '650 sq. ft', 650, 'ft2']]],
    ['The flat is 650 sq. ft.', [['QUANTITY', '650 sq. ft', 650, 'ft2']]],
    ['The plot covers 40 sq. m of garden.', [['QUANTITY', '40 sq. m', 40, 'm2']]],
    ['They built a 10-by-12-foot shed.', [['QUANTITY', '10', 10, 'ft'], ['QUANTITY', '12-foot', 12, 'ft']]],
    ['Workers laid a 3-by-5-metre slab.', [['QUANTITY', '3', 3, 'm'], ['QUANTITY', '5-metre', 5, 'm']]],
    ['A score of people gathered outside the court.', [['CARDINAL', 'A score', 20]]],
    ['The match ended with a score of 3-1.', []],
    ['He kept a score of the games.', []],
    ['Scores of people were hurt.', [['CARDINAL', 'Scores', null]]],
    // an age group: its bound is the number, the plural's "s" stays out as a qualifier's word would
    ['Free bus passes go to over-65s.', [['CARDINAL', '65', 65]]],
    ['The vaccine is offered to the over-80s first.', [['CARDINAL', '80', 80], ['ORDINAL', 'first', 1]]],
    ['The under-21 side won.', [['CARDINAL', '21', 21]]],
    ['Fares are free for the over 60s.', [['CARDINAL', '60', 60]]],
    ['He scored a century at Lord\'s.', []],
    ['Root made a double century against India.', []],
  ]);
});

describe('money of the world by name, code and symbol', () => {
  check([
    ['Farmers were paid 5,000 rupees for each plot.', [['MONEY', '5,000 rupees', 5000, 'INR']]],
    ['The line will cost 12 billion yuan.', [['MONEY', '12 billion yuan', 12000000000, 'CNY']]],
    ['A meal costs 300 pesos in Manila.', [['MONEY', '300 pesos', 300]]],
    ['Traders sold a bag of rice for 50,000 naira.', [['MONEY', '50,000 naira', 50000, 'NGN']]],
    ['The utility lost R2.5 billion.', [['MONEY', 'R2.5 billion', 2500000000, 'ZAR']]],
    // a letter symbol with thousands in its digits is money, where "the R21" is a road
    ['Many live on less than R1,558 a month.', [['MONEY', 'R1,558', 1558, 'ZAR']]],
    ['The fine was N250,000.', [['MONEY', 'N250,000', 250000, 'NGN']]],
    ['Take the R21 to the airport.', []],
    ['The state set aside ₹400 crore for roads.', [['MONEY', '₹400 crore', 4000000000, 'INR']]],
    ['A coffee in Zurich costs CHF 12.', [['MONEY', 'CHF 12', 12, 'CHF']]],
    ['Seoul approved a 1.2 trillion won budget.', [['MONEY', '1.2 trillion won', 1200000000000, 'KRW']]],
    ['A taxi ride costs 30 dirhams.', [['MONEY', '30 dirhams', 30, 'AED']]],
    ['The fee is BRL 5 per transfer.', [['MONEY', 'BRL 5', 5, 'BRL']]],
    // "a pint", "a kilo" are one of the unit, as "a dollar" is
    ['A pint now costs £3.50 in London.', [['QUANTITY', 'A pint', 1, 'pt'], ['MONEY', '£3.50', 3.5, 'GBP']]],
    ['The price of a stamp rose by 5p.', [['MONEY', '5p', 0.05, 'GBP']]],
    ['Each song costs 99 cents.', [['MONEY', '99 cents', 0.99, 'USD']]],
    ['The candy once cost a dime.', [['MONEY', 'a dime', 0.1, 'USD']]],
    // British notes by their nicknames, as coins are counted
    ['He lent her a fiver.', [['MONEY', 'a fiver', 5, 'GBP']]],
    ['He paid two fivers.', [['MONEY', 'two fivers', 10, 'GBP']]],
    ['Tickets cost a tenner.', [['MONEY', 'a tenner', 10, 'GBP']]],
    ['Rents reached 2,000 Swiss francs.', [['MONEY', '2,000 Swiss francs', 2000, 'CHF']]],
    ['Fuel costs 120 Kenyan shillings a litre.', [['MONEY', '120 Kenyan shillings', 120, 'KES']]],
    ['A bowl of pho costs 50,000 Vietnamese dong.', [['MONEY', '50,000 Vietnamese dong', 50000, 'VND']]],
    ['The central bank sold ¥3 trillion of bonds.', [['MONEY', '¥3 trillion', 3000000000000, 'JPY']]],
    ['Shares closed at HK$45.20.', [['MONEY', 'HK$45.20', 45.2, 'HKD']]],
    ['The deal is worth 3 billion Saudi riyals.', [['MONEY', '3 billion Saudi riyals', 3000000000, 'SAR']]],
    ['Wages rose to 4,500 Czech crowns.', [['MONEY', '4,500 Czech crowns', 4500, 'CZK']]],
    ['Savers hold 900 billion zlotys in deposits.', [['MONEY', '900 billion zlotys', 900000000000, 'PLN']]],
    ['The loan totals 500 million Argentine pesos.', [['MONEY', '500 million Argentine pesos', 500000000, 'ARS']]],
    ['Tickets cost 25 reais at the gate.', [['MONEY', '25 reais', 25, 'BRL']]],
    ['The bill came to 8,000 Thai baht.', [['MONEY', '8,000 Thai baht', 8000, 'THB']]],
    ['Ankara sold 10 billion Turkish lira of debt.', [['MONEY', '10 billion Turkish lira', 10000000000, 'TRY']]],
    ['Garment workers earn 12,500 taka a month.', [['MONEY', '12,500 taka', 12500, 'BDT']]],
    ['The budget is 50 billion Pakistani rupees.', [['MONEY', '50 billion Pakistani rupees', 50000000000, 'PKR']]],
    ['Bread now costs 15 Egyptian pounds.', [['MONEY', '15 Egyptian pounds', 15, 'EGP']]],
    ['The permit costs KSh 1,000.', [['MONEY', 'KSh 1,000', 1000, 'KES']]],
    ['A room costs 200 zł a night.', [['MONEY', '200 zł', 200, 'PLN']]],
    ['Teachers earn 5,000 Moroccan dirhams a month.', [['MONEY', '5,000 Moroccan dirhams', 5000, 'MAD']]],
    ['The reward is 1 million Iraqi dinars.', [['MONEY', '1 million Iraqi dinars', 1000000, 'IQD']]],
    ['Fines reach 5,000 Singaporean dollars.', [['MONEY', '5,000 Singaporean dollars', 5000, 'SGD']]],
    ['The fund holds EUR 2bn in bonds.', [['MONEY', 'EUR 2bn', 2000000000, 'EUR']]],
    ['It signed a NOK 3 billion contract.', [['MONEY', 'NOK 3 billion', 3000000000, 'NOK']]],
    ['Russia spent 5 trillion roubles on defence.', [['MONEY', '5 trillion roubles', 5000000000000, 'RUB']]],
    ['The fine is ₦50,000 for each offence.', [['MONEY', '₦50,000', 50000, 'NGN']]],
    ['Ghana paid 20 Ghanaian cedis per bag.', [['MONEY', '20 Ghanaian cedis', 20, 'GHS']]],
    ['A visa costs 160 US dollars.', [['MONEY', '160 US dollars', 160, 'USD']]],
    ['The company earned 60 million Singapore dollars.', [['MONEY', '60 million Singapore dollars', 60000000, 'SGD']]],
    ['A cup of coffee costs 45 Mexican pesos.', [['MONEY', '45 Mexican pesos', 45, 'MXN']]],
    ['Kyiv raised 2 billion hryvnias.', [['MONEY', '2 billion hryvnias', 2000000000, 'UAH']]],
    ['The club paid €40m for the striker.', [['MONEY', '€40m', 40000000, 'EUR']]],
    ['The tax raised £2.5bn.', [['MONEY', '£2.5bn', 2500000000, 'GBP']]],
    ['The fare is 2 euros 50 cents.', [['MONEY', '2 euros 50 cents', 2.5, 'EUR']]],
    ['A mango costs 80 Philippine pesos.', [['MONEY', '80 Philippine pesos', 80, 'PHP']]],
    ['The scheme cost 2,000 crore rupees.', [['MONEY', '2,000 crore rupees', 20000000000, 'INR']]],
    ['Investors put in 30 million Israeli shekels.', [['MONEY', '30 million Israeli shekels', 30000000, 'ILS']]],
    ['A loaf costs 2 Brazilian reais.', [['MONEY', '2 Brazilian reais', 2, 'BRL']]],
    ['The plan costs 4 billion Danish kroner.', [['MONEY', '4 billion Danish kroner', 4000000000, 'DKK']]],
    ['Tuition is 90,000 Indian rupees a year.', [['MONEY', '90,000 Indian rupees', 90000, 'INR']]],
    ['The toll is 3.5 Malaysian ringgit.', [['MONEY', '3.5 Malaysian ringgit', 3.5, 'MYR']]],
    ['Debt reached 1.3 quadrillion yen.', [['MONEY', '1.3 quadrillion yen', 1300000000000000, 'JPY']]],
    ['A kilo of beef costs 9 New Zealand dollars.', [['QUANTITY', 'A kilo', 1, 'kg'], ['MONEY', '9 New Zealand dollars', 9, 'NZD']]],
    ['The bank lent 700 million South African rand.', [['MONEY', '700 million South African rand', 700000000, 'ZAR']]],
  ]);
});

describe('temperatures, speeds, areas, volumes, weights, distances and energy', () => {
  check([
    ['Temperatures fell to minus 5 degrees Celsius overnight.', [['QUANTITY', 'minus 5 degrees Celsius', -5, 'degC']]],
    ['The thermometer read -5°C at dawn.', [['QUANTITY', '-5°C', -5, 'degC']]],
    ['His temperature reached 98.6F.', [['QUANTITY', '98.6F', 98.6, 'degF']]],
    ['Seville recorded 47.2C.', [['QUANTITY', '47.2C', 47.2, 'degC']]],
    ['It was 104 degrees in Phoenix.', [['QUANTITY', '104 degrees', 104, 'deg']]],
    ['Highs will reach 35 Celsius.', [['QUANTITY', '35 Celsius', 35, 'degC']]],
    ['The mercury dropped to -12 °C.', [['QUANTITY', '-12 °C', -12, 'degC']]],
    ['Temperatures stayed 10 degrees below zero.', [['QUANTITY', '10 degrees below zero', -10, 'deg']]],
    // "below" ending the clause: of degrees, or of a count where a word of temperature goes before it
    ['The low was 10 below.', [['QUANTITY', '10 below', -10, 'deg']]],
    ['The wind chill hit 30 degrees below.', [['QUANTITY', '30 degrees below', -30, 'deg']]],
    ['Output was 10 below target.', [['CARDINAL', '10', 10]]],
    ['It fell to 10 below.', [['CARDINAL', '10', 10]]],
    ['The car was doing 120 km/h.', [['QUANTITY', '120 km/h', 120, 'km/h']]],
    ['Winds reached 150 mph.', [['QUANTITY', '150 mph', 150, 'mph']]],
    ['The train runs at 300 kilometres per hour.', [['QUANTITY', '300 kilometres per hour', 300, 'km/h']]],
    ['Gusts of 90 kph hit the coast.', [['QUANTITY', '90 kph', 90, 'km/h']]],
    ['The ferry sails at 20 knots.', [['QUANTITY', '20 knots', 20, 'kn']]],
    ['The limit is 30mph in town.', [['QUANTITY', '30mph', 30, 'mph']]],
    ['The storm packed winds of 200km/h.', [['QUANTITY', '200km/h', 200, 'km/h']]],
    ['The fire burned 5,000 hectares.', [['QUANTITY', '5,000 hectares', 5000, 'ha']]],
    ['The ranch covers 2,000 acres.', [['QUANTITY', '2,000 acres', 2000, 'acre']]],
    ['The park covers 300 sq km.', [['QUANTITY', '300 sq km', 300, 'km2']]],
    ['They sold a 1,500-square-foot home.', [['QUANTITY', '1,500-square-foot', 1500, 'ft2']]],
    ['The flat is 45 square metres.', [['QUANTITY', '45 square metres', 45, 'm2']]],
    ['The island is 12 km² in size.', [['QUANTITY', '12 km²', 12, 'km2']]],
    ['Drink 2 litres of water a day.', [['QUANTITY', '2 litres', 2, 'l']]],
    ['Each can holds 330ml.', [['QUANTITY', '330ml', 330, 'ml']]],
    ['Russia sent 10 billion cubic metres of gas.', [['QUANTITY', '10 billion cubic metres', 10000000000, 'm3']]],
    ['The tank holds 3 gallons.', [['QUANTITY', '3 gallons', 3, 'gal']]],
    ['The ship carried 5 tonnes of aid.', [['QUANTITY', '5 tonnes', 5, 't']]],
    ['The boxer weighs 200 lbs.', [['QUANTITY', '200 lbs', 200, 'lb']]],
    ['Add 12 oz of flour.', [['QUANTITY', '12 oz', 12, 'oz']]],
    ['Police seized 3.5kg of heroin.', [['QUANTITY', '3.5kg', 3.5, 'kg']]],
    ['The mine produced 1.2 million tons of coal.', [['QUANTITY', '1.2 million tons', 1200000, 't']]],
    ['A 250g bar of chocolate.', [['QUANTITY', '250g', 250, 'g']]],
    ['The marathon covers 26.2 miles.', [['QUANTITY', '26.2 miles', 26.2, 'mi']]],
    ['She swam 300 metres.', [['QUANTITY', '300 metres', 300, 'm']]],
    ['The wave was 10 feet high.', [['QUANTITY', '10 feet', 10, 'ft']]],
    ['The vessel sailed 1,000 nautical miles.', [['QUANTITY', '1,000 nautical miles', 1000, 'nmi']]],
    ['The trail runs 8km along the river.', [['QUANTITY', '8km', 8, 'km']]],
    ['Households use 500 kWh a month.', [['QUANTITY', '500 kWh', 500, 'kWh']]],
    ['The plant will add 2 GW of capacity.', [['QUANTITY', '2 GW', 2, 'GW']]],
    ['A 100 MW solar farm opened.', [['QUANTITY', '100 MW', 100, 'MW']]],
    ['OPEC cut output by 1.5 million bpd.', [['QUANTITY', '1.5 million bpd', 1500000, 'bbl/d']]],
    ['The field pumps 500,000 barrels a day.', [['QUANTITY', '500,000 barrels a day', 500000, 'bbl/d']]],
    ['Wind farms produced 3 TWh last month.', [['QUANTITY', '3 TWh', 3, 'TWh']]],
    ['The plant makes 400 megawatts.', [['QUANTITY', '400 megawatts', 400, 'MW']]],
    ['Output reached 2.1 million barrels per day.', [['QUANTITY', '2.1 million barrels per day', 2100000, 'bbl/d']]],
    ['The rocket carries 20 metric tons to orbit.', [['QUANTITY', '20 metric tons', 20, 't']]],
    ['The quake struck 10 kilometres deep.', [['QUANTITY', '10 kilometres', 10, 'km']]],
    ['The bridge spans 1.2 km.', [['QUANTITY', '1.2 km', 1.2, 'km']]],
    ['The baby weighed 7 pounds 6 ounces.', [['QUANTITY', '7 pounds 6 ounces', 118, 'oz']]],
    ['The fence is 6 ft tall.', [['QUANTITY', '6 ft', 6, 'ft']]],
    // heights in two units: metres against the centimetres after them, inches left unnamed at a clause's end
    ['He is 1m 80cm tall.', [['QUANTITY', '1m 80cm', 180, 'cm']]],
    ['He is 5 ft 11.', [['QUANTITY', '5 ft 11', 71, 'in']]],
    ['He is six foot two.', [['QUANTITY', 'six foot two', 74, 'in']]],
    ['The 6 foot 2 Frenchman scored.', [['QUANTITY', '6 foot 2', 74, 'in']]],
    ['The wall is 10 feet, 3 more than before.', [['QUANTITY', '10 feet', 10, 'ft'], ['CARDINAL', '3', 3]]],
    ['It moved 3 feet 2 years ago.', [['QUANTITY', '3 feet', 3, 'ft']]],
    ['Rain totals hit 150mm.', [['QUANTITY', '150mm', 150, 'mm']]],
    ['Snow fell to a depth of 30 cm.', [['QUANTITY', '30 cm', 30, 'cm']]],
    ['The lake covers 80 square miles.', [['QUANTITY', '80 square miles', 80, 'mi2']]],
  ]);
});

describe('percents and ranges', () => {
  check([
    ['Prices rose 3-5% last year.', [['PERCENT', '3', 3], ['PERCENT', '5%', 5]]],
    ['Growth will be between 3 and 5 percent.', [['PERCENT', '3', 3], ['PERCENT', '5 percent', 5]]],
    ['Fares will rise from 10 to 20 percent.', [['PERCENT', '10', 10], ['PERCENT', '20 percent', 20]]],
    ['Support was up 3 percentage points.', [['PERCENT', '3 percentage points', 3]]],
    ['Nine out of 10 voters backed the plan.', [['CARDINAL', 'Nine', 9], ['CARDINAL', '10', 10]]],
    ['One in three children lives in poverty.', [['CARDINAL', 'One', 1], ['CARDINAL', 'three', 3]]],
    // "one in" before a stretch of time is no ratio: the pronoun stays no number
    ['The storm is the second major one in two weeks.', [['ORDINAL', 'second', 2]]],
    ['Unemployment fell to 4.2 per cent.', [['PERCENT', '4.2 per cent', 4.2]]],
    ['Sales rose 7 pct in May.', [['PERCENT', '7 pct', 7]]],
    ['The Fed raised rates by 25 bps.', [['CARDINAL', '25', 25]]],
    ['The spread widened by 40 basis points.', [['CARDINAL', '40', 40]]],
    ['Inflation hit 10.1%.', [['PERCENT', '10.1%', 10.1]]],
    ['Turnout was sixty-two percent.', [['PERCENT', 'sixty-two percent', 62]]],
    ['Rates stand at 5.25%-5.5%.', [['PERCENT', '5.25%', 5.25], ['PERCENT', '5.5%', 5.5]]],
    ['Shares fell 2 to 3 per cent.', [['PERCENT', '2', 2], ['PERCENT', '3 per cent', 3]]],
    ['The party polled 30-35 per cent.', [['PERCENT', '30', 30], ['PERCENT', '35 per cent', 35]]],
    ['Costs rose by a third.', [['CARDINAL', 'a third', 0.3333333333333333]]],
    // a fraction of a point is a number on its own, as "a quarter point" is (tests/numbers/untuned-forms.test.ts)
    ['The bank raised rates by half a point.', [['CARDINAL', 'half', 0.5]]],
    ['Rates rose half a percentage point.', [['PERCENT', 'half a percentage point', 0.5]]],
    ['Exports fell 12.5 percent.', [['PERCENT', '12.5 percent', 12.5]]],
    ['A 10% tariff took effect.', [['PERCENT', '10%', 10]]],
    ['Output shrank 0.3pc.', [['PERCENT', '0.3pc', 0.3]]],
    ['Half of voters said no.', [['CARDINAL', 'Half', 0.5]]],
    ['It won 52% of the vote to 48%.', [['PERCENT', '52%', 52], ['PERCENT', '48%', 48]]],
    ['Prices jumped 150 per cent in a year.', [['PERCENT', '150 per cent', 150]]],
    ['The tax is 20 percent to 25 percent.', [['PERCENT', '20 percent', 20], ['PERCENT', '25 percent', 25]]],
    ['The bank cut rates by 50 basis points to 4%.', [['CARDINAL', '50', 50], ['PERCENT', '4%', 4]]],
  ]);
});

describe('ordinals in all forms', () => {
  check([
    ['She finished the 3rd in line.', [['ORDINAL', '3rd', 3]]],
    ['It is the 21st edition of the fair.', [['ORDINAL', '21st', 21]]],
    ['The twenty-first summit opened.', [['ORDINAL', 'twenty-first', 21]]],
    ['The town marked the 100th anniversary of the battle.', [['ORDINAL', '100th', 100]]],
    ['The clinic is No. 2 in the ranking.', [['ORDINAL', 'No. 2', 2]]],
    ['Toyota is the world\'s second-largest carmaker.', [['ORDINAL', 'second', 2]]],
    ['The firm posted a 2nd-place finish.', [['ORDINAL', '2nd', 2]]],
    ['He took a third-place finish in Monaco.', [['ORDINAL', 'third', 3]]],
    ['It is the 50th state to sign.', [['ORDINAL', '50th', 50]]],
    ['The fourth-largest city.', [['ORDINAL', 'fourth', 4]]],
    ['The 42nd president spoke.', [['ORDINAL', '42nd', 42]]],
    ['She was the 1,000th visitor.', [['ORDINAL', '1,000th', 1000]]],
    ['He came in ninth.', [['ORDINAL', 'ninth', 9]]],
    ['The first two trains were late.', [['ORDINAL', 'first', 1], ['CARDINAL', 'two', 2]]],
    ['It was the club\'s seventy-fifth season.', [['ORDINAL', 'seventy-fifth', 75]]],
    ['The 3rd Infantry Division moved north.', []],
    ['The bill passed its second reading.', [['ORDINAL', 'second', 2]]],
    ['She is ranked No. 1 in the world.', [['ORDINAL', 'No. 1', 1]]],
    ['The team is the No. 3 seed.', [['ORDINAL', 'No. 3', 3]]],
    // a possessive owns a rank; a bus, a shirt or an address after "No." is labelled, not ranked
    ["India's No. 1 bowler took three wickets.", [['ORDINAL', 'No. 1', 1], ['CARDINAL', 'three', 3]]],
    ["He is Britain's No. 2.", [['ORDINAL', 'No. 2', 2]]],
    ["He boarded the city's No. 7 bus.", []],
    ['He wore his No. 10 shirt.', []],
    ['He lives at No. 10.', []],
    ['The single debuted at No. 1.', [['ORDINAL', 'No. 1', 1]]],
    // "number" and a number word or digits ranks as "No." does
    ['World number one Novak Djokovic lost.', [['ORDINAL', 'number one', 1]]],
    ['He is ranked number two in the world.', [['ORDINAL', 'number two', 2]]],
    ['Security is the number one priority.', [['ORDINAL', 'number one', 1]]],
    ['The number 10 shirt is his.', []],
    ['The #1-ranked team lost.', [['ORDINAL', '#1', 1]]],
    ['The address is No. 10 Downing Street.', []],
    ['The number of deaths rose to 12.', [['CARDINAL', '12', 12]]],
    ['A fifth of adults smoke.', [['CARDINAL', 'A fifth', 0.2]]],
    // an approximator before "a third" makes it a share, whatever part of speech the word after it takes
    ['Roughly a third need hospital care.', [['CARDINAL', 'a third', 0.3333333333333333]]],
    ['Nearly a fifth voted no.', [['CARDINAL', 'a fifth', 0.2]]],
    ['He won a record fifth term.', [['ORDINAL', 'fifth', 5]]],
    ['He won a fifth term.', [['ORDINAL', 'fifth', 5]]],
    ['It is the eleventh hour for the talks.', []],
    ['The 101st Airborne landed.', []],
    ['Third-quarter profit rose.', []],
  ]);
});

describe('numbers written with words and digits mixed', () => {
  check([
    ['The city has 1.5 million residents.', [['CARDINAL', '1.5 million', 1500000]]],
    ['The app has 3 billion-plus users.', [['CARDINAL', '3 billion', 3000000000]]],
    ['There were 200-odd delegates.', [['CARDINAL', '200', 200]]],
    // the qualifier between the digits and their scale stays in the span, which cannot leave it out
    ['It has 20-odd thousand members.', [['CARDINAL', '20-odd thousand', 20000]]],
    ['A dozen or so boats sank.', [['CARDINAL', 'A dozen', 12]]],
    ['Tens of thousands of people marched.', [['CARDINAL', 'Tens of thousands', null]]],
    ['A couple of hundred fans waited.', [['CARDINAL', 'A couple of hundred', 200]]],
    ['One or two shops stayed open.', [['CARDINAL', 'One', 1], ['CARDINAL', 'two', 2]]],
    ['Several hundred troops arrived.', [['CARDINAL', 'Several hundred', null]]],
    ['The firm employs 2.3 million people.', [['CARDINAL', '2.3 million', 2300000]]],
    ['About 40 thousand fans came.', [['CARDINAL', '40 thousand', 40000]]],
    ['The count passed 4 million votes.', [['CARDINAL', '4 million', 4000000]]],
    ['Some 5 hundred people signed.', [['CARDINAL', '5 hundred', 500]]],
    ['Hundreds of thousands fled.', [['CARDINAL', 'Hundreds of thousands', null]]],
    ['A few dozen people came.', [['CARDINAL', 'A few dozen', null]]],
    ['Two dozen eggs broke.', [['CARDINAL', 'Two dozen', 24]]],
    ['He ran a third-of-a-mile.', [['QUANTITY', 'a third-of-a-mile', 0.3333333333333333, 'mi']]],
    ['It was a fifth-inning tie.', [['ORDINAL', 'fifth', 5]]],
    ['Half a million people left.', [['CARDINAL', 'Half a million', 500000]]],
    ['The virus killed 1.2 million.', [['CARDINAL', '1.2 million', 1200000]]],
    ['Thousands of homes lost power.', [['CARDINAL', 'Thousands', null]]],
    ['The fund has 12 bn in assets.', [['CARDINAL', '12 bn', 12000000000]]],
    // ages in the plural count their people, as one age does
    ['A 5-year-old and two 2-year-olds died.', [['CARDINAL', '5', 5], ['CARDINAL', 'two', 2], ['CARDINAL', '2', 2]]],
    ['A 40-something father of two.', [['CARDINAL', '40', 40], ['CARDINAL', 'two', 2]]],
    ['Millions of people watched.', [['CARDINAL', 'Millions', null]]],
    ['Two or three ministers resigned.', [['CARDINAL', 'Two', 2], ['CARDINAL', 'three', 3]]],
    ['Dozens of people were hurt.', [['CARDINAL', 'Dozens', null]]],
    ['The deal affects 3.4m households.', [['CARDINAL', '3.4m', 3400000]]],
    // a count before a plural of a model number is no group of thousands
    ['Boeing has been capped at 38 737s a month.', [['CARDINAL', '38', 38]]],
    ['It weighs 1 500kg.', [['QUANTITY', '1 500kg', 1500, 'kg']]],
  ]);
});

describe('a second round of kinds, written before running them', () => {
  check([
    // money
    ['The company was valued at $1.2tn.', [['MONEY', '$1.2tn', 1200000000000, 'USD']]],
    ['He earns $85k a year.', [['MONEY', '$85k', 85000, 'USD']]],
    ['Tickets cost $15-$20.', [['MONEY', '$15', 15, 'USD'], ['MONEY', '$20', 20, 'USD']]],
    ['The court imposed a fine of Rs 10 lakh.', [['MONEY', 'Rs 10 lakh', 1000000, 'INR']]],
    ['The club paid 3.5 million euros ($3.8 million).', [['MONEY', '3.5 million euros', 3500000, 'EUR'], ['MONEY', '$3.8 million', 3800000, 'USD']]],
    ['Gas costs $3.49 a gallon.', [['MONEY', '$3.49', 3.49, 'USD']]],
    ['It cost him 50 quid.', [['MONEY', '50 quid', 50, 'GBP']]],
    ['They paid five bucks.', [['MONEY', 'five bucks', 5]]],
    ['The car cost 30 grand.', [['MONEY', '30 grand', 30000]]],
    ['The stake is worth half a billion dollars.', [['MONEY', 'half a billion dollars', 500000000, 'USD']]],
    ['Each share earned 12 pence.', [['MONEY', '12 pence', 0.12, 'GBP']]],
    ['Exports reached ₩1.2 trillion.', [['MONEY', '₩1.2 trillion', 1200000000000, 'KRW']]],
    ['The airline raised AED 3.5 billion.', [['MONEY', 'AED 3.5 billion', 3500000000, 'AED']]],
    ['The port cost S$1.2 billion.', [['MONEY', 'S$1.2 billion', 1200000000, 'SGD']]],
    ['The meal cost NT$500.', [['MONEY', 'NT$500', 500, 'TWD']]],
    ['She found a 10-euro note.', [['MONEY', '10-euro', 10, 'EUR']]],
    ['The fee is twenty-five dollars.', [['MONEY', 'twenty-five dollars', 25, 'USD']]],
    ['A ticket costs 1,500 euro.', [['MONEY', '1,500 euro', 1500, 'EUR']]],
    ['The coin is worth 50 cents.', [['MONEY', '50 cents', 0.5, 'USD']]],
    ['The budget was £1.5million.', [['MONEY', '£1.5million', 1500000, 'GBP']]],
    ['It lent Ksh 2 billion to farmers.', [['MONEY', 'Ksh 2 billion', 2000000000, 'KES']]],
    ['The bank paid Sfr 2 billion.', [['MONEY', 'Sfr 2 billion', 2000000000, 'CHF']]],
    ['The group made a profit of US$3.2 billion.', [['MONEY', 'US$3.2 billion', 3200000000, 'USD']]],
    ['The fine ranges from €500 to €5,000.', [['MONEY', '€500', 500, 'EUR'], ['MONEY', '€5,000', 5000, 'EUR']]],
    // measures
    ['The tower is 300m tall.', [['QUANTITY', '300m', 300, 'm']]],
    ['The quake struck 10km deep.', [['QUANTITY', '10km', 10, 'km']]],
    ['She bought a 60-inch TV.', [['QUANTITY', '60-inch', 60, 'in']]],
    ['The car has a 1.6-litre engine.', [['QUANTITY', '1.6-litre', 1.6, 'l']]],
    ['The plane flew at 35,000 feet.', [['QUANTITY', '35,000 feet', 35000, 'ft']]],
    ['The engine makes 200 horsepower.', [['QUANTITY', '200 horsepower', 200, 'hp']]],
    ['The chip uses a 3nm process.', [['QUANTITY', '3nm', 3, 'nm']]],
    ['The particles are 50 microns wide.', [['QUANTITY', '50 microns', 50, 'um']]],
    ['Crews removed 30 cubic yards of debris.', [['QUANTITY', '30 cubic yards', 30, 'yd3']]],
    ['They bought a 3,000-acre farm.', [['QUANTITY', '3,000-acre', 3000, 'acre']]],
    ['The warehouse has 2 million square feet.', [['QUANTITY', '2 million square feet', 2000000, 'ft2']]],
    ['The phone has 256GB of storage.', [['QUANTITY', '256GB', 256, 'GB']]],
    // found in an invented article: watts and megapixels against the digits, in capitals
    ['It has a 48MP camera and a 40W adapter.', [['QUANTITY', '48MP', 48, 'MP'], ['QUANTITY', '40W', 40, 'W']]],
    ['It has a 48-megapixel camera.', [['QUANTITY', '48-megapixel', 48, 'MP']]],
    ['The 5G network is fast.', []],
    ['He ran a fever of 38.5C.', [['QUANTITY', '38.5C', 38.5, 'degC']]],
    ['The town hit a high of 102F.', [['QUANTITY', '102F', 102, 'degF']]],
    ['It was minus 30C in Oymyakon.', [['QUANTITY', 'minus 30C', -30, 'degC']]],
    ['The engine is 500 cc.', [['QUANTITY', '500 cc', 500, 'cm3']]],
    ['The ship displaces 4,000 tonnes.', [['QUANTITY', '4,000 tonnes', 4000, 't']]],
    ['Rescuers found a 20-kilogram bag.', [['QUANTITY', '20-kilogram', 20, 'kg']]],
    ['The bomb yields 4 megatons.', [['QUANTITY', '4 megatons', 4, 'Mt']]],
    ['The DeLorean needs 1.21 gigawatts.', [['QUANTITY', '1.21 gigawatts', 1.21, 'GW']]],
    ['The lake lies 2,000 metres above sea level.', [['QUANTITY', '2,000 metres', 2000, 'm']]],
    ['The leak spilled 10,000 gallons of oil.', [['QUANTITY', '10,000 gallons', 10000, 'gal']]],
    ['The wall is 3 feet thick.', [['QUANTITY', '3 feet', 3, 'ft']]],
    ['The bottle holds 750ml.', [['QUANTITY', '750ml', 750, 'ml']]],
    ['Jets reached 1,200 km/h.', [['QUANTITY', '1,200 km/h', 1200, 'km/h']]],
    ['The jet flew at 600 knots.', [['QUANTITY', '600 knots', 600, 'kn']]],
    // percents
    ['The bank made a 0.5 percentage-point cut.', [['PERCENT', '0.5 percentage-point', 0.5]]],
    ['Labour is up 3pp in the poll.', [['PERCENT', '3pp', 3]]],
    // "pp" counts pages too: from 100 on, or before "of"
    ['The book runs to 320pp.', [['CARDINAL', '320', 320]]],
    ['It has 24pp of photos.', [['CARDINAL', '24', 24]]],
    ['Shares rose 100pc.', [['PERCENT', '100pc', 100]]],
    ['Turnout was twenty-five per cent.', [['PERCENT', 'twenty-five per cent', 25]]],
    ['Rates fell seven-tenths of a percent.', [['PERCENT', 'seven-tenths of a percent', 0.7]]],
    ['Output fell -2.5% in May.', [['PERCENT', '-2.5%', -2.5]]],
    ['Sales grew +3.1% last quarter.', [['PERCENT', '+3.1%', 3.1]]],
    ['Prices rose 8-10% this year.', [['PERCENT', '8', 8], ['PERCENT', '10%', 10]]],
    ['Rates went from 4% to 5%.', [['PERCENT', '4%', 4], ['PERCENT', '5%', 5]]],
    // a range joined by hyphens shares its measure as one written with spaces does; a range of time is the time rules'
    ['It saw a 3-to-5 percent rise.', [['PERCENT', '3', 3], ['PERCENT', '5 percent', 5]]],
    ['It is a 10-to-15-foot wall.', [['QUANTITY', '10', 10, 'ft'], ['QUANTITY', '15-foot', 15, 'ft']]],
    ['Patients face a 20-to-30-minute wait.', []],
    ['Voters backed it by a 2-to-1 margin.', [['CARDINAL', '2', 2], ['CARDINAL', '1', 1]]],
    ['Support is between 20% and 30%.', [['PERCENT', '20%', 20], ['PERCENT', '30%', 30]]],
    ['The vaccine is 99.9 per cent effective.', [['PERCENT', '99.9 per cent', 99.9]]],
    ['It bought a 15 percent stake.', [['PERCENT', '15 percent', 15]]],
    ['Fifty percent of the staff left.', [['PERCENT', 'Fifty percent', 50]]],
    // ordinals
    ['The hearing is on the 22nd floor.', [['ORDINAL', '22nd', 22]]],
    ['It is the 111th edition.', [['ORDINAL', '111th', 111]]],
    ['She won her 2nd title.', [['ORDINAL', '2nd', 2]]],
    ['They finished in 5th place.', [['ORDINAL', '5th', 5]]],
    ['It was the first-ever vote.', [['ORDINAL', 'first', 1]]],
    ['They lost the seventh game.', [['ORDINAL', 'seventh', 7]]],
    ['It is the world\'s 3rd-largest economy.', [['ORDINAL', '3rd', 3]]],
    ['The thousandth customer won a car.', [['ORDINAL', 'thousandth', 1000]]],
    ['The club is 5th-placed.', [['ORDINAL', '5th', 5]]],
    ['It is the twenty-second round.', [['ORDINAL', 'twenty-second', 22]]],
    // mixed
    ['A million and a half people voted.', [['CARDINAL', 'A million and a half', 1500000]]],
    ['One and a half million people fled.', [['CARDINAL', 'One and a half million', 1500000]]],
    ['The rally drew 2.5 lakh people.', [['CARDINAL', '2.5 lakh', 250000]]],
    ['A hundred-odd people came.', [['CARDINAL', 'A hundred', 100]]],
    ['Zero cases were reported.', [['CARDINAL', 'Zero', 0]]],
    ['10s of thousands marched.', [['CARDINAL', '10s of thousands', null]]],
    ['A few thousand people came.', [['CARDINAL', 'A few thousand', null]]],
    ['Nearly a million people left.', [['CARDINAL', 'a million', 1000000]]],
    ['The debt is 1bn.', [['CARDINAL', '1bn', 1000000000]]],
    ['Three-quarters of a million people live there.', [['CARDINAL', 'Three-quarters of a million', 750000]]],
    ['The project cost 2.5 crore.', [['CARDINAL', '2.5 crore', 25000000]]],
    ['Seven hundred thousand homes were hit.', [['CARDINAL', 'Seven hundred thousand', 700000]]],
    ['The firm has 0.5 million users.', [['CARDINAL', '0.5 million', 500000]]],
    ['A union of five million-strong members.', [['CARDINAL', 'five million', 5000000]]],
  ]);
});

describe('"in the 90s": a band of ten degrees where a word of temperature is near, else a decade or an age (no number)', () => {
  check([
    ['Highs will be in the 90s this week across Texas.', [['QUANTITY', '90s', null, 'deg']]],
    ['Temperatures were in the low 30s on Monday.', [['QUANTITY', '30s', null, 'deg']]],
    ['The mercury climbed into the upper 80s.', [['QUANTITY', '80s', null, 'deg']]],
    ['The band was popular in the 90s.', []],
    ['She is in her 90s.', []],
    ['Unemployment was high in the 80s.', []],
    ['10s of thousands marched.', [['CARDINAL', '10s of thousands', null]]],
  ]);
});

describe('money of East and West Africa by its letter symbols, and the lakh and crore (found probing, then fixed)', () => {
  check([
    ['Farmers received GH¢500 each.', [['MONEY', 'GH¢500', 500, 'GHS']]],
    ['The fee is Tsh 5,000.', [['MONEY', 'Tsh 5,000', 5000, 'TZS']]],
    ['The loan is TSh 5 billion.', [['MONEY', 'TSh 5 billion', 5000000000, 'TZS']]],
    ['It cost USh 20,000.', [['MONEY', 'USh 20,000', 20000, 'UGX']]],
    ['The bill came to KSh.500.', [['MONEY', 'KSh.500', 500, 'KES']]],
    ['The budget is Rs 1.2 lakh crore.', [['MONEY', 'Rs 1.2 lakh crore', 1200000000000, 'INR']]],
    ['The budget is 3 lakh crore rupees.', [['MONEY', '3 lakh crore rupees', 3000000000000, 'INR']]],
    ['The fine is 1 lakh rupees.', [['MONEY', '1 lakh rupees', 100000, 'INR']]],
  ]);
});

describe('units of drink, data, energy and racing found probing a general suite\'s kinds (then fixed)', () => {
  check([
    ['The file is 10 kb.', [['QUANTITY', '10 kb', 10, 'kB']]],
    ['It streams at 3 megabytes per second.', [['QUANTITY', '3 megabytes per second', 3, 'MB/s']]],
    ['The park covers 7 sq. kilometers.', [['QUANTITY', '7 sq. kilometers', 7, 'km2']]],
    ['Add 12 fl oz of milk.', [['QUANTITY', '12 fl oz', 12, 'fl oz']]],
    ['Add 2 qt of water.', [['QUANTITY', '2 qt', 2, 'qt']]],
    ['A 70cl bottle of gin.', [['QUANTITY', '70cl', 70, 'cl']]],
    ['He won five CL titles.', [['CARDINAL', 'five', 5]]],
    ['The race is over 5 furlongs.', [['QUANTITY', '5 furlongs', 5, 'fur']]],
    // found in an invented farm report: bushels measure, and "an acre" after them is a rate, no amount
    ['Yields hit 47.1 bushels an acre.', [['QUANTITY', '47.1 bushels', 47.1, 'bu']]],
    ['Mines produced 3 million troy ounces of gold.', [['QUANTITY', '3 million troy ounces', 3000000, 'ozt']]],
    ['The reactor produced 1.2 gigawatt-hours.', [['QUANTITY', '1.2 gigawatt-hours', 1.2, 'GWh']]],
    ['Homes use 10 kilowatt hours a day.', [['QUANTITY', '10 kilowatt hours', 10, 'kWh']]],
    ['Prices hit €180 per megawatt hour.', [['MONEY', '€180', 180, 'EUR']]],
  ]);
});

describe('number words in the names of films and groups', () => {
  check([
    ["Ocean's Eleven was a hit.", []],
    ["The firm's two biggest rivals merged.", [['CARDINAL', 'two', 2]]],
    ['The Big Four accounting firms were fined.', []],
    ['The president boarded Air Force One.', []],
    ['Ministers of the Group of Seven met.', []],
  ]);
});
