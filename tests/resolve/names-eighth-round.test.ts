// Names of today's news read as the wrong kind or missed, a fifteenth round. Invented sentences through the
// shipped pipeline.
import { describe, expect, it } from 'vitest';
import { readNames } from '../shipped-pipeline.js';

const names = readNames;

describe('US cities the registry lists', () => {
  it('reads a city the model took for a person or ran into another as a place', () => {
    expect(names('Police in Orlando said the suspect was arrested near the airport.')).toEqual([['Orlando', 'GPE']]);
    expect(names('The company will move its headquarters from Charlotte to Austin next year.')).toEqual([['Charlotte', 'GPE'], ['Austin', 'GPE']]);
    expect(names('Madison and Milwaukee voters backed the measure.')).toEqual([['Madison', 'GPE'], ['Milwaukee', 'GPE']]);
  });

  it('leaves a person whose given name is a city', () => {
    expect(names('Austin Butler and Madison Keys attended.')).toEqual([['Austin Butler', 'PERSON'], ['Madison Keys', 'PERSON']]);
  });
});

describe('the two sides of one result in prose', () => {
  it('reads the places around a result verb followed by its score as teams', () => {
    expect(names('Jacksonville beat Buffalo 24-21 on Sunday.')).toEqual([['Jacksonville', 'ORG'], ['Buffalo', 'ORG']]);
    expect(names('Denver defeated Miami 94-89 in Game 5.')).toEqual([['Denver', 'ORG'], ['Miami', 'ORG']]);
  });

  it('leaves nations, which the guideline types by their country', () => {
    expect(names('France beat Spain 2-1 in the final.')).toEqual([['France', 'GPE'], ['Spain', 'GPE']]);
  });

  it('leaves places with no score after them', () => {
    expect(names('Denver beat Miami to the deal.')).toEqual([['Denver', 'GPE'], ['Miami', 'GPE']]);
  });
});

describe('luxury houses, planets and a market region are registry entries', () => {
  it('reads a fashion house named after its founder as the company', () => {
    expect(names("Louis Vuitton and Christian Dior are LVMH's biggest brands.")).toEqual([['Louis Vuitton', 'ORG'], ['Christian Dior', 'ORG'], ['LVMH', 'ORG']]);
  });

  it('reads planets as places, and a company or a person named with one by the longer name', () => {
    expect(names('The probe will fly past Mars before reaching Jupiter.')).toEqual([['Mars', 'LOC'], ['Jupiter', 'LOC']]);
    expect(names('Mars Inc. agreed to buy Kellanova.')).toEqual([['Mars Inc.', 'ORG'], ['Kellanova', 'ORG']]);
    expect(names('Bruno Mars sang.')).toEqual([['Bruno Mars', 'PERSON']]);
  });

  it('reads Greater China whole', () => {
    expect(names('iPhone sales in Greater China fell.')).toEqual([['iPhone', 'PRODUCT'], ['Greater China', 'LOC']]);
  });
});

describe('the company a deal buys', () => {
  it('reads the name after "agreed to buy" or "deal to acquire" as an organization', () => {
    expect(names('Velcor agreed to buy Zorvane for cash.')).toContainEqual(['Zorvane', 'ORG']);
    expect(names('Shareholders approved the deal to acquire Zorvane on Friday.')).toContainEqual(['Zorvane', 'ORG']);
  });
});
