// Names, numbers and times of the news of 1996 to 2026 read wrong, a twenty-second round. Invented sentences through
// the shipped pipeline.
import { describe, expect, it } from 'vitest';
import { readMentions, readNames } from '../shipped-pipeline.js';

const names = readNames;
const linked = (text: string) => readMentions(text).filter((m) => m.entity !== undefined).map((m) => [m.text, m.entity]);

describe('a name with a plural\'s possessive apostrophe', () => {
  it('is the registry\'s name written with or without it', () => {
    expect(linked('The Kurdistan Workers Party (PKK) said on Sunday it would fight on.').slice(0, 2))
      .toEqual([['Kurdistan Workers Party', 'org/pkk'], ['PKK', 'org/pkk']]);
    expect(linked('The Kurdistan Workers\' Party said on Sunday it would fight on.')).toEqual([['Kurdistan Workers\' Party', 'org/pkk']]);
  });
});

describe('an acronym of the first letters of its name\'s words', () => {
  it('is the name it is defined by in brackets', () => {
    const ids = linked('The National Democratic Coalition (NADECO) said it would boycott. NADECO leaders met on Friday.').map(([, id]) => id);
    expect(new Set(ids).size).toBe(1);
    const force = linked('The Stabilisation Force (SFOR) said both sides complied. SFOR troops left.').map(([, id]) => id);
    expect(new Set(force).size).toBe(1);
  });
});

describe('a word of three capitals in a headline', () => {
  it('is the noun the article writes after an article, not a name spelt like it', () => {
    expect(names('CAR BOMB KILLS 18 IN ALGIERS\nALGIERS 1997-01-13\nA car bomb exploded in a busy street, police said.'))
      .not.toContainEqual(['CAR', 'GPE']);
  });

  it('stays an acronym the article writes only as a pronoun in lower case', () => {
    expect(names('WHO WARNS ON FLU\nGENEVA 1997-01-13\nThe World Health Organisation, who said the flu spread, warned on Monday.'))
      .toContainEqual(['WHO', 'ORG']);
  });
});

describe('a building named by its kind last', () => {
  it('is a facility, whoever it is named after', () => {
    expect(names('They met at the Alexander Nevsky Cathedral and prayed at the Umayyad Mosque near the Margalla Towers.'))
      .toEqual([['Alexander Nevsky Cathedral', 'FAC'], ['Umayyad Mosque', 'FAC'], ['Margalla Towers', 'FAC']]);
  });
});

describe('a second title after the first', () => {
  it('is left out of the name too, and is no one alone', () => {
    expect(names('Datuk Seri Dr Anwar Ibrahim said the coalition would hold.')).toEqual([['Anwar Ibrahim', 'PERSON']]);
    expect(names('Umno president Datuk Seri Dr Ahmad Zahid Hamidi said the party would decide.')).toEqual([['Umno', 'ORG'], ['Ahmad Zahid Hamidi', 'PERSON']]);
  });

  it('leaves a surname spelt like a title alone', () => {
    expect(names('Billie Jean King led the team. King said the draw was hard.')).toContainEqual(['King', 'PERSON']);
  });
});

describe('a place before a state\'s office', () => {
  it('is the state, not the city that shares its name', () => {
    expect(linked('Former New York governor Andrew Cuomo lost the race in New York.'))
      .toEqual([['New York', 'gpe/new-york-state'], ['Andrew Cuomo', 'person/andrew-cuomo'], ['New York', 'gpe/new-york-city']]);
    expect(linked('Police in Rochester, New York, said the fire was out.')).toEqual([['Rochester', 'gpe/rochester'], ['New York', 'gpe/new-york-state']]);
  });
});

describe('the platform X', () => {
  it('is an organization after "on" and a word of posting, or before "formerly Twitter"', () => {
    expect(names('Macron wrote on X that the thieves would be caught.')).toEqual([['Macron', 'PERSON'], ['X', 'ORG']]);
    expect(names('In a post on X, the minister said the talks had failed.')).toEqual([['X', 'ORG']]);
    expect(names('The company X (formerly Twitter) was fined.')).toEqual([['X', 'ORG'], ['Twitter', 'ORG']]);
  });

  it('is no letter of another name', () => {
    expect(names('The X-ray showed nothing, and she said on X-Factor that she would sing.').filter(([text]) => text === 'X')).toEqual([]);
  });
});

describe('a body\'s name many countries\' bodies share', () => {
  it('is the one of the country the article is filed from, where two countries are named as often', () => {
    const text = 'IRAN WARNS GERMANY OVER TRIAL\nTEHRAN 1996-12-03\nIran warned Germany on Tuesday that a Berlin court must not name '
      + 'Iranian leaders, the German press said.\nForeign Ministry spokesman Mahmoud Mohammadi told IRNA that the German demand was a plot. '
      + 'German officials in Berlin said Germany would not yield.';
    expect(linked(text)).toContainEqual(['Foreign Ministry', 'org/iran-foreign-ministry']);
  });
});

describe('a word of short capitals among words in small letters', () => {
  it('is no person whose surname it spells', () => {
    expect(linked('A New Zealand XI beat Pakistan by five wickets.')).not.toContainEqual(['XI', 'person/xi-jinping']);
    expect(linked('Chinese President Xi Jinping met Obama. Xi said ties were good.')).toContainEqual(['Xi', 'person/xi-jinping']);
  });
});

describe('one word that ends the article\'s one organization of that word', () => {
  it('is that organization only where the words before it name its place', () => {
    expect(linked('The White House said on Friday that the House would vote.')).toEqual([['White House', 'org/white-house'], ['House', 'org/us-house-of-representatives']]);
  });
});

describe('a facility\'s head alone the model read as a name', () => {
  it('takes the capitalised words before it into the facility\'s name', () => {
    expect(names('She was taken to Rhode Island General Hospital in Providence.')).toEqual([['Rhode Island General Hospital', 'FAC'], ['Providence', 'GPE']]);
  });
});

describe('"the Greens"', () => {
  it('is the party of the country the article is about', () => {
    expect(linked('The Greens won 8% in the German election in Berlin and Munich.')).toContainEqual(['Greens', 'org/alliance-90-the-greens']);
    expect(linked('The Greens won two seats in the Senate, Australian media said.')).toContainEqual(['Greens', 'org/australian-greens']);
  });
});

describe('a storm the registry knows, named by its kind', () => {
  it('gives its name alone its type and entity', () => {
    expect(linked('Hurricane Milton made landfall on Wednesday. Milton killed at least 16 people.'))
      .toEqual([['Hurricane Milton', 'event/hurricane-milton'], ['Milton', 'event/hurricane-milton']]);
  });
});
