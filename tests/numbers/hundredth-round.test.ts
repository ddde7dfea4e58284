// Amounts of the hundredth review round (Asian property, European transport strikes, music festivals), as [type, span, value, unit or
// currency].
import { describe, expect, it } from 'vitest';
import { numbersIn, readings } from './read.js';
import { readMentions } from '../shipped-pipeline.js';

const read = (text: string) => readMentions(text).filter((m) => !['DATE', 'TIME'].includes(m.type)).map((m) => [m.type, m.text, m.value ?? null, m.currency ?? m.unit ?? null]);

describe('a vague count before more than one scale', () => {
  it('takes them all, and the money after them', () => {
    expect(read('The state will inject several hundred billion yuan, and a few hundred thousand people came.')).toEqual([
      ['MONEY', 'several hundred billion yuan', null, 'CNY'], ['CARDINAL', 'a few hundred thousand', null, null],
    ]);
  });
});

describe('ordinals joined by "and" before a unit of time', () => {
  it('rank it, both of them', () => {
    expect(read('The walkouts are the fourth and fifth days of action.')).toEqual([['ORDINAL', 'fourth', 4, null], ['ORDINAL', 'fifth', 5, null]]);
  });
});

describe('pounds hung on a hyphen before a word and a fee', () => {
  it('are money, and before other nouns a weight', () => {
    expect(readings('Tickets cost 355 pounds plus a 5-pound booking fee; a 10-pound baby.')).toEqual([
      ['MONEY', '355 pounds', 355, 'GBP'], ['MONEY', '5-pound', 5, 'GBP'], ['QUANTITY', '10-pound', 10, 'lb'],
    ]);
  });
});

describe('a tally after "voted"', () => {
  it('has no numbers of its own, as "voted 76-4" has none', () => {
    expect(read('Councillors voted 21 to 9 and the board voted seven to four. The vote went to 30 members.')).toEqual([['CARDINAL', '30', 30, null]]);
  });

  it('leaves the votes counted on each side', () => {
    expect(read('The motion passed by 58 votes to 31.')).toEqual([['CARDINAL', '58', 58, null], ['CARDINAL', '31', 31, null]]);
  });
});

describe('pounds after a verb of weighing and a qualifier', () => {
  it('weigh; after "lost" and a qualifier they are money', () => {
    expect(readings('Each weighing about 2,000 pounds. The industry lost an estimated 1.1 billion pounds.')).toEqual([
      ['QUANTITY', '2,000 pounds', 2000, 'lb'], ['MONEY', '1.1 billion pounds', 1100000000, 'GBP'],
    ]);
  });
});

describe('a count before a word and a unit of time', () => {
  it('counts days of a kind where no length is read', () => {
    expect(read('Schools have 190 teaching days and two snow days; shares fell for eight trading days.')).toEqual([
      ['CARDINAL', '190', 190, null], ['CARDINAL', 'two', 2, null],
    ]);
  });

  it('stays out of an expression of time', () => {
    expect(read('It comes in the two upcoming weeks.').filter(([type]) => type === 'CARDINAL')).toEqual([]);
  });
});

describe('degrees a university gives, and years of age', () => {
  it('are counts', () => {
    expect(read('Universities awarded 820,000 degrees to students under 16 years of age.')).toEqual([
      ['CARDINAL', '820,000', 820000, null], ['CARDINAL', '16', 16, null],
    ]);
  });
});

describe('a count of seasons', () => {
  it('is a count, no length the time rules read', () => {
    expect(read('He played five seasons at the club and three summers abroad.')).toEqual([['CARDINAL', 'five', 5, null], ['CARDINAL', 'three', 3, null]]);
  });
});

describe('"up to" after a verb of direction, and a part of a unit', () => {
  it('is the verb\'s "up", no bound', () => {
    expect(numbersIn('Growth was revised up to 0.8% and claims ticked up to 3.9%; fees of up to 5%.').map((f) => [f.text, f.attrs?.qualifier ?? null]))
      .toEqual([['0.8%', null], ['3.9%', null], ['5%', 'up to']]);
  });

  it('names no amount in "a fraction of a cent"', () => {
    expect(readings('Fees fell to a fraction of a cent. It cost a dollar.')).toEqual([['MONEY', 'a dollar', 1, 'USD']]);
  });
});

describe('units of the hundred-and-third round', () => {
  it('reads a battery\'s mAh, frames per second and net square feet, and no inches in "30 in high school"', () => {
    expect(readings('A 6,000 mAh battery shoots 60 frames per second on 2.5 million net square feet.')).toEqual([
      ['QUANTITY', '6,000 mAh', 6000, 'mAh'], ['QUANTITY', '60 frames per second', 60, 'fps'], ['QUANTITY', '2.5 million net square feet', 2500000, 'ft2'],
    ]);
    expect(readings('There are 26 students in kindergarten and 30 in high school; the pipe is 12 in long.')).toEqual([
      ['CARDINAL', '26', 26], ['CARDINAL', '30', 30], ['QUANTITY', '12 in', 12, 'in'],
    ]);
  });
});

describe('the New Taiwan dollar by its full name', () => {
  it('is TWD', () => {
    expect(readings('TSMC raised 5 billion New Taiwan dollars.')).toEqual([['MONEY', '5 billion New Taiwan dollars', 5000000000, 'TWD']]);
  });
});

describe('grades written as ordinals', () => {
  it('rank nothing in "first-class" and "second-class"', () => {
    expect(readings('They will play nine first-class matches and treat us like second-class citizens.')).toEqual([['CARDINAL', 'nine', 9]]);
  });
});
