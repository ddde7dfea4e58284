// The second names round of the held-out push: all-caps headlines, registry knowledge of sport and universities,
// and the leftovers of the first round. Invented sentences through the shipped pipeline.
import { describe, expect, it } from 'vitest';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Candidate } from '../../src/document.js';
import { loadRegistryIndex } from '../../src/registry/index-file.js';
import { worksByDefault } from '../../src/resolve/peoples.js';
import { readMentions, readNames } from '../shipped-pipeline.js';

const names = readNames;

describe('all-caps headlines', () => {
  it('cuts a headline word the article writes in lower case off the end of a name it names elsewhere', () => {
    const read = names('SOCCER - ROTOR FANS LOCKED OUT AFTER VOLGOGRAD VIOLENCE.\nMOSCOW 1996-08-30\n'
      + 'Rotor Volgograd must play their next home game behind closed doors after fans invaded the pitch, a spate of violence in Volgograd.');
    expect(read[0]).toEqual(['VOLGOGRAD', 'GPE']);
    const relay = names('ATHLETICS - OWENS RELAY TEAM WINS.\nBERLIN 1996-08-30\nMichael Owens ran the last leg of the relay for the winning team.');
    expect(relay[0]).toEqual(['OWENS', 'PERSON']);
  });

  it('leaves a name whole where no part of it is named elsewhere, or the words are inside it', () => {
    expect(names('FOREX - BANK OF JAPAN HOLDS RATES.\nTOKYO 1996-08-30\nThe central bank held its rates, a bank official said.')[0])
      .toEqual(['BANK OF JAPAN', 'ORG']);
  });
});

describe('registry knowledge of sport, universities and armed groups', () => {
  it('knows a governing body named after its country, a tennis precinct and a university with an ampersand', () => {
    expect(names('Tennis Australia said the roof at Melbourne Park would stay closed.')).toEqual([['Tennis Australia', 'ORG'], ['Melbourne Park', 'FAC']]);
    expect(names('He studied at Texas A&M University before joining the company.')).toEqual([['Texas A&M University', 'ORG']]);
  });

  it('reads a name ending in a clan, a cartel or a militia as an organization, not a place', () => {
    expect(names('Police blamed armed groups such as the Gulf Clan for the attack near Medellin.')).toEqual([['Gulf Clan', 'ORG'], ['Medellin', 'GPE']]);
  });
});

describe('a verb of saying inside a name the model read', () => {
  it('ends the name, whatever type the model gave it, and an organization\'s head types the part before it', () => {
    const read = names('The director of the Serious Fraud Office said Ashdown had cooperated fully.');
    expect(read[0]).toEqual(['Serious Fraud Office', 'ORG']);
    expect(read.map(([text]) => text)).toEqual(['Serious Fraud Office', 'Ashdown']);
  });
});

describe('a ruler\'s or a cleric\'s style', () => {
  const people = (text: string) => readMentions(text).filter((m) => m.type === 'PERSON').map((m) => [m.text, m.title]);

  it('makes the name after it a person\'s where the model read an organization, and stays out of the span', () => {
    expect(names('The ceasefire was brokered by Sheikh Tahnoun, the national security adviser.')).toEqual([['Tahnoun', 'PERSON']]);
    expect(people('The ceasefire was brokered by Sheikh Tahnoun, the national security adviser.')).toEqual([['Tahnoun', 'Sheikh']]);
  });

  it('keeps "Sheikh" in a registry person\'s own name, and leaves a name ending in a head to its kind', () => {
    expect(people("Bangladesh's founding leader Sheikh Mujibur Rahman was killed in 1975.")).toEqual([['Sheikh Mujibur Rahman', undefined]]);
    expect(names('She teaches at King Fahd University in Dhahran.')[0]).toEqual(['King Fahd University', 'ORG']);
  });
});

describe('names the model ran on into an appositive or a player\'s position', () => {
  it('ends a name before the comma and the connector after it, so that the role in apposition types it', () => {
    expect(names('Suu Kyi said. Hla Than, an elected member of parliament for the party, died in prison.')).toEqual([
      ['Suu Kyi', 'PERSON'], ['Hla Than', 'PERSON'],
    ]);
    expect(names('Poland, a member of NATO since 1999, sent troops.')).toEqual([['Poland', 'GPE'], ['NATO', 'ORG']]);
  });

  it('reads a position with a hyphen as a word in lower case, and a side before a role in apposition', () => {
    expect(names('France scored through England fly-half Paul Grayson and scrum-half Kyran Bracken.').map(([text]) => text)).toEqual([
      'France', 'England', 'Paul Grayson', 'Kyran Bracken',
    ]);
    expect(names('The try came from Kyran Bracken, the England scrum-half, after a scrum.')).toEqual([['Kyran Bracken', 'PERSON'], ['England', 'GPE']]);
  });
});

describe('the model\'s MISC names that are no people\'s', () => {
  it('types a name of no people\'s shape that the registry does not know a work\'s title', () => {
    expect(names('Beyonce won album of the year for Renaissance in Los Angeles.')).toContainEqual(['Renaissance', 'WORK_OF_ART']);
    expect(names('She won for Fearless a decade ago.')).toContainEqual(['Fearless', 'WORK_OF_ART']);
  });

  it('keeps a demonym\'s shape and the registry\'s peoples NORP', () => {
    expect(names('Bosnian Serbs and Congolese refugees crossed, said Catholics and Sunnis in the region.')).toEqual([
      ['Bosnian Serbs', 'NORP'], ['Congolese', 'NORP'], ['Catholics', 'NORP'], ['Sunnis', 'NORP'],
    ]);
    expect(names('Thousands of Rohingya and Bedouins fled, and Zulu leaders met Afrikaners in Pretoria.')).toEqual([
      ['Rohingya', 'NORP'], ['Bedouins', 'NORP'], ['Zulu', 'NORP'], ['Afrikaners', 'NORP'], ['Pretoria', 'GPE'],
    ]);
  });
});

describe('the last word of a title', () => {
  const registry = loadRegistryIndex(path.join(path.dirname(fileURLToPath(import.meta.url)), '../../registry'));
  const model = (text: string, word: string): Candidate => ({ start: text.indexOf(word), end: text.indexOf(word) + word.length, type: 'NORP', source: 'model', confidence: 0.6 });

  it('is no name where the model read one: "the Secretary of [State] noted"', () => {
    const text = 'After naming the two judges, the Secretary of State noted their record.';
    expect(worksByDefault(text, [], [model(text, 'State')], registry)).toEqual([]);
  });

  it('leaves a title\'s word that stands alone to the MISC default', () => {
    const text = 'The band played State at the festival.';
    expect(worksByDefault(text, [], [model(text, 'State')], registry).map((c) => c.type)).toEqual(['WORK_OF_ART']);
  });
});

describe('a shop named by its trade', () => {
  it('reads a place\'s name before "Jewellers" as a company\'s', () => {
    expect(names('He left three suitcases at Somerset Jewellers in the hotel.')).toEqual([['Somerset Jewellers', 'ORG']]);
  });
});
