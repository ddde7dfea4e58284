// resolve's rules about names, on invented sentences: honorifics and titles, trailing words the model
// glued on, one sense per name per article, and surnames met again.
import { describe, expect, it } from 'vitest';
import type { Candidate } from '../../src/document.js';
import { loadConfig } from '../../src/config.js';
import { createPipeline } from '../../src/pipeline.js';
import { resolveMentions } from '../../src/stages/resolve.js';
import { tokenize } from '../../src/text/tokenize.js';
import { smallIndex } from '../link/small-registry.js';

const registry = smallIndex();

/** Each candidate is [span, type, confidence?, source?], found in order after the previous one. */
function resolved(text: string, spans: [string, Candidate['type'], number?, string?][]): [string, string][] {
  let from = 0;
  const candidates = spans.map(([span, type, confidence = 0.8, source = 'model']) => {
    const start = text.indexOf(span, from);
    if (start < 0) throw new Error(`"${span}" not found`);
    from = start + 1;
    return { start, end: start + span.length, type, confidence, source };
  });
  return resolveMentions(text, tokenize(text).tokens, candidates, registry).map((m) => [text.slice(m.start, m.end), m.type]);
}

describe('honorifics and titles', () => {
  it('makes a PERSON of the name after an honorific, whatever a recognizer typed it, honorific left out', () => {
    expect(resolved('Later Mr. Okafor-Lindqvist left.', [['Mr. Okafor-Lindqvist', 'GPE', 0.95]])).toEqual([['Okafor-Lindqvist', 'PERSON']]);
    expect(resolved('We met Dr. Amara Quist in Leeds.', [['Amara Quist', 'ORG', 0.6]])).toEqual([['Amara Quist', 'PERSON']]);
  });

  it('proposes the person after an honorific that no recognizer saw', () => {
    expect(resolved('Asked again, Ms. Varga declined.', [])).toEqual([['Varga', 'PERSON']]);
  });

  it('does not take a title after an honorific for a name', () => {
    expect(resolved('Thank you, Mr. President.', [])).toEqual([]);
  });

  it('cuts a person out of a longer name at a title inside it', () => {
    expect(resolved('Harbour Authority President Tomas Weller said no.', [['Harbour Authority President Tomas Weller', 'ORG']]))
      .toEqual([['Harbour Authority', 'ORG'], ['Tomas Weller', 'PERSON']]);
    expect(resolved('Rail Secretary Ines Moll spoke.', [['Rail Secretary Ines Moll', 'NORP']])).toEqual([['Ines Moll', 'PERSON']]);
  });

  it('takes the whole name after a title inside a longer span, where the model stopped short', () => {
    expect(resolved('Tarsis Bank President Ilse Quist spoke.', [['Tarsis Bank President Ilse', 'ORG']])).toEqual([['Tarsis Bank', 'ORG'], ['Ilse Quist', 'PERSON']]);
    expect(resolved('President Edward Sound froze.', [['President Edward', 'PERSON']])).toEqual([['Edward', 'PERSON']]);
  });

  it('proposes the person after a role, but not a people’s name after it, nor after a role in capitals', () => {
    expect(resolved('The striker Oyelaran Quist scored.', [['Oyelaran Quist', 'ORG', 0.4]])).toEqual([['Oyelaran Quist', 'PERSON']]);
    expect(resolved('The veteran Russian Ivan Quist won.', [])).toEqual([]);
    expect(resolved('Son Heung-min scored.', [['Son Heung-min', 'PERSON', 0.6]])).toEqual([['Son Heung-min', 'PERSON']]);
    expect(resolved('The late Kobina Quist was honoured late Monday.', [['Kobina Quist', 'ORG', 0.5]])).toEqual([['Kobina Quist', 'PERSON']]);
    expect(resolved('We met late Monday.', [])).toEqual([]);
    expect(resolved('FRENCH DEFENDER QUIST JOINS CLUB', [])).toEqual([]);
  });

  it('cuts a role that opens a sentence off a person\'s name of two words or more the model read with it', () => {
    expect(resolved('Actor Gene Quist died on Monday.', [['Actor Gene Quist', 'ORG', 0.9]])).toEqual([['Gene Quist', 'PERSON']]);
    expect(resolved('Author Salma Varga spoke.', [['Author Salma Varga', 'PERSON', 0.9]])).toEqual([['Salma Varga', 'PERSON']]);
    // Not an event a sponsor names, nor one name after the role.
    expect(resolved('Singer World Series begins.', [['Singer World Series', 'EVENT', 0.9]])).toEqual([['Singer World Series', 'EVENT']]);
    expect(resolved('Coach Quist left.', [['Coach Quist', 'PERSON', 0.9]])).toEqual([['Coach Quist', 'PERSON']]);
  });

  it('leaves names that only begin like a title alone', () => {
    expect(resolved('General Motors and Major League Baseball agreed.', [['General Motors', 'ORG'], ['Major League Baseball', 'EVENT']]))
      .toEqual([['General Motors', 'ORG'], ['Major League Baseball', 'EVENT']]);
  });
});

