// Evaluating a part of the pipeline runs the real pipeline with a config that switches the other
// parts off (configs/*.json), through `gazette eval` as a user runs it.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

function gazette(...args: string[]) {
  const run = spawnSync(process.execPath, ['dist/cli.js', ...args], { encoding: 'utf8', env: { ...process.env, LOG_LEVEL: 'silent' } });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

const text = 'Angela Merkel met Emmanuel Macron in Paris on Friday.';
const span = (s: string) => ({ start: text.indexOf(s), end: text.indexOf(s) + s.length });

function goldFolder(name: string, gold: object): string {
  const dir = mkdtempSync(path.join(tmpdir(), `gazette-${name}-`));
  writeFileSync(path.join(dir, 'a.gold.json'), JSON.stringify(gold));
  return dir;
}

/** The F1 column of the row named `row`. */
function f1(stdout: string, row: string): number {
  const line = stdout.split('\n').find((l) => l.startsWith(row));
  expect(line, stdout).toBeDefined();
  return Number(line!.trim().split(/\s+/)[3]);
}

describe('gazette eval --config', () => {
  const timeml = goldFolder('timeml', { text, dct: '2019-12-20', timexes: [{ ...span('Friday'), value: '2019-12-20' }] });
  const conll = goldFolder('conll', {
    text,
    entities: [{ ...span('Angela Merkel'), type: 'PER' }, { ...span('Emmanuel Macron'), type: 'PER' }, { ...span('Paris'), type: 'LOC' }],
  });

  it('scores the time expressions alone with configs/timex-only.json', () => {
    const result = gazette('eval', '--gold', timeml, '--config', 'configs/timex-only.json');
    expect(result.code, result.stderr).toBe(0);
    expect(f1(result.stdout, 'value')).toBe(100);
    // The name recognizers are off: no name is proposed, so CoNLL gold finds nothing.
    const names = gazette('eval', '--gold', conll, '--config', 'configs/timex-only.json');
    expect(names.stdout).toMatch(/^PER\+ORG\+LOC\s+0\.00\s+0\.00\s+0\.00\s+3\s+0$/m);
  });

  it('scores the name model alone with configs/names-only.json', () => {
    const result = gazette('eval', '--gold', conll, '--config', 'configs/names-only.json');
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toMatch(/^PER\+ORG\+LOC\s+100\.00\s+100\.00\s+100\.00\s+3\s+3$/m);
    const dates = gazette('eval', '--gold', timeml, '--config', 'configs/names-only.json');
    expect(dates.stdout).toMatch(/1 gold and 0 predicted/);
  });
});
