// Amounts of the ninety-third review round (shipping, elections abroad, research funding), as [type, span, value, unit
// or currency].
import { describe, expect, it } from 'vitest';
import { readings } from './read.js';

describe("a ship's size and the IMF's unit", () => {
  it('are quantities in gross and deadweight tons, and money in XDR', () => {
    expect(readings('Vessels above 5,000 gross tons must report.')).toEqual([['QUANTITY', '5,000 gross tons', 5000, 'GT']]);
    expect(readings('The 2,300-gross-ton cargo vessel sank.')).toEqual([['QUANTITY', '2,300-gross-ton', 2300, 'GT']]);
    expect(readings('Orders fell to 32.3 million compensated gross tons.')).toEqual([['QUANTITY', '32.3 million compensated gross tons', 3.23e7, 'CGT']]);
    expect(readings('The 300,000-deadweight-ton tanker ran aground.')).toEqual([['QUANTITY', '300,000-deadweight-ton', 300000, 'dwt']]);
    expect(readings('The owner is liable for 76 million SDRs.')).toEqual([['MONEY', '76 million SDRs', 7.6e7, 'XDR']]);
  });
});

describe('two figures on a hyphen before a word of range', () => {
  it('are a range, not a score', () => {
    expect(readings('The institute remained in the 201-250 band.')).toEqual([['CARDINAL', '201', 201], ['CARDINAL', '250', 250]]);
  });

  it('leave a score a score', () => {
    expect(readings('Arsenal won 3-1.')).toEqual([]);
  });
});

describe('a figure after a name', () => {
  it('is a count in a list of three names each with its figure', () => {
    expect(readings('The conservatives will have 208, the AfD 152, the SPD 120 and the Left 64.'))
      .toEqual([['CARDINAL', '208', 208], ['CARDINAL', '152', 152], ['CARDINAL', '120', 120], ['CARDINAL', '64', 64]]);
  });

  it('is a count before a total it is a share of', () => {
    expect(readings('A projection gave PiS 196 of the 460 seats.')).toEqual([['CARDINAL', '196', 196], ['CARDINAL', '460', 460]]);
  });

  it("stays a model's number where one maker's name comes again, or in a pair", () => {
    expect(readings('It flies the Boeing 747, Boeing 777 and Boeing 787.')).toEqual([]);
    expect(readings('Users moved from Windows 10 and Windows 11.')).toEqual([]);
  });
});
