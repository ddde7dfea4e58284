// Number forms of wire-service news found on a silver set of 1996 agency text (docs/quality.md, "Reuters silver
// set for numbers"): each sentence invented in the style of the forms met there, none copied. Every number the
// recognizer reads in the sentence, as [type, span, value, unit or currency]; [] where the digits are a phone
// number, an idiom or arithmetic. Spans and values follow ANNOTATION.md.
import { describe, expect, it } from 'vitest';
import { readings, type Expected } from './read.js';

describe('forms of wire-service news', () => {
  it.each<[string, Expected]>([
    // the sign-off of an agency story: a desk or newsroom and its phone number, in any grouping
    ['-- Oslo newsroom 47 22 93 6900', []],
    ['-- Lisbon Newsroom +351 - 1 - 353 82 54', []],
    ['-- Singapore News Room (65) 870 3081', []],
    ['-- (Chicago grains desk 312 983 7340)', []],
    ['- Cairo editorial (202) 578 3290 578 3291', []],
    ['For details call Tel 44 171 250 1122.', []],
    // a contact's North American number on its own
    ['-- Marie Tremblay 514 287 7440', []],
    // but rows of figures stay numbers
    // and figures in the range of years are no years in a row of figures, where a row of years heads a table
    ['Hawks 22 14 1 7 1870 1602 116', [['CARDINAL', '22', 22], ['CARDINAL', '14', 14], ['CARDINAL', '1', 1], ['CARDINAL', '7', 7],
      ['CARDINAL', '1870', 1870], ['CARDINAL', '1602', 1602], ['CARDINAL', '116', 116]]],
    ['1996 1995 1996 1995', []],
    // a numbered row of standings, and a tally after a name
    ['Standings:\n1. Rossi 212 points\n2. Berg 187', [['CARDINAL', '1', 1], ['CARDINAL', '212', 212], ['CARDINAL', '2', 2], ['CARDINAL', '187', 187]]],
    // a list of names and figures that a result heading its line opens, with or without a tally
    ['Standings: Ravenna 24 points, Lugano 23, Bastia 22.', [['CARDINAL', '24', 24], ['CARDINAL', '23', 23], ['CARDINAL', '22', 22]]],
    ['Leading scorers: Mendes 12, Carlo Bruni 9.', [['CARDINAL', '12', 12], ['CARDINAL', '9', 9]]],
    // but not a name's numbers listed in a sentence
    ['The crew of Apollo 11, Apollo 13 and Gemini 7 met.', []],
    ['Unless the vote gives Tamm 61 votes, an electoral college meets.', [['CARDINAL', '61', 61]]],
    ['He scored 212 runs off 408 balls.', [['CARDINAL', '212', 212], ['CARDINAL', '408', 408]]],
    // money written once: a scaled amount after money in the same sentence is of its currency
    ['Exports rose to 4.12 billion crowns in May from 3.87 billion in April.', [
      ['MONEY', '4.12 billion crowns', 4120000000], ['MONEY', '3.87 billion', 3870000000]]],
    ['The group made a profit of 61.5 million guilders against a loss of 12.3 million a year earlier.', [
      ['MONEY', '61.5 million guilders', 61500000, 'NLG'], ['MONEY', '12.3 million', 12300000, 'NLG']]],
    ['Turnover reached 2.1 billion francs, including 640 million in bank shares.', [
      ['MONEY', '2.1 billion francs', 2100000000], ['MONEY', '640 million', 640000000]]],
    // but not a count, nor the size of a population
    ['The bank paid $40 million for 12 million shares.', [['MONEY', '$40 million', 40000000, 'USD'], ['CARDINAL', '12 million', 12000000]]],
    ['The $3 billion plan serves a population of 1.2 million.', [['MONEY', '$3 billion', 3000000000, 'USD'], ['CARDINAL', '1.2 million', 1200000]]],
    ['It lent 5 million marks. Another 2 million followed.', [['MONEY', '5 million marks', 5000000, 'DEM'], ['CARDINAL', '2 million', 2000000]]],
    // an ordinal after a capitalised word ranks: no name takes an ordinal in digits
    ['Unseeded 14th-ranked Brazilian Ana Costa reached the final.', [['ORDINAL', '14th', 14]]],
    ['Lyon 2 (Dupont 12th, Garnier 77th) Lens 0', [
      ['CARDINAL', '2', 2], ['ORDINAL', '12th', 12], ['ORDINAL', '77th', 77], ['CARDINAL', '0', 0]]],
    // a row of results: each name's figure, where one figure after a name is part of it
    ['Leeds 3 West Ham United 1', [['CARDINAL', '3', 3], ['CARDINAL', '1', 1]]],
    ['Toulouse 1 Paris St Germain 2.', [['CARDINAL', '1', 1], ['CARDINAL', '2', 2]]],
    // a word that introduces codes elsewhere ("Gate 12") is the head of a team's place there
    ['Dallas 24 Green Bay 17.', [['CARDINAL', '24', 24], ['CARDINAL', '17', 17]]],
    ['Tampa Bay 14 Detroit 10.', [['CARDINAL', '14', 14], ['CARDINAL', '10', 10]]],
    // the scorers in brackets after a result that heads its line, each with an initial or a minute
    ['Kent 287 (T. Walker 84, M. Fleming 51)', [['CARDINAL', '287', 287], ['CARDINAL', '84', 84], ['CARDINAL', '51', 51]]],
    ['At Hove: Sussex 301-6 (K. Greenfield 88 not out, P. Moores 52).', [['CARDINAL', '88', 88], ['CARDINAL', '52', 52]]],
    ['1860 Munich 2 (Bodden 12th) Bochum 0', [['CARDINAL', '2', 2], ['ORDINAL', '12th', 12], ['CARDINAL', '0', 0]]],
    // a batsman's line of a scorecard: his runs after the bowler's name; a table's total
    ['R. Smith c Jones b A. Khan 47', [['CARDINAL', '47', 47]]],
    ['T. Moody lbw b Afridi 12', [['CARDINAL', '12', 12]]],
    ['Total 287', [['CARDINAL', '287', 287]]],
    // but not a name and its version in running text
    ['It flies the Airbus 320 (Boeing 737 rivals) often.', []],
    ['The Boeing 747 landed after the Airbus 320 took off.', []],
    ['The Airbus 310 Flight 150 landed safely.', []],
    ['Britain\'s 1992 Olympic 400 champion retired.', []],
    // an ordinal before a hyphened length ranks the noun the length describes
    ['He sought a second four-year term.', [['ORDINAL', 'second', 2]]],
    ['India won the first one-day international by 40 runs.', [['ORDINAL', 'first', 1], ['CARDINAL', '40', 40]]],
    ['The first six-month period ended in June.', []],
    // a rank within a country or the world, after "the" and its name
    ['She will struggle to beat the Spanish number one.', [['ORDINAL', 'number one', 1]]],
    ['Graf, the co-world number one, won easily.', [['ORDINAL', 'number one', 1]]],
    ['They took the Route No. 9 bus.', []],
    ['He beat the British No. 1 Tim Henman.', [['ORDINAL', 'No. 1', 1]]],
    ['He was tried at the Beijing No. 2 Intermediate People\'s Court.', []],
    // the verb "number" counts; the noun introduces a place in an order
    ['The crowd, said by organisers to number 8,000, marched on.', [['CARDINAL', '8,000', 8000]]],
    ['He batted at number 11.', []],
    // tallies and ratios in words, as in digits
    ['The board approved a three-for-one stock split.', [['CARDINAL', 'three', 3], ['CARDINAL', 'one', 1]]],
    ['It announced a one-for-five reverse split.', [['CARDINAL', 'one', 1], ['CARDINAL', 'five', 5]]],
    ['The minister held a one-to-one meeting with him.', []],
    // a bond's change in price, signed with a fraction
    ['The long bond fell -1 3/4 to 98 1/8.', [['CARDINAL', '-1 3/4', -1.75], ['CARDINAL', '98 1/8', 98.125]]],
    // a power of ten, European decimals
    ['The sample held 3.2 x 10^6 cells per millilitre.', [['CARDINAL', '3.2 x 10^6', 3200000]]],
    ['The dose was 5 x 10^-3 grams.', [['QUANTITY', '5 x 10^-3 grams', 0.005, 'g']]],
    ['The fund is worth 2.345.678,50 euros.', [['MONEY', '2.345.678,50 euros', 2345678.5, 'EUR']]],
    // share prices in pence, whatever their size; the lines of a video are no money
    ['The shares rose 6p to 412.5p, valuing the group at 90 million stg.', [
      ['MONEY', '6p', 0.06, 'GBP'], ['MONEY', '412.5p', 4.125, 'GBP'], ['MONEY', '90 million stg', 90000000, 'GBP']]],
    ['The camera records 1080p video.', []],
    // a range of temperatures after a capitalised heading word of a weather table
    ['Highs 84-97F (29-36C)', [['QUANTITY', '84', 84, 'degF'], ['QUANTITY', '97F', 97, 'degF'], ['QUANTITY', '29', 29, 'degC'], ['QUANTITY', '36C', 36, 'degC']]],
    // a temperature restated in brackets in the other scale, its letter apart
    ['Regina reported a low of 6.0 Celsius (42.8 F) overnight.', [['QUANTITY', '6.0 Celsius', 6, 'degC'], ['QUANTITY', '42.8 F', 42.8, 'degF']]],
    ['She scored 8.5 F in the test.', [['CARDINAL', '8.5', 8.5]]],
    // "No" without its full stop ranks only with a capital
    ['The group is the country\'s No 2 carmaker.', [['ORDINAL', 'No 2', 2]]],
    ['Nations with No 1 priorities differ.', []],
    // a share of a plural with an adjective before it, and an ordinal after another
    ['Exports to Italy were nearly half of total shipments.', [['CARDINAL', 'half', 0.5]]],
    ['The win lifts her from fifth to second in the standings.', [['ORDINAL', 'fifth', 5], ['ORDINAL', 'second', 2]]],
    ['Output fell in the first half of last year.', []],
    // a fraction read aloud is no target: no number rather than a wrong one
    ['The answer was one over three.', []],
    // an amount and its currency hyphened before a noun
    ['The town took a 40-million-zloty credit.', [['MONEY', '40-million-zloty', 40000000, 'PLN']]],
    // a list of codes after a plural code word: every one a code, the last too; one figure after it counts
    ['The law is amended in articles 7, 9 or 12.', []],
    ['Flights left from gates 21, 22 and 24 all morning.', []],
    ['The arena seats 18,000.', [['CARDINAL', '18,000', 18000]]],
    // tennis sets with spaced hyphens and a bowler's figures are scores, no number
    ['Novak beat Ruiz 6 - 3 4 - 6 7 - 5.', []],
    ['Bowling: Walsh 3-41, Ambrose 2-60.', []],
    // after "between" a range written from the larger end takes the scale of the second within ten times it, not beyond
    ['Between 6.5 and 4.2 million tonnes will be shipped.', [['QUANTITY', '6.5', 6500000, 't'], ['QUANTITY', '4.2 million tonnes', 4200000, 't']]],
    ['Prices ranged from 1,500 to 3 million.', [['CARDINAL', '1,500', 1500], ['CARDINAL', '3 million', 3000000]]],
    // bare digits after "from" right after money: its scale and currency written once; not a count, nor a figure far from it
    ['Net profit fell to 22 million guilders from 41 in the first half.', [['MONEY', '22 million guilders', 22000000, 'NLG'], ['MONEY', '41', 41000000, 'NLG']]],
    ['It raised 22 million guilders from 41 investors.', [['MONEY', '22 million guilders', 22000000, 'NLG'], ['CARDINAL', '41', 41]]],
    ['It paid 22 million guilders to 41 firms, from 12 before.', [['MONEY', '22 million guilders', 22000000, 'NLG'], ['CARDINAL', '41', 41], ['CARDINAL', '12', 12]]],
    ['Net profit fell to 22 million guilders from 900.', [['MONEY', '22 million guilders', 22000000, 'NLG'], ['CARDINAL', '900', 900]]],
  ])('%s', (text, expected) => {
    expect(readings(text)).toEqual(expected);
  });
});
