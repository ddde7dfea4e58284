// Names read wrong in the eighty-eighth review round. Invented sentences through the shipped pipeline.
import { describe, expect, it } from 'vitest';
import { readMentions } from '../shipped-pipeline.js';

const read = (text: string, types: string[]) => readMentions(text).filter((m) => types.includes(m.type)).map((m) => [m.text, m.type, m.entity]);
const money = (text: string, published: string) => readMentions(text, published).filter((m) => m.type === 'MONEY').map((m) => [m.text, m.currency]);

describe("a surname after a peer's title", () => {
  it('is no registry person of the surname who is no peer', () => {
    expect(read('Lord Ashcroft, the former Conservative deputy chairman, said the party faced defeat.', ['PERSON']))
      .toEqual([['Ashcroft', 'PERSON', 'nil:person/ashcroft']]);
    expect(read('Lord Howell said so in the House of Lords on Tuesday.', ['PERSON'])).toEqual([['Howell', 'PERSON', 'nil:person/howell']]);
  });

  it('is the peer the registry knows, or the person the article named in full', () => {
    expect(read('Lord Cameron said on Tuesday that aid would continue.', ['PERSON'])).toEqual([['Cameron', 'PERSON', 'person/david-cameron']]);
    expect(read('Lord Kinnock said the party had lost its way.', ['PERSON'])).toEqual([['Kinnock', 'PERSON', 'person/neil-kinnock']]);
    expect(read('Peter Hain spoke first. Lord Hain said the deal was sound.', ['PERSON']))
      .toEqual([['Peter Hain', 'PERSON', 'nil:person/peter-hain'], ['Hain', 'PERSON', 'nil:person/peter-hain']]);
  });
});

describe('a dateline written with a plain hyphen', () => {
  it("tells the country a local paper's story is filed from, and so its money", () => {
    expect(money('Bread prices soar\n\nBEIRUT - Bakers in Syria, Jordan and Egypt raised prices too, but here a bag of bread now costs 25,000 lira ($1.70).', '2023-02-10'))
      .toEqual([['25,000 lira', 'LBP'], ['$1.70', 'USD']]);
    expect(money('Fortescue retreats\n\nPERTH - Fortescue wrote down US$150 million on projects in Arizona and Norway. Its shares fell to $21.42.', '2024-07-17'))
      .toEqual([['US$150 million', 'USD'], ['$21.42', 'AUD']]);
  });

  it('is no dateline where its capitals are a label or no place', () => {
    expect(money('NOTE - Jeans Mate Corp is the full company name. It paid $5 million.', '1996-08-30')).toEqual([['$5 million', 'USD']]);
  });
});

describe('lira without a country', () => {
  it("is Italy's before the euro and Turkey's after it", () => {
    expect(money('Auditors put the debt at 9.1 billion lira.', '1996-08-30')).toEqual([['9.1 billion lira', 'ITL']]);
    expect(money('Auditors put the debt at 9.1 billion lira.', '2024-05-27')).toEqual([['9.1 billion lira', 'TRY']]);
  });
});

describe("Canada's Tories and Commons", () => {
  it("are Canada's in a story filed from there, Britain's in one from London", () => {
    expect(read('OTTAWA — The Tories accused the Liberals of hiding the deficit in the Commons.', ['ORG']))
      .toEqual([['Tories', 'ORG', 'org/conservative-party-of-canada'], ['Liberals', 'ORG', 'org/liberal-party-of-canada'], ['Commons', 'ORG', 'org/house-of-commons-canada']]);
    expect(read('LONDON — The Tories lost seats in the Commons.', ['ORG']))
      .toEqual([['Tories', 'ORG', 'org/conservative-party-uk'], ['Commons', 'ORG', 'org/house-of-commons']]);
  });
});

describe('"Sheikh Mohammed" after a ruler named in full', () => {
  it("is the ruler, not a son whose patronymic is the name", () => {
    expect(read('Mohammed bin Rashid Al Maktoum opened the airport. Sheikh Mohammed said the hub would grow.', ['PERSON']))
      .toEqual([['Mohammed bin Rashid Al Maktoum', 'PERSON', 'person/mohammed-bin-rashid-al-maktoum'], ['Mohammed', 'PERSON', 'person/mohammed-bin-rashid-al-maktoum']]);
  });
});
