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

describe('a dateline\'s place written with its "THE"', () => {
  it('is the place, whatever the agency after it', () => {
    for (const agency of ['AP', 'Reuters']) {
      expect(read(`THE HAGUE (${agency}) - The court ruled on Monday.`, '2024-06-10').slice(0, 2).map(([text, type, entity]) => [text, type, entity?.startsWith('nil:') ? 'nil' : entity]))
        .toEqual([['THE HAGUE', 'GPE', 'gpe/the-hague'], [agency, 'ORG', agency === 'AP' ? 'org/associated-press' : 'org/reuters']]);
    }
  });
});

describe('a people\'s word or a language that is the surname of a person the article names in full', () => {
  it('is that person where it describes no noun after it', () => {
    expect(read('Harris English finished second. English said he was happy. He spoke in English about English golf.', '2024-06-10'))
      .toEqual([['Harris English', 'PERSON', 'person/harris-english'], ['second', 'ORDINAL', undefined], ['English', 'PERSON', 'person/harris-english'],
        ['English', 'LANGUAGE', 'language/english'], ['English', 'NORP', 'norp/english']]);
  });
});

describe('a Dutch or German surname after "van" or "von"', () => {
  it('is a person\'s with the given name before it, whatever kind the model read its word', () => {
    expect(read('Nadal lost to Botic van de Zandschulp on Tuesday.', '2024-06-10'))
      .toContainEqual(['Botic van de Zandschulp', 'PERSON', 'nil:person/botic-van-de-zandschulp']);
  });
});

describe('a Roman numeral after a unit\'s or a chamber\'s name', () => {
  it('ends the name, but for "I" before a word in lower case', () => {
    expect(read('Pre-Trial Chamber II issued the warrant, and Trial Chamber III will hear the case.').map(([text]) => text))
      .toEqual(['Pre-Trial Chamber II', 'Trial Chamber III']);
    expect(read('The Army I saw was tired.').map(([text]) => text)).toEqual(['Army']);
  });
});

describe('a common noun opening a sentence', () => {
  it('is no name alone', () => {
    for (const text of ['Coast guard officials said the boat sank.', 'Interior ministers met on Thursday.', 'Chipmakers began restarting plants.', 'Rubbish has piled up.']) {
      expect(read(text, '2024-06-10').filter(([, type]) => type !== 'DATE')).toEqual([]);
    }
  });
});

describe('a body of a name other countries\' bodies share, in a story filed from another country', () => {
  const body = (text: string, name: string) => read(text, '2024-06-10').find(([n]) => n === name)?.[2];

  it('is none of theirs where its country is named neither in its sentence nor more often than the dateline\'s', () => {
    expect(body('LIMA (Reuters) - Hackers crippled the Finance Ministry\'s systems, officials said.', 'Finance Ministry')).toMatch(/^nil:/);
    // The dateline's place, shared by two cities, is told apart by the country after its comma: that country's own body.
    expect(body('SAN JOSE, Costa Rica (AP) - Hackers crippled the Finance Ministry\'s systems, officials said.', 'Finance Ministry')).toBe('org/costa-rica-finance-ministry');
    expect(body('ASUNCION (Reuters) - Soldiers ousted the president. Paraguay remained tense. The United States condemned it. The Supreme Court said the army acted lawfully.', 'Supreme Court')).toMatch(/^nil:/);
  });

  it('is its country\'s where the sentence names that country, or the story names it more often than its own', () => {
    expect(body('VIENNA (Reuters) - Iran agreed to the deal. Republican leaders in Washington said the Senate would vote on it.', 'Senate')).toBe('org/us-senate');
    expect(body('WASHINGTON (Reuters) - Iran said on Monday it would talk. Iranian officials met in Tehran. The Foreign Ministry said Iran wanted peace.', 'Foreign Ministry'))
      .toBe('org/iran-foreign-ministry');
  });
});

describe('a name before a facility\'s noun in lower case', () => {
  it('is the facility, whatever kind the model read it', () => {
    for (const [text, name] of [['Shell will develop the Dragon gas field.', 'Dragon'], ['Stewards stood at the Santa Lucia railway station.', 'Santa Lucia'],
      ['Soldiers took him to the Hernan Acosta Mejia air base.', 'Hernan Acosta Mejia'], ['The firm froze hiring at its Dufftown distillery.', 'Dufftown']]) {
      expect(read(text).filter(([, type]) => type !== 'ORG')).toEqual([[name, 'FAC', `nil:fac/${name.toLowerCase().replace(/ /g, '-')}`]]);
    }
  });
});

describe('an event named by the last words of an edition of it', () => {
  it('is the event itself, not the edition', () => {
    expect(read('Messi would play in the 2026 World Cup. Brazil have not won the World Cup since 2002.'))
      .toContainEqual(['World Cup', 'EVENT', 'event/fifa-world-cup']);
  });
});

describe('an organization\'s first word opening a sentence', () => {
  it('is no short name of it before a noun it qualifies, but is before a person\'s role', () => {
    expect(read('The Government Employees Pension Fund holds 10% of the firm. Government bonds were little changed.').map(([text]) => text))
      .toEqual(['Government Employees Pension Fund', '10%']);
    expect(read('River Plate won again. River coach Marcelo Gallardo said.')).toContainEqual(['River', 'ORG', 'org/river-plate']);
  });
});

describe('a people\'s word before "-majority" or "-minority"', () => {
  it('is the people\'s word alone', () => {
    expect(read('The Muslim-majority region lost its status, and the Serb-majority north clashed.').map(([text, type]) => [text, type]))
      .toEqual([['Muslim', 'NORP'], ['Serb', 'NORP']]);
  });
});
