// Names of today's news read as the wrong kind or in pieces, a fourteenth round: a place written right before a
// registry name of several words. Invented sentences through the shipped pipeline.
import { describe, expect, it } from 'vitest';
import { readNames } from '../shipped-pipeline.js';

const names = readNames;

describe('a place written right before a registry name of several words', () => {
  it('reads the place and the name apart where the model ran the place into the name', () => {
    expect(names('U.S. West Texas Intermediate crude gained $1.19.')).toEqual([['U.S.', 'GPE'], ['West Texas Intermediate crude', 'PRODUCT']]);
    expect(names('He leads the second-largest U.S. Roman Catholic archdiocese.')).toContainEqual(['Roman Catholic', 'NORP']);
  });

  it('keeps an organization named with its country as one name', () => {
    expect(names('The U.S. Federal Reserve held rates.')).toEqual([['U.S. Federal Reserve', 'ORG']]);
  });
});
