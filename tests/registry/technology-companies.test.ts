// Technology and industrial companies of today's news are registry entries (registry/companies.jsonl): linked
// by name, short name or acronym, a division part of its company. Invented sentences.
import { describe, expect, it } from 'vitest';
import { readMentions } from '../shipped-pipeline.js';

describe('registry technology companies', () => {
  it('links companies named in full, by a short name and by an acronym', () => {
    const got = readMentions('OpenAI will buy computing from Amazon Web Services. AWS said Broadcom, Micron and Foxconn would supply chips, and CATL batteries.')
      .filter((m) => m.type === 'ORG').map((m) => [m.text, m.entity]);
    expect(got).toEqual([
      ['OpenAI', 'org/openai'], ['Amazon Web Services', 'org/amazon-web-services'], ['AWS', 'org/amazon-web-services'],
      ['Broadcom', 'org/broadcom'], ['Micron', 'org/micron-technology'], ['Foxconn', 'org/foxconn'], ['CATL', 'org/catl'],
    ]);
  });
});
