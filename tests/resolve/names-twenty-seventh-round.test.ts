// Names of the news of 1989 to 2025 read wrong, the thirty-seventh to forty-first review rounds (Ireland, Chinese politics,
// Middle East diplomacy, the music business, US health care, UK courts, the war in Ukraine, US politics, banking, cars,
// Turkey and the Caucasus, and more). Invented sentences through the shipped pipeline.
import { describe, expect, it } from 'vitest';
import { readMentions } from '../shipped-pipeline.js';

const named = (text: string, published?: string) => readMentions(text, published).filter((m) => m.entity !== undefined).map((m) => [m.text, m.type, m.entity]);

describe('a surname alone beside two people of the article', () => {
  it('is first the one the registry gives that surname, not one whose name ends in it', () => {
    expect(named('Xi Jinping met Li Xi in Beijing on Sunday. Xi said the party was united.').filter(([, type]) => type === 'PERSON'))
      .toEqual([['Xi Jinping', 'PERSON', 'person/xi-jinping'], ['Li Xi', 'PERSON', 'person/li-xi'], ['Xi', 'PERSON', 'person/xi-jinping']]);
  });

  it('is still the last word of a full name the registry gives another surname', () => {
    expect(named('Saddam Hussein met envoys on Monday. Hussein said the talks had failed.').map(([, , id]) => id))
      .toEqual(['person/saddam-hussein', 'person/saddam-hussein']);
  });
});

describe('a surname after a judge\'s title', () => {
  it('is no registry person who is no judge, nor a judge of another court\'s title', () => {
    const people = readMentions('Mr Justice Johnson granted permission to appeal, and Lord Justice Singh agreed.').filter((m) => m.type === 'PERSON');
    expect(people.map((m) => [m.text, m.entity])).toEqual([['Johnson', 'nil:person/johnson'], ['Singh', 'nil:person/singh']]);
  });

  it('is the registry\'s judge of that surname', () => {
    expect(named('Justice Scalia wrote the dissent.')).toEqual([['Scalia', 'PERSON', 'person/antonin-scalia']]);
  });
});

describe('an acronym two registry organizations share', () => {
  it('is the one of the article\'s years', () => {
    expect(named('CMS reported third-quarter net of $68.2 million.', '1989-10-27')).toEqual([['CMS', 'ORG', 'org/cms-energy']]);
    expect(named('CMS said Medicare premiums would rise.', '2024-01-05')[0]).toEqual(['CMS', 'ORG', 'org/cms']);
  });
});

describe('a portfolio listed with commas after a minister\'s title', () => {
  it('is the title\'s, with the person after it, and a comma after one part closes it', () => {
    expect(named('Minister for Transport, Tourism and Sport Shane Ross spoke on Friday.')).toEqual([['Shane Ross', 'PERSON', 'person/shane-ross']]);
    expect(named('Minister for Public Expenditure Paschal Donohoe, who moved in June, said spending would rise.'))
      .toEqual([['Paschal Donohoe', 'PERSON', 'person/paschal-donohoe']]);
    expect(readMentions('Minister of Finance, Ken Ofori-Atta, said no.').map((m) => [m.text, m.type])).toEqual([['Ken Ofori-Atta', 'PERSON']]);
    expect(readMentions('Minister for Culture, Heritage and the Gaeltacht Josepha Madigan spoke.').map((m) => [m.text, m.type])).toEqual([['Josepha Madigan', 'PERSON']]);
  });
});

describe('a noun of an institution capitalised after "the"', () => {
  it('names no one entity alone, as Irish and British papers write it', () => {
    expect(readMentions('Tom Ryan said the State would pay. The Government would study the ruling, the Department said.').map((m) => [m.text, m.type]))
      .toEqual([['Tom Ryan', 'PERSON']]);
    expect(readMentions('The State Department said no.').map((m) => [m.text, m.type])).toEqual([['State Department', 'ORG']]);
  });
});

describe('"Black" capitalised as a people', () => {
  it('is a NORP, not a place, and still a surname after a given name and a part of longer names', () => {
    expect(readMentions('Floyd, a 46-year-old Black man, died. Conrad Black was jailed.').filter((m) => m.text.includes('Black')).map((m) => [m.text, m.type]))
      .toEqual([['Black', 'NORP'], ['Conrad Black', 'PERSON']]);
    expect(readMentions('The All Black hooker scored, and the Black Sea fleet sailed.').map((m) => [m.text, m.type]))
      .toEqual([['All Black', 'ORG'], ['Black Sea', 'LOC']]);
  });
});

describe('a company named after its people\'s adjective', () => {
  it('is that word alone before a verb or an \'s once named in full; before a noun the word stays the people\'s', () => {
    expect(named('Ethiopian Airlines lost a jet on Sunday. Ethiopian said the pilots followed procedures. Ethiopian officials said no.'))
      .toEqual([['Ethiopian Airlines', 'ORG', 'org/ethiopian-airlines'], ['Ethiopian', 'ORG', 'org/ethiopian-airlines'], ['Ethiopian', 'NORP', 'norp/ethiopian']]);
    expect(named('Ethiopian said no.')).toEqual([['Ethiopian', 'NORP', 'norp/ethiopian']]);
  });
});

describe('a party\'s people\'s word after words of its phrase', () => {
  it('is a person of the party, not an organization the article named that opens with it', () => {
    expect(readMentions('He chaired the Republican Study Committee. The Louisiana Republican said the House would vote.')
      .filter((m) => m.text === 'Republican').map((m) => m.type)).toEqual(['NORP']);
  });
});
