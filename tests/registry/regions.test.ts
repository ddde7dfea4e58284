// The first-level divisions of the countries most in the news (registry/regions.jsonl: states, provinces,
// regions) are GPEs part of their country, linked whatever type the name model guessed. A name two countries'
// divisions share ("Punjab") is told apart by the country the article names. Invented sentences.
import { describe, expect, it } from 'vitest';
import { readMentions } from '../shipped-pipeline.js';

const places = (text: string) => readMentions(text).filter((m) => m.type === 'GPE').map((m) => [m.text, m.entity]);

describe('registry regions', () => {
  it('links states and provinces of several countries, one word or several', () => {
    expect(places('A bushfire burned in New South Wales as Queensland braced for storms, and Manitoba and Guangdong reported floods.')).toEqual([
      ['New South Wales', 'gpe/new-south-wales'], ['Queensland', 'gpe/queensland'],
      ['Manitoba', 'gpe/manitoba'], ['Guangdong', 'gpe/guangdong'],
    ]);
  });

  it('tells the Punjab of Pakistan from the Punjab of India by the country the article names', () => {
    expect(places("Floods in Pakistan's Punjab province killed 40 people. Punjab's chief minister visited the area."))
      .toEqual([['Pakistan', 'gpe/pakistan'], ['Punjab', 'gpe/punjab-pakistan'], ['Punjab', 'gpe/punjab-pakistan']]);
    expect(places('Farmers from Punjab and Haryana marched on New Delhi, the capital of India.'))
      .toEqual([['Punjab', 'gpe/punjab-india'], ['Haryana', 'gpe/haryana'], ['New Delhi', 'gpe/new-delhi'], ['India', 'gpe/india']]);
  });

  it('writes each division as part of its country', async () => {
    const { readRegistry } = await import('../../src/registry/load.js');
    const entries = new Map(readRegistry('registry').located.map((l) => [l.entry.id, l.entry]));
    expect(['gpe/new-south-wales', 'gpe/lower-saxony', 'gpe/punjab-pakistan', 'gpe/kwazulu-natal'].map((id) => entries.get(id)?.partOf))
      .toEqual(['gpe/australia', 'gpe/germany', 'gpe/pakistan', 'gpe/south-africa']);
  });
});
