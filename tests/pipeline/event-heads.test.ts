// A word naming the kind of an event before a name makes both one EVENT: storms named like people or
// places, military operations. Invented sentences.
import { describe, expect, it } from 'vitest';
import { readMentions } from '../shipped-pipeline.js';

function names(text: string): string[] {
  return readMentions(text).filter((m) => m.type !== 'DATE').map((m) => `${m.type} ${m.text}`);
}

describe('events named by the word before them', () => {
  it('types a storm named like a person or a place EVENT, with its kind word', () => {
    expect(names('Hurricane Milton strengthened on Monday. Officials said Tropical Storm Alberto would weaken.'))
      .toEqual(['EVENT Hurricane Milton', 'EVENT Tropical Storm Alberto']);
  });

  it('types a military operation EVENT', () => {
    expect(names('The army launched Operation Iron Shield on Sunday.')).toEqual(['EVENT Operation Iron Shield']);
  });

  it('gives the storm’s name met alone, before or after, the storm’s type', () => {
    expect(names('Typhoon Korvan slammed into the coast. Korvan killed at least 59 people in Larsa.'))
      .toEqual(['EVENT Typhoon Korvan', 'EVENT Korvan', 'CARDINAL 59', 'GPE Larsa']);
    expect(names('Imelda made landfall near Portmore. Storm Imelda then weakened.'))
      .toEqual(['EVENT Imelda', 'GPE Portmore', 'EVENT Storm Imelda']);
  });

  it('leaves a person who shares a word with no storm alone', () => {
    expect(names('Hurricane Imelda hit Portmore. Dana Imelda Ruiz, the mayor, said Ruiz would stay.').filter((n) => n.startsWith('PERSON')))
      .toEqual(['PERSON Dana Imelda Ruiz', 'PERSON Ruiz']);
  });

  it('leaves a name with the word inside it alone', () => {
    expect(names('The National Hurricane Center said so.')).toEqual(['ORG National Hurricane Center']);
  });
});
