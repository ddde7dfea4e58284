import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readDuckling, type DucklingCase } from '../../src/gold/duckling.js';
import { durationLength, formatDucklingScore, scoreDuckling, type DucklingPrediction } from '../../src/eval/duckling.js';

/** A folder in the corpus format, with cases made up here. */
function folder(files: Record<string, object[] | string>): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'duckling-'));
  for (const [name, rows] of Object.entries(files)) {
    writeFileSync(path.join(dir, name), typeof rows === 'string' ? rows : rows.map((r) => JSON.stringify(r)).join('\n') + '\n');
  }
  return dir;
}

const src = { locale: 'EN', source: 'made-up' };
const num = (text: string, type: string, value: number, extra: object = {}) => ({ text, type, value, dimension: 'numeral', ...src, ...extra });
const time = (text: string, type: string, timex3: string | null, extra: object = {}) =>
  ({ text, type, timex3, reference: '2013-02-12T04:30:00', grain: 'day', interval: false, latent: false, ...src, ...extra });

const p = (type: DucklingPrediction['type'], value?: number | string, extra: Partial<DucklingPrediction> = {}): DucklingPrediction =>
  ({ type, text: 'x', ...(value === undefined ? {} : { value }), ...extra });

describe('readDuckling', () => {
  it('reads the three files, keeping EN and EN_US and counting other regions', () => {
    const dir = folder({
      'numbers.jsonl': [num('nine', 'CARDINAL', 9), num('nine quid', 'MONEY', 9, { locale: 'EN_GB' })],
      'times.jsonl': [time('the day after', 'DATE', '2013-02-13', { locale: 'EN_US' })],
      'negatives.jsonl': [{ text: 'hello there', dimension: 'time', ...src }],
    });
    const gold = readDuckling(dir);
    expect(gold.cases.map((c) => [c.kind, c.text])).toEqual([['number', 'nine'], ['time', 'the day after'], ['negative', 'hello there']]);
    expect(gold.otherLocales).toBe(1);
  });

  it('names the file, the line and the reason for a bad line', () => {
    const dir = folder({ 'numbers.jsonl': `${JSON.stringify(num('nine', 'CARDINAL', 9))}\n{"text":"ten","type":"CARDINAL","value":"10"}\n` });
    expect(() => readDuckling(dir)).toThrow(/numbers\.jsonl:2: not a Duckling case: .*value/);
    const broken = folder({ 'times.jsonl': '{"text": \n' });
    expect(() => readDuckling(broken)).toThrow(/times\.jsonl:1: malformed JSON/);
  });
});

