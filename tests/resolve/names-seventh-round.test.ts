// Names of today's news read as the wrong kind or in pieces, a fourteenth round: a place written right before a
// registry name of several words. Invented sentences through the shipped pipeline.
import { describe, expect, it } from 'vitest';
import { readMentions, readNames } from '../shipped-pipeline.js';

const names = readNames;

describe('a place written right before a registry name of several words', () => {
  it('reads the place and the name apart where the model ran the place into the name', () => {
    expect(names('U.S. West Texas Intermediate crude gained $1.19.')).toEqual([['U.S.', 'GPE'], ['West Texas Intermediate crude', 'PRODUCT']]);
    expect(names('He leads the second-largest U.S. Roman Catholic archdiocese.')).toContainEqual(['Roman Catholic', 'NORP']);
  });

  it('keeps an organization named with its country as one name', () => {
    expect(names('The U.S. Federal Reserve held rates.')).toEqual([['U.S. Federal Reserve', 'ORG']]);
  });
});

describe('transport operators, national teams, mononymous players and a meeting series are registry entries', () => {
  it('reads them as their kind', () => {
    expect(names('A Metro-North train derailed in the Bronx, the MTA said.')).toEqual([['Metro-North', 'ORG'], ['Bronx', 'GPE'], ['MTA', 'ORG']]);
    expect(names('Pep Guardiola said Rodri would miss six weeks.')).toEqual([['Pep Guardiola', 'PERSON'], ['Rodri', 'PERSON']]);
    expect(names('Sam Kerr will return to the Matildas squad.')).toEqual([['Sam Kerr', 'PERSON'], ['Matildas', 'ORG']]);
    expect(names('He cleared 6.29 metres at the Diamond League meeting in Stockholm.')).toEqual([['Diamond League', 'EVENT'], ['Stockholm', 'GPE']]);
  });
});

describe("a facility named by its noun in another language and a particle", () => {
  it('reads the whole name as a facility', () => {
    expect(names('The ceremony was held at the Theatre du Chatelet.')).toEqual([['Theatre du Chatelet', 'FAC']]);
  });
});

describe('an unsure organization of one word joined by "and" to a place after "in"', () => {
  it('reads it as a place', () => {
    expect(names('They play Argentina in Sydney and Newcastle next month.')).toEqual([['Argentina', 'GPE'], ['Sydney', 'GPE'], ['Newcastle', 'GPE']]);
  });

  it('leaves an organization the registry knows', () => {
    expect(names('He invested in London and Microsoft last year.')).toContainEqual(['Microsoft', 'ORG']);
  });
});

describe('a quoted title with an apposition of a kind of work after it', () => {
  it('reads the whole quotation as the work', () => {
    expect(names('Desai was shortlisted for "The Loneliness of Sonia and Sunny", her first novel in two decades.'))
      .toEqual([['Desai', 'PERSON'], ['Loneliness of Sonia and Sunny', 'WORK_OF_ART']]);
  });

  it('needs the apposition: a verb after the comma is no cue', () => {
    expect(names('"Songs of Praise Under Fire," plays on the radio.')).not.toContainEqual(['Songs of Praise Under Fire', 'WORK_OF_ART']);
  });
});

describe('an organization whose joined subject the model read as a person', () => {
  it('runs the subject on through words no person is named by', () => {
    expect(names('He directed the National Institute of Allergy and Infectious Diseases for decades.'))
      .toEqual([['National Institute of Allergy and Infectious Diseases', 'ORG']]);
  });
});

describe("congressional committees whose names hold commas", () => {
  it('reads the committee whole', () => {
    expect(names('She testified before the Senate Health, Education, Labor and Pensions Committee.'))
      .toEqual([['Senate Health, Education, Labor and Pensions Committee', 'ORG']]);
  });
});

describe('a law the model ran on into lower-case words', () => {
  it('is typed by its last capitalised word, as the span is trimmed', () => {
    expect(names("Ruto signed the Finance Bill into law on June 26.")).toEqual([['Ruto', 'PERSON'], ['Finance Bill', 'LAW']]);
  });
});

