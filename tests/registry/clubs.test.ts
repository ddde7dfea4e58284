// A club named like its city or district is linked by the label the article gives the name: the club where
// the name is an organization (a side that plays), the place where it is a place. Invented sentences.
import { describe, expect, it } from 'vitest';
import { readMentions } from '../shipped-pipeline.js';

const linked = (text: string) => readMentions(text).filter((m) => m.entity).map((m) => [m.text, m.type, m.entity]);

describe('registry clubs named like places', () => {
  it('links the sides of a match to the clubs', () => {
    expect(linked('Liverpool beat Chelsea 2-1 on Sunday, and Arsenal drew with Everton.')).toEqual([
      ['Liverpool', 'ORG', 'org/liverpool-fc'], ['Chelsea', 'ORG', 'org/chelsea-fc'],
      ['Arsenal', 'ORG', 'org/arsenal-fc'], ['Everton', 'ORG', 'org/everton-fc'],
    ]);
  });

  it('links the same names to the places where the article places something there', () => {
    expect(linked('The summit was held in Liverpool. She lives in Chelsea, London.')).toEqual([
      ['Liverpool', 'GPE', 'gpe/liverpool'], ['Chelsea', 'GPE', 'gpe/chelsea-london'], ['London', 'GPE', 'gpe/london'],
    ]);
  });
});
