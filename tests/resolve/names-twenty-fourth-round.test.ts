// Names and amounts of the news of 2000 to 2025 read wrong, a thirty-third review round (agriculture, antitrust, US
// elections, the Nordic and Central European countries, Turkey and the Balkans, motor racing and athletics, press
// releases, defence procurement). Invented sentences through the shipped pipeline.
import { describe, expect, it } from 'vitest';
import { readMentions, readNames } from '../shipped-pipeline.js';

const linked = (text: string) => readMentions(text).filter((m) => m.type === 'PRODUCT').map((m) => [m.text, m.entity]);

describe('a model\'s plural', () => {
  it('is one word that names the model, whether wink splits it in its figures or not', () => {
    expect(linked('Airbus delivered 12 A350-900s and two A380s in May.'))
      .toEqual([['A350-900s', 'product/airbus-a350'], ['A380s', 'product/airbus-a380']]);
    expect(linked('The air force bought 24 F-16s and ten Boeing 777s.'))
      .toEqual([['F-16s', 'product/f-16'], ['Boeing 777s', 'product/boeing-777']]);
  });

  it('is no name where the figures are a number\'s or a decade\'s', () => {
    expect(readNames('They sold 100s of records in the 1990s.')).toEqual([]);
  });
});

describe('a press release\'s distributor after its dateline', () => {
  it('is the organization, between slashes or in brackets between two dashes', () => {
    expect(readNames('ATLANTA, Feb. 15, 2018 /PRNewswire/ -- The company raised its dividend.')).toContainEqual(['PRNewswire', 'ORG']);
    expect(readNames('BURBANK, Calif.--(BUSINESS WIRE)--Mar. 20, 2019-- The company completed the deal.')).toContainEqual(['BUSINESS WIRE', 'ORG']);
  });
});

describe('common nouns of accounts and a board\'s members', () => {
  it('reads no name in an accounting term\'s abbreviation (common-abbreviations.json)', () => {
    expect(readNames('GAAP earnings per share were $3.71, and adjusted EBITDA was $1.1 billion.')).toEqual([]);
  });

  it('reads a company\'s board of directors as no name of its own, the company after it as one', () => {
    expect(readNames('The Board of Directors of The Walt Disney Company approved the deal.').map(([text]) => text)).not.toContain('Board of Directors of The Walt Disney Company');
  });
});

describe('a title\'s abbreviation before its stop', () => {
  it('is no name inside a sentence either', () => {
    expect(readNames('He handed the office to Vice Adm. Mat Winter in May.')).toEqual([['Mat Winter', 'PERSON']]);
  });
});

describe('a name of words that are all a title', () => {
  it('is no person, however the title\'s first words could be cut from it', () => {
    expect(readNames('"It is a historic moment," said Jon Moeller, President and Chief Executive Officer.')).toEqual([['Jon Moeller', 'PERSON']]);
  });
});

describe('a member of Congress\'s place', () => {
  const place = (text: string) => readMentions(text).find((m) => m.text === 'Georgia')?.entity;

  it('is the state, not the country that shares its name', () => {
    expect(place('He will become the first Black senator from Georgia.')).toBe('gpe/georgia-us-state');
    expect(place('Republican Kelly Loeffler of Georgia lost her seat.')).toBe('gpe/georgia-us-state');
    expect(place('Republicans of Georgia\'s ruling party met in Tbilisi.')).toBe('gpe/georgia');
  });
});
