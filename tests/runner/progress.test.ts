// The progress line shows on a terminal only, and --quiet silences it there too.
import { spawnSync } from 'node:child_process';
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
    const onTerminal = (extra: string) => spawnSync('script', ['-qec', `LOG_LEVEL=silent ${process.execPath} ${CLI} run corpus --out ${tempDir('tty')} ${extra}`, '/dev/null'], { encoding: 'utf8' }).stdout;
    expect(onTerminal('')).toMatch(/gazette 1 done \(1 written, 0 unchanged, 0 failed\) \| \d+ articles\/s \| \d+ words\/s/);
    const quiet = onTerminal('--quiet');
    expect(quiet).toContain('gazette: 1 read, 1 written');
    expect(quiet).not.toContain(' done (');
  });
});
