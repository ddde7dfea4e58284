// Names read wrong in the eighty-sixth review round. Invented sentences through the shipped pipeline.
import { describe, expect, it } from 'vitest';
import { readMentions } from '../shipped-pipeline.js';

const read = (text: string, types: string[]) => readMentions(text).filter((m) => types.includes(m.type)).map((m) => [m.text, m.type, m.entity]);

describe("a member's title that opens the name of an organization of the article", () => {
  it('is that organization alone, not a title with no name', () => {
    expect(read('TD Bank pleaded guilty on Thursday. Prosecutors said TD\'s U.S. arm failed to monitor transactions.', ['ORG']))
      .toEqual([['TD Bank', 'ORG', 'org/td-bank'], ['TD', 'ORG', 'org/td-bank']]);
  });

  it('is still no name where no organization of the article opens with it', () => {
    expect(read('The TD said the budget was fair.', ['ORG', 'PERSON'])).toEqual([]);
  });
});

describe('a plural noun that opens a sentence', () => {
  it('is no name alone', () => {
    expect(read('Engineers reverted the update. Airlines moved quickly.', ['NORP', 'ORG'])).toEqual([]);
  });
});

describe('a body the registry knows by a name several countries use', () => {
  it('is the one of the country the article is filed from, and none where nothing tells', () => {
    expect(read('ZURICH (Reuters) - UBS shares rose. The Federal Council is expected to present proposals in June.', ['ORG']).slice(-1))
      .toEqual([['Federal Council', 'ORG', 'org/swiss-federal-council']]);
    expect(read('BERLIN (Reuters) - The Bundestag passed the law. The Federal Council must approve it.', ['ORG']).slice(-1))
      .toEqual([['Federal Council', 'ORG', 'org/bundesrat']]);
    expect(read('The Federal Council is expected to present proposals.', ['ORG'])).toEqual([['Federal Council', 'ORG', 'nil:org/federal-council']]);
  });
});