describe('boundaries', () => {
  it('drops a figure the model glued onto the end of a person’s name, not of another name', () => {
    expect(resolved('England 296 (A. Quist 69, Nord Stream 1 shut)', [['A. Quist 69', 'PERSON'], ['Nord Stream 1', 'FAC']])).toEqual([['A. Quist', 'PERSON'], ['Nord Stream 1', 'FAC']]);
    expect(resolved('Goals: Kofi Mensah 46th, Lars Berg', [['Kofi Mensah 46th', 'PERSON'], ['Lars Berg', 'PERSON']])).toEqual([['Kofi Mensah', 'PERSON'], ['Lars Berg', 'PERSON']]);
  });

  it('ends a name at a possessive with a month or weekday after it', () => {
    expect(resolved("The Tarsis Department's July report", [["Tarsis Department's July", 'ORG']])).toEqual([['Tarsis Department', 'ORG']]);
  });

  it('lets the model’s reading of an organization that goes on further stand against the head-noun rule', () => {
    const text = 'The Organisation for Trade and Cooperation in Velmar met.';
    expect(resolved(text, [['Organisation for Trade and Cooperation in Velmar', 'ORG', 0.6]])).toEqual([['Organisation for Trade and Cooperation in Velmar', 'ORG']]);
  });

  it('drops a lower-case word the model took in before a name, but not a name’s particle', () => {
    expect(resolved('Shares of Velmar rose; Aravinda de Quist and al Tarsis spoke.', [['of Velmar', 'ORG'], ['de Quist', 'PERSON'], ['al Tarsis', 'PERSON']]).map(([t]) => t))
      .toEqual(['Velmar', 'Aravinda de Quist', 'al Tarsis']);
  });

  it('drops lower-case words the model glued onto the end of a name', () => {
    expect(resolved('Then Vossberg of playing games', [['Vossberg of playing', 'ORG', 0.4]])).toEqual([['Vossberg', 'ORG']]);
    expect(resolved('Her daughter Liesl were killed', [['Liesl were killed', 'PERSON']])).toEqual([['Liesl', 'PERSON']]);
  });

  it('keeps lower-case words of a registry name', () => {
    expect(resolved('Then Vossberg of playing games', [['Vossberg of playing', 'ORG', 0.4, 'registry']])).toEqual([['Vossberg of playing', 'ORG']]);
  });
});

describe('one sense per name per article', () => {
  it('gives an organization’s short name the organization’s type', () => {
    const text = 'Bluewater Trust International said so. Bluewater said it would appeal.';
    expect(resolved(text, [['Bluewater Trust International', 'ORG', 0.9], ['Bluewater', 'PERSON', 0.7]]))
      .toEqual([['Bluewater Trust International', 'ORG'], ['Bluewater', 'ORG']]);
  });

  it('types every mention of a name as the most confident mentions do', () => {
    const text = 'The Stoneyard hearing began. At the Stoneyard, guards waited. Stoneyard staff left.';
    expect(resolved(text, [['Stoneyard', 'NORP', 0.4], ['Stoneyard', 'FAC', 0.9], ['Stoneyard', 'PERSON', 0.4]]).map(([, t]) => t))
      .toEqual(['FAC', 'FAC', 'FAC']);
  });

  it('does not move a name between a place and an organization (a team named after its city)', () => {
    const text = 'Marlow 3 Ayr 1. The match was played at Marlow.';
    expect(resolved(text, [['Marlow', 'ORG', 0.9], ['Ayr', 'ORG', 0.9], ['Marlow', 'GPE', 0.6]]).map(([, t]) => t)).toEqual(['ORG', 'ORG', 'GPE']);
  });

  it('gives a surname of several words, or a hyphenated one, its full name’s type', () => {
    // (The short mentions come first: the helper finds each span after the previous one.)
    const text = 'Nyo Mya said more than opposition figure Daw Khin Nyo Mya. Brandt-Okafor left after Ilona Brandt-Okafor arrived.';
    expect(resolved(text, [['Nyo Mya', 'ORG', 0.6], ['Daw Khin Nyo Mya', 'PERSON', 0.9], ['Brandt-Okafor', 'NORP', 0.5], ['Ilona Brandt-Okafor', 'PERSON', 0.9]]))
      .toEqual([['Nyo Mya', 'PERSON'], ['Daw Khin Nyo Mya', 'PERSON'], ['Brandt-Okafor', 'PERSON'], ['Ilona Brandt-Okafor', 'PERSON']]);
  });

  it('makes a full name a PERSON when the article names its surname alone as a person', () => {
    const text = 'Kaveh Rostamzadeh arrived. Mr. Rostamzadeh spoke.';
    expect(resolved(text, [['Kaveh Rostamzadeh', 'ORG', 0.5]])).toEqual([['Kaveh Rostamzadeh', 'PERSON'], ['Rostamzadeh', 'PERSON']]);
  });

  it('finds a surname met again that no recognizer proposed, but not inside a longer capitalised name', () => {
    const text = 'Ilse Wandrey won. Wandrey said so. The Wandrey Prize is old.';
    expect(resolved(text, [['Ilse Wandrey', 'PERSON', 0.9]])).toEqual([['Ilse Wandrey', 'PERSON'], ['Wandrey', 'PERSON']]);
  });
});

describe('an unknown person named three ways across two articles', () => {
  it('gets one PERSON nil id in both', () => {
    const pipeline = createPipeline(loadConfig('pipeline.config.json'));
    const ids = (id: string, text: string) => {
      const doc = pipeline.annotate({ id, text }, { file: id }, id);
      return doc.mentions.filter((m) => m.text.includes('Rostamzadeh')).map((m) => [m.text, m.type, m.entity]);
    };
    const person = 'nil:person/kaveh-rostamzadeh';
    expect(ids('a', 'The inquiry was led by Kaveh Rostamzadeh, a hydrologist. Mr. Rostamzadeh said the dam had failed.'))
      .toEqual([['Kaveh Rostamzadeh', 'PERSON', person], ['Rostamzadeh', 'PERSON', person]]);
    expect(ids('b', 'Investigators on Tuesday questioned Kaveh Rostamzadeh, 54. Rostamzadeh said he would cooperate.'))
      .toEqual([['Kaveh Rostamzadeh', 'PERSON', person], ['Rostamzadeh', 'PERSON', person]]);
  });
});

