// Names, numbers and times of the news of 1996 to 2026 read wrong, a twenty-first round. Invented sentences through
// the shipped pipeline.
import { describe, expect, it } from 'vitest';
import { readMentions, readNames } from '../shipped-pipeline.js';

const names = readNames;
const linked = (text: string) => readMentions(text).filter((m) => m.entity !== undefined).map((m) => [m.text, m.entity]);
const mentions = (text: string, published?: string) => readMentions(text, published).map((m) => [m.text, m.type]);

describe('a word of a headline in capitals', () => {
  it('is the common word the article writes in lower case, not a name spelt like it', () => {
    expect(names('SEOUL SHARES FALL ON LABOUR WORRIES\nSEOUL 1996-12-06\nSeoul shares fell on Friday amid labour unrest.'))
      .not.toContainEqual(['LABOUR', 'ORG']);
    expect(names('RAND SLIPS ON TRADE DATA\nJOHANNESBURG 1996-12-06\nThe rand slipped on Friday.')).not.toContainEqual(['RAND', 'ORG']);
  });

  it('stays the name the article gives off such lines', () => {
    expect(names('LABOUR WINS BY-ELECTION\nLONDON 1996-12-06\nLabour won the by-election, and labour unions cheered.'))
      .toContainEqual(['LABOUR', 'ORG']);
  });
});

describe('the line under a byline', () => {
  it('names the agency without the writer\'s desk and role', () => {
    expect(names('By JOHN SMITH\nAssociated Press Writer\nWASHINGTON (AP) -- The Senate voted on Tuesday.'))
      .toContainEqual(['Associated Press', 'ORG']);
    expect(names('By Jane Doe and Mary Jones\nAP Sports Writer\nBOSTON (AP) -- The Celtics won.')).not.toContainEqual(['AP Sports Writer', 'ORG']);
  });
});

describe('a company the registry knows', () => {
  it('is no person where no word of its name is a person\'s', () => {
    expect(linked('Anthropic raises money\nAnthropic said on Tuesday it raised $3.5 billion. Anthropic\'s revenue has grown.'))
      .toEqual([['Anthropic', 'org/anthropic'], ['Anthropic', 'org/anthropic'], ['Anthropic', 'org/anthropic']]);
  });
});

describe('a place and the state after it', () => {
  it('is no namesake abroad', () => {
    expect(linked('Toyota has a plant in Georgetown, Kentucky, and another in Paris, Texas.'))
      .toEqual([['Toyota', 'org/toyota'], ['Georgetown', 'nil:gpe/georgetown'], ['Kentucky', 'gpe/kentucky'], ['Paris', 'nil:gpe/paris'], ['Texas', 'gpe/texas']]);
    expect(linked('He flew from Paris, France, to Chicago.')).toContainEqual(['Paris', 'gpe/paris']);
  });
});

describe('a party named by a word other countries\' bodies share', () => {
  it('is India\'s Congress in a story of Indian places, the United States\' elsewhere', () => {
    expect(linked('In Delhi, the BJP swept the polls while Congress failed to win a seat.')).toContainEqual(['Congress', 'org/indian-national-congress']);
    expect(linked('Congress passed the sanctions bill against Iran on Tuesday.')).toContainEqual(['Congress', 'org/us-congress']);
  });
});

describe('titles of Kenya\'s cabinet and of British police', () => {
  it('stay out of the name', () => {
    expect(names('Transport CS Davis Chirchir said the road would open.')).toEqual([['Davis Chirchir', 'PERSON']]);
    expect(names('PC Zachary Marsden was injured.')).toEqual([['Zachary Marsden', 'PERSON']]);
  });
});

describe('a sports desk\'s slug joined to the headline', () => {
  it('is no part of the name after it', () => {
    expect(names('SOCCER-Italy beat France in Paris')).toContainEqual(['Italy', expect.any(String)]);
    expect(names('SOCCER-Italy beat France in Paris')).not.toContainEqual(['SOCCER-Italy', expect.any(String)]);
  });
});

describe('a venue', () => {
  it('ends in a coliseum or a dome', () => {
    expect(names('The game was played at the Pacific Coliseum.')).toContainEqual(['Pacific Coliseum', 'FAC']);
    expect(names('Crowds queued outside the Harbourside Dome.')).toContainEqual(['Harbourside Dome', 'FAC']);
  });

  it('but a person with a given name before a surname that is also a venue\'s head stays a person', () => {
    expect(names('Actress Sally Field won an award.')).toContainEqual(['Sally Field', 'PERSON']);
    expect(names('Actor Nathan Lane won an award.')).toContainEqual(['Nathan Lane', 'PERSON']);
  });
});

