// Names read wrong in the hundred-and-twenty-third to hundred-and-thirtieth review rounds (stop 81: US sports leagues,
// armed forces, airlines, the press, landmarks, peoples and languages, treaties). Invented sentences through the shipped
// pipeline.
import { describe, expect, it } from 'vitest';
import { readMentions } from '../shipped-pipeline.js';

const named = (text: string, word: string) => readMentions(text, '2024-06-25').filter((m) => m.text === word).map((m) => [m.type, m.entity]);

describe('a place before its official\'s title and name', () => {
  it('is the place, not a club the article names after it', () => {
    const story = 'The Florida Panthers won the Stanley Cup on Monday night. Carter Verhaeghe also scored for Florida. Panthers owner '
      + 'Vincent Viola thanked fans in Broward County, where the team has played since 1998. Florida Gov. Ron DeSantis posted a photo of the Cup.';
    expect(named(story, 'Florida').at(-1)).toEqual(['GPE', 'gpe/florida']);
  });
});

describe('titles', () => {
  it('stay out of the names of a catholicos and an ombudswoman', () => {
    expect(named('Catholicos Karekin II led the service.', 'Karekin II')).toEqual([['PERSON', 'person/karekin-ii']]);
    expect(named('Ombudswoman Iris Marin criticised the army.', 'Iris Marin')[0]?.[0]).toBe('PERSON');
  });

  it('leave "del" inside a place\'s name and an ombudsman\'s office its own', () => {
    expect(named('Viña del Mar Mayor Macarena Ripamonti said 370 people were missing.', 'Macarena Ripamonti')[0]?.[0]).toBe('PERSON');
    expect(named('The Office of the Ombudsman said the Ombudsman would investigate.', 'Ombudsman').length).toBeGreaterThan(0);
  });
});

describe('the last two words of an organization the article names', () => {
  it('are that organization where no other of its names ends so', () => {
    const story = 'The South African Reserve Bank kept rates on hold. The Reserve Bank said inflation would ease.';
    expect(named(story, 'Reserve Bank')).toEqual([['ORG', 'org/south-african-reserve-bank']]);
  });

  it('name neither of two that end so', () => {
    const story = 'The Senate Banking Committee and the House Banking Committee met. The Banking Committee chairman spoke.';
    expect(named(story, 'Banking Committee')).toEqual([['ORG', 'nil:org/banking-committee']]);
  });
});
