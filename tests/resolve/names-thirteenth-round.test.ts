// Names of the news of 1996 to 2024 read as the wrong kind, split, run on or missed, a twentieth round. Invented
// sentences through the shipped pipeline.
import { describe, expect, it } from 'vitest';
import { readMentions, readNames } from '../shipped-pipeline.js';

const names = readNames;
const linked = (text: string) => readMentions(text).filter((m) => m.entity !== undefined).map((m) => [m.text, m.entity]);

describe('a chamber named by its short name', () => {
  it('is the US House before a role or a party\'s members', () => {
    expect(names('House Republicans met on Monday.')).toEqual([['House', 'ORG'], ['Republicans', 'NORP']]);
    expect(linked('House Speaker Mike Johnson spoke.')).toContainEqual(['House', 'org/us-house-of-representatives']);
  });

  it('is the Commons in a story of Westminster', () => {
    expect(linked('Labour MPs in the House of Commons voted. The House rose late.')).toContainEqual(['House', 'org/house-of-commons']);
  });
});

describe('a party and its members', () => {
  it('reads a party\'s member before a role as a people\'s word', () => {
    expect(names('Communist leader Ivan Petrov said no.')).toEqual([['Communist', 'NORP'], ['Ivan Petrov', 'PERSON']]);
  });

  it('links "Communist Party" to the party of the country before it', () => {
    expect(linked('China\'s Communist Party met.')).toContainEqual(['Communist Party', 'org/chinese-communist-party']);
    expect(linked('Russia\'s Communist Party protested.')).toContainEqual(['Communist Party', 'org/communist-party-of-the-russian-federation']);
  });
});

describe('people\'s names', () => {
  it('keeps a Dutch particle that is also a number inside the name', () => {
    expect(names('Coach Jan ten Brink said the side was tired.')).toEqual([['Jan ten Brink', 'PERSON']]);
  });

  it('leaves a sports manager\'s or a coach\'s role out of the name', () => {
    expect(names('Manager Erik ten Hag said the team played well.')).toEqual([['Erik ten Hag', 'PERSON']]);
  });

  it('names nobody in the sentence after a title that ends one', () => {
    expect(names('The bank named him deputy chairman. Analysts said the move was overdue.')).toEqual([]);
  });

  it('ends a name in a headline in capitals before a verb the article writes in lower case in another form', () => {
    expect(names('BASKETBALL - JORDAN SCORES 45 AS BULLS WIN.\nCHICAGO 1997-01-10\nMichael Jordan scored 45 points.'))
      .toContainEqual(['JORDAN', 'PERSON']);
    expect(names('ATHLETICS - OKORO SETS INDOOR WORLD RECORD.\nSTUTTGART 1997-02-02\nDaniel Okoro set a world record indoors.'))
      .toContainEqual(['OKORO', 'PERSON']);
    expect(names('1822 - Pedro I declared Brazil independent. He is remembered.')).toContainEqual(['Pedro I', 'PERSON']);
  });

  it('parts a name the model ran over a headline\'s verb, or on to a past, in capitals', () => {
    expect(names('CLINTON NAMES ALBRIGHT FIRST WOMAN SECRETARY OF STATE.\nWASHINGTON 1996-12-05\nPresident Bill Clinton named Madeleine Albright.'))
      .toEqual(expect.arrayContaining([['CLINTON', 'PERSON'], ['ALBRIGHT', 'PERSON']]));
    expect(names('PAKISTAN\'S BHUTTO SACKED, ASSEMBLY DISSOLVED.\nISLAMABAD 1996-11-05\nPresident Farooq Leghari dismissed Benazir Bhutto.'))
      .toContainEqual(['BHUTTO', 'PERSON']);
  });

  it('reads two companies joined by "AND" in a headline in capitals as two', () => {
    expect(names('BT AND MCI AGREE $20 BILLION MERGER.\nLONDON 1996-11-03\nBritish Telecommunications Plc and MCI Communications Corp agreed to merge.'))
      .toEqual(expect.arrayContaining([['BT', 'ORG'], ['MCI', 'ORG']]));
  });

  it('ends a name a title opens in capitals before a past in capitals', () => {
    expect(names('BASEBALL - ORIOLES\' MANAGER DAVEY JOHNSON HOSPITALIZED.')).toContainEqual(['DAVEY JOHNSON', 'PERSON']);
  });
});

describe('a member of a parliament or a council', () => {
  it('reads "MP" and a councillor\'s title as titles, the party or the place before them kept where the registry knows it', () => {
    expect(names('Tory MP Jacob Rees-Mogg said.')).toEqual([['Tory', 'NORP'], ['Jacob Rees-Mogg', 'PERSON']]);
    expect(names('Labour MP Angela Brook said.')).toEqual([['Labour', 'ORG'], ['Angela Brook', 'PERSON']]);
    expect(names('Councillor Jane Smith resigned.')).toEqual([['Jane Smith', 'PERSON']]);
  });
});