describe('organizations by their head word', () => {
  it('makes an ORG of a person\'s or a people\'s name with an ampersand between capitalised words', () => {
    const text = 'Velm & Tarsis won the award, and Kestrel & Sons did not.';
    expect(resolved(text, [['Velm & Tarsis', 'PERSON'], ['Kestrel & Sons', 'NORP']])).toEqual([['Velm & Tarsis', 'ORG'], ['Kestrel & Sons', 'ORG']]);
  });

  it('takes the company suffixes after a name into it, as an ORG', () => {
    const text = 'Analysts at Ilse Quist & Co, Tarsis Velm & Co Inc, and Brandt & Sons spoke. Quist & Co. said more; Velmar Bros. chief Sarah Inchley agreed.';
    expect(resolved(text, [['Ilse Quist', 'PERSON'], ['Tarsis Velm', 'PERSON'], ['Co Inc', 'ORG'], ['Brandt', 'PERSON'], ['Quist', 'PERSON'], ['Velmar', 'ORG'], ['Sarah Inchley', 'PERSON']]))
      .toEqual([['Ilse Quist & Co', 'ORG'], ['Tarsis Velm & Co Inc', 'ORG'], ['Brandt & Sons', 'ORG'], ['Quist & Co.', 'ORG'], ['Velmar Bros.', 'ORG'], ['Sarah Inchley', 'PERSON']]);
  });

  it('makes an ORG of a PERSON ending in an organization’s head word that is no person’s name word', () => {
    const text = 'Analysts at Halvorsen Communications and Tomas Post spoke, as did Ilse Group.';
    const nameWords = new Set(['post', 'tomas', 'ilse', 'group']);
    const candidates = ['Halvorsen Communications', 'Tomas Post', 'Ilse Group'].map((span) => {
      const start = text.indexOf(span);
      return { start, end: start + span.length, type: 'PERSON' as const, confidence: 0.6, source: 'model' };
    });
    expect(resolveMentions(text, tokenize(text).tokens, candidates, registry, (w) => nameWords.has(w.toLowerCase())).map((m) => [text.slice(m.start, m.end), m.type]))
      .toEqual([['Halvorsen Communications', 'ORG'], ['Tomas Post', 'PERSON'], ['Ilse Group', 'PERSON']]);
  });

  it('makes an ORG of a NORP of three words or more ending in an organization’s head word, not of a league', () => {
    const text = 'Lawyers for the Veldish Civil Liberties Union spoke; the Veldish League did not.';
    const candidates = ['Veldish Civil Liberties Union', 'Veldish League'].map((span) => {
      const start = text.indexOf(span);
      return { start, end: start + span.length, type: 'NORP' as const, confidence: 0.6, source: 'model' };
    });
    expect(resolveMentions(text, tokenize(text).tokens, candidates, registry).map((m) => [text.slice(m.start, m.end), m.type]))
      .toEqual([['Veldish Civil Liberties Union', 'ORG'], ['Veldish League', 'NORP']]);
  });

  it('makes an ORG of a place of several words ending in a head no place ends in, but not in one a place may end in', () => {
    const text = 'Officers of North Varden Police and Kuria District Council met in the West Bank, Varden City and the Kuria Union.';
    expect(resolved(text, [['North Varden Police', 'GPE'], ['Kuria District Council', 'LOC'], ['West Bank', 'LOC'], ['Varden City', 'GPE'], ['Kuria Union', 'GPE']]))
      .toEqual([['North Varden Police', 'ORG'], ['Kuria District Council', 'ORG'], ['West Bank', 'LOC'], ['Varden City', 'GPE'], ['Kuria Union', 'GPE']]);
  });
});

describe('table furniture', () => {
  it('drops the model’s names on a header line above figures, and group labels, but not a side or a registry name', () => {
    const text = 'W L PCT GB\nToronto 42 20 .677 -\nGroup D\nSan Jose\n12 9 3 55\nLe Mans\n10 8 2 40\nThomas S said Serie A and Charles V';
    expect(resolved(text, [['PCT GB', 'ORG'], ['Toronto', 'ORG'], ['Group D', 'ORG'], ['San Jose', 'GPE'], ['Le Mans', 'GPE', 0.9, 'registry'], ['Thomas S', 'PERSON'], ['Serie A', 'NORP'], ['Charles V', 'PERSON']]).map(([t]) => t))
      .toEqual(['Toronto', 'San Jose', 'Le Mans', 'Thomas S', 'Serie A', 'Charles V']);
  });
});

describe('names that end in a possessive', () => {
  it('keeps the ’s of a name the article writes with an ’s that owns nothing, in every mention', () => {
    const text = "Rain stopped play at Brindle's. Brindle's was full. Brindle's pavilion shook. Orla's coach said so.";
    expect(resolved(text, [["Brindle's", 'FAC'], ['Brindle', 'FAC'], ['Brindle', 'FAC'], ['Orla', 'PERSON']]))
      .toEqual([["Brindle's", 'FAC'], ["Brindle's", 'FAC'], ["Brindle's", 'FAC'], ['Orla', 'PERSON']]);
  });

  it('leaves it out of a name that owns something wherever it is written, in brackets or in the registry', () => {
    const text = "Vossberg's plan failed. Then (Vossberg's) call and Atlanta's. Atlanta's mayor spoke.";
    expect(resolved(text, [["Vossberg's", 'PERSON'], ['Vossberg', 'PERSON'], ['Atlanta', 'GPE'], ['Atlanta', 'GPE']]).map(([t]) => t))
      .toEqual(['Vossberg', 'Vossberg', 'Atlanta', 'Atlanta']);
  });
});

