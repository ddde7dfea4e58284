// Names of the news of 1995 to 2026 read wrong, the forty-seventh review round (the Caribbean, the Baltic states,
// Belarus and Moldova, golf and tennis, rugby and cricket, video games, nuclear power, immigration, international
// courts). Invented sentences through the shipped pipeline.
import { describe, expect, it } from 'vitest';
import { readMentions } from '../shipped-pipeline.js';

const read = (text: string, published?: string) => readMentions(text, published).map((m) => [m.text, m.type, m.entity]);

describe('a title and its portfolio inside a name the registry knows', () => {
  it('are the name\'s own words, a comma after it or not', () => {
    for (const after of [' said abuses occurred.', ', which said abuses occurred.']) {
      expect(read(`A report by the Office of the UN High Commissioner for Human Rights${after}`))
        .toEqual([['Office of the UN High Commissioner for Human Rights', 'ORG', 'org/ohchr']]);
    }
  });

  it('still part a title\'s person from the portfolio elsewhere', () => {
    expect(read('Minister of Finance Nirmala Sitharaman said.')).toEqual([['Nirmala Sitharaman', 'PERSON', 'person/nirmala-sitharaman']]);
  });
});

describe('an acronym the registry gives another organization', () => {
  it('is the article\'s organization of its initials, where the registry knows that one', () => {
    expect(read('The International Cricket Council fined the team. ICC chief executive Geoff Allardice said the sanction was fair.'))
      .toContainEqual(['ICC', 'ORG', 'org/international-cricket-council']);
  });

  it('stays the registry\'s where the article names that one in full too, or names its own in words the registry lacks', () => {
    expect(read('The International Criminal Court issued a warrant. The ICC said the International Cricket Council was not involved.'))
      .toContainEqual(['ICC', 'ORG', 'org/international-criminal-court']);
    // The registry knows the bank by its acronym, not by this spelling of its name in full.
    expect(read('Banco Bilbao Vizcaya Argentaria made an offer. BBVA said it expected savings.'))
      .toContainEqual(['BBVA', 'ORG', 'org/bbva']);
  });

  it('keeps a mark of its own that its initials lack', () => {
    expect(read('The Organization of the Petroleum Exporting Countries and its allies, known as OPEC+, cut output.'))
      .toContainEqual(['OPEC+', 'ORG', 'org/opec-plus']);
  });
});

describe('an event named by the last words of a longer name the article gave', () => {
  it('is that event, not the registry\'s event of the shorter name', () => {
    expect(read('Sam Cane was sent off in a Rugby World Cup final. Cane became the first player to be sent off in a World Cup final.'))
      .toContainEqual(['World Cup', 'EVENT', 'event/rugby-world-cup']);
  });

  it('stays the registry\'s where the article names two such events', () => {
    expect(read('The FIFA World Cup and the Rugby World Cup both drew crowds. The World Cup final was in Qatar.'))
      .toContainEqual(['World Cup', 'EVENT', 'event/fifa-world-cup']);
  });
});
