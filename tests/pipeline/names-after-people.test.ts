// Names built on people's names: a given name before a surname's particle, an institution named after a
// person, a disease named after one, and an organization whose foreign name runs through a particle.
// Invented sentences.
import { describe, expect, it } from 'vitest';
import { readMentions } from '../shipped-pipeline.js';

const names = (text: string) => readMentions(text)
  .filter((m) => !['CARDINAL', 'DATE', 'MONEY', 'PERCENT', 'ORDINAL', 'QUANTITY', 'TIME'].includes(m.type)).map((m) => [m.text, m.type]);

describe('names built on people\'s names', () => {
  it('takes a given name the model typed otherwise into the person after a particle, not a registry demonym', () => {
    expect(names('Virgil van Dijk headed the winner in the 92nd minute.')).toEqual([['Virgil van Dijk', 'PERSON']]);
    expect(names('Dutchman van Dijk headed the winner.')).toEqual([['Dutchman', 'NORP'], ['van Dijk', 'PERSON']]);
  });

  it('reads an institution named after a person as one organization', () => {
    expect(names('Scientists at the Francis Crick Institute and the Nelson Mandela Foundation agreed.'))
      .toEqual([['Francis Crick Institute', 'ORG'], ['Nelson Mandela Foundation', 'ORG']]);
  });

  it('reads no person in a disease named after one, and a charity in its possessive before a capital', () => {
    expect(names("Early Alzheimer's disease slowed in mice, the Alzheimer's Society said. He has Parkinson's and Bell's palsy."))
      .toEqual([["Alzheimer's Society", 'ORG']]);
  });

  it('keeps a person whose possessive looks like a disease\'s', () => {
    expect(names("Wilson's goal won it. Michael Parkinson's interview was famous, and Parkinson's voice was known."))
      .toEqual([['Wilson', 'PERSON'], ['Michael Parkinson', 'PERSON'], ['Parkinson', 'PERSON']]);
  });

  it('runs a foreign organization\'s name through its particles, and a subject the model guessed a person after "and"', () => {
    expect(names('Investigators from the Brigade de Repression du Banditisme met the Philippine Institute of Volcanology and Seismology.'))
      .toEqual([['Brigade de Repression du Banditisme', 'ORG'], ['Philippine Institute of Volcanology and Seismology', 'ORG']]);
  });
});

describe('companies the model stopped short of', () => {
  it('takes a company head after a person\'s or a people\'s name into the company', () => {
    expect(names('The album came out on Republic Records. Walt Disney Pictures and the Adani Group declined to comment.'))
      .toEqual([['Republic Records', 'ORG'], ['Walt Disney Pictures', 'ORG'], ['Adani Group', 'ORG']]);
  });

  it('leaves out the possessive the model took in before a name', () => {
    // A name ending in "Tour" is an event (ner/lexicon/name-types.json, eventHeads).
    expect(names("The singer's Eras Tour ended in Vancouver.")).toEqual([['Eras Tour', 'EVENT'], ['Vancouver', 'GPE']]);
  });
});

describe('landmarks named with a possessive', () => {
  it('reads the owner, the possessive and the head as one name', () => {
    expect(names("The tree stood beside Hadrian's Wall. She was treated at St Thomas' Hospital and prayed at St Paul's Cathedral."))
      .toEqual([["Hadrian's Wall", 'FAC'], ["St Thomas' Hospital", 'ORG'], ["St Paul's Cathedral", 'FAC']]);
  });

  it('leaves two names apart where a capital follows the head or the registry knows the owner', () => {
    expect(names("Britain's Tower Bridge reopened.")).toEqual([['Britain', 'GPE'], ['Tower Bridge', 'FAC']]);
    expect(names("Macron's Palace was guarded.").map(([n]) => n)).not.toContain("Macron's Palace");
  });
});

