// Names, money and links of the news of 1996 to 2026 read wrong, a twenty-third round. Invented sentences through
// the shipped pipeline.
import { describe, expect, it } from 'vitest';
import { readMentions, readNames } from '../shipped-pipeline.js';

const names = readNames;
const linked = (text: string) => readMentions(text).filter((m) => m.entity !== undefined).map((m) => [m.text, m.entity]);
const money = (text: string, published: string) => readMentions(text, published).filter((m) => m.type === 'MONEY').map((m) => [m.text, m.currency]);

describe('an institution named after a titled person', () => {
  it('keeps the title, and is no person', () => {
    expect(names('Pilgrims gathered at the King Fahd Mosque in the city.')).toEqual([['King Fahd Mosque', 'FAC']]);
    expect(names('He was taken to Queen Elizabeth Hospital in Birmingham.')).toEqual([['Queen Elizabeth Hospital', 'ORG'], ['Birmingham', 'GPE']]);
  });

  it('leaves a titled person whose surname is a place\'s or a building\'s word', () => {
    expect(names('U.S. Trade Representative Carla Hills said the talks would go on.')).toContainEqual(['Carla Hills', 'PERSON']);
    expect(names('General George Hall said the base would close.')).toContainEqual(['George Hall', 'PERSON']);
  });
});

describe('a connector and a preposition in a row', () => {
  it('end the name the model ran on across them', () => {
    expect(names('They met at the King Fahd Mosque and at King Abdulaziz University in Jeddah.').map(([text]) => text))
      .toEqual(['King Fahd Mosque', 'King Abdulaziz University', 'Jeddah']);
  });

  it('leave names joined by a connector alone', () => {
    expect(names('Bosnia and Herzegovina played Trinidad and Tobago.')).toEqual([['Bosnia and Herzegovina', 'GPE'], ['Trinidad and Tobago', 'GPE']]);
  });
});

describe('a city the model read as an organization', () => {
  it('is its team, apart from the city of the dateline', () => {
    const ids = linked('SOCCER - BARCELONA BEAT ZARAGOZA\nBARCELONA 1996-12-07\nBarcelona beat Real Zaragoza 2-1 on Saturday. Ronaldo scored twice for Barcelona.');
    const team = ids.filter(([text]) => text === 'Barcelona').map(([, id]) => id);
    expect(new Set(team).size).toBe(1);
    expect(team[0]).not.toBe('gpe/barcelona');
  });

  it('is the article\'s team its name opens', () => {
    expect(linked('The Chicago Bulls beat Dallas on Friday. Chicago 96 Dallas 73.')).toContainEqual(['Chicago', 'org/chicago-bulls']);
  });
});

describe('a body of one country, of a name other countries\' bodies share', () => {
  it('is not chosen for an article filed from another country that names the first nowhere', () => {
    expect(linked('SEOUL 1996-12-08\nThe Defence Ministry said troops crossed the line.')).not.toContainEqual(['Defence Ministry', 'org/iran-defense-ministry']);
    expect(linked('BOGOTA 1996-12-08\nThe House of Representatives voted on Friday.').map(([, id]) => id)).not.toContain('org/us-house-of-representatives');
  });

  it('is chosen for an article from its country, or one that names it', () => {
    expect(linked('MOSCOW 1996-12-08\nThe Defence Ministry said troops left Grozny.')).toContainEqual(['Defence Ministry', 'org/russia-defense-ministry']);
    expect(linked('TEHRAN 1996-12-08\nRussia\'s Defence Ministry said troops left.')).toContainEqual(['Defence Ministry', 'org/russia-defense-ministry']);
  });
});

describe('money of a name many countries share, its country stated nowhere', () => {
  it('is the money of that name of the country the article is filed from', () => {
    expect(money('PARIS 1996-12-08\nThomson lost 2.9 billion francs last year.', '1996-12-08')).toEqual([['2.9 billion francs', 'FRF']]);
    expect(money('MANILA 1996-12-08\nMeralco shares gained 5 pesos to 148 pesos.', '1996-12-08')).toEqual([['5 pesos', 'PHP'], ['148 pesos', 'PHP']]);
    expect(money('NAIROBI 2015-12-08\nBread costs 50 shillings.', '2015-12-08')).toEqual([['50 shillings', 'KES']]);
  });

  it('is none the country had no longer, and the one the article states where it does', () => {
    expect(money('PARIS 2015-12-08\nHe paid 500 francs.', '2015-12-08')).toEqual([['500 francs', undefined]]);
    expect(money('PARIS 1996-12-08\nHe paid 500 Swiss francs, then 200 francs.', '1996-12-08')).toEqual([['500 Swiss francs', 'CHF'], ['200 francs', 'CHF']]);
  });

  it('reads Reuters\' abbreviations of crowns and francs in capitals', () => {
    expect(money('Ericsson wins 1.2 bln SKR order.', '1996-12-08')).toEqual([['1.2 bln SKR', 'SEK']]);
  });
});

