// `gazette run`: annotates articles and writes OUT/<id>.json for each (or one line each in
// OUT.jsonl, or on standard output), skipping those whose output is up to date. Owns the run's
// lifecycle: the lock on the output, the signals that stop the run, the summary, the exit code.
import path from 'node:path';
import { configFile, loadConfig, LOCAL_CONFIG, MOST_CONCURRENCY, PACKAGE_CONFIG } from '../config.js';
import { createLogger } from '../log.js';
import { describeBuild, loadRegistryIndex } from '../registry/index-file.js';
import { HELD, MAX_WORKERS, type Annotator } from '../runner/annotator.js';
import { planInputs } from '../runner/inputs.js';
import { isLinesOutput, openSink, STANDARD_OUTPUT, type OutputSink } from '../runner/outputs.js';
import { printable, runBatch, type RunSummary } from '../runner/run.js';
import { progressBar } from '../runner/progress.js';
import { abortOnSignals, signalExitCode } from '../runner/signals.js';
import { QUEUE_CONCURRENCY } from '../queue/jobs.js';
import { onDemand } from '../runner/on-demand.js';
import { widenWhileLong, type Widener } from '../runner/widen.js';
import { byArticles, isPool, localAnnotator, mostWorkers, workerCount } from './annotation.js';
import { integerArg, parseCommandArgs, UsageError } from './args.js';


export const RUN_HELP = `Usage: gazette run [INPUT...] [--out DIR|FILE.jsonl|-] [--config FILE] [--force]
                   [--concurrency N] [--workers N|auto] [--pretty] [--quiet] [--queue redis://HOST:PORT/DB]

Annotates news articles and writes one JSON document per article: OUT/<id>.json, or one
line per article in OUT when it names a .jsonl (or .ndjson) file, or on standard output
for --out - (every article annotated; the summary then goes to stderr). An article whose output
already records the same fingerprint (article, config, code, model, registry) is skipped
and counted as unchanged, so re-running a command finishes what an interrupted run left.
INPUT is any mix of files and folders: .txt articles (with an optional NAME.meta.json
sidecar), .json files of one article object, .jsonl/.ndjson files of one article a line
(or gzipped: .jsonl.gz), and - for standard input, read as one article a line. With no
INPUT, the config's corpus is read and written to the config's output.

Options:
  --out DIR|FILE.jsonl|-  where the documents go (default: the config's "output"; with
                     the package's config, ./output)
  --config FILE      pipeline config (default: pipeline.config.json in this folder if
                     there is one, else the package's own, with its model and registry)
  --force            annotate and write every article, even those up to date
  --concurrency N    articles in flight at once, at least two per worker thread, at most
                     ${MOST_CONCURRENCY} (default: the config's "concurrency")
  --workers N|auto   worker threads that annotate, at most ${MAX_WORKERS}; 0 = the main thread; auto =
                     none for a short run, more while a long one has a core idle (default: the
                     config's "workers")
  --pretty           indent the JSON files (JSONL lines are always compact)
  --quiet            no progress bar (it only ever shows on a terminal)
  --queue URL        annotate on "gazette worker" processes serving this Redis queue
                     (rediss:// for TLS; default concurrency then ${QUEUE_CONCURRENCY})
  -h, --help         this text

Exit codes: 0 every article written or unchanged, 2 some articles failed (each is named),
1 the run could not start or could not go on (no space left), 130/143/129 stopped by
SIGINT (Ctrl-C)/SIGTERM/SIGHUP after printing the summary.

Examples:
  gazette run
  gazette run corpus/ feeds/today.jsonl --out out/today
  gazette run feeds/ --out dataset.jsonl
  gazette run feeds/ --out - | jq -r '.mentions[].text'
  gazette run dumps/2026-12-01.jsonl.gz --out day.jsonl
  curl -s https://example.org/feed.jsonl | gazette run - --out day.jsonl
  LOG_LEVEL=debug gazette run article.txt --out /tmp/out`;

