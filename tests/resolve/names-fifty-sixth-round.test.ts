// Names and numbers of the news of 1995 to 2026 read wrong, the fifty-sixth review round and after (cybersecurity,
// espionage, European club football, fraud trials, taxes and pensions, the Chinese economy, gambling, sport in
// Australia and New Zealand). Invented sentences through the shipped pipeline.
import { describe, expect, it } from 'vitest';
import { readMentions } from '../shipped-pipeline.js';

const read = (text: string, published?: string) => readMentions(text, published).map((m) => [m.text, m.type, m.entity]);

describe('a figure with a capital scale letter that the registry knows as a company', () => {
  it('is the company where it owns or does something', () => {
    expect(read('3M said on Tuesday it would cut jobs. 3M\'s shares fell.', '2024-05-01').filter(([, type]) => type !== 'DATE'))
      .toEqual([['3M', 'ORG', 'org/3m'], ['3M', 'ORG', 'org/3m']]);
  });

  it('stays a figure before what it counts', () => {
    expect(read('The app had 3M users.').map(([text, type]) => [text, type])).toEqual([['3M', 'CARDINAL']]);
  });
});

describe('the sides of a result in prose', () => {
  it('are teams after "lost to" and where one side is a team already', () => {
    expect(read('Denver lost to Miami 102-99.').map(([text, type]) => [text, type])).toEqual([['Denver', 'ORG'], ['Miami', 'ORG']]);
    expect(read('Alabama defeated Auburn 27-24.').map(([text, type]) => [text, type])).toEqual([['Alabama', 'ORG'], ['Auburn', 'ORG']]);
  });

  it('but a place after "to" with no result verb before it stays a place', () => {
    expect(read('The delegation flew to Miami 20-25 times.').map(([text, type]) => [text, type])).toContainEqual(['Miami', 'GPE']);
  });
});

describe('a kind of event before a name', () => {
  it('does not reach across a blank line into the dateline', () => {
    const mentions = read('Panthers seal gritty win over Storm\n\nSYDNEY (AAP) - Penrith beat Melbourne on Sunday.', '2023-10-01');
    expect(mentions.filter(([, type]) => type === 'EVENT')).toEqual([]);
    expect(mentions).toContainEqual(['SYDNEY', 'GPE', 'gpe/sydney']);
  });

  it('still names the storm across a line break within a paragraph', () => {
    expect(read('Hurricane\nMilton made landfall.')).toContainEqual(['Hurricane\nMilton', 'EVENT', 'event/hurricane-milton']);
  });
});

describe('a day named in capitalised words', () => {
  it('is the day the time rules know, whatever the model reads it as', () => {
    expect(read('The breach began on Black Friday, the busiest shopping day.', '2023-10-01').map(([text, type]) => [text, type]))
      .toContainEqual(['Black Friday', 'DATE']);
  });

  it('but a name the registry knows that opens with one stays the name', () => {
    expect(read('The Good Friday Agreement was signed.')).toContainEqual(['Good Friday Agreement', 'LAW', 'law/good-friday-agreement']);
  });
});

describe('words of sport and of money', () => {
  it('a club\'s sporting director is a title, no club', () => {
    expect(read('Sporting director Edu said the club wanted to compete.').map(([text, type]) => [text, type])).toEqual([['Edu', 'PERSON']]);
  });

  it('the Australians\' own word for themselves is their people', () => {
    expect(read('I am so proud to be an Aussie.')).toContainEqual(['Aussie', 'NORP', 'norp/australian']);
  });

  it('a word that opens a sentence is no lone surname of a registry person', () => {
    expect(read('Pound slumps after the budget. Sole traders must register.').filter(([, type]) => type === 'PERSON')).toEqual([]);
  });
});

describe('a quoted title in title case before what it won', () => {
  it('is a work', () => {
    expect(read('"Parasite" won best picture on Sunday. "Avatar" won three awards.', '2020-02-10').filter(([, type]) => type === 'WORK_OF_ART').map(([text]) => text))
      .toEqual(['Parasite', 'Avatar']);
  });

  it('but a quotation before a verb of winning and no award is what the model reads', () => {
    expect(read('"Leave" won the referendum.').filter(([, type]) => type === 'WORK_OF_ART')).toEqual([]);
  });
});

describe('a dateline\'s credit', () => {
  it('is the agency the wire credits by that word, whatever else the word names', () => {
    expect(read('SYDNEY (AAP) - Penrith won the grand final.')).toContainEqual(['AAP', 'ORG', 'org/australian-associated-press']);
    expect(read('LONDON (PA) - The Treasury spoke.')).toContainEqual(['PA', 'ORG', 'org/press-association']);
  });
});

describe('a credit rating\'s grade', () => {
  it('is no name in quotation marks after a verb of rating, nor a default\'s grade', () => {
    expect(read('Fitch Ratings rates Ghana "RD". S&P cut the country to "CCC-" from "B-".').map(([text]) => text))
      .toEqual(['Fitch Ratings', 'Ghana', 'S&P']);
  });
});

describe('a registry person\'s lone surname that opens a sentence', () => {
  it('is no person before a plural noun it qualifies', () => {
    expect(read('Rice farmers in Punjab protested. Wine producers expect a smaller harvest.').filter(([, type]) => type === 'PERSON')).toEqual([]);
  });

  it('but is the person before a verb, and before a headline\'s verb the tagger reads as a plural noun', () => {
    expect(read('Declan Rice joined Arsenal. Rice scored twice.')).toContainEqual(['Rice', 'PERSON', 'person/declan-rice']);
    expect(read('Sunak scraps HS2 northern leg')).toContainEqual(['Sunak', 'PERSON', 'person/rishi-sunak']);
  });
});

describe('water by volume', () => {
  it('is a quantity in acre-feet, gigalitres and megalitres', () => {
    const units = readMentions('Arizona will lose 592,000 acre-feet. Storage stood at 1,585 gigalitres. The dam holds 40 megalitres.')
      .filter((m) => m.type === 'QUANTITY').map((m) => m.text);
    expect(units).toEqual(['592,000 acre-feet', '1,585 gigalitres', '40 megalitres']);
  });
});