describe('organization cues', () => {
  it('makes an ORG of a PERSON with words around it only an organization has, and carries it to the other mentions', () => {
    const text = "Velmar general manager Ines Quist quit. Velmar said so, and Velmar's board met. Analysts said Velmar would recover.";
    expect(resolved(text, [['Velmar', 'PERSON', 0.6], ['Ines Quist', 'PERSON', 0.9], ['Velmar', 'PERSON', 0.8], ["Velmar's", 'PERSON', 0.7], ['Velmar', 'PERSON', 0.9]]).map(([, t]) => t))
      .toEqual(['ORG', 'PERSON', 'ORG', 'ORG', 'ORG']);
    expect(resolved('The chief executive of Tarsis Holm resigned.', [['Tarsis Holm', 'PERSON']])).toEqual([['Tarsis Holm', 'ORG']]);
    // Only a company is owned; a candidate is backed.
    expect(resolved('Vantor-owned Quistly grew, and state-owned Tarsis Holm fell.', [['Vantor', 'ORG'], ['Quistly', 'PERSON'], ['Tarsis Holm', 'PERSON']]))
      .toEqual([['Vantor', 'ORG'], ['Quistly', 'ORG'], ['Tarsis Holm', 'ORG']]);
    expect(resolved('Vantor-backed Ines Quist won.', [['Vantor', 'ORG'], ['Ines Quist', 'PERSON']])).toEqual([['Vantor', 'ORG'], ['Ines Quist', 'PERSON']]);
  });

  it('leaves people whose spokesman, shares or office is named', () => {
    const text = "Quist spokesman Jon Marr said Quist's shares and Quist's office were sold.";
    expect(resolved(text, [['Quist', 'PERSON'], ['Jon Marr', 'PERSON'], ["Quist's", 'PERSON'], ["Quist's", 'PERSON']]).map(([, t]) => t))
      .toEqual(['PERSON', 'PERSON', 'PERSON', 'PERSON']);
  });

  it('keeps an organization or a place that shortens an organization’s name as it is', () => {
    const text = 'Bid for Holm chain. Holm SA said so. Holm rose.';
    expect(resolved(text, [['Holm', 'ORG', 0.9], ['Holm SA', 'ORG', 0.6], ['Holm', 'PERSON', 0.95]]).map(([, t]) => t)).toEqual(['ORG', 'ORG', 'ORG']);
  });
});

describe('facilities before a head noun', () => {
  it('types an unregistered name before a facility noun FAC, a person’s too (its namesake), and takes in the number between', () => {
    const text = 'Gas flows through the Velmar 1 pipeline, past the Tarsis dam and the Atlanta airport.';
    expect(resolved(text, [['Velmar', 'ORG'], ['1', 'CARDINAL'], ['Tarsis', 'PERSON'], ['Atlanta', 'GPE']]))
      .toEqual([['Velmar 1', 'FAC'], ['Tarsis', 'FAC'], ['Atlanta', 'GPE']]);
  });
});

describe('titles of works', () => {
  it('types a name with a small word inside it, in prose, a WORK_OF_ART, with the capitalised words before it', () => {
    const text = "They sang It's Never Too Late For Us and Court No 1 of the Bank Of Velm heard Wait For Me.\nLawmakers Vote To Curb Imports Of Steel";
    expect(resolved(text, [['Never Too Late For Us', 'GPE'], ['Court No 1', 'FAC'], ['Bank Of Velm', 'ORG'], ['Wait For Me', 'PERSON'], ['Vote To Curb Imports', 'ORG']]))
      .toEqual([["It's Never Too Late For Us", 'WORK_OF_ART'], ['Court No 1', 'FAC'], ['Bank Of Velm', 'ORG'], ['Wait For Me', 'WORK_OF_ART'], ['Vote To Curb Imports', 'ORG']]);
  });
});

describe('two names joined by "and"', () => {
  it('splits a name the model joined where the article names a side alone, or the span ends a comma list', () => {
    expect(resolved('Trucks from Brenner and Oskarsholm Freight arrived. Brenner said so.', [['Brenner and Oskarsholm Freight', 'ORG', 0.6], ['Brenner', 'ORG', 0.9]]))
      .toEqual([['Brenner', 'ORG'], ['Oskarsholm Freight', 'ORG'], ['Brenner', 'ORG']]);
    expect(resolved('Valmet, Corrado Seating and Halvorsen build seats.', [['Valmet', 'ORG', 0.9], ['Corrado Seating and Halvorsen', 'ORG', 0.6]]))
      .toEqual([['Valmet', 'ORG'], ['Corrado Seating', 'ORG'], ['Halvorsen', 'ORG']]);
  });

  it('keeps one name whose "and" joins a head noun’s subject, or ends in a company word', () => {
    const text = 'Bank of Tarsis and Velm, Ministry of Water and Forests and Ostrander, Quill and Co met. Velm and Forests spoke.';
    expect(resolved(text, [['Bank of Tarsis and Velm', 'ORG'], ['Ministry of Water and Forests', 'ORG'], ['Quill and Co', 'ORG'], ['Velm', 'ORG'], ['Forests', 'ORG']]).map(([t]) => t))
      .toEqual(['Bank of Tarsis and Velm', 'Ministry of Water and Forests', 'Quill and Co', 'Velm', 'Forests']);
    expect(resolved('Harbours grew. The Minister of Ports and Harbours spoke.', [['Harbours', 'ORG'], ['Ports and Harbours', 'ORG']]).map(([t]) => t))
      .toEqual(['Harbours', 'Ports and Harbours']);
  });
});

describe('two items of a comma list read as one name', () => {
  it('splits them where the list goes on after the span, and keeps a name with a comma of its own', () => {
    expect(resolved('Wheat was bought from Halvorsen, Tarsis, Velmar and Okafor Grain Corp.', [['Halvorsen, Tarsis', 'ORG', 0.6], ['Velmar', 'ORG'], ['Okafor Grain Corp', 'ORG']]))
      .toEqual([['Halvorsen', 'ORG'], ['Tarsis', 'ORG'], ['Velmar', 'ORG'], ['Okafor Grain Corp', 'ORG']]);
    expect(resolved('Quist, Varga & Co and Tyler, The Creator won.', [['Quist, Varga & Co', 'ORG'], ['Tyler, The Creator', 'PERSON']]).map(([t]) => t))
      .toEqual(['Quist, Varga & Co', 'Tyler, The Creator']);
  });
});

