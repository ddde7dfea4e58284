// What a distributed run does when things go wrong: bad articles, a worker of another setup, a
// submitter killed and restarted, Redis restarted, an article that kills every worker that
// takes it; and the commands that inspect, retry and drop what is in the queue.
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import path from 'node:path';
import { Queue } from 'bullmq';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { drainQueue, openQueue } from '../../src/queue/inspect.js';
import { PREFIX, resultsQueueName } from '../../src/queue/jobs.js';
import { parseRedisUrl } from '../../src/queue/redis-url.js';
import { articleText, articlesQueue, gazette, readOutputs, startWorker, tempDir, useRedis, waitFor, writeCorpus, type WorkerProcess } from './harness.js';

const redis = useRedis();
const CORPUS = 90;
const corpus = tempDir('fail-corpus');
const local = tempDir('fail-local');
let workers: WorkerProcess[] = [];

beforeAll(async () => {
  writeCorpus(corpus, CORPUS);
  const run = await gazette(['run', corpus, '--out', local]).done;
  expect(run.code, run.stderr).toBe(0);
}, 60_000);

/** Stops this test's workers (SIGTERM: they finish what they hold) and empties the queue. */
afterEach(async () => {
  for (const w of workers) w.child.kill('SIGTERM');
  await Promise.all(workers.map((w) => w.done));
  workers = [];
  const target = parseRedisUrl(redis.url);
  await openQueue(target, (articles) => drainQueue(target, articles));
});
afterAll(() => { for (const w of workers) w.child.kill('SIGKILL'); });

const jsonFiles = (dir: string) => readdirSync(dir).filter((f) => f.endsWith('.json')).length;

/** The outputs are those of the local run. (Temporary files a kill -9 leaves are the runner's to clear, and its tests'.) */
function expectSameAsLocal(dir: string) {
  const expected = readOutputs(local);
  const actual = new Map([...readOutputs(dir)].filter(([file]) => !file.endsWith('.tmp')));
  expect([...actual.keys()]).toEqual([...expected.keys()]);
  for (const [file, bytes] of expected) expect(actual.get(file)!.equals(bytes), file).toBe(true);
}