describe('awards in hyphened adjectives', () => {
  it('reads the name before "-winning" or "-nominated" as an award', () => {
    expect(names('The Oscar-winning actor and a Grammy-nominated singer met.')).toEqual([['Oscar', 'WORK_OF_ART'], ['Grammy', 'WORK_OF_ART']]);
  });
});

describe('sentence openers and acronyms', () => {
  it('reads no name in a common noun that opens a sentence', () => {
    expect(names('Police in Sydney said two gunmen had opened fire. Officials in Canberra agreed.'))
      .toEqual([['Sydney', 'GPE'], ['Canberra', 'GPE']]);
  });

  it('reads no name in a participle that opens a sentence', () => {
    expect(names('Born in Glasgow in 1946, he moved to London. Based in Geneva, the group grew.').filter(([, t]) => t !== 'DATE'))
      .toEqual([['Glasgow', 'GPE'], ['London', 'GPE'], ['Geneva', 'GPE']]);
  });

  it('splits a name and an acronym the model joined with "and"', () => {
    expect(names('The Australian Federal Police and ASIO are helping.')).toEqual([['Australian Federal Police', 'ORG'], ['ASIO', 'ORG']]);
  });
});

describe('places that open events', () => {
  it('takes a place into the tournament it names, but not into a Grand Prix meeting or the Games', () => {
    expect(names('She won the Miami Open and ran the Boston Marathon.')).toEqual([['Miami Open', 'EVENT'], ['Boston Marathon', 'EVENT']]);
    expect(names('He won the Berlin Grand Prix.').map(([n]) => n)).toContain('Berlin');
  });
});

describe('titles in headlines', () => {
  it('reads no person in a headline\'s verb after a title', () => {
    expect(names('Nepal Prime Minister Resigns After Protests\n\nKATHMANDU (AP) — The prime minister resigned.').map(([n]) => n))
      .not.toContain('Resigns After Protests');
    expect(names('Defense Secretary Pete Hegseth spoke.')).toEqual([['Pete Hegseth', 'PERSON']]);
  });
});

describe('towns named with hyphened particles', () => {
  it('reads the parts as one place, whichever part the model read', () => {
    expect(names('Three people died near Stoke-on-Trent and in Newcastle-upon-Tyne. Boulogne-sur-Mer agreed.'))
      .toEqual([['Stoke-on-Trent', 'GPE'], ['Newcastle-upon-Tyne', 'GPE'], ['Boulogne-sur-Mer', 'GPE']]);
  });
});

describe('companies named with a possessive', () => {
  it('reads the owner, the possessive and the legal form as one company, not where the registry knows the owner', () => {
    expect(names("The acquisition of Boatmen's Bancshares Inc. by NationsBank Corp. was approved. Macy's Inc. fell."))
      .toEqual([["Boatmen's Bancshares Inc.", 'ORG'], ['NationsBank Corp.', 'ORG'], ["Macy's Inc.", 'ORG']]);
    expect(names("Britain's Barclays PLC rose.")).toEqual([['Britain', 'GPE'], ['Barclays PLC', 'ORG']]);
  });

  it('keeps the owned possessive on a name met again', () => {
    const text = "Boatmen's Bancshares Inc. agreed. Analysts said Mercantile was the best franchise after Boatmen's. Boatmen's was sold.";
    expect(names(text).filter(([n]) => n.startsWith('Boatmen')).map(([n]) => n)).toEqual(["Boatmen's Bancshares Inc.", "Boatmen's", "Boatmen's"]);
  });
});

describe('a title between a body and a person', () => {
  it('ends the body before the title of the person named after it', () => {
    expect(names('Federal Reserve Governor Lawrence Lindsey said. The Bank of England Governor Andrew Bailey agreed.'))
      .toEqual([['Federal Reserve', 'ORG'], ['Lawrence Lindsey', 'PERSON'], ['Bank of England', 'ORG'], ['Andrew Bailey', 'PERSON']]);
  });
});
