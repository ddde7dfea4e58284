// `gazette eval` as a CI gate: --json, --junit, per-label thresholds and --errors, on output of
// real runs scored against gold made here (seed-style and CoNLL).
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { readConllColumns } from '../../src/gold/conll.js';
import type { OutputDocument } from '../../src/schema/output.js';
import { annotate, CONLL_GOLD, gazette, readOutputFolder, tempDir } from '../review/helpers.js';

let dir: string;
let run: string;
let doc: OutputDocument;
let seedGold: string;
let conllGold: string;
let conllRun: string;

/** A config beside the repository's, with these thresholds. */
function config(thresholds: object): string {
  const base = JSON.parse(readFileSync('pipeline.config.json', 'utf8'));
  const file = path.join(dir, `config-${Math.random().toString(36).slice(2)}.json`);
  writeFileSync(file, JSON.stringify({ ...base, registry: path.resolve(base.registry), model: path.resolve(base.model), eval: { thresholds } }));
  return file;
}

beforeAll(() => {
  dir = tempDir('eval-gate');
  run = annotate();
  doc = readOutputFolder(run).find((d) => d.document.id === 'merkel')!;
  // Seed-style gold: the run's own mentions but one PERSON relabelled ORG (a miss and a false alarm) and a missing DATE.
  const mentions = doc.mentions.filter((m) => m.type !== 'DATE').map(({ start, end, text, type }) => ({ start, end, text, type }));
  const person = mentions.findIndex((m) => m.type === 'PERSON');
  mentions[person].type = 'ORG';
  seedGold = path.join(dir, 'merkel.gold.json');
  writeFileSync(seedGold, JSON.stringify({ document: 'merkel', mentions }));
  conllGold = path.join(dir, 'gold.conll');
  writeFileSync(conllGold, CONLL_GOLD);
  conllRun = annotate(readConllColumns(conllGold).map((a) => ({ id: a.id, text: a.text })));
  // The same articles' gold with three errors put in the gold's side: Paris as ORG, Google untagged, Monday as MISC.
  conllGold = path.join(dir, 'changed-gold.conll');
  writeFileSync(conllGold, CONLL_GOLD.replace('Paris NNP I-NP I-LOC', 'Paris NNP I-NP I-ORG').replace('Google NNP I-NP I-ORG', 'Google NNP I-NP O')
    .replace('Monday NNP I-NP O', 'Monday NNP I-NP I-MISC'));
});

describe('gazette eval --json and thresholds', () => {
  it('reports scores per label and each threshold with whether it passed, as JSON', () => {
    const result = gazette('eval', '--gold', seedGold, '--pred', run, '--json', '--config', config({ coreF1: 0.5, perLabel: { ORG: 0.99, GPE: 0.5, MISC: 0.5 } }));
    const report = JSON.parse(result.stdout);
    expect(report.kind).toBe('seed');
    expect(report.perLabel.PERSON.fn).toBe(0);
    expect(report.perLabel.PERSON.fp).toBe(1);
    expect(report.perLabel.ORG.fn).toBe(1);
    expect(report.thresholds).toEqual([
      expect.objectContaining({ name: 'coreF1', min: 0.5, passed: true }),
      expect.objectContaining({ name: 'valueAccuracy', min: 0, passed: true }),
      expect.objectContaining({ name: 'linkingF1', min: 0, passed: true }),
      expect.objectContaining({ name: 'perLabel.ORG', min: 0.99, passed: false, score: report.perLabel.ORG.f1 }),
      expect.objectContaining({ name: 'perLabel.GPE', min: 0.5, passed: true }),
    ]);
    expect(report.unchecked).toEqual(['perLabel.MISC']);
    expect(report.passed).toBe(false);
    expect(result.code).toBe(1);
  });

  it('prints one line per threshold missed and exits 1; exits 0 when every threshold holds', () => {
    const failing = gazette('eval', '--gold', seedGold, '--pred', run, '--config', config({ perLabel: { ORG: 0.99, PERSON: 0.99 } }));
    expect(failing.code).toBe(1);
    expect(failing.stdout).toMatch(/\nbelow threshold: perLabel\.ORG 0\.\d{3} < 0\.99\nbelow threshold: perLabel\.PERSON 0\.\d{3} < 0\.99\n$/);
    const passing = gazette('eval', '--gold', seedGold, '--pred', run, '--config', config({ perLabel: { GPE: 0.9 } }));
    expect(passing.stdout).not.toContain('below threshold');
    expect(passing.code).toBe(0);
  });

  it('refuses a perLabel threshold for a label that does not exist, naming the key and the file', () => {
    const file = config({ perLabel: { PERSONS: 0.5 } });
    const result = gazette('eval', '--gold', seedGold, '--pred', run, '--config', file);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(`${file}: unknown key "eval.thresholds.perLabel.PERSONS"`);
  });

  it('writes JUnit XML with a test case per label, failing where a perLabel threshold is missed', () => {
    const junit = path.join(dir, 'junit.xml');
    const result = gazette('eval', '--gold', conllGold, '--pred', conllRun, '--junit', junit, '--config', config({ conllF1: 0.1, perLabel: { ORG: 0.9, PER: 1 } }));
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('below threshold: perLabel.ORG 0.667 < 0.9');
    const xml = readFileSync(junit, 'utf8');
    expect(xml).toMatch(/^<\?xml version="1\.0" encoding="UTF-8"\?>\n<testsuites name="gazette eval" tests="5" failures="1">/);
    const cases = [...xml.matchAll(/<testcase classname="([^"]+)" name="([^"]+)">([\s\S]*?)<\/testcase>/g)];
    expect(cases.map((c) => [c[1], c[2]])).toEqual([
      ['gazette.eval.conll.label', 'PER'], ['gazette.eval.conll.label', 'ORG'], ['gazette.eval.conll.label', 'LOC'],
      ['gazette.eval.conll.label', 'MISC'], ['gazette.eval.conll.threshold', 'conllF1 &gt;= 0.1'],
    ]);
    expect(cases.map((c) => c[3].includes('<failure'))).toEqual([false, true, false, false, false]);
    expect(cases[1][3]).toContain('<failure type="threshold" message="below threshold: perLabel.ORG 0.667 &lt; 0.9"/>');
    expect(cases[1][3]).toContain('P 66.67 R 66.67 F1 66.67 (tp 2, fp 1, fn 1)');
    expect(xml.match(/<\w+[ >]/g)!.length).toBe(xml.match(/<\/\w+>|\/>/g)!.length); // every element closed
  });
});

