// Names and numbers of the news of 1996 to 2026 read wrong, a twenty-seventh round. Invented sentences through the
// shipped pipeline.
import { describe, expect, it } from 'vitest';
import { readMentions } from '../shipped-pipeline.js';

const names = (text: string) => readMentions(text)
  .filter((m) => !['CARDINAL', 'PERCENT', 'TIME', 'MONEY', 'DATE', 'QUANTITY'].includes(m.type)).map((m) => [m.text, m.type]);
const linked = (text: string) => readMentions(text).filter((m) => m.entity !== undefined).map((m) => [m.text, m.entity]);

describe('a registry name written with its \'s', () => {
  it('keeps it before a verb, a past and a full stop', () => {
    expect(linked("Lloyd's said on Monday it would appeal. Standard & Poor's estimated the loss at $2 billion."))
      .toEqual([["Lloyd's", 'org/lloyds-of-london'], ["Standard & Poor's", 'org/sandp-global']]);
    expect(names("The rating was cut by Moody's.")).toEqual([["Moody's", 'ORG']]);
  });

  it('keeps it before a noun it owns, as CoNLL-2003 marks "Lloyd\'s decision"', () => {
    expect(names("The Standard & Poor's index of 500 stocks fell.")).toEqual([["Standard & Poor's", 'ORG']]);
  });
});

describe('a registry name the press opens with a small Arabic article', () => {
  it('is matched as the capitalised one', () => {
    expect(linked('The grand imam of al-Azhar met the pope.')).toEqual([['al-Azhar', 'org/al-azhar']]);
  });
});

describe('a game\'s start that opens a sentence', () => {
  it('is no name alone', () => {
    expect(names('Kickoff is at 3 p.m. on Saturday.')).toEqual([]);
    expect(names('Tipoff is at 7 p.m. on Friday.')).toEqual([]);
  });
});

describe('"Central" opening a sentence, before a common noun the model ran it into', () => {
  it('is no name alone, and a name it opens stays whole', () => {
    expect(names('Central bank governor Ivan Petrov said the currency would float.')).toEqual([['Ivan Petrov', 'PERSON']]);
    expect(names('Central America was hit by a storm.')).toEqual([['Central America', 'LOC']]);
  });
});

describe('a virus\'s abbreviation', () => {
  it('is no name', () => {
    expect(names('Saudi Arabia reported two cases of MERS. SARS spread in 2003.')).toEqual([['Saudi Arabia', 'GPE']]);
  });
});

const quantities = (text: string) => readMentions(text).filter((m) => m.type === 'QUANTITY' || m.type === 'CARDINAL').map((m) => [m.text, m.type]);

describe('a distance after the possessive of a race\'s field', () => {
  it('is the race in metres, not millions', () => {
    expect(quantities("The women's 100m was won by Jones. The men's 400m is on Friday. The firm's 100m shares rose."))
      .toEqual([['100m', 'QUANTITY'], ['400m', 'QUANTITY'], ['100m', 'CARDINAL']]);
  });
});

describe('"Mullah" and "President Pro Tem" before a name', () => {
  it('are titles, out of the person\'s span', () => {
    expect(names('Mullah Abdul Salam Zaeef told reporters the city was calm.')).toEqual([['Abdul Salam Zaeef', 'PERSON']]);
    expect(names('Senate President Pro Tem Jane Alvarez said the bill would pass.')).toEqual([['Senate', 'ORG'], ['Jane Alvarez', 'PERSON']]);
  });
});

describe('a dateline named like a U.S. state', () => {
  it('is the city the wire files from, however often the story names the state', () => {
    expect(linked('WASHINGTON (AP) — The company, based in Redmond, Wash., said it would appeal the ruling.'))
      .toEqual([['WASHINGTON', 'gpe/washington-dc'], ['AP', 'org/associated-press'], ['Redmond', 'gpe/redmond'], ['Wash.', 'gpe/washington-state']]);
  });
});