describe('names inside hyphenated words', () => {
  it('takes the suffix after a span that stopped at the hyphen as well', () => {
    expect(resolved('A Corvallis-based group', [['Corvallis', 'ORG']])).toEqual([['Corvallis', 'GPE']]);
    expect(resolved('A Corvallis-style plan and the Corvallis-Eugene line', [['Corvallis', 'ORG'], ['Corvallis', 'ORG']])).toEqual([['Corvallis', 'ORG'], ['Corvallis', 'ORG']]);
  });

  it('takes the name out of "X-based" and "X-led"; a place by default after -based', () => {
    expect(resolved('A Tbilisi-based firm and a Corvallis-based group', [['Tbilisi-based', 'NORP'], ['Corvallis-based', 'NORP']]))
      .toEqual([['Tbilisi', 'GPE'], ['Corvallis', 'GPE']]);
    const text = 'Anneke Vrolijk won. The Vrolijk-led coalition met.';
    expect(resolved(text, [['Anneke Vrolijk', 'PERSON', 0.9], ['Vrolijk-led', 'NORP', 0.8]])).toEqual([['Anneke Vrolijk', 'PERSON'], ['Vrolijk', 'PERSON']]);
  });

  it('splits two known places joined by a hyphen, but not a hyphenated name of its own', () => {
    expect(resolved('the Russia-Iran talks', [['Russia-Iran', 'GPE']])).toEqual([['Russia', 'GPE'], ['Iran', 'GPE']]);
    expect(resolved('in Urus-Martan today', [['Urus-Martan', 'GPE']])).toEqual([['Urus-Martan', 'GPE']]);
  });
});

describe('results and standings lines', () => {
  it('types places on a line of names and scores as teams, but not countries, venues, bracketed names or datelines', () => {
    const text = 'ATLANTA 1996-08-30\nAtlanta 3 Tbilisi 2\nRussia 2 Iran 1\nAtlanta v Tbilisi\nTbilisi: Atlanta 3 Ilse Marr 2\nAnna Bell (Russia) 12 4\nFans in Atlanta cheered.';
    const spans: [string, Candidate['type'], number?][] = [
      ['ATLANTA', 'GPE'], ['Atlanta', 'GPE'], ['Tbilisi', 'GPE'], ['Russia', 'GPE'], ['Iran', 'GPE'], ['Atlanta', 'GPE'], ['Tbilisi', 'GPE'],
      ['Tbilisi', 'GPE'], ['Atlanta', 'GPE'], ['Ilse Marr', 'PERSON'], ['Anna Bell', 'PERSON'], ['Russia', 'GPE'], ['Atlanta', 'GPE'],
    ];
    expect(resolved(text, spans).map(([, type]) => type)).toEqual([
      'GPE', 'ORG', 'ORG', 'GPE', 'GPE', 'ORG', 'ORG', 'GPE', 'ORG', 'PERSON', 'PERSON', 'GPE', 'GPE',
    ]);
  });
});

describe('sides on results and fixtures lines', () => {
  it('finds the sides the model missed, whole, with a qualifier in brackets, and a country as a place', () => {
    const text = 'Varnholm 75 Queen of Dunmore 19\nOstberg Athletic 2 Kelso (B) 0\n\nRussia 3 Varnholm 1';
    expect(resolved(text, [['Ostberg', 'GPE', 0.6]])).toEqual([
      ['Varnholm', 'ORG'], ['Queen of Dunmore', 'ORG'], ['Ostberg Athletic', 'ORG'], ['Kelso (B)', 'ORG'], ['Russia', 'GPE'], ['Varnholm', 'ORG'],
    ]);
    // Among clubs, a nation's name is a club's ("Monaco 2 Rennes 1"); a line of two nations stays theirs.
    const clubs = 'Varnholm 75 Queen of Dunmore 19\nOstberg Athletic 2 Kelso (B) 0\nRussia 3 Varnholm 1\nRussia 1 Iran 1';
    expect(resolved(clubs, []).map(([, type]) => type)).toEqual(['ORG', 'ORG', 'ORG', 'ORG', 'ORG', 'ORG', 'GPE', 'GPE']);
  });

  it('takes the sides after "v", and those offered instead with "or", on any line, the "v" left out', () => {
    const text = 'May 15 v Dunmore XI (at Kelso) May 17 v Varnholm or Ostberg (three days)';
    expect(resolved(text, [['May 15', 'DATE', 0.9], ['v Dunmore XI', 'ORG', 0.6], ['May 17', 'DATE', 0.9]])).toEqual([
      ['May 15', 'DATE'], ['Dunmore XI', 'ORG'], ['May 17', 'DATE'], ['Varnholm', 'ORG'], ['Ostberg', 'ORG'],
    ]);
  });

  it('retypes a side the model took for an unsure person or a people, and names a nation\'s side by its country', () => {
    const text = 'May 15 v Varnholm (three days)\nMay 17 v Ostberg\nMay 19 v Chechnya';
    expect(resolved(text, [['May 15', 'DATE', 0.9], ['Varnholm', 'PERSON', 0.42], ['May 17', 'DATE', 0.9], ['Ostberg', 'NORP', 0.5], ['May 19', 'DATE', 0.9], ['Chechnya', 'ORG', 0.9]]))
      .toEqual([['May 15', 'DATE'], ['Varnholm', 'ORG'], ['May 17', 'DATE'], ['Ostberg', 'ORG'], ['May 19', 'DATE'], ['Chechnya', 'GPE']]);
    // A person the model is sure of stands when named in full; one word after "v" is a side however sure
    // (CoNLL's data has no person named by one word there).
    expect(resolved('May 15 v Ana Varnholm', [['May 15', 'DATE', 0.9], ['Ana Varnholm', 'PERSON', 0.9]])).toEqual([['May 15', 'DATE'], ['Ana Varnholm', 'PERSON']]);
    expect(resolved('May 15 v Varnholm', [['May 15', 'DATE', 0.9], ['Varnholm', 'PERSON', 0.9]])).toEqual([['May 15', 'DATE'], ['Varnholm', 'ORG']]);
  });

  it('adds nothing on a table of accounts, a line of players, or prose', () => {
    expect(resolved('Revenue 476 2,253\nNet 12 34 0.5\nNewspapers 363 49 295 46', [])).toEqual([]);
    expect(resolved('Kelso 2 Lyle 1\nThe halftime score was level.\nHalftime 0-0 Lyle 1\nJul 31 Jul 31\nPERIOD 02.SEP.96 PAYDATE 30.AUG.96', []))
      .toEqual([['Kelso', 'ORG'], ['Lyle', 'ORG'], ['Lyle', 'ORG']]);
    expect(resolved('Bowling: Vass 7-0, de Silva 4-0', [['Silva', 'PERSON', 0.9]])).toEqual([['de Silva', 'PERSON']]);
    expect(resolved('Varnholm won 3 of 4 games.', [])).toEqual([]);
  });
});

