// Names read wrong in the ninety-seventh review round (anglophone West Africa, the Western Balkans, Canada's provinces)
// and a linking rule noted in the ninety-sixth (US state politics). Invented sentences through the shipped pipeline.
import { describe, expect, it } from 'vitest';
import { readMentions, readNames } from '../shipped-pipeline.js';

const entityOf = (text: string, name: string) => readMentions(text).find((m) => m.text === name)?.entity;

describe('a bare chamber beside the other chamber of a state legislature', () => {
  it('is that legislature\'s, not the Congress\'s', () => {
    expect(entityOf('The Georgia House passed the measure 100-70 on Tuesday; the Senate takes it up next week.', 'Senate')).toBe('org/georgia-senate');
    expect(entityOf('The Ohio Senate approved the budget. The House will vote on it Wednesday.', 'House')).toBe('org/ohio-house-of-representatives');
  });

  it('leaves the chambers of Congress to a story of Congress', () => {
    expect(entityOf('The House passed the bill and sent it to the Senate, where Sen. Ted Cruz of Texas opposed it.', 'Senate')).toBe('org/us-senate');
  });
});

describe('a company\'s arm in a country, named by the company and the country', () => {
  it('is an organization, and the country alone stays the country', () => {
    const read = readMentions('The fund approved a loan for Ghana.\n\nMTN Ghana and Vodafone Ghana are the largest companies. It will help Ghana repay.');
    expect(read.map((m) => [m.text, m.type])).toEqual([['Ghana', 'GPE'], ['MTN Ghana', 'ORG'], ['Vodafone Ghana', 'ORG'], ['Ghana', 'GPE']]);
  });

  it('leaves a person named like a country a person', () => {
    expect(readNames('Michael Jordan scored 30 points. Jordan hit 15 of 26 shots.')).toEqual([['Michael Jordan', 'PERSON'], ['Jordan', 'PERSON']]);
  });
});

describe('a month\'s name before the surname of a person the article names', () => {
  it('is a given name', () => {
    expect(readNames("Reeva Steenkamp's mother, June Steenkamp, said she would not oppose parole."))
      .toEqual([['Reeva Steenkamp', 'PERSON'], ['June Steenkamp', 'PERSON']]);
  });

  it('stays a month after a word of dates', () => {
    expect(readMentions('Theresa May met Donald Trump. In June May visited Washington.').map((m) => [m.text, m.type]))
      .toEqual([['Theresa May', 'PERSON'], ['Donald Trump', 'PERSON'], ['June', 'DATE'], ['May', 'PERSON'], ['Washington', 'GPE']]);
  });
});

describe('a dateline crediting Jordan\'s agency by the ancient city\'s name', () => {
  it('is the agency', () => {
    expect(readMentions("AMMAN (Petra) - Jordan's parliament met on Tuesday.").find((m) => m.text === 'Petra')?.entity).toBe('org/petra-news-agency');
  });
});