describe('gazette eval --errors', () => {
  it('lists CoNLL misses and false alarms by label with context, as many as the score counts', () => {
    const json = JSON.parse(gazette('eval', '--gold', conllGold, '--pred', conllRun, '--json', '--errors').stdout);
    for (const [label, s] of Object.entries(json.perLabel) as [string, { fp: number; fn: number }][]) {
      const errors = json.errors.filter((e: { label: string }) => e.label === label);
      expect(errors.filter((e: { kind: string }) => e.kind === 'missed')).toHaveLength(s.fn);
      expect(errors.filter((e: { kind: string }) => e.kind === 'false alarm')).toHaveLength(s.fp);
    }
    expect(json.errors).toHaveLength(4); // Paris missed as ORG and a false alarm as LOC, Google, Monday
    for (const e of json.errors) expect(e.context).toContain(`[${e.text}]`);
    const text = gazette('eval', '--gold', conllGold, '--pred', conllRun, '--errors').stdout;
    expect(text).toContain([
      'ORG: 1 missed, 1 false alarm(s)',
      '  missed      conll-001  "Paris" (output said LOC)',
      '      Angela Merkel met Emmanuel Macron in [Paris] on Monday. The European Union fined…',
      '  false alarm conll-001  "Google"',
      '      …on Monday. The European Union fined [Google].',
    ].join('\n'));
    expect(text).toContain('LOC: 0 missed, 1 false alarm(s)\n  false alarm conll-001  "Paris" (gold says ORG)');
    expect(text).toContain('MISC: 1 missed, 0 false alarm(s)\n  missed      conll-001  "Monday"');
  });
  it('reads --pred from the JSONL file of run --out FILE.jsonl as from the folder, and names an id the file lacks', () => {
    const asLines = (folder: string) => {
      const file = path.join(dir, `${path.basename(folder)}.jsonl`);
      writeFileSync(file, readOutputFolder(folder).map((d) => JSON.stringify(d)).join('\n'));
      return file;
    };
    for (const [gold, folder] of [[seedGold, run], [conllGold, conllRun]]) {
      const fromFolder = gazette('eval', '--gold', gold, '--pred', folder, '--json', '--errors');
      const fromLines = gazette('eval', '--gold', gold, '--pred', asLines(folder), '--json', '--errors');
      expect(fromLines.code, fromLines.stderr).toBe(fromFolder.code);
      expect(JSON.parse(fromLines.stdout)).toEqual(JSON.parse(fromFolder.stdout));
    }
    const lacking = path.join(dir, 'lacking.jsonl');
    writeFileSync(lacking, readOutputFolder(run).filter((d) => d.document.id !== 'merkel').map((d) => JSON.stringify(d)).join('\n'));
    const missing = gazette('eval', '--gold', seedGold, '--pred', lacking);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain(`gazette: ${lacking}: no document "merkel" (the gold has it)`);
  });

  it('lists 200,000 errors of a label (each was once added by copying the list so far), in a table whose columns stay apart', () => {
    const figures = 200_000;
    const sevens = annotate([{ id: 'sevens', text: Array(figures).fill('7').join(' ') }]);
    const gold = path.join(dir, 'sevens.gold.json');
    writeFileSync(gold, JSON.stringify({ document: 'sevens', mentions: Array.from({ length: figures }, (_, k) => ({ start: 2 * k, end: 2 * k + 1, text: '7', type: 'MONEY' })) }));
    // Four lines an error: more than spawnSync's default buffer.
    const result = spawnSync(process.execPath, ['dist/cli.js', 'eval', '--gold', gold, '--pred', sevens, '--errors'], { encoding: 'utf8', maxBuffer: 1 << 28, timeout: 120_000 });
    expect(result.status).toBe(1);
    expect(result.stdout).toContain('below threshold: coreF1 0.000');
    expect(result.stdout).toMatch(/\nCARDINAL +0\.0 +0\.0 +0\.0 +0 +200000 +0\n/);
    expect(result.stdout).toMatch(/\nMONEY +0\.0 +0\.0 +0\.0 +0 +0 +200000\n/);
    expect(result.stdout).toContain(`MONEY: ${figures} missed, 0 false alarm(s)`);
    expect(result.stdout.split('\n').filter((line) => line.startsWith('  false alarm sevens  "7"'))).toHaveLength(figures);
  }, 120_000);

  it('lists seed-gold errors by label, naming the label the other side gave the span', () => {
    const text = gazette('eval', '--gold', seedGold, '--pred', run, '--errors').stdout;
    const person = doc.mentions.find((m) => m.type === 'PERSON')!;
    const date = doc.mentions.find((m) => m.type === 'DATE')!;
    expect(text).toContain(`  missed      merkel  "${person.text}" (output said PERSON)`);
    expect(text).toContain(`  false alarm merkel  "${person.text}" (gold says ORG)`);
    expect(text).toContain(`DATE: 0 missed, 1 false alarm(s)\n  false alarm merkel  "${date.text}"`);
  });
});
