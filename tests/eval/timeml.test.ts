// The TempEval-3 style scorer: strict (same span), relaxed (overlap), value (overlap + value).
import { describe, expect, it } from 'vitest';
import { alignTimexes, scoreTimeml, sourceOf, timemlErrors } from '../../src/eval/timeml.js';
import type { TimemlDoc } from '../../src/gold/timeml.js';

const text = 'He left on Thursday and returned in the summer of 1988 for three years.';
const span = (s: string, value: string) => ({ start: text.indexOf(s), end: text.indexOf(s) + s.length, value, text: s });
const gold: TimemlDoc[] = [{
  text, dct: '2019-12-20',
  timexes: [span('Thursday', '2019-12-19'), span('the summer of 1988', '1988-SU'), span('three years', 'P3Y')],
}];

describe('scoreTimeml', () => {
  it('scores a perfect prediction 1 everywhere', () => {
    const s = scoreTimeml(gold, [{ timexes: gold[0].timexes }]);
    expect([s.strict.f1, s.relaxed.f1, s.value.f1]).toEqual([1, 1, 1]);
  });

  it('counts an overlapping span as relaxed but not strict, and its value separately', () => {
    const pred = [span('Thursday', '2019-12-19'), span('summer of 1988', '1988-SU'), span('three years', 'P2Y')];
    const s = scoreTimeml(gold, [{ timexes: pred }]);
    expect(s.strict.tp).toBe(2);
    expect(s.relaxed.tp).toBe(3);
    expect(s.value.tp).toBe(2);
    expect(s.strict.f1).toBeCloseTo(2 / 3);
  });

  it('charges false alarms to precision and misses to recall, micro over documents', () => {
    const second: TimemlDoc = { text: 'now', dct: null, timexes: [{ start: 0, end: 3, value: 'PRESENT_REF' }] };
    const pred = [{ timexes: [...gold[0].timexes, span('returned', 'X')] }, { timexes: [] }];
    const s = scoreTimeml([gold[0], second], pred);
    expect(s.strict.precision).toBeCloseTo(3 / 4);
    expect(s.strict.recall).toBeCloseTo(3 / 4);
  });

  it('accepts any of a list of gold values', () => {
    const listed: TimemlDoc[] = [{ ...gold[0], timexes: [{ ...gold[0].timexes[0], value: ['2019-12-19', '2019-W51'] }] }];
    expect(scoreTimeml(listed, [{ timexes: [span('Thursday', '2019-W51')] }]).value.tp).toBe(1);
    expect(scoreTimeml(listed, [{ timexes: [span('Thursday', '2019-12-20')] }]).value.tp).toBe(0);
  });

  it('pairs each gold timex with at most one prediction', () => {
    const pred = [span('the summer', '1988-SU'), span('of 1988', '1988')];
    expect(alignTimexes(gold[0].timexes, pred)).toHaveLength(1);
    const errors = timemlErrors(gold[0], pred);
    expect(errors.missed.map((m) => m.text)).toEqual(['Thursday', 'three years']);
    expect(errors.spurious).toHaveLength(1);
  });

  it('scores each source, named by the letters its documents\' names start with, on its own', () => {
    const wire: TimemlDoc = { ...gold[0], id: 'APW19980213.1310' };
    const paper: TimemlDoc = { text: 'now', dct: null, id: 'wsj_0006', timexes: [{ start: 0, end: 3, value: 'PRESENT_REF' }] };
    const s = scoreTimeml([wire, paper], [{ timexes: gold[0].timexes }, { timexes: [] }]);
    expect(Object.keys(s.bySource)).toEqual(['APW', 'wsj']);
    expect(s.bySource.APW).toMatchObject({ documents: 1, gold: 3, predicted: 3 });
    expect(s.bySource.APW.value.f1).toBe(1);
    expect(s.bySource.wsj.relaxed.fn).toBe(1);
    expect(s.strict.tp).toBe(s.bySource.APW.strict.tp + s.bySource.wsj.strict.tp);
    expect([sourceOf('ea980120.1830.0071'), sourceOf(undefined)]).toEqual(['ea', 'other']);
  });
});
