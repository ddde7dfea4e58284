// Amounts of the ninety-fifth review round (insurance, real estate, cars, education), as [type, span, value, unit or currency].
import { describe, expect, it } from 'vitest';
import { readings } from './read.js';

describe('rand as the South African press writes them', () => {
  it('read a decimal comma before a scale, and cents after one', () => {
    expect(readings('The industry paid out R4,3 billion.')).toEqual([['MONEY', 'R4,3 billion', 4300000000, 'ZAR']]);
    expect(readings('Its shares closed at R318,50.')).toEqual([['MONEY', 'R318,50', 318.5, 'ZAR']]);
    expect(readings('Claims reached R2,2bn.')).toEqual([['MONEY', 'R2,2bn', 2200000000, 'ZAR']]);
  });

  it('read a scale on a hyphen', () => {
    expect(readings('A R2.5-million house.')).toEqual([['MONEY', 'R2.5-million', 2500000, 'ZAR']]);
    expect(readings('It will invest R3.2-billion.')).toEqual([['MONEY', 'R3.2-billion', 3200000000, 'ZAR']]);
  });

  it('leave a road a road', () => {
    expect(readings('Traffic was diverted off the R21.')).toEqual([]);
  });
});

describe('Saudi riyals written "SR"', () => {
  it('are money with thousands or a scale', () => {
    expect(readings('Rents averaged SR52,000 a year.')).toEqual([['MONEY', 'SR52,000', 52000, 'SAR']]);
    expect(readings('Lending fell to SR9.1 billion.')).toEqual([['MONEY', 'SR9.1 billion', 9100000000, 'SAR']]);
  });

  it('leave a state route a route', () => {
    expect(readings('The SR 520 bridge closed.').filter(([type]) => type === 'MONEY')).toEqual([]);
  });
});

describe('rand with a scale on a hyphen after a whole number or a decimal comma', () => {
  it('are money', () => {
    expect(readings('Tickets earned R18-million.')).toEqual([['MONEY', 'R18-million', 18000000, 'ZAR']]);
    expect(readings('The film made R41,6-million.')).toEqual([['MONEY', 'R41,6-million', 41600000, 'ZAR']]);
  });
});

describe('the energy and mining trades\' units', () => {
  it('measure what they follow', () => {
    expect(readings('Reserves are 3.3bn boe and output 1.41 mbpd.')).toEqual([['QUANTITY', '3.3bn boe', 3300000000, 'boe'], ['QUANTITY', '1.41 mbpd', 1.41, 'Mbbl/d']]);
    expect(readings('The mine will produce 12 Mtpa.')).toEqual([['QUANTITY', '12 Mtpa', 12, 'Mt/yr']]);
  });
});

describe('the first end of a range whose second has a unit', () => {
  it('takes the unit, not the currency of money told before it', () => {
    expect(readings('The company sold $5 billion of bonds and would cut output by 1 million to 2 million tons.'))
      .toEqual([['MONEY', '$5 billion', 5000000000, 'USD'], ['QUANTITY', '1 million', 1000000, 't'], ['QUANTITY', '2 million tons', 2000000, 't']]);
  });
});

describe('a length after "aged"', () => {
  it('is an age, a count, as "45 years old" is', () => {
    expect(readings('Unemployment among youth aged 15-29 years fell.')).toEqual([['CARDINAL', '15', 15], ['CARDINAL', '29', 29]]);
    expect(readings('Persons aged 15 years and above.')).toEqual([['CARDINAL', '15', 15]]);
  });
});