describe('scoreDuckling', () => {
  const score = (cases: object[], predictions: DucklingPrediction[][]) => {
    const dir = folder({ 'numbers.jsonl': cases.filter((c) => 'dimension' in c && !('reference' in c) && 'value' in c),
      'times.jsonl': cases.filter((c) => 'reference' in c), 'negatives.jsonl': cases.filter((c) => !('value' in c) && !('reference' in c)) });
    const gold = readDuckling(dir);
    const byText = new Map(cases.map((c, k) => [(c as { text: string }).text, predictions[k]]));
    return scoreDuckling(gold.cases, (c: DucklingCase) => byText.get(c.text) ?? []);
  };

  it('counts a right value once, a split number as a miss plus false alarms, and a wrong label as a miss', () => {
    const s = score(
      [num('one hundred and six', 'CARDINAL', 106), num('two hundred and one', 'CARDINAL', 201), num('42 bucks', 'MONEY', 42, { dimension: 'amount-of-money' })],
      [[p('CARDINAL', 106)], [p('CARDINAL', 200), p('CARDINAL', 1)], [p('CARDINAL', 42)]],
    );
    expect(s.perCategory.numbers).toMatchObject({ tp: 1, fp: 2, fn: 1, cases: 2 });
    expect(s.perCategory.money).toMatchObject({ tp: 0, fp: 1, fn: 1 });
    expect(s.numbersAll).toMatchObject({ tp: 1, fp: 3, fn: 2 });
  });

  it('compares durations by length and negatives by what their dimension forbids', () => {
    const s = score(
      [time('an hour and a half', 'DURATION', 'PT90M', { grain: 'minute' }), { text: 'for ages', dimension: 'duration', ...src }, { text: 'one adult', dimension: 'time', ...src }],
      [[p('DATE', 'PT1H30M', { timex: { type: 'DURATION' } })], [p('DATE', 'PXY', { timex: { type: 'DURATION' } })], [p('CARDINAL', 1)]],
    );
    expect(s.perCategory.durations).toMatchObject({ tp: 1, fp: 0, fn: 0 });
    expect(s.negatives).toMatchObject({ cases: 2, clean: 1, perDimension: { duration: { cases: 1, clean: 0 }, time: { cases: 1, clean: 1 } } });
    expect(durationLength('P2Y3M')).toEqual(durationLength('P27M'));
    expect(durationLength('PT12H')).toEqual(durationLength('P0.5D'));
    expect(durationLength('2013-02-12')).toBeNull();
  });

  it('applies the convention rows and counts every case they decide', () => {
    const s = score(
      [
        num('ten cents', 'MONEY', 10, { dimension: 'amount-of-money', duckling_currency: 'Cent' }),
        num('0.002 kg', 'QUANTITY', 2, { dimension: 'quantity', unit: 'gram' }),
        num('a few', 'CARDINAL', 3),
        time('tonight', 'DATE', null, { interval: true }),
        time('3pm', 'TIME', '2013-02-12T15', { grain: 'hour' }),
      ],
      [[p('MONEY', 0.1, { currency: 'USD' })], [p('QUANTITY', 0.002, { unit: 'kg' })], [], [p('TIME', '2013-02-12TNI')], [p('TIME', '2013-02-12T15:00')]],
    );
    expect(s.perCategory.money).toMatchObject({ tp: 1, fn: 0 });
    expect(s.perCategory.quantities).toMatchObject({ tp: 1, fn: 0 });
    expect(s.perCategory.numbers.cases).toBe(0);
    expect(s.perCategory.times).toMatchObject({ tp: 1 });
    expect(s.intervals).toEqual({ cases: 1, found: 1 });
    const used = Object.fromEntries(s.conventions.map((v) => [v.id, v.cases]));
    expect(used).toMatchObject({ 'cents-in-main-unit': 1, 'unit-as-written': 1, 'vague-amount': 1, interval: 1, 'hour-with-minutes': 1 });
    expect(formatDucklingScore(s)).toMatch(/convention differences \(ANNOTATION\.md wins\): 5 case\(s\)/);
  });

  it('takes the end of a day (T24:00) for the next day\'s 00:00 that Duckling writes for midnight, and no other day', () => {
    const s = score(
      [time('at midnight', 'TIME', '2013-02-13T00', { grain: 'hour' }), time('midnight', 'TIME', '2013-02-13T00', { grain: 'hour' })],
      [[p('TIME', '2013-02-12T24:00')], [p('TIME', '2013-02-13T24:00')]],
    );
    expect(s.perCategory.times).toMatchObject({ tp: 1, fn: 1 });
    expect(Object.fromEntries(s.conventions.map((v) => [v.id, v.cases]))).toMatchObject({ 'midnight-end-of-day': 1 });
  });

  it("takes a Jewish holiday's day for the evening before it that Duckling writes, and no other holiday", () => {
    const s = score(
      [time('yom kippur 2018', 'DATE', '2018-09-18'), time('christmas 2018', 'DATE', '2018-12-25')],
      [[p('DATE', '2018-09-19')], [p('DATE', '2018-12-26')]],
    );
    expect(s.perCategory.dates).toMatchObject({ tp: 1, fn: 1 });
    expect(Object.fromEntries(s.conventions.map((v) => [v.id, v.cases]))).toMatchObject({ 'jewish-holiday-eve': 1 });
  });

  it('does not accept a quantity in the wrong unit or a wrong amount as a convention', () => {
    const s = score([num('3 km', 'QUANTITY', 3, { dimension: 'distance', unit: 'kilometre' })], [[p('QUANTITY', 3, { unit: 'mi' })]]);
    expect(s.perCategory.quantities).toMatchObject({ tp: 0, fn: 1 });
  });
});

describe('gazette eval --gold DUCKLING_FOLDER', () => {
  it('annotates each string with the real pipeline and prints the table per category', () => {
    const dir = folder({
      'numbers.jsonl': [num('1,500', 'CARDINAL', 1500), num('$12', 'MONEY', 12, { dimension: 'amount-of-money' })],
      'negatives.jsonl': [{ text: 'good morning to you all', dimension: 'amount-of-money', ...src }],
    });
    const run = spawnSync(process.execPath, ['dist/cli.js', 'eval', '--gold', dir, '--errors'], { encoding: 'utf8', env: { ...process.env, LOG_LEVEL: 'silent' } });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^numbers +1 +100\.0 +100\.0 +100\.0 +1 +0 +0$/m);
    expect(run.stdout).toMatch(/^money +1 +100\.0 +100\.0 +100\.0 +1 +0 +0$/m);
    expect(run.stdout).toMatch(/negatives: 1\/1 strings/);
  });
});
