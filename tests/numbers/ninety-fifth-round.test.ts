// Amounts of the ninety-fifth review round (insurance, real estate, cars, education), as [type, span, value, unit or currency].
import { describe, expect, it } from 'vitest';
import { readings } from './read.js';

describe('rand as the South African press writes them', () => {
  it('read a decimal comma before a scale, and cents after one', () => {
    expect(readings('The industry paid out R4,3 billion.')).toEqual([['MONEY', 'R4,3 billion', 4300000000, 'ZAR']]);
    expect(readings('Its shares closed at R318,50.')).toEqual([['MONEY', 'R318,50', 318.5, 'ZAR']]);
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