describe('a distributed run', () => {
  it('reports bad articles exactly as a local run does', async () => {
    workers.push(await startWorker(redis.url, 'bad-inputs'));
    const inputs = tempDir('bad');
    writeFileSync(path.join(inputs, 'empty.txt'), '');
    writeFileSync(path.join(inputs, 'binary.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00]));
    writeFileSync(path.join(inputs, 'notext.json'), JSON.stringify({ id: 'no-text', title: 'Nothing' }));
    writeFileSync(path.join(inputs, 'control.txt'), 'Angela Merkel \u0007 met Emmanuel Macron.');
    writeFileSync(path.join(inputs, 'feed.jsonl'), [
      JSON.stringify({ id: 'feed-a', published: '2021-03-04', text: 'Angela Merkel met Emmanuel Macron in Paris on Monday.' }),
      '{"id": "feed-b", "text": ',
      JSON.stringify({ id: 'feed-c', published: 'yesterday', text: 'The European Union fined Google.' }),
    ].join('\n'));
    const [here, there] = [tempDir('bad-local'), tempDir('bad-queue')];
    const localRun = await gazette(['run', inputs, '--out', here]).done;
    const queueRun = await gazette(['run', inputs, '--out', there, '--queue', redis.url]).done;
    expect(queueRun.code).toBe(2);
    expect(queueRun.code).toBe(localRun.code);
    const failures = (s: string) => s.split('\n').filter((l) => l.startsWith('failed:'));
    expect(failures(queueRun.stdout)).toEqual(failures(localRun.stdout));
    expect(failures(queueRun.stdout).length).toBe(6);
    expect(readOutputs(there)).toEqual(readOutputs(here));
  });

  it('is refused by a worker of another config, with the reason; retried and collected once a right worker serves', async () => {
    const otherConfig = path.join(tempDir('other-config'), 'pipeline.config.json');
    writeFileSync(otherConfig, JSON.stringify({ registry: path.resolve('registry'), model: path.resolve('models/ner.bin.gz'), recognize: { recognizers: ['model', 'registry', 'timex'] } }));
    const wrong = await startWorker(redis.url, 'wrong-config', ['--config', otherConfig]);
    workers.push(wrong);
    const inputs = tempDir('refused');
    for (let i = 0; i < 4; i++) writeFileSync(path.join(inputs, `a${i}.txt`), articleText(i, 3));
    const out = tempDir('refused-out');
    const refused = await gazette(['run', inputs, '--out', out, '--queue', redis.url]).done;
    expect(refused.code).toBe(2);
    expect(refused.stdout).toMatch(/4 failed/);
    expect(refused.stdout).toMatch(new RegExp(`failed: ${inputs}/a0.txt: worker wrong-config refused it: its config [0-9a-f]+ differs from the run's [0-9a-f]+`));
    expect(readdirSync(out)).toEqual([]);

    const failed = await gazette(['queue', 'failed', '--queue', redis.url]).done;
    expect(failed.stdout).toMatch(new RegExp(`${inputs}/a3.txt: worker wrong-config refused it: its config .* \\(1 attempt, worker wrong-config\\)`));
    expect(failed.stdout).toContain('4 failed article(s)');
    const status = await gazette(['queue', 'status', '--queue', redis.url]).done;
    expect(status.stdout).toMatch(/: 0 waiting, 0 in hand, 0 to retry, 4 failed, \d+ done/);
    expect(status.stdout).toMatch(/workers: wrong-config \(127\.0\.0\.1:\d+\)/);
    expect(status.stdout).toMatch(/failed 4×: worker wrong-config refused it/);

    wrong.child.kill('SIGTERM');
    expect((await wrong.done).stdout).toContain('gazette worker wrong-config: stopped after 0 article(s) done, 4 failed');
    workers = [await startWorker(redis.url, 'right-config')];
    const retried = await gazette(['queue', 'failed', '--retry', '--queue', redis.url]).done;
    expect(retried.stdout).toContain('4 failed article(s) back in the queue');
    await waitFor(async () => (await gazette(['queue', 'status', '--queue', redis.url]).done).stdout.includes('results waiting for their run: 4'), 'the results of the retried articles');
    // The same command again writes them.
    const collected = await gazette(['run', inputs, '--out', out, '--queue', redis.url]).done;
    expect(collected.code, collected.stdout).toBe(0);
    expect(readdirSync(out).sort()).toEqual(['a0.json', 'a1.json', 'a2.json', 'a3.json']);
    const after = await gazette(['queue', 'status', '--queue', redis.url]).done;
    expect(after.stdout).toMatch(/0 waiting, 0 in hand, 0 to retry, 0 failed/);
    expect(after.stdout).not.toContain('results waiting');
  });

  it('resumes after its submitter is killed with kill -9: the same command completes the rest', async () => {
    workers.push(...await Promise.all(['resume-1', 'resume-2'].map((n) => startWorker(redis.url, n))));
    const out = tempDir('resume-out');
    const args = ['run', corpus, '--out', out, '--queue', redis.url, '--concurrency', '4'];
    const first = gazette(args);
    await waitFor(() => jsonFiles(out) >= CORPUS / 4, 'a quarter of the outputs');
    first.child.kill('SIGKILL');
    await first.done;
    const before = jsonFiles(out);
    expect(before).toBeLessThan(CORPUS);
    const second = await gazette(args).done;
    expect(second.code, second.stdout + second.stderr).toBe(0);
    // Only what was missing is annotated again.
    expect(second.stdout).toContain(`gazette: ${CORPUS} read, ${CORPUS - before} written, ${before} unchanged, 0 failed`);
    expectSameAsLocal(out);
    // And --force has every article annotated again, past the stubs the runs before left.
    const forced = await gazette([...args, '--force']).done;
    expect(forced.code, forced.stdout + forced.stderr).toBe(0);
    expect(forced.stdout).toContain(`gazette: ${CORPUS} read, ${CORPUS} written, 0 unchanged, 0 failed`);
    expectSameAsLocal(out);
  });

  it('annotates again an article whose result a stopped run had taken but not written', async () => {
    workers.push(await startWorker(redis.url, 'stub-1'));
    const out = tempDir('stub-out');
    const args = ['run', corpus, '--out', out, '--queue', redis.url];
    expect((await gazette(args).done).code).toBe(0);
    // What a run killed between taking a result and completing it leaves: the result's stub
    // still to be collected, and no output.
    const { hostname: host, port } = new URL(redis.url);
    const results = new Queue(resultsQueueName(hostname(), path.resolve(out)), { connection: { host, port: Number(port) }, prefix: PREFIX });
    const [stub] = await results.getCompleted(0, 0);
    await stub.retry('completed');
    await results.close();
    const lost = [...readOutputs(out)].filter(([file]) => file.endsWith('.json')).find(([, bytes]) => stub.id!.startsWith(JSON.parse(bytes.toString()).fingerprint.slice(0, 32)))![0];
    rmSync(path.join(out, lost));
    const again = await gazette(args).done;
    expect(again.code, again.stdout + again.stderr).toBe(0);
    expect(again.stdout).toContain(`gazette: ${CORPUS} read, 1 written, ${CORPUS - 1} unchanged, 0 failed`);
    expectSameAsLocal(out);
  });

  it('survives a Redis restart mid-run', async () => {
    workers.push(...await Promise.all(['restart-1', 'restart-2'].map((n) => startWorker(redis.url, n))));
    const out = tempDir('restart-out');
    const run = gazette(['run', corpus, '--out', out, '--queue', redis.url, '--concurrency', '4']);
    await waitFor(() => jsonFiles(out) >= CORPUS / 4, 'a quarter of the outputs');
    await redis.server.stop();
    await new Promise((r) => setTimeout(r, 500));
    await redis.server.start();
    const finished = await run.done;
    expect(finished.code, finished.stdout + finished.stderr).toBe(0);
    expectSameAsLocal(out);
  });

  it('fails an article that kills every worker taking it, after a bounded number of tries, and does the rest', async () => {
    const inputs = tempDir('poison');
    for (let i = 0; i < 10; i++) writeFileSync(path.join(inputs, `ok-${i}.txt`), articleText(i, 3));
    // Big enough to be caught in a worker's hands; it never gets to finish.
    writeFileSync(path.join(inputs, 'poison.txt'), articleText(0, 12_000));
    const out = tempDir('poison-out');
    let n = 0;
    const spawnOne = async () => { workers.push(await startWorker(redis.url, `poison-${n++}`, ['--concurrency', '1'])); };
    await spawnOne();
    await spawnOne();
    const run = gazette(['run', inputs, '--out', out, '--queue', redis.url]);
    const queue = articlesQueue(redis.url);
    let kills = 0;
    // Three deaths: the first try and the two more a job whose worker died is allowed
    // (maxStalledCount 2). The next worker to take it fails it without annotating it.
    while (run.child.exitCode === null && kills < 3) {
      const active = await queue.getJobs(['active']);
      const holder = workers.find((w) => w.child.exitCode === null && w.child.signalCode === null && active.some((j) => j.processedBy === w.name && j.data.raw.defaultId === 'poison'));
      if (holder) {
        holder.child.kill('SIGKILL');
        await holder.done;
        kills++;
        await spawnOne();
      }
      await new Promise((r) => setTimeout(r, 50));
    }
    await queue.close();
    const finished = await run.done;
    expect(finished.code).toBe(2);
    expect(kills).toBe(3);
    expect(finished.stdout).toContain(`failed: ${inputs}/poison.txt: the workers annotating it died (killed, out of memory or crashed) every time it was tried; given up`);
    expect(readdirSync(out).length).toBe(10);
  }, 90_000);

  it('writes JSONL and indented JSON as a local run does, and fails an article over a worker\'s time limit with the reason', async () => {
    const limited = path.join(tempDir('limited-config'), 'pipeline.config.json');
    // Limits do not change an output: a worker may have its own.
    // 2 s: the short articles finish well inside it on a loaded machine (0.5 s failed one there, a worker's first), and
    // the long one (1.9 MB, 345,000 words) cannot finish in it at the pipeline's best pace (some 86,000 words/s).
    writeFileSync(limited, JSON.stringify({ registry: path.resolve('registry'), model: path.resolve('models/ner.bin.gz'), limits: { articleSeconds: 2 } }));
    workers.push(await startWorker(redis.url, 'limited', ['--config', limited]));
    const inputs = tempDir('formats');
    for (let i = 0; i < 12; i++) writeFileSync(path.join(inputs, `f${i}.txt`), articleText(i, 5));
    const lines = (file: string) => readFileSync(file, 'utf8').split('\n').filter(Boolean).sort();
    const [here, there] = [tempDir('jsonl-local'), tempDir('jsonl-queue')];
    expect((await gazette(['run', inputs, '--out', path.join(here, 'out.jsonl')]).done).code).toBe(0);
    const jsonl = await gazette(['run', inputs, '--out', path.join(there, 'out.jsonl'), '--queue', redis.url]).done;
    expect(jsonl.code, jsonl.stdout + jsonl.stderr).toBe(0);
    expect(lines(path.join(there, 'out.jsonl'))).toEqual(lines(path.join(here, 'out.jsonl')));
    const [prettyHere, prettyThere] = [tempDir('pretty-local'), tempDir('pretty-queue')];
    expect((await gazette(['run', inputs, '--out', prettyHere, '--pretty']).done).code).toBe(0);
    expect((await gazette(['run', inputs, '--out', prettyThere, '--pretty', '--queue', redis.url]).done).code).toBe(0);
    expect(readOutputs(prettyThere)).toEqual(readOutputs(prettyHere));

    writeFileSync(path.join(inputs, 'long.txt'), articleText(0, 15_000));
    const overrun = await gazette(['run', inputs, '--out', tempDir('overrun'), '--queue', redis.url]).done;
    expect(overrun.code).toBe(2);
    expect(overrun.stdout).toContain(`failed: ${inputs}/long.txt: over the time limit: still running after 2 s (limits.articleSeconds)`);
    expect(overrun.stdout).toMatch(/13 read, 12 written, 0 unchanged, 1 failed/);
  }, 90_000);

  it('drops what is left with queue drain', async () => {
    const inputs = tempDir('drain');
    for (let i = 0; i < 5; i++) writeFileSync(path.join(inputs, `d${i}.txt`), articleText(i, 2));
    // No worker: the articles wait; the run is stopped, and the queue drained.
    const run = gazette(['run', inputs, '--out', tempDir('drain-out'), '--queue', redis.url]);
    await waitFor(async () => (await gazette(['queue', 'status', '--queue', redis.url]).done).stdout.includes(': 5 waiting'), 'five waiting articles');
    run.child.kill('SIGKILL');
    const drained = await gazette(['queue', 'drain', '--queue', redis.url]).done;
    expect(drained.stdout).toMatch(/dropped 5 waiting, \d+ failed and 0 uncollected result\(s\); 0 in hand will finish/);
    const status = await gazette(['queue', 'status', '--queue', redis.url]).done;
    expect(status.stdout).toMatch(/: 0 waiting, 0 in hand, 0 to retry, 0 failed/);
  });
});
