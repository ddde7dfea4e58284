// The patterns of issue 12 ("What goes wrong"), each on new invented sentences with names of its own,
// through the whole pipeline (model, registry, resolve, link): a rule that only fits the issue's
// examples fails here.
import { beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.js';
import { createPipeline, type Pipeline } from '../../src/pipeline.js';

let pipeline: Pipeline;
beforeAll(() => {
  pipeline = createPipeline(loadConfig('pipeline.config.json'));
});

const NAME_TYPES = new Set(['PERSON', 'ORG', 'GPE', 'LOC', 'FAC', 'NORP', 'EVENT', 'LAW', 'WORK_OF_ART', 'PRODUCT', 'LANGUAGE']);

/** The article's names as [text, type], in order. */
function names(text: string): [string, string][] {
  const doc = pipeline.annotate({ id: 'x', text }, { file: 'x' }, 'x');
  return doc.mentions.filter((m) => NAME_TYPES.has(m.type)).map((m) => [m.text, m.type]);
}

/** The type of each mention whose text is `name`. */
const typesOf = (text: string, name: string) => names(text).filter(([t]) => t === name).map(([, type]) => type);

describe('honorifics and titles (2)', () => {
  it('makes a PERSON of an honorific’s name and of its hyphenated surname met again', () => {
    const text = 'The clinic was run by Dr. Chidinma Okonkwo-Harrington, a surgeon. Okonkwo-Harrington said the ward was full.';
    expect(names(text)).toEqual([['Chidinma Okonkwo-Harrington', 'PERSON'], ['Okonkwo-Harrington', 'PERSON']]);
  });

  it('makes a PERSON of a full name the model read as an ORG when its surname of several words comes with an age', () => {
    expect(names('Daw Khin Ma Thet was detained in Mandalay. Ma Thet, 71, denies the charges.'))
      .toEqual([['Daw Khin Ma Thet', 'PERSON'], ['Mandalay', 'GPE'], ['Ma Thet', 'PERSON']]);
  });

  it('makes a PERSON of an unseen name after a role, and of its surname met again', () => {
    expect(names('The striker Oyelaran Babatunde scored twice. Babatunde later said he was tired.'))
      .toEqual([['Oyelaran Babatunde', 'PERSON'], ['Babatunde', 'PERSON']]);
  });

  it('keeps a hyphenated military rank out of the person’s name', () => {
    expect(names('The patrol was fired on, spokesman Lieutenant-Colonel Ama Serwaa said on Tuesday.')).toEqual([['Ama Serwaa', 'PERSON']]);
  });

  it('finds the person after a long title', () => {
    expect(names('"It is a setback," said U.S. Trade Representative Marisol Quintero.')).toContainEqual(['Marisol Quintero', 'PERSON']);
  });
});

describe('nicknames (5)', () => {
  it('keeps a nickname in quotes inside the person’s name', () => {
    const text = 'The veteran Tomasz " The Hammer " Wielgosz fights on Saturday against Kwame "Smokey" Boateng, the promoter said.';
    expect(names(text)).toEqual([['Tomasz " The Hammer " Wielgosz', 'PERSON'], ['Kwame "Smokey" Boateng', 'PERSON']]);
  });
});

describe('places inside words (7)', () => {
  it('takes the place out of "X-based" whether the model read the hyphen or stopped before it', () => {
    const text = 'A Nantes-based charity, several Winnipeg-based firms and a Hamburg-registered shipping group signed.';
    expect(names(text)).toEqual([['Nantes', 'GPE'], ['Winnipeg', 'GPE'], ['Hamburg', 'GPE']]);
  });
});

describe('sports tables (1)', () => {
  it('reads no name in a column header above a row of figures, nor in a group’s label', () => {
    const text = 'Standings after Sunday:\n                 P  W  D  L  F  A  Pts\nBordeaux        12  8  3  1 20  9  27\n'
      + 'Team PF PA Pts\nLeinster 312 140 44\nGroup C\nNice 1 Reims 3\nPool B\nWasps 22 Saracens 18';
    const found = names(text).map(([t]) => t);
    for (const furniture of ['A  Pts', 'A', 'Pts', 'Team PF PA Pts', 'PF PA', 'C', 'Group C', 'Pool B', 'B']) expect(found).not.toContain(furniture);
    expect(found).toEqual(expect.arrayContaining(['Bordeaux', 'Nice', 'Reims', 'Wasps', 'Saracens']));
  });

  it('types the cities on a results line as their teams', () => {
    expect(names('Results on Monday:\nCalgary 4 Winnipeg 1\nSeattle 3 Dallas 2')).toEqual([['Calgary', 'ORG'], ['Winnipeg', 'ORG'], ['Seattle', 'ORG'], ['Dallas', 'ORG']]);
  });
});

describe('schedules (1)', () => {
  it('types the visitors on a schedule’s lines as their team and leaves the hosts’ city a place', () => {
    const text = 'SUNDAY, MAY 4 SCHEDULE\nSAN ANTONIO AT PORTLAND\nLAS VEGAS AT OMAHA\nDENVER AT PHOENIX';
    expect(typesOf(text, 'SAN ANTONIO')).toEqual(['ORG']);
    expect(typesOf(text, 'LAS VEGAS')).toEqual(['ORG']);
    expect(typesOf(text, 'PORTLAND')).toEqual(['GPE']);
    expect(typesOf(text, 'OMAHA')).toEqual(['GPE']);
  });

  it('reads no schedule in one line of a name "at" a place', () => {
    const alone = 'SAN ANTONIO AT PORTLAND\nThe council met on Monday to discuss the budget.';
    expect(typesOf(alone, 'SAN ANTONIO')).not.toContain('ORG');
  });
});

describe('clubs named like nations (1)', () => {
  it('types a nation’s name among clubs as a club, and leaves it a place among nations', () => {
    const text = 'Results of French league matches on Saturday:\nMonaco 2 Rennes 1\nLyon 3 Marseille 3\nNice 0 Lens 1\n\n'
      + 'World Cup qualifiers:\nRussia 2 Iran 1\nMonaco 0 Andorra 0';
    expect(typesOf(text, 'Monaco')).toEqual(['ORG', 'GPE']);
    expect(typesOf(text, 'Andorra')).toEqual(['GPE']);
  });
});

describe('facilities (6)', () => {
  it('types a name ending in a facility head FAC, and every name of a list under one plural head', () => {
    const text = 'He was held at Wormwood Prison, then at Strangeways. Inmates at Durham, Frankland and Belmarsh Prisons '
      + 'went on strike, as did staff at Luton and Stansted Airports. Protesters gathered in Whitehall Street.';
    const found = names(text);
    for (const fac of ['Wormwood Prison', 'Durham', 'Frankland', 'Belmarsh Prisons', 'Luton', 'Stansted Airports', 'Whitehall Street']) {
      expect(found).toContainEqual([fac, 'FAC']);
    }
  });
});

describe('headlines and page furniture (4)', () => {
  it('reads no person in a title-case headline of ordinary words', () => {
    const text = 'Regulator Fines Four Lenders Over Mortgage Failures\n\nThe regulator fined four lenders on Tuesday over failures in their mortgage advice, '
      + 'the watchdog said, and the failures were costly.';
    expect(names(text).filter(([, type]) => type === 'PERSON')).toEqual([]);
  });

  it('reads no name in a headline of ordinary words and verbs the article never writes in lower case', () => {
    expect(names('Lira Holds Steady as Exports Climb Again\nThe Ruritanian currency held its value on Monday, traders said.'))
      .toEqual([['Ruritanian', 'NORP']]);
    expect(names('Markets Rally as Inflation Cools Further\nShares rose on Monday after prices rose less than expected.')).toEqual([]);
  });

  it('keeps a headline’s person whom the article names again, though the name is an ordinary word', () => {
    expect(typesOf('Brown Defends Record in Fiery Debate\nLONDON - Gordon Brown defended his record on Tuesday.', 'Brown')).toEqual(['PERSON']);
  });

  it('takes no place from a field label', () => {
    const text = 'Reuters | Last updated: 4 March 2024, 10:12\n\nPrices rose in the morning and were updated at noon.';
    expect(names(text)).toEqual([['Reuters', 'ORG']]);
  });
});

describe('one sense per name (3)', () => {
  it('gives an organization’s short name the organization’s type in every mention', () => {
    const text = 'Greenvale Alliance said on Monday that it would sue. Greenvale said the permit was illegal. Greenvale also said it had raised funds.';
    expect(names(text)).toEqual([['Greenvale Alliance', 'ORG'], ['Greenvale', 'ORG'], ['Greenvale', 'ORG']]);
  });
});

describe('boundaries (5)', () => {
  it('takes an organization named by a head noun and its subject whole', () => {
    const text = 'The Quebec Ministry of Natural Resources said on Monday that the Council of Science and Technology would review the permit.';
    expect(names(text)).toEqual([['Quebec Ministry of Natural Resources', 'ORG'], ['Council of Science and Technology', 'ORG']]);
  });
});

describe('organizations named by whose they are (5)', () => {
  it('takes a plural’s possessive and the head noun after it into one ORG', () => {
    const found = names("Leaders of the Kivu Cotton Growers' Federation met on Monday. Jones. Miners' Union officials stayed away.");
    expect(found).toContainEqual(["Kivu Cotton Growers' Federation", 'ORG']);
    expect(found.map(([t]) => t)).not.toContain("Jones. Miners' Union");
  });
});

describe('credits (7)', () => {
  it('gives the photographer and the agencies of a photo credit', () => {
    expect(names('(MARIA LOPEZ/AFP via Getty Images)\nThe minister spoke.')).toEqual([['MARIA LOPEZ', 'PERSON'], ['AFP', 'ORG'], ['Getty Images', 'ORG']]);
  });
});

describe('newspapers', () => {
  it('types a place and a newspaper’s head word as one ORG, and leaves a newspaper’s home a place', () => {
    const found = names('The mayor told the Winnipeg Courier on Monday that the plan was dead, and the Nairobi Sentinel reported the same. '
      + 'A Lagos newspaper and the Kenyan daily said little.');
    expect(found).toEqual([['Winnipeg Courier', 'ORG'], ['Nairobi Sentinel', 'ORG'], ['Lagos', 'GPE'], ['Kenyan', 'NORP']]);
  });
});

describe('abbreviations defined in lower case', () => {
  it('reads no name in them, not even an acronym the registry gives a body', () => {
    const text = 'Growers sold 4,000 tonnes of hard red winter (HRW) on Monday. Buyers paid more for HRW, and Human Rights Watch said nothing.';
    expect(names(text)).toEqual([['Human Rights Watch', 'ORG']]);
  });
});

describe('abbreviations defined by a name', () => {
  it('gives the name and its abbreviation one type in the whole article', () => {
    const text = 'Ravi Menon, who lost his Pan Asian Chess Union (PACU) title in March, said he would win the PACU crown back.';
    expect(names(text)).toEqual([['Ravi Menon', 'PERSON'], ['Pan Asian Chess Union', 'ORG'], ['PACU', 'ORG'], ['PACU', 'ORG']]);
  });
});

describe('events by their head word', () => {
  it('types an award ceremony an EVENT', () => {
    expect(typesOf('Singers gathered for the Kora Music Awards on Sunday night in Lagos.', 'Kora Music Awards')).toEqual(['EVENT']);
  });
});

describe('facilities before a head noun (6)', () => {
  it('types a name before a facility noun FAC, with its number, but leaves a known place a place', () => {
    const found = names('Gas flows through the Kalgoorlie 2 pipeline to Perth. Flights left the Batajnica airport and the Lagos airport.');
    expect(found).toContainEqual(['Kalgoorlie 2', 'FAC']);
    expect(found).toContainEqual(['Batajnica', 'FAC']);
    expect(found).toContainEqual(['Lagos', 'GPE']);
  });

  it('types a person’s name before a facility noun FAC: the facility is named after them', () => {
    const found = names('Patients were moved to the Victor Okafor hospital, and pilgrims prayed in the Saint-Anselme church.');
    expect(found).toEqual([['Victor Okafor', 'FAC'], ['Saint-Anselme', 'FAC']]);
  });
});

describe('titles of works in prose', () => {
  it('reads no person, organization or place in a song’s title in a line of prose', () => {
    const found = names("Fans heard a rendition of It's So Hard To Say Goodbye at the show in Memphis.");
    expect(found.filter(([, type]) => ['PERSON', 'ORG', 'GPE', 'LOC', 'FAC', 'NORP'].includes(type))).toEqual([['Memphis', 'GPE']]);
  });
});
