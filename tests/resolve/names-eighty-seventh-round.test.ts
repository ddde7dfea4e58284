// Names read wrong in the eighty-seventh review round. Invented sentences through the shipped pipeline.
import { describe, expect, it } from 'vitest';
import { readMentions } from '../shipped-pipeline.js';

const read = (text: string, types: string[]) => readMentions(text).filter((m) => types.includes(m.type)).map((m) => [m.text, m.type, m.entity]);

describe("a party, the title of a member of the Dail and a person's name run together", () => {
  it('are the party and the person, the title in neither', () => {
    expect(read('Fine Gael TD Simon Harris spoke on Tuesday.', ['ORG', 'PERSON']))
      .toEqual([['Fine Gael', 'ORG', 'org/fine-gael'], ['Simon Harris', 'PERSON', 'person/simon-harris']]);
    expect(read('Sinn Fein TD Mary Lou McDonald said the plan was flawed.', ['ORG', 'PERSON']))
      .toEqual([['Sinn Fein', 'ORG', 'org/sinn-fein'], ['Mary Lou McDonald', 'PERSON', 'person/mary-lou-mcdonald']]);
  });

  it('leaves the bank whose name opens with the same letters its name', () => {
    expect(read('TD Bank pleaded guilty. TD Securities analyst Priya Misra said so.', ['ORG']))
      .toEqual([['TD Bank', 'ORG', 'org/td-bank'], ['TD Securities', 'ORG', 'org/td-securities']]);
  });
});

describe("a minister's portfolio of several parts before the title", () => {
  it('is no name, its first part no organization', () => {
    expect(read('The ceremony was attended by Mines and Minerals Development Minister Paul Kabuswe.', ['ORG', 'PERSON']))
      .toEqual([['Paul Kabuswe', 'PERSON', 'person/paul-kabuswe']]);
    expect(read('Mineral Resources, Oil and Gas Minister Gwede Mantashe said so.', ['ORG', 'PERSON']))
      .toEqual([['Gwede Mantashe', 'PERSON', 'person/gwede-mantashe']]);
  });

  it('leaves a name the registry knows before other words', () => {
    expect(read('Mineral Resources shares rose, and Energy Minister Chris Bowen said so.', ['ORG', 'PERSON']))
      .toEqual([['Mineral Resources', 'ORG', 'org/mineral-resources'], ['Chris Bowen', 'PERSON', 'person/chris-bowen']]);
  });
});

describe("a party's member named by the party's words", () => {
  it('is one people\'s name, no place and a member', () => {
    expect(read('Vienna Mayor Michael Ludwig, a Social Democrat, called on the coalition to act.', ['GPE', 'NORP']))
      .toEqual([['Vienna', 'GPE', 'gpe/vienna'], ['Social Democrat', 'NORP', 'norp/social-democrat']]);
    expect(read('She is an Austin Democrat.', ['GPE', 'NORP'])).toEqual([['Austin', 'GPE', 'gpe/austin'], ['Democrat', 'NORP', 'norp/democrat']]);
  });
});

describe('names listed after a plural kind of place and "such as", "including" or "like"', () => {
  it('are places of that kind where the registry does not know them', () => {
    expect(read('Water was rationed in drought-hit cities such as Safi and El Jadida.', ['GPE', 'ORG']))
      .toEqual([['Safi', 'GPE', 'nil:gpe/safi'], ['El Jadida', 'GPE', 'nil:gpe/el-jadida']]);
    expect(read('Voting in some northern communities, including Fox Lake, was disrupted.', ['GPE', 'ORG'])).toEqual([['Fox Lake', 'GPE', 'nil:gpe/fox-lake']]);
  });

  it('leave a name the registry knows as something else', () => {
    expect(read('Universities such as Harvard and Stanford raised fees.', ['ORG', 'GPE'])[0]).toEqual(['Harvard', 'ORG', 'org/harvard-university']);
  });
});

describe('an acronym said as a word', () => {
  it("is the organization its bracket defines, its type and its entity the name's", () => {
    expect(read('Members of the United National Transport Union (Untu) want 10%. Untu has threatened to strike.', ['ORG', 'GPE', 'PERSON']))
      .toEqual([['United National Transport Union', 'ORG', 'nil:org/united-national-transport-union'],
        ['Untu', 'ORG', 'nil:org/united-national-transport-union'], ['Untu', 'ORG', 'nil:org/united-national-transport-union']]);
  });
});