describe('a lawmaker\'s party and home', () => {
  it('give the home as a place, whatever the model read across the tag', () => {
    expect(names('Rep. Vicki Lopez, R-Miami, voted no, as did Steve O\'Ban, R-University Place, and Luke Torian, D-Prince William.'))
      .toEqual([['Vicki Lopez', 'PERSON'], ['Miami', 'GPE'], ['Steve O\'Ban', 'PERSON'], ['University Place', 'GPE'], ['Luke Torian', 'PERSON'], ['Prince William', 'GPE']]);
    expect(linked('Rep. Nancy Pelosi (D-Calif.) spoke, and Sen. Thom Tillis, R-N.C., agreed.').filter(([, id]) => id.startsWith('gpe/')))
      .toEqual([['Calif.', 'gpe/california'], ['N.C.', 'gpe/north-carolina']]);
  });
});

describe('a state as the AP abbreviates it', () => {
  it('is the state, in a dateline, after a town and in a party\'s tag', () => {
    expect(linked('LITTLE ROCK, Ark. (AP) - The governor spoke.')).toContainEqual(['Ark.', 'gpe/arkansas']);
    expect(linked('He lives in Jackson, Miss., and works in Boston, Mass.').filter(([, id]) => id.startsWith('gpe/'))
      .map(([, id]) => id)).toEqual(expect.arrayContaining(['gpe/mississippi', 'gpe/massachusetts']));
    expect(linked('Rep. Barney Frank, D-Mass., spoke.')).toContainEqual(['Mass.', 'gpe/massachusetts']);
  });
});

describe('a company officer\'s title in full', () => {
  it('is kept out of the name', () => {
    expect(names('Nvidia Chief Executive Officer Jensen Huang said demand was strong.')).toEqual([['Nvidia', 'ORG'], ['Jensen Huang', 'PERSON']]);
    expect(names('Chief Technology Officer Kevin Scott spoke.')).toEqual([['Kevin Scott', 'PERSON']]);
  });
});

describe('a person\'s name with a suffix', () => {
  it('is the person the surname alone names after it, not a namesake the registry knows', () => {
    const ids = linked('Police charged three men in the death of James Byrd Jr. on Sunday. Byrd, 49, was walking home.').map(([, id]) => id);
    expect(new Set(ids).size).toBe(1);
    expect(ids[0]).not.toBe('person/robert-byrd');
  });

  it('is the registry\'s person without the suffix and the initials', () => {
    expect(linked('IBM named Louis V. Gerstner Jr. chairman. Gerstner said.')).toEqual([['IBM', 'org/ibm'], ['Louis V. Gerstner Jr.', 'person/louis-gerstner'], ['Gerstner', 'person/louis-gerstner']]);
  });
});

describe('a surname the registry knows as an organization', () => {
  it('is the person the article names in full by it', () => {
    expect(names('Hillary Clinton defeated Rep. Rick Lazio in the Senate race. Lazio, 42, conceded.')).toContainEqual(['Lazio', 'PERSON']);
    expect(names('Lazio beat Roma 2-1 on Sunday. Lazio coach Dino Zoff was happy.')).toContainEqual(['Lazio', 'ORG']);
  });
});

describe('a storm\'s name alone', () => {
  it('is the storm the article names by its kind, not a person of the name', () => {
    const [storm, alone] = linked('Hurricane Floyd roared ashore. Floyd came two weeks after Hurricane Dennis.').slice(0, 2).map(([, id]) => id);
    expect(alone).toBe(storm);
    expect(storm).toMatch(/event\/hurricane-floyd$/);
  });
});

describe('an organization\'s acronym in brackets in its own language', () => {
  it('is the name before it, whatever its letters', () => {
    const ids = linked('Brazil\'s Workers\' Party (PT) won in Sao Paulo. The PT said.').filter(([text]) => text !== 'Brazil' && text !== 'Sao Paulo').map(([, id]) => id);
    expect(new Set(ids).size).toBe(1);
  });

  it('gives its registry entity to a long form the registry lacks that shares a distinctive word with it', () => {
    expect(linked('The National Economic and Social Development Bank (BNDES) lent money.').map(([, id]) => id)).toEqual(['org/bndes', 'org/bndes']);
    expect(linked('The Central Narcotics Bureau (CNB) arrested two men.').map(([, id]) => id)).not.toContain('org/czech-national-bank');
  });
});

describe('a holiday named after someone', () => {
  it('is the day, the person\'s name its part', () => {
    expect(readMentions('Schools close on MLK day.', '2014-01-10').map((m) => [m.text, m.type])).toEqual([['MLK day', 'DATE']]);
    expect(names('Martin Luther King Jr. spoke in Memphis.')[0]).toEqual(['Martin Luther King Jr.', 'PERSON']);
  });
});