describe('amounts and days against names', () => {
  it('keeps a currency country inside its amount, and a weekday a date whatever the name model says', () => {
    const text = 'It lent US$4.7 billion on Friday.';
    const at = (span: string, type: Candidate['type'], confidence: number, source: string) =>
      ({ start: text.indexOf(span), end: text.indexOf(span) + span.length, type, confidence, source });
    const candidates = [at('US$', 'NORP', 0.95, 'registry'), at('US$4.7 billion', 'MONEY', 0.8, 'numbers'), at('Friday', 'PERSON', 0.9, 'model'), at('Friday', 'DATE', 0.7, 'timex')];
    expect(resolveMentions(text, tokenize(text).tokens, candidates, registry).map((m) => [text.slice(m.start, m.end), m.type]))
      .toEqual([['US$4.7 billion', 'MONEY'], ['Friday', 'DATE']]);
  });

  it('keeps a scale named after a person or a place inside its measure', () => {
    const text = 'It reached 30 degrees Celsius in Varnholm.';
    const at = (span: string, type: Candidate['type'], confidence: number, source: string) =>
      ({ start: text.indexOf(span), end: text.indexOf(span) + span.length, type, confidence, source });
    const candidates = [at('Celsius', 'NORP', 0.96, 'model'), at('30 degrees Celsius', 'QUANTITY', 0.95, 'numbers'), at('Varnholm', 'GPE', 0.9, 'model')];
    expect(resolveMentions(text, tokenize(text).tokens, candidates, registry).map((m) => [text.slice(m.start, m.end), m.type]))
      .toEqual([['30 degrees Celsius', 'QUANTITY'], ['Varnholm', 'GPE']]);
  });
});

describe('teams in match reports', () => {
  it('makes a city before a result verb, or after "over" or "defeated", its team, in an article of results', () => {
    const text = 'Kelso won 4-2 and Lyle drew 1-1. Varnholm has won 10 of its last 15 after a 3-0 victory over Ostberg, and Russia beat Iran.';
    expect(resolved(text, [['Kelso', 'GPE'], ['Lyle', 'GPE'], ['Varnholm', 'GPE'], ['Ostberg', 'GPE'], ['Russia', 'GPE'], ['Iran', 'GPE']]).map(([, type]) => type))
      .toEqual(['ORG', 'ORG', 'ORG', 'ORG', 'GPE', 'GPE']);
  });

  it('makes a city after "for" its team, and the city a player is named after', () => {
    const text = 'Kelso won 4-2 and Lyle drew 1-1 in 3-0 games. Jon Marr homered for Varnholm and Ostberg\'s Ines Quist scored; Russia\'s Ivan Petrov did not.';
    expect(resolved(text, [['Kelso', 'GPE'], ['Lyle', 'GPE'], ['Jon Marr', 'PERSON'], ['Varnholm', 'GPE'], ['Ostberg', 'GPE'], ['Ines Quist', 'PERSON'], ['Russia', 'GPE'], ['Ivan Petrov', 'PERSON']]).map(([, type]) => type))
      .toEqual(['ORG', 'ORG', 'PERSON', 'ORG', 'ORG', 'PERSON', 'GPE', 'PERSON']);
  });

  it('leaves places alone in an article without results', () => {
    const text = 'Varnholm has won praise after its victory over Ostberg in the 1990-91 talks.';
    expect(resolved(text, [['Varnholm', 'GPE'], ['Ostberg', 'GPE']]).map(([, type]) => type)).toEqual(['GPE', 'GPE']);
  });
});

describe('lists of people', () => {
  it('makes the rest of a list that is mostly people people: an unsure place, a missed name', () => {
    const text = 'The side: Okafor, Lindqvist, Marr, Varnholm, Quist and Dunmore.';
    expect(resolved(text, [['Okafor', 'PERSON', 0.8], ['Lindqvist', 'PERSON', 0.7], ['Marr', 'PERSON', 0.8], ['Varnholm', 'GPE', 0.5], ['Dunmore', 'PERSON', 0.6]]))
      .toEqual([['Okafor', 'PERSON'], ['Lindqvist', 'PERSON'], ['Marr', 'PERSON'], ['Varnholm', 'PERSON'], ['Quist', 'PERSON'], ['Dunmore', 'PERSON']]);
  });

  it('leaves a list of few people, a sure place, and words the article writes in lower case', () => {
    const two = 'Wins for Okafor, Marr, Varnholm and Quist.';
    expect(resolved(two, [['Okafor', 'PERSON', 0.8], ['Marr', 'PERSON', 0.8], ['Varnholm', 'GPE', 0.5]])).toEqual([['Okafor', 'PERSON'], ['Marr', 'PERSON'], ['Varnholm', 'GPE']]);
    const text = 'Okafor, Marr, Quist, Varnholm, Album and Lindqvist won; the album sold.';
    expect(resolved(text, [['Okafor', 'PERSON', 0.8], ['Marr', 'PERSON', 0.8], ['Quist', 'PERSON', 0.8], ['Varnholm', 'GPE', 0.95, 'registry'], ['Lindqvist', 'PERSON', 0.8]]))
      .toEqual([['Okafor', 'PERSON'], ['Marr', 'PERSON'], ['Quist', 'PERSON'], ['Varnholm', 'GPE'], ['Lindqvist', 'PERSON']]);
  });
});