describe('a kind of building capitalised after a name the model stopped short of', () => {
  it('takes the kind in and makes the name a facility', () => {
    expect(names('He opened fire at the Annunciation Catholic Church on Wednesday.')).toEqual([['Annunciation Catholic Church', 'FAC']]);
  });

  it('leaves a person and the churches the registry knows', () => {
    expect(names('He met Michael Hall in Paris.')).toEqual([['Michael Hall', 'PERSON'], ['Paris', 'GPE']]);
    expect(names('The Catholic Church said it would appeal.')).toEqual([['Catholic Church', 'ORG']]);
  });
});

describe("a credit rating's grade", () => {
  it('is no name', () => {
    expect(names("Moody's cut the rating by one notch to Aa1 from Aaa.").map(([text]) => text)).not.toContain('Aaa');
  });
});

describe('a registry name written with an abbreviation\'s stop where the tokenizer ends a sentence', () => {
  it('reads the name across the stop', () => {
    expect(names('Warner Bros. Discovery said on Thursday it would split.')).toEqual([['Warner Bros. Discovery', 'ORG']]);
  });

  it('does not read across a stop an alias written without one', () => {
    expect(names('They pulled away from Ajax. Amsterdam was quiet.')).toEqual([['Ajax', 'ORG'], ['Amsterdam', 'GPE']]);
  });
});

describe("a model's name cut before a surer registry name", () => {
  it('is trimmed again: no comma or article is left at its end', () => {
    expect(names("Pope Francis died at his residence in the Vatican's Casa Santa Marta, the Holy See said.").map(([text]) => text))
      .not.toContain('Marta, the');
  });
});

describe('a quoted title with a credit of its maker after it, and an event ending in "Contest"', () => {
  it('reads the quotation as a work', () => {
    expect(names('"One Battle After Another", directed by Paul Thomas Anderson, won best picture.'))
      .toEqual([['One Battle After Another', 'WORK_OF_ART'], ['Paul Thomas Anderson', 'PERSON']]);
  });

  it('reads a contest as an event', () => {
    expect(names('The Eurovision Song Contest will be held in Vienna.')).toEqual([['Eurovision Song Contest', 'EVENT'], ['Vienna', 'GPE']]);
  });

  it('reads a tournament ending in "Masters" as an event', () => {
    expect(names('Colin Montgomerie took the lead at the European Masters on Friday.')).toEqual([['Colin Montgomerie', 'PERSON'], ['European Masters', 'EVENT']]);
  });
});

describe('a year the model took into the name after it', () => {
  it('is a date of its own, and the name is kept', () => {
    expect(readMentions('The 2026 World Cup will feature 48 teams.').map((m) => [m.text, m.type])).toEqual([['2026', 'DATE'], ['World Cup', 'EVENT'], ['48', 'CARDINAL']]);
  });

  it('leaves a club named with a year before 1900', () => {
    expect(names('He joined 1860 Munich last year.')).toEqual([['1860 Munich', 'ORG']]);
  });
});

describe('a kind of region in lower case after a name', () => {
  it('makes a name the registry does not know a place', () => {
    expect(names('A helicopter crashed in the Ashanti region.')).toEqual([['Ashanti', 'GPE']]);
  });

  it("leaves an adjective's name and a people the registry knows", () => {
    expect(names('China borders the restive Himalayan region.')).toContainEqual(['Himalayan', 'NORP']);
    expect(names('Fighting spread in the Kurdish region.')).toEqual([['Kurdish', 'NORP']]);
  });
});

describe("an organization named before its head that the model read, unsure, on the same span", () => {
  it('is seconded over the surer town inside it', () => {
    expect(names('The Los Angeles Police Department said 14 people were arrested.')).toEqual([['Los Angeles Police Department', 'ORG']]);
  });
});

