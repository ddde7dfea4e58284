// `gazette queue status|drain|failed`: looks into the queue of distributed runs.
import { drainQueue, listFailed, openQueue, queueStatus, retryFailed } from '../queue/inspect.js';
import { parseRedisUrl } from '../queue/redis-url.js';
import { UsageError, parseCommandArgs } from './args.js';

export const QUEUE_HELP = `Usage: gazette queue status|drain|failed [--retry] --queue redis://HOST:PORT/DB

  status          articles waiting, in hand, done and failed (with the reasons), the
                  workers connected, and results not yet collected by their run
  drain           drops the articles not yet taken, the failed ones and uncollected results;
                  articles in hand finish
  failed          lists the failed articles: file (on the submitter), reason, attempts, worker
  failed --retry  puts them back in the queue; run the same "gazette run … --queue" again
                  to collect their results (or let the run that is waiting collect them)

Options:
  --queue URL     the Redis server (default: $GAZETTE_QUEUE)
  -h, --help      this text

Exit codes: 0 done, 1 Redis unreachable or a usage error.

Example:
  gazette queue failed --queue redis://queue.example.org:6379/0`;

export async function queueCommand(argv: string[]): Promise<number> {
  const { values, positionals } = parseCommandArgs(argv, { queue: { type: 'string' }, retry: { type: 'boolean' } });
  if (values.help) { console.log(QUEUE_HELP); return 0; }
  const [action, ...rest] = positionals;
  if (!action || !['status', 'drain', 'failed'].includes(action)) throw new UsageError(`expected status, drain or failed${action ? `, got "${action}"` : ''}`);
  if (rest.length) throw new UsageError(`unexpected argument "${rest[0]}"`);
  if (values.retry && action !== 'failed') throw new UsageError('--retry goes with "failed"');
  const url = values.queue ?? process.env.GAZETTE_QUEUE;
  if (!url) throw new UsageError('--queue is required (or set GAZETTE_QUEUE)');
  const target = parseRedisUrl(url);

  await openQueue(target, async (articles) => {
    if (action === 'status') {
      const s = await queueStatus(target, articles);
      console.log(`queue ${target.display}: ${s.waiting} waiting, ${s.active} in hand, ${s.delayed} to retry, ${s.failed} failed, ${s.done} done`);
      console.log(`workers: ${s.workers.length ? s.workers.join(', ') : 'none connected'}`);
      for (const [reason, n] of s.reasons) console.log(`failed ${n}×: ${reason}`);
      const uncollected = Object.values(s.uncollected).reduce((a, b) => a + b, 0);
      if (uncollected) console.log(`results waiting for their run: ${uncollected} (run the same "gazette run … --queue" again to write them, or "gazette queue drain")`);
    } else if (action === 'drain') {
      const d = await drainQueue(target, articles);
      console.log(`queue ${target.display}: dropped ${d.dropped} waiting, ${d.failed} failed and ${d.results} uncollected result(s); ${d.active} in hand will finish`);
    } else if (values.retry) {
      console.log(`queue ${target.display}: ${await retryFailed(articles)} failed article(s) back in the queue`);
    } else {
      const failed = await listFailed(articles);
      for (const f of failed) console.log(`${f.where}: ${f.reason} (${f.attempts} attempt${f.attempts === 1 ? '' : 's'}${f.worker ? `, worker ${f.worker}` : ''})`);
      console.log(`${failed.length} failed article(s)`);
    }
  });
  return 0;
}
