// Inputs found the way a user expects, and hostile ones refused by name.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { counts, gazette, tempDir } from './cli.js';

const TEXT = 'Angela Merkel met Emmanuel Macron in Paris on Monday.';
const json = (o: object) => JSON.stringify(o);
const BOM = '\uFEFF';

function files(dir: string, entries: Record<string, string | Buffer>): string {
  for (const [name, content] of Object.entries(entries)) {
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    writeFileSync(path.join(dir, name), content);
  }
  return dir;
}

const outputs = (out: string) => readdirSync(out).filter((f) => !f.startsWith('.')).sort();

describe('inputs', () => {
  it('never reads its own output back, when --out is inside an input folder', () => {
    const s = files(tempDir('self'), { 'a.txt': TEXT, 'a.meta.json': json({ published: '2021-03-04' }) });
    for (const out of [s, path.join(s, 'out'), path.join(s, 'all.jsonl')]) {
      for (let i = 0; i < 3; i++) {
        const run = gazette(['run', s, '--out', out, '--workers', '0']);
        expect(run.code, run.stdout).toBe(0);
        expect(counts(run.stdout)).toMatchObject({ read: 1, failed: 0 });
      }
    }
    const doc = JSON.parse(readFileSync(path.join(s, 'a.json'), 'utf8'));
    expect(doc.document.published).toBe('2021-03-04');
    expect(doc.mentions.find((m: { text: string }) => m.text === 'Monday').value).toBe('2021-03-01');
    expect(readFileSync(path.join(s, 'all.jsonl'), 'utf8').trimEnd().split('\n')).toHaveLength(1);
  });

  it('never writes over an input: an article NAME.json in the output folder, a JSONL file of articles as --out', () => {
    const s = files(tempDir('over'), { 'a.json': json({ text: TEXT }), 'b.txt': TEXT });
    const article = readFileSync(path.join(s, 'a.json'), 'utf8');
    const run = gazette(['run', s, '--out', s, '--workers', '0']);
    expect(run.code).toBe(2);
    expect(run.stdout).toContain(`${path.join(s, 'a.json')}: not gazette output (an article among the inputs?), so not written over: write to another folder with --out`);
    expect(readFileSync(path.join(s, 'a.json'), 'utf8')).toBe(article);
    expect(counts(run.stdout)).toMatchObject({ written: 1, failed: 1 }); // b.json, beside b.txt
    // The same with --force, which writes without asking what is recorded.
    expect(gazette(['run', s, '--out', s, '--workers', '0', '--force']).code).toBe(2);
    expect(readFileSync(path.join(s, 'a.json'), 'utf8')).toBe(article);

    // A JSONL output is rewritten whole when a run ends: a file of articles (with or without its last newline) is refused at the start.
    const feed = path.join(s, 'feed.jsonl');
    for (const lines of [`${json({ text: TEXT })}\n${json({ text: 'Google was fined.' })}\n`, json({ text: TEXT })]) {
      writeFileSync(feed, lines);
      // Read and written by the same run, or named as the output of another input by mistake.
      for (const input of [feed, path.join(s, 'b.txt')]) {
        const refused = gazette(['run', input, '--out', feed]);
        expect(refused).toMatchObject({ code: 1, stderr: expect.stringContaining(`${feed}:1: not gazette output (articles?), and a JSONL output is rewritten as a whole: name a new file with --out`) });
        expect(readFileSync(feed, 'utf8')).toBe(lines);
      }
    }
  });

  it('names a folder that stands where an article\'s output goes, and writes the rest', () => {
    const s = files(tempDir('dir-out'), { 'a.txt': TEXT, 'b.txt': TEXT });
    const out = tempDir('dir-out-out');
    mkdirSync(path.join(out, 'a.json'));
    const run = gazette(['run', s, '--out', out, '--workers', '0']);
    expect(run.code).toBe(2);
    expect(run.stdout).toContain(`${path.join(out, 'a.json')}: is a folder, where this article's output goes: move it away`);
    expect(readdirSync(out).sort()).toEqual(['a.json', 'b.json']); // no temporary file left
  });

  it('follows symbolic links to files and folders, never round a loop, reads any case of .txt/.jsonl/.ndjson, and counts what it skips', () => {
    const elsewhere = files(tempDir('elsewhere'), { 'linked.txt': TEXT, 'deep/in-linked-folder.txt': TEXT });
    const dir = files(tempDir('links'), {
      'UPPER.TXT': TEXT,
      'feed.JSONL': json({ id: 'from-jsonl', text: TEXT }),
      'feed.ndjson': json({ id: 'from-ndjson', text: TEXT }),
      'notes.md': 'not an article',
      '.DS_Store': 'junk',
      'a.gold.json': '{}',
    });
    symlinkSync(path.join(elsewhere, 'linked.txt'), path.join(dir, 'link-to-file.txt'));
    symlinkSync(path.join(elsewhere, 'deep'), path.join(dir, 'link-to-folder'));
    symlinkSync(dir, path.join(dir, 'loop')); // a folder that holds itself
    symlinkSync(path.join(dir, 'missing.txt'), path.join(dir, 'broken.txt'));
    const out = tempDir('links-out');
    const run = gazette(['run', dir, '--out', out, '--workers', '0']);
    expect(run.code, run.stdout).toBe(0);
    expect(outputs(out)).toEqual(['UPPER.json', 'from-jsonl.json', 'from-ndjson.json', 'in-linked-folder.json', 'link-to-file.json'].sort());
    expect(counts(run.stdout)).toMatchObject({ read: 5, written: 5, failed: 0 });
    expect(run.stdout).toMatch(/^skipped: 4 files in the input folders \(/m);
    for (const why of ['hidden: 1', 'gold annotations: 1', 'a broken symbolic link: 1', 'not .txt, .json, .jsonl, .ndjson, .jsonl.gz, .ndjson.gz: 1']) expect(run.stdout).toContain(why);
  });

  it.runIf(process.platform === 'linux')('refuses a named pipe or a device given by name, which would hold the run in open() or never end, and goes on', () => {
    const dir = files(tempDir('not-files'), { 'a.txt': TEXT });
    execFileSync('mkfifo', [path.join(dir, 'pipe.txt')]);
    symlinkSync('/dev/zero', path.join(dir, 'zeros.txt'));
    const run = gazette(['run', path.join(dir, 'pipe.txt'), path.join(dir, 'zeros.txt'), path.join(dir, 'a.txt'), '--out', tempDir('not-files-out')], { timeout: 30_000 });
    expect(run.code, run.stderr).toBe(2);
    expect(counts(run.stdout)).toMatchObject({ read: 3, written: 1, failed: 2 });
    for (const name of ['pipe.txt', 'zeros.txt']) expect(run.stdout).toContain(`failed: ${path.join(dir, name)}: not a regular file (a named pipe, device or socket): articles are read from files`);
  });

  it('accepts a UTF-8 BOM in .json, .jsonl lines and .meta.json, decodes UTF-16 with a BOM, and refuses a UTF-16 .jsonl as such', () => {
    const utf16 = (text: string) => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
    const dir = files(tempDir('bom'), {
      'a.json': BOM + json({ text: TEXT }),
      'b.jsonl': `${BOM}${json({ id: 'b1', text: TEXT })}\n${json({ id: 'b2', text: TEXT })}\n`,
      'c.txt': TEXT,
      'c.meta.json': BOM + json({ published: '2021-03-04' }),
      'd.txt': utf16(`Ξενοφῶν met ${TEXT}`),
      'e.jsonl': utf16(json({ text: TEXT })),
    });
    const out = tempDir('bom-out');
    const run = gazette(['run', dir, '--out', out, '--workers', '0']);
    expect(outputs(out)).toEqual(['a.json', 'b1.json', 'b2.json', 'c.json', 'd.json']);
    expect(JSON.parse(readFileSync(path.join(out, 'c.json'), 'utf8')).document.published).toBe('2021-03-04');
    expect(JSON.parse(readFileSync(path.join(out, 'd.json'), 'utf8')).text).toBe(`Ξενοφῶν met ${TEXT}`);
    expect(run.stdout).toContain(`failed: ${path.join(dir, 'e.jsonl')}: UTF-16 text: .jsonl files must be UTF-8`);
    expect(counts(run.stdout).failed).toBe(1);
  });

  it('reads a file given more than once (twice by name, by name and in its folder, through a link) once, the first time in input order', () => {
    const dir = files(tempDir('twice'), { 'a.txt': TEXT, 'b.txt': TEXT });
    const link = path.join(tempDir('twice-link'), 'a-again.txt');
    symlinkSync(path.join(dir, 'a.txt'), link);
    const out = tempDir('twice-out');
    const run = gazette(['run', path.join(dir, 'b.txt'), dir, dir, link, path.join(dir, 'a.txt'), '--out', out, '--workers', '0']);
    expect(run.code, run.stdout).toBe(0);
    expect(counts(run.stdout)).toMatchObject({ read: 2, written: 2, failed: 0 });
    expect(run.stdout).toContain('skipped: 3 files in the input folders (given more than once: 3)');
    expect(readdirSync(out).filter((f) => f.endsWith('.json')).sort()).toEqual(['a.json', 'b.json']);
  });

  it('refuses ids from file names that the JSON id rule refuses, printing the name escaped', () => {
    const dir = files(tempDir('names'), { 'new\nline.txt': TEXT, 'esc\u001b[31mred.txt': TEXT, 'csi\u009b31mred.txt': TEXT, '.hidden.txt': TEXT, 'good.txt': TEXT, 'space name.txt': TEXT });
    const given = ['new\nline.txt', 'esc\u001b[31mred.txt', 'csi\u009b31mred.txt', '.hidden.txt', 'good.txt', 'space name.txt'].map((f) => path.join(dir, f));
    const out = tempDir('names-out');
    const run = gazette(['run', ...given, '--out', out, '--workers', '0']);
    expect(run.code).toBe(2);
    expect(readdirSync(out)).toEqual(['good.json']);
    expect(counts(run.stdout)).toMatchObject({ failed: 5 });
    expect(run.stdout).not.toContain('\u001b');
    expect(run.stdout).not.toContain('\u009b');
    expect(run.stdout).toContain('new\\nline.txt: the file name does not make an id ("new\\nline")');
    expect(run.stdout).toContain('give the article an "id"');
  });

  it('says what the id rule is, the same words for a file name and a JSON id: ASCII, at most 200 characters', () => {
    const long = 'x'.repeat(201);
    const dir = files(tempDir('id-rule'), { 'Zürich.txt': TEXT, [`${'y'.repeat(200)}.txt`]: TEXT, 'long.json': JSON.stringify({ id: long, text: TEXT }) });
    const out = tempDir('id-rule-out');
    const run = gazette(['run', dir, '--out', out, '--workers', '0']);
    expect(counts(run.stdout)).toMatchObject({ written: 1, failed: 2 });
    const rule = 'must be 1 to 200 ASCII letters, digits, ".", "_" and "-", starting with a letter or digit';
    expect(run.stdout).toContain(`Zürich.txt: the file name does not make an id ("Zürich"): ids ${rule}`);
    expect(run.stdout).toContain(`long.json: id: ${rule}`);
  });

  it('refuses a duplicate id deterministically: the first in input order wins, whatever the workers', () => {
    const long = `${TEXT} `.repeat(3000);
    const dir = files(tempDir('dups'), {
      '1.json': json({ id: 'same', text: long }),
      '2.json': json({ id: 'same', text: 'The European Union fined Google.' }),
    });
    for (const workers of ['0', '1']) {
      const out = tempDir('dups-out');
      const run = gazette(['run', dir, '--out', out, '--workers', workers, '--concurrency', '4']);
      expect(run.stdout).toContain(`failed: ${path.join(dir, '2.json')}: duplicate id "same": already taken by ${path.join(dir, '1.json')}`);
      expect(JSON.parse(readFileSync(path.join(out, 'same.json'), 'utf8')).text).toBe(long);
    }
  });

  it('fails only the mention of a 310-digit number, not the article, and never with a raw zod dump', () => {
    const dir = files(tempDir('huge'), { 'n.txt': `The firm owed ${'9'.repeat(310)} dollars to 12 banks in Paris.` });
    const out = tempDir('huge-out');
    const run = gazette(['run', dir, '--out', out, '--workers', '0']);
    expect(run.code, run.stdout).toBe(0);
    const doc = JSON.parse(readFileSync(path.join(out, 'n.json'), 'utf8'));
    expect(doc.mentions.map((m: { text: string }) => m.text)).toEqual(expect.arrayContaining(['12', 'Paris']));
    expect(doc.mentions.every((m: { value?: unknown }) => m.value === undefined || Number.isFinite(m.value) || typeof m.value === 'string')).toBe(true);
  });
});

describe('start-up', () => {
  it('stops at once, naming log.file, when the log cannot be written there', () => {
    const dir = tempDir('log');
    writeFileSync(path.join(dir, 'a-file'), '');
    for (const [file, why] of [['/proc/nope/x.log', 'the file system there takes no new files'], [path.join(dir, 'a-file', 'x.log'), 'a part of the path is a file, not a folder']]) {
      const config = path.join(dir, 'config.json');
      writeFileSync(config, json({ registry: path.resolve('registry'), model: path.resolve('models/ner.bin.gz'), log: { file } }));
      const run = gazette(['run', 'corpus', '--out', path.join(dir, 'out'), '--config', config]);
      expect(run.code).toBe(1);
      expect(run.stderr).toContain(`gazette: log.file ${file}: cannot write the log there: ${why}`);
    }
  });

  it('stops at once, naming the levels, when LOG_LEVEL is none of them (pino said "default level:verbose must be included in custom levels")', () => {
    const dir = files(tempDir('log-level'), { 'a.txt': TEXT });
    const run = gazette(['run', path.join(dir, 'a.txt'), '--out', path.join(dir, 'out')], { env: { LOG_LEVEL: 'verbose' } });
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('gazette: LOG_LEVEL=verbose: not a log level; one of fatal, error, warn, info, debug, trace, silent');
  });

  it('names the output path and the reason in words when a file stands where the output folder goes', () => {
    const dir = files(tempDir('out-file'), { 'a.txt': TEXT, taken: 'not a folder' });
    const onFile = gazette(['run', path.join(dir, 'a.txt'), '--out', path.join(dir, 'taken')]);
    expect(onFile.code).toBe(1);
    expect(onFile.stderr).toContain(`gazette: ${path.join(dir, 'taken')}: cannot make the output folder: it is a file, not a folder (one document a line goes to a file named .jsonl or .ndjson)`);
    const under = gazette(['run', path.join(dir, 'a.txt'), '--out', path.join(dir, 'taken', 'lines', 'out.jsonl')]);
    expect(under.code).toBe(1);
    expect(under.stderr).toContain(`gazette: ${path.join(dir, 'taken', 'lines')}: cannot make the folder of the output file: ${path.join(dir, 'taken')} is a file, not a folder`);
    expect(readFileSync(path.join(dir, 'taken'), 'utf8')).toBe('not a folder');
    mkdirSync(path.join(dir, 'folder.jsonl'));
    const onFolder = gazette(['run', path.join(dir, 'a.txt'), '--out', path.join(dir, 'folder.jsonl')]);
    expect(onFolder.code).toBe(1);
    expect(onFolder.stderr).toContain(`gazette: ${path.join(dir, 'folder.jsonl')}: is a folder, not a file`);
  });

  it.runIf(process.platform === 'linux')('refuses a named pipe as the JSONL output, which a run reads back and would wait on for ever', () => {
    const dir = files(tempDir('out-pipe'), { 'a.txt': TEXT });
    execFileSync('mkfifo', [path.join(dir, 'out.jsonl')]);
    const run = gazette(['run', path.join(dir, 'a.txt'), '--out', path.join(dir, 'out.jsonl')], { timeout: 30_000 });
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(`gazette: ${path.join(dir, 'out.jsonl')}: not a regular file (a named pipe, device or socket)`);
  });

  it.runIf(process.platform === 'linux')('stops at once where the file system takes no new folders or files (/proc), where mkdir -p would spin', () => {
    const dir = files(tempDir('out-proc'), { 'a.txt': TEXT });
    const folder = gazette(['run', path.join(dir, 'a.txt'), '--out', '/proc/gazette-out'], { timeout: 30_000 });
    expect(folder.code).toBe(1);
    expect(folder.stderr).toContain('gazette: /proc/gazette-out: cannot make the output folder: the file system there takes no new folders\n');
    const lines = gazette(['run', path.join(dir, 'a.txt'), '--out', '/proc/gazette-out.jsonl'], { timeout: 30_000 });
    expect(lines.code).toBe(1);
    expect(lines.stderr).toContain('gazette: /proc/.gazette-out.jsonl.gazette.lock: cannot take the lock: the file system there takes no new files');
  });

  it('refuses an empty --out or input (a shell variable never set), which as a path is the current folder', () => {
    const cwd = tempDir('empty-arg');
    const inputs = files(tempDir('empty-arg-in'), { 'a.txt': TEXT });
    expect(gazette(['run', inputs, '--out', ''], { cwd })).toMatchObject({ code: 1, stderr: expect.stringContaining('gazette: --out is empty') });
    expect(gazette(['run', inputs, '--out='], { cwd })).toMatchObject({ code: 1, stderr: expect.stringContaining('gazette: --out is empty') });
    expect(gazette(['run', '', '--out', path.join(cwd, 'out')], { cwd })).toMatchObject({ code: 1, stderr: expect.stringContaining('an empty argument was given') });
    expect(readdirSync(cwd)).toEqual([]); // nothing written where the user stood
  });

  it('caps --workers at the cores of the machine', () => {
    const run = gazette(['run', 'corpus', '--out', tempDir('cap'), '--workers', '999']);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/--workers must be at most \d+ \(the cores of this machine\), got 999/);
  });

  it('works from any folder: the package config, model and registry where the folder has no config, and config paths relative to the config', () => {
    const cwd = files(tempDir('anywhere'), { 'a.txt': TEXT });
    const run = gazette(['run', 'a.txt'], { cwd });
    expect(run.code, run.stderr).toBe(0);
    const doc = JSON.parse(readFileSync(path.join(cwd, 'output', 'a.json'), 'utf8'));
    expect(doc.mentions.find((m: { text: string }) => m.text === 'Angela Merkel').entity).toBe('person/angela-merkel');
    expect(gazette(['run'], { cwd }).stderr).toContain('no INPUT given and no pipeline.config.json in this folder');

    const project = tempDir('project');
    cpSync('registry', path.join(project, 'reg'), { recursive: true });
    cpSync('models', path.join(project, 'weights'), { recursive: true });
    writeFileSync(path.join(project, 'gazette.json'), json({ registry: 'reg', model: 'weights/ner.bin.gz', output: 'out' }));
    const elsewhere = gazette(['run', path.join(cwd, 'a.txt'), '--config', path.join(project, 'gazette.json')], { cwd });
    expect(elsewhere.code, elsewhere.stderr).toBe(0);
    expect(readdirSync(path.join(project, 'out'))).toEqual(['a.json']);
    // A config that names only what it changes runs with the package's model and registry.
    writeFileSync(path.join(project, 'workers.json'), json({ workers: 0, output: 'out2' }));
    const partial = gazette(['run', path.join(cwd, 'a.txt'), '--config', path.join(project, 'workers.json')], { cwd });
    expect(partial.code, partial.stderr).toBe(0);
    expect(readdirSync(path.join(project, 'out2'))).toEqual(['a.json']);
    writeFileSync(path.join(project, 'no-model.json'), json({ model: 'missing.bin.gz' }));
    const noModel = gazette(['run', path.join(cwd, 'a.txt'), '--config', path.join(project, 'no-model.json')], { cwd });
    expect(noModel.code).toBe(1);
    expect(noModel.stderr).toContain(`gazette: NER model ${path.join(project, 'missing.bin.gz')}: cannot read it (ENOENT)`);
  });
});
