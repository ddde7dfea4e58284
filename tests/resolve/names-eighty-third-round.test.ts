// Names read wrong in the eighty-third review round (Indian state politics, Nigeria and Ghana, philanthropy,
// motorsport). Invented sentences through the shipped pipeline.
import { describe, expect, it } from 'vitest';
import { readMentions } from '../shipped-pipeline.js';

const entityOf = (text: string, name: string) => readMentions(text).find((m) => m.text === name)?.entity;

describe('a racing team that goes by its brand', () => {
  it('is the team where the article tells of its championship', () => {
    const text = "Lewis Hamilton finished third in the Formula One race, and Mercedes said it would appeal. Red Bull's Max Verstappen won the Dutch Grand Prix.";
    expect(entityOf(text, 'Mercedes')).toBe('org/mercedes-f1-team');
    expect(entityOf(text, 'Red Bull')).toBe('org/red-bull-racing');
  });

  it('is the company elsewhere', () => {
    const text = 'Mercedes sold 2 million cars last year, and Red Bull sold 12 billion cans.';
    expect(entityOf(text, 'Mercedes')).toBe('org/mercedes-benz');
    expect(entityOf(text, 'Red Bull')).toBe('org/red-bull');
  });
});

describe('entities of the round the registry now knows', () => {
  it.each([
    ['Seplat Energy and Oando bid for the onshore fields.', 'Oando', 'org/oando'],
    ['The YSR Congress Party lost power in Andhra Pradesh.', 'YSR Congress Party', 'org/ysr-congress-party'],
    ['Catholic Relief Services said food aid was running out.', 'Catholic Relief Services', 'org/catholic-relief-services'],
    ['Crowds gathered at the Gandhi Maidan in Patna.', 'Gandhi Maidan', 'fac/gandhi-maidan'],
  ])('%s', (text, name, entity) => {
    expect(entityOf(text, name)).toBe(entity);
  });
});
