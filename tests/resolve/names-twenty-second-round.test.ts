// Names of the news of 1996 to 2026 read wrong, a twenty-ninth review round. Invented sentences through the shipped pipeline.
import { describe, expect, it } from 'vitest';
import { readMentions } from '../shipped-pipeline.js';

const names = (text: string) => readMentions(text)
  .filter((m) => !['CARDINAL', 'PERCENT', 'TIME', 'MONEY', 'DATE', 'QUANTITY', 'ORDINAL'].includes(m.type)).map((m) => [m.text, m.type]);

describe('a dateline\'s credit', () => {
  it('is the agency with nothing before its bracket, as Bloomberg opens a story', () => {
    expect(names('(Bloomberg) -- Bayer AG completed its takeover of Monsanto Co. on Thursday.')).toContainEqual(['Bloomberg', 'ORG']);
  });

  it('is the agency without brackets after the place and the day, and no part of the story\'s first name', () => {
    expect(names('SYDNEY, Nov 7 AAP - Canstar estimates the rise will add $106 a month.')).toEqual([['SYDNEY', 'GPE'], ['AAP', 'ORG'], ['Canstar', 'ORG']]);
    expect(names('TOKYO, Aug. 24 Kyodo - Former Defense Minister Shigeru Ishiba won.')).toContainEqual(['Kyodo', 'ORG']);
  });

  it('is no credit in a bracket without a dash after it', () => {
    expect(names('(Corrects spelling of Bayer in first paragraph)')).not.toContainEqual(['Corrects', 'ORG']);
  });
});

describe('a nickname in quotes', () => {
  it('belongs to the name after the given name\'s middle initial', () => {
    expect(names('Former House Speaker Thomas P. "Tip" O\'Neill died on Tuesday.')).toContainEqual(['Thomas P. "Tip" O\'Neill', 'PERSON']);
  });
});

describe('a quoted title', () => {
  it('is a work after a verb of performing it', () => {
    expect(names('Diane Keaton starred in "Father of the Bride" in 1991.')).toContainEqual(['Father of the Bride', 'WORK_OF_ART']);
  });
});

describe('a list of places', () => {
  it('makes its unsure organization a place', () => {
    expect(names('Glasgow, Dundee, West Dunbartonshire and North Lanarkshire backed Yes.')).toContainEqual(['Dundee', 'GPE']);
  });

  it('leaves a person\'s full name after a place\'s region a person', () => {
    expect(names('Danica Coto in San Juan, Puerto Rico, and Evens Sanon in Port-au-Prince contributed to this report.'))
      .toContainEqual(['Evens Sanon', 'PERSON']);
  });
});

describe('a kind of place in lower case after a name', () => {
  it('links the name to the registry\'s place of that kind', () => {
    const linked = readMentions('The quake hit the Noto peninsula on Monday.').filter((m) => m.entity !== undefined).map((m) => [m.text, m.entity]);
    expect(linked).toContainEqual(['Noto', 'loc/noto-peninsula']);
  });

  it('makes a facility\'s name before "international airport"', () => {
    expect(names("The city's Salgado Filho international airport has suspended all flights.")).toContainEqual(['Salgado Filho', 'FAC']);
  });
});

describe('a leader\'s title after the house he leads', () => {
  it('is no part of the house\'s name, nor of his', () => {
    const found = names('House Minority Whip Newt Gingrich of Georgia called the plan a disaster. Senate Majority Leader Bob Dole agreed.');
    expect(found).toContainEqual(['House', 'ORG']);
    expect(found).toContainEqual(['Newt Gingrich', 'PERSON']);
    expect(found).toContainEqual(['Senate', 'ORG']);
  });

  it('is a title a body\'s name ran into, though it runs on past the name', () => {
    expect(names('UAW Vice President Terry Dittes said in a statement.')).toEqual([['UAW', 'ORG'], ['Terry Dittes', 'PERSON']]);
    expect(names('JPMorgan Chase & Co. CEO Jamie Dimon had warned.')).toContainEqual(['JPMorgan Chase & Co.', 'ORG']);
  });

  it('is a judge\'s as the English courts style him', () => {
    expect(names('At the Old Bailey on Wednesday, Mr Justice Treacy ordered Dobson to serve 15 years.')).toContainEqual(['Treacy', 'PERSON']);
  });
});

