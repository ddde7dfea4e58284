// The progress line shows on a terminal only, and --quiet silences it there too.
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CLI, gazette, tempDir } from './cli.js';

describe('progress', () => {
  it('writes nothing extra when stderr is not a terminal', () => {
    const run = gazette(['run', 'corpus', '--out', tempDir('quiet-pipe')]);
    expect(run.code).toBe(0);
    expect(run.stderr).toBe('');
  });

  it('draws a progress line on a terminal, and none with --quiet', (context) => {
    // util-linux `script` gives the run a pseudo-terminal.
    if (spawnSync('script', ['--version']).status !== 0) { context.skip(); return; }
    const onTerminal = (extra: string, input = 'corpus') => spawnSync('script', ['-qec', `LOG_LEVEL=silent ${process.execPath} ${CLI} run ${input} --out ${tempDir('tty')} ${extra}`, '/dev/null'], { encoding: 'utf8' }).stdout;
    // A folder's articles are counted before the run reads them: done of how many, and the time left
    // once the pace since the first is known.
    const three = tempDir('tty-three');
    for (const name of ['a', 'b', 'c']) writeFileSync(path.join(three, `${name}.txt`), `Article ${name} was filed in Paris on Monday.`);
    expect(onTerminal('', three)).toMatch(/gazette 3\/3 done \(3 written, 0 unchanged, 0 failed\) \| \d+ articles\/s \| \d+ words\/s \| \d+s \| 0s left/);
    // A JSONL file's articles are not: no total, no time left.
    const lines = path.join(tempDir('tty-lines'), 'two.jsonl');
    writeFileSync(lines, `${JSON.stringify({ text: 'Paris.' })}\n${JSON.stringify({ text: 'Rome.' })}\n`);
    const fromLines = onTerminal('', lines);
    expect(fromLines).toMatch(/gazette 2 done \(2 written, 0 unchanged, 0 failed\)/);
    expect(fromLines).not.toContain('left');
    expect(onTerminal('')).toMatch(/gazette 1\/1 done \(1 written, 0 unchanged, 0 failed\) \| \d+ articles\/s \| \d+ words\/s \| \d+s/);
    const quiet = onTerminal('--quiet');
    expect(quiet).toContain('gazette: 1 read, 1 written');
    expect(quiet).not.toContain(' done (');
  });
});
