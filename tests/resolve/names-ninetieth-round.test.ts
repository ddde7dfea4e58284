// Names read wrong in the ninetieth review round. Invented sentences through the shipped pipeline.
import { describe, expect, it } from 'vitest';
import { readMentions } from '../shipped-pipeline.js';

const people = (text: string) => readMentions(text).filter((m) => m.type === 'PERSON').map((m) => [m.text, m.entity]);

describe('the first of two Spanish surnames, alone', () => {
  it('is the person the article named in full, not a registry namesake', () => {
    expect(people('Pemex chief executive Víctor Ramírez Padilla told reporters the company would cut debt. Ramírez said output would recover.'))
      .toEqual([['Víctor Ramírez Padilla', 'nil:person/victor-ramirez-padilla'], ['Ramírez', 'nil:person/victor-ramirez-padilla']]);
    expect(people('President Andrés Manuel López Obrador spoke first. Later López said the plan stood.'))
      .toEqual([['Andrés Manuel López Obrador', 'person/andres-manuel-lopez-obrador'], ['López', 'person/andres-manuel-lopez-obrador']]);
  });

  it('is the registry person so named, written without its accent', () => {
    expect(people('Pemex chief executive Víctor Rodríguez Padilla spoke first. Rodriguez said output would recover.'))
      .toEqual([['Víctor Rodríguez Padilla', 'person/victor-rodriguez-padilla'], ['Rodriguez', 'person/victor-rodriguez-padilla']]);
  });
});

describe("a square's or a lift's name in the language of its place", () => {
  const places = (text: string) => readMentions(text).filter((m) => ['FAC', 'GPE', 'PERSON', 'WORK_OF_ART'].includes(m.type)).map((m) => [m.text, m.type]);

  it('is a facility, whatever the model typed it', () => {
    expect(places('Fans filled Piazza del Plebiscito and waited in the Plaza de la Constitución.'))
      .toEqual([['Piazza del Plebiscito', 'FAC'], ['Plaza de la Constitución', 'FAC']]);
  });

  it('is no accord named after one', () => {
    expect(readMentions('Leaders recalled the Camp David Accords.').map((m) => [m.text, m.type])).toEqual([['Camp David Accords', 'LAW']]);
  });
});