export async function runCommand(argv: string[]): Promise<number> {
  const { values, positionals } = parseCommandArgs(argv, {
    out: { type: 'string' },
    config: { type: 'string' },
    concurrency: { type: 'string' },
    workers: { type: 'string' },
    force: { type: 'boolean' },
    pretty: { type: 'boolean' },
    quiet: { type: 'boolean' },
    queue: { type: 'string' },
  });
  if (values.help) { console.log(RUN_HELP); return 0; }
  const file = configFile(values.config);
  const config = loadConfig(file);
  if (file === PACKAGE_CONFIG) {
    // The package's own config, model and registry; but the articles and output are the user's.
    if (!positionals.length) throw new UsageError(`no INPUT given and no ${LOCAL_CONFIG} in this folder to name a corpus: give the articles to read`);
    config.output = path.resolve('output');
  }
  const inputs = positionals.length ? positionals : [config.corpus];
  const out = values.out ?? config.output;
  const toStandardOutput = out === STANDARD_OUTPUT;
  // A queue's results come back to the run by its destination, which must be one run's alone (a folder's lock sees to that).
  if (values.queue && toStandardOutput) throw new UsageError('--queue writes to a folder or a .jsonl file, not to standard output (--out -)');
  const concurrencyArg = integerArg('concurrency', values.concurrency, 1, '', MOST_CONCURRENCY);
  const auto = byArticles(values.workers, config); // (a bad --workers is refused here, before the output is touched)
  const logger = createLogger(config.log.level, config.log.file);

  const controller = new AbortController();
  const removeHandlers = abortOnSignals(controller);
  const sink = await openSink(out);
  let annotator: Annotator | undefined;
  let summary: RunSummary;
  const progress = progressBar(!values.quiet);
  let widener: Widener | undefined;
  let startError: Error | undefined; // why no article could be annotated
  let threads: number | undefined; // worker threads at the end (0: the main thread; none told for a queue, or a run that annotated nothing)
  try {
    // The inputs are listed once, before the first article is read: "auto" annotates a short run in this thread.
    const inputList = await planInputs(inputs, sink.owned);
    const articles = auto ? inputList.items : undefined;
    const workers = workerCount(values.workers, config, articles);
    const most = values.queue ? 0 : mostWorkers(values.workers, config, articles);
    // Two articles in hand for each worker thread the run may have, so that none waits for one (annotator.ts, HELD).
    const concurrency = Math.max(most * HELD, concurrencyArg ?? (values.queue ? QUEUE_CONCURRENCY : config.concurrency));
    // Loaded here first, so that worker threads share this one copy of the index (and a rebuild
    // happens once), and before the fingerprint, which reads the registry's digest from the index.
    loadRegistryIndex(config.registry, (built) => console.error(`gazette: ${describeBuild(built)}`));
    // --pretty indents the files of a folder; a JSONL line, in a file or on standard output, is one line whatever it says.
    const options = { articleSeconds: config.limits.articleSeconds, pretty: (values.pretty ?? false) && !isLinesOutput(out) && !toStandardOutput };
    // Worker threads start loading the stages, the model and wink's lexicon (about a second)
    // while this thread loads the stages to digest the config, instead of after it: they start
    // 0.1 s after launch instead of 0.25 to 0.7 s (README, "Quality and speed"); the run reads
    // meanwhile, and calls them off if no article needs annotating (runner/on-demand.ts).
    const local = values.queue ? undefined : onDemand((signal) => localAnnotator(config, workers, options, signal), {
      ahead: workers > 0,
      onFailed: (error) => {
        startError ??= error;
        controller.abort({ reason: 'could not start annotating' });
      },
      onStarted: (started) => {
        if (most > workers && isPool(started)) widener = widenWhileLong(started, most, (threads) => logger.info({ threads }, 'worker thread added: the run is long and a core is idle'));
      },
    });
    annotator = local;
    const { runFingerprint } = await import('../runner/fingerprint.js');
    const fingerprint = runFingerprint(config);
    // Loaded only here: the queue's client libraries take longer to load than a run's first articles.
    annotator ??= await (await import('../queue/submit.js')).queueAnnotator({ url: values.queue!, fingerprint, destination: sink.where, pretty: options.pretty, logger, onLost: (reason) => controller.abort({ reason }) });
    summary = await runBatch({
      inputs: inputList,
      sink,
      fingerprint,
      force: values.force ?? false,
      limits: config.limits,
      concurrency,
      annotator,
      logger,
      signal: controller.signal,
      onProgress: (s) => {
        progress?.update(s);
        widener?.observe(s);
      },
    });
    if (startError) throw startError;
    if (local?.started) threads = isPool(local.started) ? local.started.threads : 0;
  } finally {
    widener?.stop();
    progress?.stop();
    // Workers started for a run that could not begin (a bad model path) are stopped too.
    await annotator?.close();
    await sink.close();
    removeHandlers();
  }
  logger.info({ read: summary.read, written: summary.written, unchanged: summary.unchanged, failed: summary.failed.length, seconds: summary.seconds, mentionsByType: summary.mentionsByType, stopped: summary.stopped, workers: threads }, 'run finished');
  logger.flush();
  // With the documents on standard output, the summary goes to stderr, out of the data's way.
  (toStandardOutput ? console.error : console.log)(formatSummary(summary, sink));
  if (summary.stopped) return summary.stopped.signal ? signalExitCode(summary.stopped.signal) : 1;
  return summary.failed.length ? 2 : 0;
}


export function formatSummary(s: RunSummary, sink: Pick<OutputSink, 'where' | 'kept'>): string {
  const n = (x: number) => x.toLocaleString('en-US');
  const lines = [`gazette: ${n(s.read)} read, ${n(s.written)} written, ${n(s.unchanged)} unchanged, ${n(s.failed.length)} failed in ${s.seconds.toFixed(2)} s, to ${sink.where}`];
  const skipped = Object.entries(s.skipped);
  if (skipped.length) {
    const total = skipped.reduce((sum, [, k]) => sum + k, 0);
    lines.push(`skipped: ${n(total)} file${total === 1 ? '' : 's'} in the input folders (${skipped.map(([why, k]) => `${why}: ${n(k)}`).join(', ')})`);
  }
  const types = Object.entries(s.mentionsByType).sort((a, b) => b[1] - a[1]);
  if (types.length) lines.push(`mentions: ${types.map(([t, k]) => `${t} ${n(k)}`).join(', ')}`);
  const failed = [...s.failed].sort((a, b) => a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0));
  for (const f of failed) lines.push(`failed: ${printable(f.file)}${f.line ? `:${f.line}` : ''}: ${f.reason}`);
  if (s.stopped) {
    lines.push(`stopped: ${s.stopped.reason}; ${n(s.stopped.abandoned)} article${s.stopped.abandoned === 1 ? '' : 's'} read but not finished, the rest not read.${sink.kept ? ' Run the same command again to finish: what is written is kept.' : ''}`);
  }
  return lines.join('\n');
}
