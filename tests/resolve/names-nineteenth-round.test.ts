// Names and money of the news of 1996 to 2026 read wrong, a twenty-sixth round. Invented sentences through the
// shipped pipeline.
import { describe, expect, it } from 'vitest';
import { readMentions } from '../shipped-pipeline.js';

const money = (text: string, published: string) => readMentions(text, published).filter((m) => m.type === 'MONEY').map((m) => [m.text, m.currency]);

describe('cents told beside a price in another dollar', () => {
  it('are that dollar\'s', () => {
    expect(money('Westpac rose 22 cents to A$15.72 and Telecom lost 5 cents to NZ$7.20. Jardine ended at HK$2.02, down 18 cents.', '1996-12-11'))
      .toEqual([['22 cents', 'AUD'], ['A$15.72', 'AUD'], ['5 cents', 'NZD'], ['NZ$7.20', 'NZD'], ['HK$2.02', 'HKD'], ['18 cents', 'HKD']]);
  });

  it('stay the US dollar\'s when marked so, alone, or beside a US price', () => {
    expect(money('The Australian dollar was at 79.45 U.S. cents. Gasoline rose 5 cents a gallon to $1.20. Shares rose 3 cents.', '1996-12-11'))
      .toEqual([['79.45 U.S. cents', 'USD'], ['5 cents', 'USD'], ['$1.20', 'USD'], ['3 cents', 'USD']]);
  });
});

describe('"Rs" in a story filed from a country of another rupee', () => {
  it('is that country\'s rupee, and India\'s where nothing says otherwise', () => {
    expect(money('KARACHI, Feb 10 (Reuters) - The rupee closed at Rs279.4 to the dollar and the tax target is Rs12.97 trillion.', '2024-02-10'))
      .toEqual([['Rs279.4', 'PKR'], ['Rs12.97 trillion', 'PKR']]);
    expect(money('The company raised Rs 500 crore in its share sale.', '2024-02-10')).toEqual([['Rs 500 crore', 'INR']]);
  });
});

const names = (text: string, published?: string) => readMentions(text, published)
  .filter((m) => !['CARDINAL', 'PERCENT', 'TIME', 'MONEY', 'DATE', 'QUANTITY'].includes(m.type)).map((m) => [m.text, m.type]);

describe('a commodity or common noun that opens a market report\'s sentence', () => {
  it('is no name alone', () => {
    expect(names('Copper rose to $2,120 a tonne. Zinc rose to $1,052. Cocoa ended steady. Floodwaters crept toward the city.')).toEqual([]);
  });
});

describe('a title, "of" and its portfolio before a name', () => {
  it('keep the portfolio out of the name, which is a person\'s', () => {
    expect(names('Minister of Agriculture Wang Dexin said the harvest was good.')).toEqual([['Wang Dexin', 'PERSON']]);
    expect(names('Minister of Labor and Social Security Zhao Renfu signed the accord.')).toEqual([['Zhao Renfu', 'PERSON']]);
    expect(names('He met Minister of Defence Kwame Asante-Boateng and Minister of Public Works Ahmed Kallon.'))
      .toEqual([['Kwame Asante-Boateng', 'PERSON'], ['Ahmed Kallon', 'PERSON']]);
    expect(names('Secretary of State for Health Jeremy Hunt said.')).toEqual([['Jeremy Hunt', 'PERSON']]);
  });

  it('keep a portfolio of two parts out of the names with no person after it, and read "for" and "Director" as titles do', () => {
    expect(names('Ghana\'s Minister for Lands and Natural Resources said the licences were revoked.')).toEqual([['Ghana', 'GPE']]);
    expect(names('The Director of National Intelligence Avril Haines testified.')).toEqual([['Avril Haines', 'PERSON']]);
  });

  it('take no word spelt as a common noun, which the portfolio lexicon lacks, for the first of a person\'s name', () => {
    expect(names('Minister of Public Sanitation Owusu Mensah said.')).not.toContainEqual(['Sanitation Owusu Mensah', 'PERSON']);
  });

  it('leave a title whose subject is no portfolio of the lexicon to the rest of the pipeline', () => {
    expect(names('The Ministry of Agriculture said.')).toEqual([['Ministry of Agriculture', 'ORG']]);
  });
});