describe('an organization the registry knows', () => {
  it('is no person the model is unsure of, after a role that opens the sentence', () => {
    expect(names('Rival Anthropic released a model on Monday.')).toEqual([['Anthropic', 'ORG']]);
    expect(names('Rival Rafael Nadal lost.')).toEqual([['Rafael Nadal', 'PERSON']]);
  });
});

describe('a dateline\'s credit', () => {
  it('is the agency or paper the story is from, an organization, without its "The"', () => {
    expect(names('LOS ANGELES (Variety) - The film won three awards.')).toEqual([['LOS ANGELES', 'GPE'], ['Variety', 'ORG']]);
    expect(names('KINGSTON, Jamaica (Jamaica Gleaner) - Rain fell.')).toEqual([['KINGSTON', 'GPE'], ['Jamaica', 'GPE'], ['Jamaica Gleaner', 'ORG']]);
    expect(linked('WASHINGTON (The Verge) - The company said.')).toEqual([['WASHINGTON', 'gpe/washington-dc'], ['Verge', 'org/the-verge']]);
  });
});

describe('college sides', () => {
  it('reads a place after a word a side follows and before the score as the side', () => {
    expect(names('LSU won the title on Sunday, beating Iowa 102-85.')).toEqual([['LSU', 'ORG'], ['Iowa', 'ORG']]);
  });

  it('links a university by the name its sides play under', () => {
    expect(linked('UConn routed San Diego State 76-59.')).toEqual([
      ['UConn', 'org/university-of-connecticut'], ['San Diego State', 'org/san-diego-state-university'],
    ]);
  });
});

describe('organizations, events and facilities', () => {
  it('ends a storm\'s name with "Superstorm" before it', () => {
    expect(names('Superstorm Kendra flooded the coast.')).toEqual([['Superstorm Kendra', 'EVENT']]);
  });

  it('reads two banks joined by "and" as two', () => {
    expect(names('Nippon Credit Bank and Hokkaido Takushoku Bank led the declines.')).toEqual([
      ['Nippon Credit Bank', 'ORG'], ['Hokkaido Takushoku Bank', 'ORG'],
    ]);
  });

  it('reads a name ending in "Properties" as a company\'s', () => {
    expect(names('Shares of Kowloon Harbour Properties rose.')).toEqual([['Kowloon Harbour Properties', 'ORG']]);
  });

  it('reads a hall or a garden as a facility, two joined by "and the" as two', () => {
    expect(names('The band played the Harbourside Festival Hall.')).toEqual([['Harbourside Festival Hall', 'FAC']]);
    expect(names('He spoke in the Oak Hall and the Rose Garden.')).toEqual([['Oak Hall', 'FAC'], ['Rose Garden', 'FAC']]);
  });

  it('leaves the sentence\'s stop out of a name that ends in a lone capital', () => {
    expect(names('Juventus stay top of Serie A. Del Piero scored.')).toContainEqual(['Serie A', 'EVENT']);
  });
});

describe('names with letters of the Latin alphabet\'s extensions', () => {
  it('reads them whole, and links them to the registry\'s spelling', () => {
    expect(names('Polish astronaut Sławosz Uznański flew to the station.')).toEqual([['Polish', 'NORP'], ['Sławosz Uznański', 'PERSON']]);
    expect(linked('Luka Dončić scored 30. Dončić made his debut. Novak Đoković won.')).toEqual([
      ['Luka Dončić', 'person/luka-doncic'], ['Dončić', 'person/luka-doncic'], ['Novak Đoković', 'person/novak-djokovic'],
    ]);
  });
});

describe('the registry of the news of 1990 to 2019', () => {
  it('links the leaders of the time by full name and by the surname the press gives them alone', () => {
    expect(linked('Russian President Boris Yeltsin met Prime Minister Viktor Chernomyrdin. Yeltsin left early.')).toEqual(expect.arrayContaining([
      ['Boris Yeltsin', 'person/boris-yeltsin'], ['Viktor Chernomyrdin', 'person/viktor-chernomyrdin'], ['Yeltsin', 'person/boris-yeltsin'],
    ]));
  });

  it('links the exchanges, companies and bodies of the wire of the time', () => {
    expect(linked('Copper fell on the London Metal Exchange. Telekom shares rose. The FOMC meets on Tuesday.')).toEqual([
      ['London Metal Exchange', 'org/london-metal-exchange'], ['Telekom', 'org/deutsche-telekom'], ['FOMC', 'org/federal-open-market-committee'],
    ]);
  });

  it('links a body the British press writes in title case', () => {
    expect(linked('Fifa president Gianni Infantino said.')).toEqual([['Fifa', 'org/fifa'], ['Gianni Infantino', 'person/gianni-infantino']]);
  });
});
