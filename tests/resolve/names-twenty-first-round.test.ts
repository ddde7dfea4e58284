// Names of the news of 1996 to 2026 read wrong, a twenty-eighth round. Invented sentences through the shipped pipeline.
import { describe, expect, it } from 'vitest';
import { readMentions } from '../shipped-pipeline.js';

const names = (text: string) => readMentions(text)
  .filter((m) => !['CARDINAL', 'PERCENT', 'TIME', 'MONEY', 'DATE', 'QUANTITY', 'ORDINAL'].includes(m.type)).map((m) => [m.text, m.type]);
const linked = (text: string) => readMentions(text).filter((m) => m.entity !== undefined).map((m) => [m.text, m.entity]);

describe('a dateline\'s credit', () => {
  it('is the agency after a day alone and after two places', () => {
    expect(names('Sept. 15 (Bloomberg) -- Lehman Brothers filed for bankruptcy.')).toContainEqual(['Bloomberg', 'ORG']);
    expect(linked('TOKYO/LONDON, June 14 (Reuter) - Copper prices plunged.')).toContainEqual(['Reuter', 'org/reuters']);
  });
});

describe('an alias with a figure', () => {
  it('is matched in title case, as the Guardian writes it', () => {
    expect(linked('Delegates at Cop27 agreed a fund.')).toEqual([['Cop27', 'event/cop27']]);
  });
});

describe('a firm named after its founder', () => {
  it('is named by his name alone', () => {
    expect(linked('Bank of America agreed to buy Merrill Lynch & Co. for $50 billion. Merrill has written down $40 billion.'))
      .toContainEqual(['Merrill', 'org/merrill-lynch']);
  });

  it('is the firm where the registry knows the word only as somebody\'s surname', () => {
    expect(linked('Marsh & McLennan Cos. was sued. Marsh received about $800 million last year.')).toContainEqual(['Marsh', 'org/marsh-mclennan']);
  });
});

describe('a person\'s role opening a sentence', () => {
  it('is no name before the noun it describes', () => {
    expect(names('SEOUL (Reuters) - Veteran dissident Kim Dae-jung was elected president.')).toEqual([['SEOUL', 'GPE'], ['Reuters', 'ORG'], ['Kim Dae-jung', 'PERSON']]);
  });

  it('stays out of a surname the registry knows', () => {
    expect(linked('Billionaire Babis wins Czech election')).toContainEqual(['Babis', 'person/andrej-babis']);
  });
});

describe('a participle that opens sentences (lexicon/opening-nouns.json)', () => {
  it('is no name', () => {
    expect(names('ALGIERS (Reuters) - Armed men killed 98 villagers. The Armed Islamic Group (GIA) was blamed.'))
      .toEqual([['ALGIERS', 'GPE'], ['Reuters', 'ORG'], ['Armed Islamic Group', 'ORG'], ['GIA', 'ORG']]);
  });
});

describe('titles', () => {
  it('"Council Member" stays out of the person\'s name', () => {
    expect(names('Council Member Mackenzie Kelly and Council Member Marc Duchen cast the dissenting votes.'))
      .toEqual([['Mackenzie Kelly', 'PERSON'], ['Marc Duchen', 'PERSON']]);
  });

  it('a title before a rank is the person\'s, not the body\'s', () => {
    expect(names('Maryland State Police Superintendent Col. Roland Butler said the driver fled.'))
      .toEqual([['Maryland State Police', 'ORG'], ['Roland Butler', 'PERSON']]);
  });

  it('the end of a title left of a name cut before a surer one is no name', () => {
    expect(names('Chrysler Chief Executive Officer Robert Nardelli said the plan was sound.')).toEqual([['Chrysler', 'ORG'], ['Robert Nardelli', 'PERSON']]);
  });

  it('a participle after a title in a headline opens no name', () => {
    expect(linked('Bernanke Sworn In as Fed Chairman, Succeeding Greenspan\n\nWASHINGTON (AP) — Ben Bernanke was sworn in, succeeding Alan Greenspan.'))
      .toContainEqual(['Greenspan', 'person/alan-greenspan']);
  });
});

describe('a byline with its agency on the line', () => {
  it('names the writers without the agency', () => {
    expect(names('By MEGAN JANETSKY and FABIOLA SÁNCHEZ Associated Press\nMEXICO CITY (AP) — Mexicans voted.').slice(0, 3))
      .toEqual([['MEGAN JANETSKY', 'PERSON'], ['FABIOLA SÁNCHEZ', 'PERSON'], ['Associated Press', 'ORG']]);
  });
});

describe('a name several registry entries share', () => {
  it('is the dateline country\'s supreme court', () => {
    expect(linked('BOGOTA (Reuters) - The Supreme Court opened an investigation into Uribe.')).toContainEqual(['Supreme Court', 'org/supreme-court-colombia']);
  });

  it('is the entity of the acronym it defines', () => {
    expect(linked('SOFIA (Reuters) - The Socialist Party (PSOE) of Spain lost votes.'))
      .toEqual(expect.arrayContaining([['Socialist Party', 'org/spanish-socialist-workers-party'], ['PSOE', 'org/spanish-socialist-workers-party']]));
  });

  it('is the namesake town of the state the article names', () => {
    expect(linked('BOISE, Idaho (AP) — The man who killed four University of Idaho students in a house in Moscow pleaded guilty.'))
      .toContainEqual(['Moscow', 'gpe/moscow-idaho']);
    expect(linked('MOSCOW (Reuters) - Russia said it would respond.')).toContainEqual(['MOSCOW', 'gpe/moscow']);
  });
});

describe('two names joined by a slash', () => {
  it('are two where the registry knows each', () => {
    expect(linked('She received the Pfizer/BioNTech jab.')).toEqual([['Pfizer', 'org/pfizer'], ['BioNTech', 'org/biontech']]);
  });
});

describe('a county before a facility noun in lower case', () => {
  it('stays a place', () => {
    expect(names('Colin Gray was booked into the Barrow County jail.')).toEqual([['Colin Gray', 'PERSON'], ['Barrow County', 'GPE']]);
  });
});

describe('a surname with no full name before it', () => {
  it('is whom the article named by it alone before, not a full name told later', () => {
    expect(linked('President Clinton was impeached on Saturday. Clinton said he would not resign. First lady Hillary Rodham Clinton stood beside him.'))
      .toEqual([['Clinton', 'person/bill-clinton'], ['Clinton', 'person/bill-clinton'], ['Hillary Rodham Clinton', 'person/hillary-clinton']]);
  });
});

describe('a place a comma ends', () => {
  it('qualifies no name after it', () => {
    expect(linked('In Belfast, Sinn Fein called for a border poll.')).toContainEqual(['Sinn Fein', 'org/sinn-fein']);
  });
});

describe('a transcript\'s speaker line with a figure in its sentence', () => {
  it('is no venue of a results line', () => {
    expect(names('PRESIDENT BILL CLINTON: We will bring them to justice.\n\nJOHN MCWETHY (VO): Secretary of State Madeleine Albright sent about 60 agents.'))
      .toContainEqual(['JOHN MCWETHY', 'PERSON']);
  });
});
