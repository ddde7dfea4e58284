// Names, money and links of the news of 1996 to 2026 read wrong, a twenty-fifth round. Invented sentences through the
// shipped pipeline.
import { describe, expect, it } from 'vitest';
import { readMentions } from '../shipped-pipeline.js';

const names = (text: string, published?: string) => readMentions(text, published)
  .filter((m) => !['CARDINAL', 'PERCENT', 'TIME', 'MONEY'].includes(m.type)).map((m) => [m.text, m.type]);

describe('a month\'s name that is the last name of a person the article names in full', () => {
  it('is that person where no word of dates stands before it', () => {
    expect(names('Prime Minister Theresa May triggered the exit on Wednesday. The letter, signed by May in London, was delivered. '
      + 'Minutes later May told parliament there was no turning back.', '2017-03-30'))
      .toEqual([['Theresa May', 'PERSON'], ['Wednesday', 'DATE'], ['May', 'PERSON'], ['London', 'GPE'], ['May', 'PERSON']]);
  });

  it('stays the month after a word of dates, beside another month or before a figure', () => {
    expect(names('Theresa May said talks would resume in May. A vote is due by May, and in April or May the bill passes. The cabinet met on May 5.', '2017-03-30'))
      .toEqual([['Theresa May', 'PERSON'], ['May', 'DATE'], ['May', 'DATE'], ['April', 'DATE'], ['May', 'DATE'], ['May 5', 'DATE']]);
    expect(names('The tour ends in May. Exports rose in May.', '2017-03-30')).toEqual([['May', 'DATE'], ['May', 'DATE']]);
  });
});

describe('two joined portfolios before a minister\'s title', () => {
  it('are the title\'s, no name', () => {
    expect(names('Finance and Economy Minister Han Seung-soo has promised reform.')).toEqual([['Han Seung-soo', 'PERSON']]);
    expect(names('Trade and Industry Secretary Ian Lang said.')).toEqual([['Ian Lang', 'PERSON']]);
  });
});

describe('a title the model read into a person "of" a state', () => {
  it('stays out of the person, and the state is a place', () => {
    expect(names('Sen. Bernie Sanders of Vermont said.')).toEqual([['Bernie Sanders', 'PERSON'], ['Vermont', 'GPE']]);
    expect(names('Former Sen. Robert Menendez of New Jersey was sentenced.')).toEqual([['Robert Menendez', 'PERSON'], ['New Jersey', 'GPE']]);
  });
});

const money = (text: string, published: string) => readMentions(text, published).filter((m) => m.type === 'MONEY').map((m) => [m.text, m.currency]);

describe('a bare "$" beside a "US$" in a story from another dollar\'s country', () => {
  it('is that country\'s dollar', () => {
    expect(money('SINGAPORE, Feb 16 (Reuters) - The package gives each household $600 in vouchers, funded by a US$2 billion bond.', '2024-02-16'))
      .toEqual([['$600', 'SGD'], ['US$2 billion', 'USD']]);
  });

  it('is the dollar of the one country the places of an article without a dateline are in', () => {
    expect(money('Cyclone Alfred crossed the coast near Brisbane. Queensland will pay $1,000 to each adult, and the Gold Coast '
      + 'council a further $400.', '2025-03-09')).toEqual([['$1,000', 'AUD'], ['$400', 'AUD']]);
  });

  it('is the dollar of the one country the bodies of an article without a dateline or places are in, by sign or by name', () => {
    expect(money('The Australian Taxation Office said the rise adds $400 a year. The Reserve Bank of Australia left rates alone, and the '
      + 'ATO said savers had gained tens of thousands of dollars.', '2021-06-30')).toEqual([['$400', 'AUD'], ['tens of thousands of dollars', 'AUD']]);
  });

  it('stays the US dollar where it closes a range a US amount opens', () => {
    expect(money('SINGAPORE, Feb 16 (Reuters) - The bond raised US$148.9 million to $153.3 million and $600 in vouchers.', '2024-02-16'))
      .toEqual([['US$148.9 million', 'USD'], ['$153.3 million', 'USD'], ['$600', 'SGD']]);
  });

  it('stays the US dollar where the article does not mark it apart, or is filed from a country of no dollar', () => {
    expect(money('SINGAPORE, Feb 16 (Reuters) - The group raised $600 million.', '2024-02-16')).toEqual([['$600 million', 'USD']]);
    expect(money('Talks in Washington, Ottawa and Toronto ended. The group raised $600 million.', '2024-02-16')).toEqual([['$600 million', 'USD']]);
    expect(money('TOKYO, Feb 16 (Reuters) - The group raised $600 million and a US$2 billion loan.', '2024-02-16')).toEqual([['$600 million', 'USD'], ['US$2 billion', 'USD']]);
  });
});

describe('an organization the registry names by one word and its kind', () => {
  it('gives that word alone its type in the article', () => {
    expect(names('The Wagner Group fought in Mali. Wagner fighters were seen near Gao.', '2024-01-10').filter(([, type]) => type === 'ORG'))
      .toEqual([['Wagner Group', 'ORG'], ['Wagner', 'ORG']]);
  });
});

describe('an organization at the head of a facility named by a building\'s word', () => {
  it('is the facility\'s', () => {
    expect(names('He was taken to Temple University Hospital in critical condition.')).toEqual([['Temple University Hospital', 'FAC']]);
    expect(names('He studied at Temple University in Philadelphia.')).toEqual([['Temple University', 'ORG'], ['Philadelphia', 'GPE']]);
  });
});

const links = (text: string, published?: string) => readMentions(text, published).filter((m) => m.type === 'PERSON').map((m) => [m.text, m.entity]);

describe('a title before a surname', () => {
  it('takes the registry person of that surname who holds the title over one the article names in full who does not', () => {
    expect(links('President Biden said on Monday he would stay in the race. His son Hunter Biden was convicted in June.', '2024-07-15'))
      .toEqual([['Biden', 'person/joe-biden'], ['Hunter Biden', 'person/hunter-biden']]);
  });

  it('leaves the article\'s person who holds it', () => {
    expect(links('George W. Bush met Blair. President Bush said the war would go on.', '2003-03-20'))
      .toEqual([['George W. Bush', 'person/george-w-bush'], ['Blair', 'person/tony-blair'], ['Bush', 'person/george-w-bush']]);
  });
});