describe('numbers', () => {
  it('read a rank after the rank below it in a series, a share otherwise', () => {
    expect(mentions('A third plane crashed into the Pentagon. A fourth, United Flight 93, went down in a field.'))
      .toContainEqual(['fourth', 'ORDINAL']);
    expect(mentions('A third said they would vote, and a fourth said they would not.')).toContainEqual(['a fourth', 'CARDINAL']);
    expect(mentions('Sales fell by a third.')).toContainEqual(['a third', 'CARDINAL']);
  });

  it('read a temperature in a spaced C or F after "minus", a word of temperature, or before the other scale', () => {
    expect(mentions('The temperature fell to minus 42 F, and highs near 30 F are expected.'))
      .toEqual([['minus 42 F', 'QUANTITY'], ['30 F', 'QUANTITY']]);
    expect(mentions('In Phoenix it hit 47.9 C (118 F).')).toEqual([['Phoenix', 'GPE'], ['47.9 C', 'QUANTITY'], ['118 F', 'QUANTITY']]);
    expect(mentions('He got a C in French.')).not.toContainEqual(expect.arrayContaining(['QUANTITY']));
  });

  it('read no thousands in a year before "grand"', () => {
    expect(mentions('He starred in the 2021 grand final and earned 10 grand.')).toEqual([['2021', 'DATE'], ['10 grand', 'MONEY']]);
  });
});

describe('a side named by its town before a player\'s position', () => {
  it('is the club, a rugby forward\'s too', () => {
    expect(names('England named Bath centre Phil de Glanville. Leicester lock Martin Johnson was dropped.'))
      .toEqual(expect.arrayContaining([['Bath', 'ORG'], ['Leicester', 'ORG'], ['Martin Johnson', 'PERSON']]));
    expect(names('Flyhalf Arwel Thomas scored 19 points.')).toEqual([['Arwel Thomas', 'PERSON']]);
  });
});

describe('the regional banks of the Federal Reserve and the S&P 500 index', () => {
  it('are named as the press names them', () => {
    expect(linked('Richmond Fed President Jeffrey Lacker dissented from the Fed\'s decision.'))
      .toEqual([['Richmond Fed', 'org/federal-reserve-bank-of-richmond'], ['Jeffrey Lacker', 'person/jeffrey-lacker'], ['Fed', 'org/federal-reserve']]);
    expect(linked('The Standard & Poor\'s 500 Index climbed.')).toEqual([['Standard & Poor\'s 500 Index', 'product/sp-500']]);
  });
});

describe('a minister\'s portfolio before the title and a name', () => {
  it('is no party', () => {
    expect(names('Labour Minister Norbert Bluem said unemployment rose.')).toEqual([['Norbert Bluem', 'PERSON']]);
    expect(names('Labour leader Tony Blair agreed.')).toEqual([['Labour', 'ORG'], ['Tony Blair', 'PERSON']]);
  });
});

describe('honorifics of Asia and Africa', () => {
  it('stay out of the name', () => {
    expect(names('Shri Narendra Modi inaugurated the bridge. Alhaji Aliko Dangote was present.'))
      .toEqual([['Narendra Modi', 'PERSON'], ['Aliko Dangote', 'PERSON']]);
    expect(names('Datuk Seri Anwar Ibrahim spoke in Sri Lanka.')).toEqual([['Anwar Ibrahim', 'PERSON'], ['Sri Lanka', 'GPE']]);
  });
});

describe('a one-word name the article gives in full', () => {
  it('is the team named in full before it, whatever the registry\'s alias of the word names', () => {
    expect(linked('The San Antonio Spurs lost again. Robinson scored 28 points against the Spurs last year.'))
      .toEqual(expect.arrayContaining([['Spurs', 'org/san-antonio-spurs']]));
  });

  it('is the person whose surname a place shares, but after a word of place', () => {
    expect(names('Michael Jordan scored 30 points. Jordan hit 15 of 26 shots. King Hussein of Jordan watched.'))
      .toEqual([['Michael Jordan', 'PERSON'], ['Jordan', 'PERSON'], ['Hussein', 'PERSON'], ['Jordan', 'GPE']]);
  });
});
