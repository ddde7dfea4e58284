// Names of the news of 2005 to 2025 read wrong, a thirty-sixth review round (religion, fashion and luxury, labour,
// real estate, the art market, education, conservation, Germany, Austria and Switzerland). Invented sentences through
// the shipped pipeline.
import { describe, expect, it } from 'vitest';
import { readMentions } from '../shipped-pipeline.js';

const named = (text: string) => readMentions(text).filter((m) => m.entity !== undefined).map((m) => [m.text, m.type, m.entity]);

describe('a registry name written with its \'s', () => {
  it('keeps it before a verb in the present and before a noun it owns', () => {
    expect(named("Sotheby's holds its sale on Wednesday, and Christie's sale raised $100 million."))
      .toEqual([["Sotheby's", 'ORG', 'org/sothebys'], ["Christie's", 'ORG', 'org/christies']]);
  });
});

describe('the head of a place named "<head> of ..."', () => {
  it('alone is that place, not the registry\'s other place of that word', () => {
    expect(named('The rig exploded in the Gulf of Mexico. Oil gushed into the Gulf for 87 days.'))
      .toEqual([['Gulf of Mexico', 'LOC', 'loc/gulf-of-mexico'], ['Gulf', 'LOC', 'loc/gulf-of-mexico']]);
  });
});

describe('a place\'s label on an organization the registry knows', () => {
  it('is the organization\'s where no place shares the name and it is part of no place', () => {
    expect(named('The court struck down race-conscious admissions at Harvard.')).toEqual([['Harvard', 'ORG', 'org/harvard-university']]);
  });
});

describe('a company named before its founder', () => {
  it('keeps its bare name, which is no surname of his', () => {
    const read = readMentions('Tiffany & Co. was founded by Charles Lewis Tiffany in 1837. Tiffany said on Thursday its sales rose 5%.');
    expect(read.filter((m) => m.text === 'Tiffany').map((m) => [m.type, m.entity])).toEqual([['ORG', 'org/tiffany']]);
  });
});

describe('a title, "of" and its see', () => {
  it('keeps the see a place and the name after it a person', () => {
    const read = readMentions('It was a defeat that Archbishop of Canterbury Justin Welby later called a grim day.');
    expect(read.map((m) => [m.text, m.type])).toEqual([['Canterbury', 'GPE'], ['Justin Welby', 'PERSON']]);
  });

  it('leaves the title\'s word no one, however the registry knows it as a surname', () => {
    expect(readMentions('Bishop of London Sarah Mullally told the synod.').map((m) => [m.text, m.type])).toEqual([['London', 'GPE'], ['Sarah Mullally', 'PERSON']]);
  });

  it('takes a church\'s titles of two words as titles', () => {
    const read = readMentions('Archbishop John Nienstedt resigned along with Auxiliary Bishop Lee Piché.');
    expect(read.map((m) => [m.text, m.title])).toEqual([['John Nienstedt', 'Archbishop'], ['Lee Piché', 'Auxiliary Bishop']]);
  });
});

describe('a name right after a local paper\'s dateline', () => {
  it('has no qualifier in the dateline\'s place', () => {
    expect(named('PARIS — Louis Vuitton said sales rose.')).toEqual([['PARIS', 'GPE', 'gpe/paris'], ['Louis Vuitton', 'ORG', 'org/louis-vuitton']]);
  });
});

describe('a person\'s nickname in quotation marks', () => {
  it('is left out when the name is looked up', () => {
    expect(named('President Joko "Jokowi" Widodo said the fires must stop.')).toEqual([['Joko "Jokowi" Widodo', 'PERSON', 'person/joko-widodo']]);
  });
});

describe('a place in a list', () => {
  it('beside U.S. states is the state of a state and a city that share its name', () => {
    expect(named('Similar laws have passed in California, Oregon and Washington.').at(-1)).toEqual(['Washington', 'GPE', 'gpe/washington-state']);
  });

  it('beside cities, with "and" after it, is no state of the city before', () => {
    expect(named('Minneapolis, Washington and Chicago posted the smallest gains.').map(([, , entity]) => entity))
      .toEqual(['gpe/minneapolis', 'gpe/washington-dc', 'gpe/chicago']);
  });
});

describe('a lone given name before "and" and a person\'s full name', () => {
  it('is a person of that surname, found where the model missed it', () => {
    expect(named('Bill and Hillary Clinton left the White House on Monday.').slice(0, 2))
      .toEqual([['Bill', 'PERSON', 'person/bill-clinton'], ['Hillary Clinton', 'PERSON', 'person/hillary-clinton']]);
  });

  it('is no one the registry knows by that word alone', () => {
    expect(named('Sotheby\'s sold the collection of Harry and Linda Macklowe.').map(([text, , entity]) => [text, entity]))
      .toEqual([["Sotheby's", 'org/sothebys'], ['Harry', 'nil:person/harry-macklowe'], ['Linda Macklowe', 'nil:person/linda-macklowe']]);
  });

  it('but a surname before "and" stays its own person', () => {
    expect(named('Trump and Joe Biden debated.').map(([, , entity]) => entity)).toEqual(['person/donald-trump', 'person/joe-biden']);
  });
});

describe('a surname before "and" and a person\'s full name', () => {
  it('is its own person, in a list or not', () => {
    expect(named('Villeneuve finished behind Hakkinen and David Coulthard.').map(([, , entity]) => entity))
      .toEqual(['person/jacques-villeneuve', 'person/mika-hakkinen', 'person/david-coulthard']);
  });
});

describe('a state\'s party member or lawmaker after its name', () => {
  it('makes it the state', () => {
    expect(named('Rep. Elise Stefanik, a New York Republican, questioned the presidents.').find(([text]) => text === 'New York'))
      .toEqual(['New York', 'GPE', 'gpe/new-york-state']);
  });
});

describe('a party\'s member named by its people\'s word of two words', () => {
  it('is that people\'s word whole, no US Democrat', () => {
    expect(named('Social Democrat Olaf Scholz is finance minister.')[0]).toEqual(['Social Democrat', 'NORP', 'norp/social-democrat']);
  });
});

describe('a registry place hyphened to a word the registry does not know', () => {
  it('gives way to the compound name the model read', () => {
    expect(readMentions('Speaking at Canterbury-Hurlstone Park RSL, Mr Albanese said he wanted unity.')[0].text).toBe('Canterbury-Hurlstone Park');
    expect(named('The Russia-Ukraine war pushed prices higher.').map(([text]) => text)).toEqual(['Russia', 'Ukraine']);
  });
});
