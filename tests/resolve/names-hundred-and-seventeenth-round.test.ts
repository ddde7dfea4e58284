// Names read wrong in the hundred-and-seventeenth to hundred-and-twenty-second review rounds (stop 80: Central Africa, the
// tech and banking press and others). Invented sentences through the shipped pipeline.
import { describe, expect, it } from 'vitest';
import { readMentions } from '../shipped-pipeline.js';

const organizations = (text: string) => readMentions(text).filter((m) => m.type === 'ORG').map((m) => [m.text, m.entity]);

describe('an acronym in brackets after an organization\'s name', () => {
  it('is the organization\'s, whatever its letters, there and after', () => {
    expect(organizations('Chad\'s ruling Patriotic Salvation Movement (MPS) won 124 seats. The MPS said it would govern alone.')).toEqual([
      ['Patriotic Salvation Movement', 'org/patriotic-salvation-movement'], ['MPS', 'org/patriotic-salvation-movement'], ['MPS', 'org/patriotic-salvation-movement'],
    ]);
    expect(organizations('The Congolese Party of Labour (PCT) won.')).toEqual([['Congolese Party of Labour', 'org/congolese-party-of-labour'], ['PCT', 'org/congolese-party-of-labour']]);
  });

  it('is a mention of its own where the model ran the name into the bracket', () => {
    expect(organizations('The United Nations Children\'s Fund (UNICEF) said 2 million children were at risk.'))
      .toEqual([['United Nations Children\'s Fund', 'org/unicef'], ['UNICEF', 'org/unicef']]);
  });
});

describe('a noun of an organization\'s kind opening the sentence', () => {
  it('stays out of the name its head builds', () => {
    expect(organizations('Rivals Bank of America and Citigroup also gained.')).toEqual([['Bank of America', 'org/bank-of-america'], ['Citigroup', 'org/citigroup']]);
  });
});
