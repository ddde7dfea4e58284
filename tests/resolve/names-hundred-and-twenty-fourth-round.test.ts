// Names read wrong in the hundred-and-forty-first and later review rounds (stop 82: political parties, organized crime).
// Invented sentences through the shipped pipeline.
import { describe, expect, it } from 'vitest';
import { readMentions } from '../shipped-pipeline.js';

const names = (text: string) => readMentions(text, '2024-06-05').filter((m) => ['PERSON', 'ORG', 'GPE', 'LOC', 'NORP'].includes(m.type)).map((m) => [m.type, m.text]);

describe('a party "of" its leader, read as one name', () => {
  it('is the party and the leader', () => {
    expect(names('The Samajwadi Party of Akhilesh Yadav stunned the BJP.'))
      .toEqual([['ORG', 'Samajwadi Party'], ['PERSON', 'Akhilesh Yadav'], ['ORG', 'BJP']]);
    expect(names('He joined the Telugu Desam Party of Chandrababu Naidu.')).toEqual([['ORG', 'Telugu Desam Party'], ['PERSON', 'Chandrababu Naidu']]);
  });

  it('leaves a name that goes on past the person whole', () => {
    expect(names('He was received by the Church of Jesus Christ of Latter-day Saints.')).toEqual([['ORG', 'Church of Jesus Christ of Latter-day Saints']]);
  });
});

describe('a place\'s name with a particle inside', () => {
  it('is one place, not two', () => {
    expect(names('He was arrested in Campobello di Mazara.')).toEqual([['GPE', 'Campobello di Mazara']]);
    expect(names('A man was stabbed in Cernusco sul Naviglio, near Milan.')).toEqual([['GPE', 'Cernusco sul Naviglio'], ['GPE', 'Milan']]);
  });

  it('leaves an organization before a place its own', () => {
    expect(names('Banco de Mexico raised rates.')).toEqual([['ORG', 'Banco de Mexico']]);
  });
});

describe('initials\' possessive before a person', () => {
  it('is the organization and the person', () => {
    expect(names('She named the DA\'s Annelie Lotriet her deputy.')).toEqual([['ORG', 'DA'], ['PERSON', 'Annelie Lotriet']]);
  });
});

describe('a place before its official\'s title, read as one name', () => {
  it('is the place', () => {
    expect(names('Maharashtra Chief Minister Devendra Fadnavis opened the plant.')).toEqual([['GPE', 'Maharashtra'], ['PERSON', 'Devendra Fadnavis']]);
  });
});

describe('an organization "of" one word', () => {
  it('stays whole', () => {
    expect(names('Commercial Bank of Ceylon shares rose.')).toEqual([['ORG', 'Commercial Bank of Ceylon']]);
  });
});
