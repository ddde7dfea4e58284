// `gazette diff OLD NEW`: what changed between two runs, for regression tests. Exit codes are for
// CI: 0 nothing changed, 1 something did, 2 the input could not be read (usage errors included,
// so that a typo never passes for "changed").
import { compareRuns } from '../review/compare.js';
import { type ArticleDiff, DiffSummary } from '../review/diff.js';
import { type Gold, judge, readGold } from '../review/gold-verdict.js';
import { formatDetails, formatSummary, MostChanged, summaryJson } from '../review/diff-report.js';
import { indexOutputs, type OutputIndex } from '../review/outputs.js';
import { integerArg, parseCommandArgs, UsageError } from './args.js';

export const DIFF_HELP = `Usage: gazette diff OLD NEW [--json] [--limit N] [--gold GOLD]

Compares two runs' output (each a folder of <id>.json or a JSONL file of one document a line)
article by article. For each article in both: mentions added, removed, or changed in span
(an overlapping span), label, entity id or value; and articles found in one run only. Prints a
summary table by label and kind of change, then the changed mentions with their context, most
changed articles first.

Exit codes: 0 nothing changed, 1 something changed, 2 bad input or usage.

Options:
  --json         a machine-readable report on stdout instead: {"old", "new", "articles": [...],
                 "summary": {...}}, every changed article with all its changes
  --limit N      articles listed in the text report (default 10); the summary counts all
  --gold GOLD    gold of any format gazette eval reads (seed-style, CoNLL, TimeML): each
                 change is marked "toward gold" when the new run agrees with the gold more
                 than the old one did, "away from gold" when less
  -h, --help     this text

Examples:
  gazette run corpus/ --out runs/before && gazette run corpus/ --out runs/after --config new.json
  gazette diff runs/before runs/after
  gazette diff runs/before.jsonl runs/after.jsonl --json > diff.json
  gazette diff runs/before runs/after --gold tests/gold/`;

export async function diffCommand(argv: string[]): Promise<number> {
  let values, positionals;
  try {
    ({ values, positionals } = parseCommandArgs(argv, { json: { type: 'boolean' }, limit: { type: 'string' }, gold: { type: 'string' } }));
    if (values.help) { console.log(DIFF_HELP); return 0; }
    if (positionals.length !== 2) throw new UsageError(`expected two runs, OLD and NEW; got ${positionals.length} argument(s)`);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    console.error(`gazette: ${error.message}\nRun "gazette diff --help" for usage.`);
    return 2;
  }
  const [oldPath, newPath] = positionals;
  // A reader that stops early (| head) is not an error.
  process.stdout.once('error', (error: NodeJS.ErrnoException) => { if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0); });
  const indexes: OutputIndex[] = [];
  try {
    const limit = integerArg('limit', values.limit, 1) ?? 10;
    const gold = values.gold ? readGold(values.gold) : undefined;
    for (const p of [oldPath, newPath]) indexes.push(await indexOutputs(p));
    const summary = new DiffSummary();
    const diffs = gold ? judged(compareRuns(indexes[0], indexes[1]), gold) : compareRuns(indexes[0], indexes[1]);
    if (values.json) {
      await write(`{"old":${JSON.stringify(oldPath)},"new":${JSON.stringify(newPath)},"articles":[`);
      let first = true;
      for (const diff of diffs) {
        summary.add(diff);
        if (diff.status === 'same') continue;
        await write(`${first ? '\n' : ',\n'}${JSON.stringify(diff)}`);
        first = false;
      }
      await write(`\n],"summary":${JSON.stringify(summaryJson(summary))}}\n`);
    } else {
      const most = new MostChanged(limit);
      for (const diff of diffs) {
        summary.add(diff);
        most.add(diff);
      }
      await write(`${formatSummary(summary, oldPath, newPath)}\n`);
      const details = formatDetails(most, summary);
      if (details) await write(`\n${details}\n`);
    }
    return summary.changed ? 1 : 0;
  } catch (error) {
    // Any failure is bad input here: exit 1 would read as "changed".
    console.error(`gazette diff: ${error instanceof Error ? error.message : String(error)}`);
    return 2;
  } finally {
    for (const index of indexes) index.close();
  }
}

function* judged(diffs: Iterable<ArticleDiff>, gold: Gold): Generator<ArticleDiff> {
  for (const diff of diffs) {
    judge(gold, diff);
    yield diff;
  }
}

/** Writes to stdout, waiting when the pipe is full, so a large report never piles up in memory. */
function write(text: string): Promise<void> {
  return new Promise((resolve, reject) => {
    if (process.stdout.write(text)) resolve();
    else process.stdout.once('drain', resolve).once('error', reject);
  });
}
