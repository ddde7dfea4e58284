// Constitutions' amendments, acts, court decisions and treaties the news names are LAWs linked to the registry
// (registry/laws.jsonl), named in words or in figures ("First Amendment", "14th Amendment"), where the name
// model reads an amendment as an organization. Invented sentences.
import { describe, expect, it } from 'vitest';
import { readMentions } from '../shipped-pipeline.js';

const laws = (text: string) => readMentions(text).filter((m) => m.type === 'LAW').map((m) => [m.text, m.entity]);

describe('registry laws', () => {
  it('links amendments in words and in figures, acts, rulings and treaties', () => {
    expect(laws('Lawyers cited the First Amendment and the 14th Amendment after Roe v. Wade was overturned.')).toEqual([
      ['First Amendment', 'law/us-amendment-1'], ['14th Amendment', 'law/us-amendment-14'], ['Roe v. Wade', 'law/roe-v-wade'],
    ]);
    expect(laws('The Affordable Care Act survived, and Meta was fined under the GDPR.')).toEqual([
      ['Affordable Care Act', 'law/affordable-care-act'], ['GDPR', 'law/gdpr'],
    ]);
  });
});
