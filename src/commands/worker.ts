// `gazette worker`: serves a distributed run's queue with this machine's config, model and registry.
import { hostname } from 'node:os';
import { configFile, loadConfig, MOST_CONCURRENCY, VERSION } from '../config.js';
import { createLogger } from '../log.js';
import { setupOf } from '../queue/fingerprint.js';
import { parseRedisUrl } from '../queue/redis-url.js';
import { serveQueue } from '../queue/serve.js';
import { describeBuild, loadRegistryIndex } from '../registry/index-file.js';
import { MAX_WORKERS } from '../runner/annotator.js';
import { signalExitCode } from '../runner/signals.js';
import { runFingerprint } from '../runner/fingerprint.js';
import { localAnnotator, workerCount } from './annotation.js';
import { UsageError, integerArg, parseCommandArgs } from './args.js';

export const WORKER_HELP = `Usage: gazette worker --queue redis://[USER:PASSWORD@]HOST[:PORT][/DB] [--concurrency N]
                      [--name NAME] [--config FILE] [--workers N|auto] [--lock-seconds N]

Takes articles from the queue that "gazette run --queue" fills, annotates them with this
machine's config, model and registry, and sends each result back to the run that asked.
An article whose run has another config, model or registry fingerprint is refused, with the
reason. Start as many workers, on as many machines, as you like. Ctrl-C or SIGTERM lets the
articles in hand finish, then exits; a second one exits at once, and other workers take over
the articles this one held.

Options:
  --queue URL        the Redis server: redis://HOST:PORT/DB, rediss:// for TLS; a password
                     goes in the URL (default: $GAZETTE_QUEUE, which keeps it out of "ps")
  --concurrency N    articles in hand at once, at most ${MOST_CONCURRENCY} (default: the config's "concurrency")
  --name NAME        shown in "gazette queue status" and failures (default: HOST-PID)
  --config FILE      pipeline config (default: pipeline.config.json in this folder if
                     there is one, else the package's own)
  --workers N|auto   worker threads that annotate, at most ${MAX_WORKERS} (default: the config's "workers")
  --lock-seconds N   how long the articles of a worker that stops answering (killed, cut
                     off) wait before other workers take them (default: 30)
  -h, --help         this text

Example:
  gazette worker --queue redis://queue.example.org:6379/0 --concurrency 4`;

export async function workerCommand(argv: string[]): Promise<number> {
  const { values, positionals } = parseCommandArgs(argv, {
    queue: { type: 'string' },
    concurrency: { type: 'string' },
    name: { type: 'string' },
    config: { type: 'string' },
    workers: { type: 'string' },
    'lock-seconds': { type: 'string' },
  });
  if (values.help) { console.log(WORKER_HELP); return 0; }
  if (positionals.length) throw new UsageError(`unexpected argument "${positionals[0]}"`);
  const url = values.queue ?? process.env.GAZETTE_QUEUE;
  if (!url) throw new UsageError('--queue is required (or set GAZETTE_QUEUE)');
  const target = parseRedisUrl(url);
  const config = loadConfig(configFile(values.config));
  const logger = createLogger(config.log.level, config.log.file);
  const name = values.name ?? `${hostname()}-${process.pid}`;
  const workers = workerCount(values.workers, config);
  // Loaded first, so that worker threads share this one copy of the index, and before the
  // fingerprint, which reads the registry's digest from it.
  loadRegistryIndex(config.registry, (built) => console.error(`gazette worker: ${describeBuild(built)}`));
  const setup = setupOf(runFingerprint(config));
  // Compact JSON always: a run that wants --pretty indents what it receives.
  const options = { articleSeconds: config.limits.articleSeconds };
  const annotator = await localAnnotator(config, workers, options);
  let serving;
  try {
    serving = await serveQueue({
      target,
      annotator,
      setup,
      name,
      concurrency: integerArg('concurrency', values.concurrency, 1, '', MOST_CONCURRENCY) ?? config.concurrency,
      lockMs: 1000 * (integerArg('lock-seconds', values['lock-seconds'], 1) ?? 30),
      logger,
    });
  } catch (error) {
    await annotator.close();
    throw error;
  }
  const short = (digest: string) => digest.slice(0, 12);
  console.log(`gazette worker ${name}: serving ${target.display} (gazette ${VERSION} code ${short(setup.pipeline)}, config ${short(setup.config)}, model ${short(setup.model)}, registry ${short(setup.registry)})`);

  const signal = await new Promise<NodeJS.Signals>((resolve) => {
    process.once('SIGINT', () => resolve('SIGINT'));
    process.once('SIGTERM', () => resolve('SIGTERM'));
  });
  console.log(`gazette worker ${name}: ${signal}: finishing the articles in hand (again to stop at once)`);
  const again = () => {
    console.log(`gazette worker ${name}: stopping now; other workers take over its articles`);
    void serving.stop(true).finally(() => process.exit(signalExitCode(signal)));
  };
  process.once('SIGINT', again);
  process.once('SIGTERM', again);
  await serving.stop();
  await annotator.close();
  logger.flush();
  console.log(`gazette worker ${name}: stopped after ${serving.counts.done} article(s) done, ${serving.counts.failed} failed`);
  return 0;
}