describe('roads named by a number before their kind, and kinds of road ending a name', () => {
  it('reads them as facilities', () => {
    expect(names('Traffic on the 101 Freeway and the New Jersey Turnpike stalled.')).toEqual([['101 Freeway', 'FAC'], ['New Jersey Turnpike', 'FAC']]);
  });

  it('leaves a count before a capitalised word that is no road', () => {
    expect(readMentions('Officers said 3 Highway Patrol troopers were hurt.').map((m) => [m.text, m.type])).toContainEqual(['3', 'CARDINAL']);
  });
});

describe('a seat of parliament named after "seat of"', () => {
  it('is a place', () => {
    expect(names('Peter Dutton lost his own seat of Dickson.')).toEqual([['Peter Dutton', 'PERSON'], ['Dickson', 'GPE']]);
  });
});

describe('an indefinite article the model took into a name the registry knows', () => {
  it('is cut off', () => {
    expect(names('A Tesla Cybertruck exploded outside the hotel.')).toContainEqual(['Tesla', 'ORG']);
  });
});

describe('a sports position before a name, and initials of several letters', () => {
  it('reads the whole name as a person', () => {
    expect(names('The Minnesota Vikings placed quarterback J.J. McCarthy on injured reserve.'))
      .toEqual([['Minnesota Vikings', 'ORG'], ['J.J. McCarthy', 'PERSON']]);
    expect(names('He met forward J.J. Redick.')).toEqual([['J.J. Redick', 'PERSON']]);
  });
});

describe('the Indian Premier League teams', () => {
  it('are organizations', () => {
    expect(names('Mumbai Indians beat Gujarat Titans by 20 runs.')).toEqual([['Mumbai Indians', 'ORG'], ['Gujarat Titans', 'ORG']]);
  });
});

describe('a refinery, a mobile-money service and an airliner variant', () => {
  it('reads each as its kind', () => {
    expect(names('Dangote Refinery said it would export petrol.')).toEqual([['Dangote Refinery', 'FAC']]);
    expect(names("Safaricom's M-Pesa processed the payments.")).toEqual([['Safaricom', 'ORG'], ['M-Pesa', 'PRODUCT']]);
    expect(names('The airline took delivery of its first Boeing 777-9.')).toEqual([['Boeing 777-9', 'PRODUCT']]);
  });
});

describe('a survey named before its head', () => {
  it('is an organization', () => {
    expect(names('The U.S. Geological Survey said a magnitude 8.8 earthquake struck.')).toEqual([['U.S. Geological Survey', 'ORG']]);
    expect(names('The British Geological Survey said the quake was felt.')).toEqual([['British Geological Survey', 'ORG']]);
  });
});

describe('two registry companies joined by "and" after a common noun\'s "of"', () => {
  it('are two names', () => {
    expect(names('The merger of Nippon Steel and U.S. Steel closed in June.')).toEqual([['Nippon Steel', 'ORG'], ['U.S. Steel', 'ORG']]);
  });
});

describe("biotech companies' heads, and a developer before a company's name", () => {
  it('reads the companies as organizations', () => {
    expect(names('Sanofi agreed to acquire Blueprint Medicines for $9.5 billion.')).toEqual([['Sanofi', 'ORG'], ['Blueprint Medicines', 'ORG']]);
    expect(names('Pfizer agreed to buy obesity drug developer Metsera.')).toEqual([['Pfizer', 'ORG'], ['Metsera', 'ORG']]);
  });
});

describe('a surname opened by a particle and a hyphen', () => {
  it('stays in the name, and joins the person the model stopped before it', () => {
    expect(names('Houthi leader Abdul-Malik al-Houthi said the group would keep attacking ships.')).toContainEqual(['Abdul-Malik al-Houthi', 'PERSON']);
  });
});

describe("a headline's verb before a surname", () => {
  it('is no given name the person is widened over', () => {
    const text = 'Macron Names Lecornu Prime Minister After Bayrou Ousted\nFrench President Emmanuel Macron named Sebastien Lecornu as prime minister after Francois Bayrou was ousted.';
    expect(names(text).slice(0, 3)).toEqual([['Macron', 'PERSON'], ['Lecornu', 'PERSON'], ['Bayrou', 'PERSON']]);
  });
});

