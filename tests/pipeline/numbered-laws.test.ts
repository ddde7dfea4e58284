// Bills, ballot measures and parts of laws named by a kind word and a number are one LAW (lexicon/numbered-laws.json):
// not a chamber's ORG, a PERSON "Bill" and a CARDINAL. Kinds that also name other things take a number of two
// figures or a Roman numeral. Invented sentences.
import { describe, expect, it } from 'vitest';
import { readMentions } from '../shipped-pipeline.js';

const names = (text: string) => readMentions(text).map((m) => [m.text, m.type]);

describe('laws named by a number', () => {
  it('reads bills, measures, orders and parts of laws as LAWs', () => {
    expect(names('Governor Greg Abbott signed Senate Bill 10. Voters approved Proposition 22, and Bill C-11 cites Title IX and Section 230.'))
      .toEqual([['Greg Abbott', 'PERSON'], ['Senate Bill 10', 'LAW'], ['Proposition 22', 'LAW'], ['Bill C-11', 'LAW'], ['Title IX', 'LAW'], ['Section 230', 'LAW']]);
  });

  it('leaves a section of a league with a small number alone', () => {
    expect(names('The team won Section 3 with 12 points, and Article 5 of its rules was cited.').filter(([, type]) => type === 'LAW')).toEqual([]);
  });
});