describe('a stock index named before its words in lower case', () => {
  const linked = (text: string) => readMentions(text).filter((m) => m.entity !== undefined).map((m) => [m.text, m.type, m.entity]);

  it('is the registry\'s index, though the registry knows the name as a newspaper\'s', () => {
    expect(linked('Singapore\'s Straits Times index lost 4.3 percent.')).toContainEqual(['Straits Times', 'PRODUCT', 'product/straits-times-index']);
  });

  it('links the index the words complete', () => {
    expect(linked('The Dow Jones industrial average fell 55 points and the Nikkei average rose.')).toEqual([
      ['Dow Jones', 'PRODUCT', 'product/dow-jones-industrial-average'], ['Nikkei', 'PRODUCT', 'product/nikkei-225'],
    ]);
  });
});

describe('a name before a facility noun in lower case', () => {
  it('is the facility\'s before a convention centre or a displacement camp', () => {
    expect(names('Rutte spoke at the World Forum convention centre. RSF fighters attacked the Zamzam displacement camp.'))
      .toEqual([['Rutte', 'PERSON'], ['World Forum', 'FAC'], ['RSF', 'ORG'], ['Zamzam', 'FAC']]);
  });

  it('is not before a player\'s position and his name', () => {
    expect(names("Mulder's absence means that Northern Transvaal centre Andre Snyman should win his place.")).not.toContainEqual(['Northern Transvaal', 'FAC']);
  });
});

describe('a virus\'s name', () => {
  it('is no name of a person, a place or a work', () => {
    expect(names('Earlier emergencies covered polio in 2014, Ebola in 2014 and 2019, and Zika in 2016. The Ebola outbreak spread.')).toEqual([]);
  });
});

describe('a political stance opening a sentence before a name', () => {
  it('is no part of the name', () => {
    expect(names('MEXICO CITY, June 3 (AFP) - Leftist Claudia Sheinbaum won the election.')).toContainEqual(['Claudia Sheinbaum', 'PERSON']);
  });
});

describe('a natural feature\'s capitalised head after a name', () => {
  it('is taken into the name, a place, whatever the name alone is', () => {
    expect(names('Further south, the Richmond River at Coraki is expected to peak. The Bremer River peaked at 19.4 metres.'))
      .toEqual([['Richmond River', 'LOC'], ['Coraki', 'GPE'], ['Bremer River', 'LOC']]);
  });

  it('is left where it opens a longer name', () => {
    expect(names('Air quality in the San Francisco Bay Area remained unhealthy.')).not.toContainEqual(['San Francisco Bay', 'LOC']);
  });
});

describe('the desk\'s initials that close a wire story', () => {
  it('name nobody', () => {
    expect(names('New Delhi, May 23 (PTI) The Sensex closed lower at 38,811.39. NSA RT')).not.toContainEqual(['NSA', 'ORG']);
  });

  it('are no acronym the last sentence ends with', () => {
    expect(names('The deal was approved by the SEC.')).toEqual([['SEC', 'ORG']]);
  });
});

describe('a name\'s initials written without stops', () => {
  it('belong to the name, as the South Asian press writes them', () => {
    expect(names('India last won the title under M S Dhoni in 2007.')).toContainEqual(['M S Dhoni', 'PERSON']);
  });

  it('are no possessive\'s S in a line of capitals', () => {
    expect(names("BOXING - PANAMA 'S ROBERTO DURAN FIGHTS THE SANDS OF TIME.")).not.toContainEqual(["S ROBERTO DURAN", 'PERSON']);
  });
});

describe('an Indian minister\'s title', () => {
  it('is no part of the state\'s name before it', () => {
    expect(names('West Bengal Chief Minister Mamata Banerjee called it a chaos.')).toEqual([['West Bengal', 'GPE'], ['Mamata Banerjee', 'PERSON']]);
  });
});
