// Names of the news of 2005 to 2025 read wrong, a thirty-fourth review round (Japanese and Korean business, African
// sport, drug trials, British councils, Indian business, Gulf energy, shipping, crypto). Invented sentences through the
// shipped pipeline.
import { describe, expect, it } from 'vitest';
import { readMentions, readNames } from '../shipped-pipeline.js';

describe('a product the registry knows by a word in capitals', () => {
  it('is the product, not the organization the model reads in a ticker\'s shape', () => {
    const read = readMentions('South Korea\'s KOSPI fell 8.77 percent, and Binance\'s BNB token fell 7.2%.').filter((m) => m.type === 'PRODUCT');
    expect(read.map((m) => [m.text, m.entity])).toEqual([['KOSPI', 'product/kospi'], ['BNB', 'product/bnb']]);
  });
});

describe('a deputy\'s title', () => {
  it('ends the organization before it and is the person\'s title', () => {
    const read = readMentions('Chung follows Samsung Electronics Vice Chairman Lee Jae-yong and Hyundai Motor Vice Chairman Chung Eui-sun.');
    expect(read.filter((m) => m.type === 'ORG').map((m) => m.text)).toEqual(['Samsung Electronics', 'Hyundai Motor']);
    expect(read.filter((m) => m.title).map((m) => [m.text, m.title])).toEqual([['Lee Jae-yong', 'Vice Chairman'], ['Chung Eui-sun', 'Vice Chairman']]);
  });
});

describe('a story\'s version in brackets before its headline', () => {
  it('holds no name and no number', () => {
    expect(readMentions('(4th LD) Samsung heir gets 5-year prison term').map((m) => m.text)).toEqual(['Samsung', '5-year']);
  });
});

describe('a state named beside a chamber\'s leader or a town', () => {
  it('is from the state, not its city', () => {
    const place = readMentions('Senate Majority Leader Chuck Schumer of New York said the bill would pass.').find((m) => m.text === 'New York');
    expect(place?.entity).toBe('gpe/new-york-state');
  });

  it('is the state after a town\'s name and before "-based"', () => {
    expect(readMentions('The Bothell, Washington-based company said so.').find((m) => m.text === 'Washington')?.entity).toBe('gpe/washington-state');
  });
});

describe('a company named once by its legal name', () => {
  it('is the company by its first word alone after it', () => {
    const read = readMentions('Celsius Network Ltd. filed for bankruptcy. Celsius halted withdrawals on June 12.');
    expect(read.filter((m) => m.text === 'Celsius').map((m) => [m.type, m.entity])).toEqual([['ORG', 'org/celsius-network']]);
  });
});

describe('abbreviations of a trade\'s common nouns', () => {
  it('are no names (common-abbreviations.json)', () => {
    expect(readNames('DeFi platforms lost $10.5 billion, and a VLCC earned $50,000 a day.')).toEqual([]);
  });
});

describe('a disease named after the man who described it, written bare', () => {
  it('is no name, with its noun or alone (conditions.json)', () => {
    expect(readNames('Boys with Duchenne muscular dystrophy took the drug. Duchenne is rare.')).toEqual([]);
  });
});

describe('the surname of a person named in full', () => {
  it('is the person, though a company named after him is in the article too', () => {
    const read = readMentions('Harvey Weinstein was sentenced Wednesday. Weinstein, 67, sat in a wheelchair. The Weinstein Co. filed for bankruptcy in 2018.');
    expect(read.filter((m) => m.text === 'Weinstein').map((m) => m.type)).toEqual(['PERSON']);
  });
});

describe('a bare dollar sign in a national agency\'s story', () => {
  it('is the money of the country the agency writes for (lexicon/wire-slugs.ts)', () => {
    const amounts = readMentions('CANBERRA, May 9 AAP - Treasurer Jim Chalmers delivered a $4.2 billion surplus and a US$3 million grant.')
      .filter((m) => m.type === 'MONEY').map((m) => [m.text, m.currency]);
    expect(amounts).toEqual([['$4.2 billion', 'AUD'], ['US$3 million', 'USD']]);
    expect(readMentions('SYDNEY (Reuters) - The miner posted a $4.2 billion profit.').find((m) => m.type === 'MONEY')?.currency).toBe('USD');
  });
});

describe('a wire\'s slug before a spaced hyphen', () => {
  it('is no part of a registry name after it', () => {
    expect(readNames('CRICKET - AUSTRALIA WIN TOSS AND CHOOSE TO BAT.')).not.toContainEqual(['CRICKET - AUSTRALIA', 'ORG']);
    expect(readNames('Cricket Australia said the tour would go ahead.')).toEqual([['Cricket Australia', 'ORG']]);
  });
});

describe('a quotation that ends inside a name the model read', () => {
  it('parts it, the speaker after the closing mark a person; a nickname\'s quotation marks stay inside the name', () => {
    const read = readNames('"India is on the Moon," Somanath told reporters in Bengaluru.');
    expect(read.map(([text]) => text)).not.toContain('Moon," Somanath');
    expect(read).toContainEqual(['Somanath', 'PERSON']);
    expect(readNames('Prosecutors said Joaquín "El Chapo" Guzmán ran the cartel.')).toEqual([['Joaquín "El Chapo" Guzmán', 'PERSON']]);
  });
});