describe('organizations named by a head noun and their subject', () => {
  it('proposes the whole name where the model breaks it apart or stops short', () => {
    const text = 'The Lakeland National Commission on Water Rights said so, as did the Vardian Ministry of Roads and Rail Transport.';
    expect(resolved(text, [['Lakeland National Commission', 'ORG', 0.9], ['Water Rights', 'ORG', 0.6], ['Vardian', 'NORP', 0.7], ['Roads', 'NORP', 0.5]]))
      .toEqual([['Lakeland National Commission on Water Rights', 'ORG'], ['Vardian Ministry of Roads and Rail Transport', 'ORG']]);
  });

  it('stops at a date, a title, a person, and joins with "and" only under a government head', () => {
    const text = 'In August Harbour Council of Dunmore on Friday met. Bank of Dunmore President Ilse Marr and Bank of Ostend and Citigroup.';
    expect(resolved(text, [['August', 'DATE', 0.9], ['Friday', 'DATE', 0.9], ['Ilse Marr', 'PERSON', 0.6]]))
      .toEqual([['August', 'DATE'], ['Harbour Council of Dunmore', 'ORG'], ['Friday', 'DATE'], ['Bank of Dunmore', 'ORG'], ['Ilse Marr', 'PERSON'], ['Bank of Ostend', 'ORG']]);
  });
});

describe('title-case headlines', () => {
  const body = '\n\nThe ministry said on Monday that three banks broke rules on lending, and as more protests over new tariffs grow, Varga spoke.';

  it('drops the model’s names on a title-case line made of words the article writes in lower case', () => {
    const text = `Ministry Fines Three Banks Over Lending Rules${body}`;
    expect(resolved(text, [['Three Banks Over Lending Rules', 'PERSON', 0.7], ['Varga', 'PERSON', 0.9]])).toEqual([['Varga', 'PERSON']]);
  });

  it('keeps the words no lower-case use explains, typed as the article types them elsewhere', () => {
    const text = `Protests Grow As Varga Quits Over Tariffs${body}`;
    expect(resolved(text, [['Protests Grow As Varga', 'GPE', 0.5], ['Tariffs', 'ORG', 0.5], ['Varga', 'PERSON', 0.9]]))
      .toEqual([['Varga', 'PERSON'], ['Varga', 'PERSON']]);
  });

  it('leaves running text and line-ups with figures alone', () => {
    const text = 'South Africa - 15 - Danie van Rooyen, 14 - Pieter Lamm\nThe van was red.';
    expect(resolved(text, [['Danie van Rooyen', 'PERSON', 0.8], ['Pieter Lamm', 'PERSON', 0.8]]).map(([t]) => t)).toEqual(['Danie van Rooyen', 'Pieter Lamm']);
  });
});

describe('titles before a name, and photo credits', () => {
  it('proposes the person after a title, leaving post-nominals out, and no person in names that only begin with a title', () => {
    expect(resolved('It passed, said Trade Secretary Jo Bloggs QC on Monday.', [])).toEqual([['Jo Bloggs', 'PERSON']]);
    // The company's head ends a company's name (organizations.ts); no title makes a person of "Hotel Group".
    expect(resolved('The President Hotel Group and President Motors Inc agreed.', [])).toEqual([['President Hotel Group', 'ORG']]);
  });

  it('reads the photographer and the agencies of a credit', () => {
    const text = 'Crowds gathered. (JANE ROE/AFP via Getty Images)\nPhoto: Tom Okafor/Reuters';
    expect(resolved(text, [])).toEqual([['JANE ROE', 'PERSON'], ['AFP', 'ORG'], ['Getty Images', 'ORG'], ['Tom Okafor', 'PERSON'], ['Reuters', 'ORG']]);
    const agencies = 'The court sat. Picture: Varnpix\nIt rained. Photo: AP/Ostfoto\nPhoto: Tom Okafor';
    expect(resolved(agencies, [['Varnpix', 'PERSON', 0.7]])).toEqual([['Varnpix', 'ORG'], ['AP', 'ORG'], ['Ostfoto', 'ORG']]);
  });
});

