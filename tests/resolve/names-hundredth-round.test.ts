// Names read wrong in the hundredth review round and a linking rule noted in the ninety-ninth (Australia's bare
// "Senate"). Invented sentences through the shipped pipeline.
import { describe, expect, it } from 'vitest';
import { readMentions } from '../shipped-pipeline.js';

const entityOf = (text: string, name: string) => readMentions(text).find((m) => m.text === name)?.entity;

describe('the registry people an article names', () => {
  it('tell a shared name apart by the country they are part of', () => {
    const story = 'Labor and the Greens struck a deal to pass the housing bill through the Senate. Prime Minister Anthony Albanese said it would pass. Peter Dutton said the Coalition would oppose it.';
    expect(entityOf(story, 'Senate')).toBe('org/australian-senate');
    expect(entityOf(story, 'Labor')).toBe('org/australian-labor-party');
  });

  it('leave a story of Congress its Senate', () => {
    expect(entityOf('Senate Majority Leader Chuck Schumer said the Senate would vote on Thursday. President Joe Biden backs the bill.', 'Senate')).toBe('org/us-senate');
  });
});