describe("a headline's word the model ran into a name the article gives below", () => {
  it('is cut off the name', () => {
    const text = 'Zelenskiy Says Ukraine Will Not Cede Donbas in Any Peace Deal\nKYIV (Reuters) - Ukrainian President Volodymyr Zelenskiy said Kyiv would not withdraw its troops from the Donbas region.';
    expect(names(text).slice(0, 3)).toEqual([['Zelenskiy', 'PERSON'], ['Ukraine', 'GPE'], ['Donbas', 'GPE']]);
  });
});

describe("a headline's words after a person's name", () => {
  it('end the name a title or a given name opened', () => {
    const text = "Thai PM Paetongtarn Suspended by Court Over Leaked Call\nBANGKOK (Reuters) - Thailand's Constitutional Court on Tuesday suspended Prime Minister Paetongtarn Shinawatra from duty.";
    expect(names(text)).toContainEqual(['Paetongtarn', 'PERSON']);
    const caps = 'RALLYING - MAKINEN WINS 1,000 LAKES RALLY.\nTommi Makinen won the rally on Sunday.';
    expect(names(caps)).not.toContainEqual(['MAKINEN WINS', 'PERSON']);
  });
});

describe('a weekday inside a registry name of several words', () => {
  it("is the name's, in capitals too", () => {
    expect(readMentions('SOCCER - NEWCASTLE BEAT SHEFFIELD WEDNESDAY.').map((m) => [m.text, m.type])).toEqual([['NEWCASTLE', 'ORG'], ['SHEFFIELD WEDNESDAY', 'ORG']]);
  });
});

describe("a dateline's date before a name", () => {
  it('is no count of products: a verb after the name is no kind of work', () => {
    expect(names('BALTIMORE 1996-08-28 Brady Anderson hit a two-run homer.')).toContainEqual(['Brady Anderson', 'PERSON']);
  });
});

describe("the grand tours by their English names", () => {
  it('are events', () => {
    expect(names("Alex Zuelle took the lead in the Tour of Spain on Tuesday.")).toEqual([['Alex Zuelle', 'PERSON'], ['Tour of Spain', 'EVENT']]);
  });
});

describe("a people's adjective inside a longer name", () => {
  it('gives way to the whole, as a place inside one does', () => {
    const text = 'MOTOR RACING - SCHUMACHER WINS BELGIAN GRAND PRIX.\nMichael Schumacher won the Belgian Grand Prix on Sunday, his second win of the season.';
    expect(names(text)).toContainEqual(['Belgian Grand Prix', 'EVENT']);
  });

  it('stands where the longer name holds a possessive', () => {
    expect(names("The deal will beef up Magna's North American car seating business.")).not.toContainEqual(["Magna's North American", 'ORG']);
  });
});

describe("a runner's role capitalised in a headline", () => {
  it('is no given name', () => {
    const text = "Kenyan Runner Chepngetich Breaks Marathon World Record in Chicago\nCHICAGO (Reuters) - Kenya's Ruth Chepngetich broke the women's marathon world record on Sunday, winning the Chicago Marathon. Chepngetich, 30, took nearly two minutes off the mark.";
    expect(names(text).filter(([, type]) => type === 'PERSON').map(([text]) => text)).toEqual(['Chepngetich', 'Ruth Chepngetich', 'Chepngetich']);
  });
});

describe("a dateline's place no recognizer read whole", () => {
  it('is proposed as a place', () => {
    expect(names('WINDER, Ga. (AP) — The father of a boy was arrested Thursday.')).toEqual([['WINDER', 'GPE'], ['Ga.', 'GPE'], ['AP', 'ORG']]);
    expect(names('OKLAHOMA CITY (AP) — At least 20 tornadoes touched down across Oklahoma.')).toEqual([['OKLAHOMA CITY', 'GPE'], ['AP', 'ORG'], ['Oklahoma', 'GPE']]);
  });
});
