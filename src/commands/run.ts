// `gazette run`: annotates articles and writes OUT/<id>.json for each.
import { loadConfig } from '../config.js';
import { createLogger } from '../log.js';
import { describeBuild, loadRegistryIndex } from '../registry/index-file.js';
import { defaultWorkers, inThreadAnnotator, workerAnnotator } from '../runner/annotator.js';
import { runFingerprint } from '../runner/fingerprint.js';
import { folderSink } from '../runner/outputs.js';
import { runBatch, type RunSummary } from '../runner/run.js';
import { QUEUE_CONCURRENCY, queueAnnotator } from '../queue/submit.js';
import { integerArg, parseCommandArgs } from './args.js';

export const RUN_HELP = `Usage: gazette run [INPUT...] [--out DIR] [--config FILE] [--concurrency N] [--workers N] [--force]
                   [--queue redis://HOST:PORT/DB]

Annotates news articles and writes one JSON file per article, OUT/<id>.json. An article
whose output already records the same fingerprint is skipped and counted as unchanged.
INPUT is any mix of files and folders: .txt articles (with an optional NAME.meta.json
sidecar), .json files of one article object, .jsonl files of one article a line.
With no INPUT, the config's corpus is read and written to the config's output folder.

Options:
  --out DIR          where the JSON goes (default: the config's "output")
  --config FILE      pipeline config (default: pipeline.config.json)
  --concurrency N    articles in flight at once (default: the config's "concurrency")
  --force            annotate every article again, even those whose output already
                     records the same fingerprint (article, config, code, model, registry)
  --workers N        worker threads that annotate; 0 = the main thread (default: the
                     config's "workers", "auto" = one per core but one, 1 to 4)
  --queue URL        annotate on "gazette worker" processes serving this Redis queue
                     (rediss:// for TLS; default concurrency then ${QUEUE_CONCURRENCY})
  -h, --help         this text

Exit codes: 0 every article written, 2 some articles failed (each is named), 1 the run
could not start.

Examples:
  gazette run
  gazette run corpus/ feeds/today.jsonl --out out/today
  LOG_LEVEL=debug gazette run article.txt --out /tmp/out`;

export async function runCommand(argv: string[]): Promise<number> {
  const { values, positionals } = parseCommandArgs(argv, {
    out: { type: 'string' },
    config: { type: 'string' },
    concurrency: { type: 'string' },
    workers: { type: 'string' },
    force: { type: 'boolean' },
    queue: { type: 'string' },
  });
  if (values.help) { console.log(RUN_HELP); return 0; }
  const config = loadConfig(values.config ?? 'pipeline.config.json');
  const logger = createLogger(config.log.level, config.log.file);
  const fingerprint = runFingerprint(config);
  const sink = await folderSink(values.out ?? config.output);
  const workers = integerArg('workers', values.workers, 0) ?? (config.workers === 'auto' ? defaultWorkers() : config.workers);
  // Loaded here first, so that worker threads share this one copy of the index (and a rebuild happens once).
  if (!values.queue) loadRegistryIndex(config.registry, (built) => console.error(`gazette: ${describeBuild(built)}`));
  const annotator = values.queue ? await queueAnnotator({ url: values.queue, config, fingerprint, destination: sink.where, logger })
    : workers ? await workerAnnotator(config, workers) : inThreadAnnotator(config);
  let summary;
  try {
    summary = await runBatch({
      inputs: positionals.length ? positionals : [config.corpus],
      sink,
      fingerprint,
      force: values.force ?? false,
      concurrency: integerArg('concurrency', values.concurrency, 1) ?? (values.queue ? QUEUE_CONCURRENCY : config.concurrency),
      annotator,
      logger,
    });
  } finally {
    await annotator.close();
    await sink.close();
  }
  logger.info({ read: summary.read, written: summary.written, unchanged: summary.unchanged, failed: summary.failed.length, seconds: summary.seconds, mentionsByType: summary.mentionsByType }, 'run finished');
  logger.flush();
  console.log(formatSummary(summary, sink.where));
  return summary.failed.length ? 2 : 0;
}

export function formatSummary(s: RunSummary, outDir: string): string {
  const n = (x: number) => x.toLocaleString('en-US');
  const lines = [`gazette: ${n(s.read)} read, ${n(s.written)} written, ${n(s.unchanged)} unchanged, ${n(s.failed.length)} failed in ${s.seconds.toFixed(2)} s, to ${outDir}`];
  const types = Object.entries(s.mentionsByType).sort((a, b) => b[1] - a[1]);
  if (types.length) lines.push(`mentions: ${types.map(([t, n]) => `${t} ${n}`).join(', ')}`);
  const failed = [...s.failed].sort((a, b) => a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0));
  for (const f of failed) lines.push(`failed: ${f.file}${f.line ? `:${f.line}` : ''}: ${f.reason}`);
  return lines.join('\n');
}
