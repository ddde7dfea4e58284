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