describe('people’s names cut short', () => {
  const nameWords = new Set(['ray', 'rose', 'aravinda']);
  const widened = (text: string, spans: [string, Candidate['type'], number?][]) => {
    let from = 0;
    const candidates = spans.map(([span, type, confidence = 0.8]) => {
      const start = text.indexOf(span, from);
      from = start + 1;
      return { start, end: start + span.length, type, confidence, source: 'model' };
    });
    return resolveMentions(text, tokenize(text).tokens, candidates, registry, (w) => nameWords.has(w.toLowerCase()))
      .map((m) => [text.slice(m.start, m.end), m.type]);
  };

  it('takes in a given name before the surname, and particles', () => {
    expect(widened('Reds manager Ray Knight said so.', [['Knight', 'PERSON']])).toEqual([['Ray Knight', 'PERSON']]);
    expect(widened('Man of the Match: Aravinda de Silva.', [['Silva', 'PERSON']])).toEqual([['Aravinda de Silva', 'PERSON']]);
    expect(widened('Bowling: Vass 7-0, de Silva 4-0', [['Silva', 'PERSON']]).map(([t]) => t)).toEqual(['de Silva']);
  });

  it('reads the word before a name back to the white space before it or the text’s start', () => {
    expect(widened('Ray Knight said so.', [['Knight', 'PERSON']])).toEqual([['Ray Knight', 'PERSON']]);
    expect(widened('Reds manager:\nRay Knight said so.', [['Knight', 'PERSON']])).toEqual([['Ray Knight', 'PERSON']]);
    expect(widened('Reds manager (Ray Knight) said so.', [['Knight', 'PERSON']])).toEqual([['Knight', 'PERSON']]);
  });

  it('takes in an unknown given name before a surname alone, if it is a proper noun and nothing else', () => {
    // The dateline's place is proposed whatever the candidates hold (datelines.ts).
    expect(widened('OSLO 2001-05-03\nTorvald Quennell of Norway won.', [['Quennell', 'PERSON'], ['Norway', 'GPE']])).toEqual([['OSLO', 'GPE'], ['Torvald Quennell', 'PERSON'], ['Norway', 'GPE']]);
    expect(widened('Instead Quennell kicked.', [['Quennell', 'PERSON']])).toEqual([['Quennell', 'PERSON']]);
    expect(widened('Secretary of State Quennell spoke.', [['Quennell', 'PERSON']])).toEqual([['Quennell', 'PERSON']]);
    expect(widened('OSLO 2001-05-03\nOpener Quennell made 40.', [['Quennell', 'PERSON']])).toEqual([['OSLO', 'GPE'], ['Quennell', 'PERSON']]);
    expect(widened('Skipper Quennell said the skipper was fit.', [['Quennell', 'PERSON']])).toEqual([['Quennell', 'PERSON']]);
    expect(widened('OSLO 2001-05-03\nTorvald Quennell and Halvard Quennell won.', [['Quennell', 'PERSON'], ['Halvard Quennell', 'PERSON']]).map(([t]) => t)).toEqual(['OSLO', 'Torvald Quennell', 'Halvard Quennell']);
  });

  it('takes in the model’s unsure guess at a given name it did not know, but no people, no sure name', () => {
    expect(widened('Police held their leader Tarik al-Vossberg here.', [['Tarik', 'GPE', 0.42], ['al-Vossberg', 'PERSON']])).toEqual([['Tarik al-Vossberg', 'PERSON']]);
    expect(widened('Then Swede Kennet Quist won.', [['Swede', 'NORP', 0.4], ['Kennet Quist', 'PERSON']])).toEqual([['Swede', 'NORP'], ['Kennet Quist', 'PERSON']]);
    expect(widened('He let Van der Quist score.', [['Van', 'GPE', 0.9], ['Quist', 'PERSON']])).toEqual([['Van der Quist', 'PERSON']]);
    expect(widened('Fans in Tarsis Quist cheered.', [['Tarsis', 'GPE', 0.9], ['Quist', 'PERSON']])).toEqual([['Tarsis', 'GPE'], ['Quist', 'PERSON']]);
  });

  it('takes in the surname after a given name alone', () => {
    expect(widened('3. Rose Wanjala (Kenya) won.', [['Rose', 'PERSON'], ['Kenya', 'GPE']])).toEqual([['Rose Wanjala', 'PERSON'], ['Kenya', 'GPE']]);
  });

  it('widens over no word that is not a name, and into no other mention', () => {
    expect(widened('Meanwhile Knight left.', [['Knight', 'PERSON']])).toEqual([['Knight', 'PERSON']]);
    expect(widened('Yesterday Knight left.', [['Yesterday', 'DATE'], ['Knight', 'PERSON']])).toEqual([['Yesterday', 'DATE'], ['Knight', 'PERSON']]);
    expect(widened('Then Ray Knight left.', [['Ray', 'ORG'], ['Knight', 'PERSON']])).toEqual([['Ray', 'ORG'], ['Knight', 'PERSON']]);
  });
});

describe('an age after a name', () => {
  it('makes the name a person’s, and its surname elsewhere', () => {
    const text = 'The engineer Omid Farrokhzad, 54, told reporters. Farrokhzad kept the letters.';
    expect(resolved(text, [['Omid Farrokhzad', 'ORG', 0.6], ['Farrokhzad', 'ORG', 0.4]])).toEqual([['Omid Farrokhzad', 'PERSON'], ['Farrokhzad', 'PERSON']]);
  });

  it('makes the name a person’s when a role follows it in apposition, but not a clause’s subject, a registry name or an adjective', () => {
    expect(resolved('Officials met Kwabena Quist, a lawyer in Velm, on Monday.', [['Kwabena Quist', 'ORG', 0.5]])).toEqual([['Kwabena Quist', 'PERSON']]);
    expect(resolved('In Velmar, a Western diplomat said so.', [['Velmar', 'GPE', 0.5]])).toEqual([['Velmar', 'GPE']]);
    expect(resolved('In Atlanta, a teacher in town, spoke.', [['Atlanta', 'GPE', 0.5]])).toEqual([['Atlanta', 'GPE']]);
    expect(resolved('The French-educated, former brother of Quist left.', [['French-educated', 'NORP', 0.5]])).toEqual([['French', 'NORP']]);
    expect(resolved('The striker Ri Song-chol scored.', [])).toEqual([['Ri Song-chol', 'PERSON']]);
  });

  it('is not a figure with thousands', () => {
    expect(resolved('sailors and Marines, 6,000 soldiers', [['Marines', 'ORG', 0.6]])).toEqual([['Marines', 'ORG']]);
  });
});

describe('words capitalised only by their position', () => {
  it('drops the model’s unsure one-word name at the start of a sentence or field when the article writes the word in lower case', () => {
    const text = 'AFP | Updated: 3 June\nLittle did I know. It was updated little by little, and Little Rock waited.';
    expect(resolved(text, [['Updated', 'GPE', 0.53], ['Little', 'PERSON', 0.5], ['Little Rock', 'GPE', 0.9]])).toEqual([['Little Rock', 'GPE']]);
  });

  it('drops the model’s unsure word that opens a field and labels a figure, though never written in lower case', () => {
    const text = 'Tarsis News | Revised: 3 June 2024, 10:12\nQuist: we won.';
    expect(resolved(text, [['Revised', 'GPE', 0.45], ['Quist', 'PERSON', 0.45]]).map(([t]) => t)).toEqual(['Quist']);
  });

  it('keeps it when the model is sure, or the word is never written in lower case', () => {
    const text = 'Revised: 3 June\nBush said so. Karimov spoke.';
    expect(resolved(text, [['Revised', 'GPE', 0.9], ['Bush', 'PERSON', 0.5], ['Karimov', 'PERSON', 0.5]]).map(([t]) => t)).toEqual(['Revised', 'Bush', 'Karimov']);
  });
});
