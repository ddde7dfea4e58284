// American datelines and addresses: a state's press abbreviation keeps its full stop and links to the state,
// and one word before ", <state or province>" is a town. Invented sentences.
import { describe, expect, it } from 'vitest';
import { readMentions } from '../shipped-pipeline.js';

const typed = (text: string) => readMentions(text).filter((m) => m.type === 'GPE' || m.type === 'PERSON').map((m) => [m.text, m.type]);

describe('towns and states', () => {
  it('keeps the full stop of a state\'s abbreviation where the sentence goes on', () => {
    const text = 'ORLANDO, Fla. (AP) - Officials in Modesto, Calif., said so.';
    expect(typed(text)).toEqual([['ORLANDO', 'GPE'], ['Fla.', 'GPE'], ['Modesto', 'GPE'], ['Calif.', 'GPE']]);
    expect(readMentions(text).find((m) => m.text === 'Fla.')?.entity).toBe('gpe/florida');
  });

  it('makes a GPE of one word before a state, but not of a person before a state\'s team', () => {
    expect(typed('Officials in Trenton, N.J., and Austin, Texas, said on Monday.'))
      .toEqual([['Trenton', 'GPE'], ['N.J.', 'GPE'], ['Austin', 'GPE'], ['Texas', 'GPE']]);
    // The registry knows the university: the state's name inside it is no town's, nor a place of its own.
    expect(readMentions('Jones, Texas A&M\'s coach, spoke.').map((m) => [m.text, m.type])).toEqual([['Jones', 'PERSON'], ['Texas A&M', 'ORG']]);
  });

  it('reads the state of a lawmaker\'s party and state as a place, without the party\'s letter', () => {
    expect(typed('Sen. Bernie Sanders, I-Vt., Rep. Alexandria Ocasio-Cortez, D-N.Y., and Rep. Jim Jordan (R-Ohio) spoke.')).toEqual([
      ['Bernie Sanders', 'PERSON'], ['Vt.', 'GPE'], ['Alexandria Ocasio-Cortez', 'PERSON'], ['N.Y.', 'GPE'], ['Jim Jordan', 'PERSON'], ['Ohio', 'GPE'],
    ]);
    expect(readMentions('Sen. Bernie Sanders, I-Vt., spoke.').find((m) => m.text === 'Vt.')?.entity).toBe('gpe/vermont');
    expect(readMentions('The D-Day landings and the R-rated film were discussed.').map((m) => m.type)).not.toContain('GPE');
  });

  it('makes a GPE of a town before a state joined to "-based" or "-born", but not of a person\'s two names', () => {
    expect(typed('The Austin, Texas-based chipmaker and a Toledo, Ohio-born singer were named.'))
      .toEqual([['Austin', 'GPE'], ['Texas', 'GPE'], ['Toledo', 'GPE'], ['Ohio', 'GPE']]);
    expect(typed('Kevin Austin, Texas-based analyst, said.')).toEqual([['Kevin Austin', 'PERSON'], ['Texas', 'GPE']]);
  });
});
