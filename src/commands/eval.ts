// `gazette eval`: scores predictions against gold and exits non-zero when a score falls under
// the config's thresholds. This is how users regression-test extraction.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { loadConfig, type Config } from '../config.js';
import { OutputDocument } from '../schema/output.js';
import { prfTable } from '../eval/prf.js';
import { scoreSeed, SeedGold, type SeedScore } from '../eval/seed.js';
import { describeZodError } from '../schema/article.js';
import { parseCommandArgs, UsageError } from './args.js';

export const EVAL_HELP = `Usage: gazette eval --gold PATH [--pred DIR] [--config FILE]

Scores annotated JSON against gold and prints precision, recall and F1 per label, value
accuracy and linking scores. Exits 1 when a score falls under the config's
eval.thresholds (or on an error), 0 otherwise.

PATH is a seed-style gold file (NAME.gold.json, see ../shared/ANNOTATION.md) or a folder of
them. Predictions are read from DIR/<document>.json (default: the config's "output").

Options:
  --gold PATH        gold file or folder (required)
  --pred DIR         folder of gazette output (default: the config's "output")
  --config FILE      pipeline config with the thresholds (default: pipeline.config.json)
  -h, --help         this text

Examples:
  gazette run && gazette eval --gold tests/gold/
  gazette eval --gold tests/gold/iranfocus-2019-12-20-maximum-pressure.gold.json --pred output/`;

export async function evalCommand(argv: string[]): Promise<number> {
  const { values } = parseCommandArgs(argv, {
    gold: { type: 'string' },
    pred: { type: 'string' },
    config: { type: 'string' },
  });
  if (values.help) { console.log(EVAL_HELP); return 0; }
  if (!values.gold) throw new UsageError('--gold PATH is required');
  const config = loadConfig(values.config ?? 'pipeline.config.json');
  const predDir = values.pred ?? config.output;
  const pairs = goldFiles(values.gold).map((file) => {
    const gold = readJson(file, SeedGold);
    return { gold, pred: readJson(path.join(predDir, `${gold.document}.json`), OutputDocument) };
  });
  const score = scoreSeed(pairs);
  console.log(formatSeedScore(score, pairs.length));
  return reportThresholds(score, config.eval.thresholds);
}

function goldFiles(gold: string): string[] {
  let info;
  try {
    info = statSync(gold);
  } catch {
    throw new UsageError(`--gold ${gold}: no such file or folder`);
  }
  if (!info.isDirectory()) return [gold];
  const files = readdirSync(gold).filter((f) => f.endsWith('.gold.json')).sort().map((f) => path.join(gold, f));
  if (!files.length) throw new UsageError(`--gold ${gold}: the folder holds no *.gold.json file`);
  return files;
}

function readJson<T>(file: string, schema: { safeParse(v: unknown): { success: true; data: T } | { success: false; error: import('zod').ZodError } }): T {
  let raw: string;
  try {
    raw = readFileSync(file, 'utf8');
  } catch (error) {
    throw new Error(`${file}: cannot read: ${(error as Error).message}`);
  }
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch (error) {
    throw new Error(`${file}: malformed JSON: ${(error as Error).message}`);
  }
  const parsed = schema.safeParse(json);
  if (!parsed.success) throw new Error(`${file}: not in the expected format: ${describeZodError(parsed.error)}`);
  return parsed.data;
}

export function formatSeedScore(s: SeedScore, documents: number): string {
  const pct = (x: number) => (100 * x).toFixed(1);
  const l = s.linking;
  return [
    `${documents} document(s), strict spans and labels (GPE and LOC as one place label)`,
    prfTable([...Object.entries(s.perLabel), ['core', s.core], ['extended', s.extended]]),
    `values: ${s.values.correct}/${s.values.total} right (${pct(s.values.accuracy)}%)${s.values.wrong.length ? `; wrong: ${s.values.wrong.slice(0, 10).join('; ')}` : ''}`,
    `linking: B-cubed F1 ${pct(l.b3.F)} (P ${pct(l.b3.P)} R ${pct(l.b3.R)}) over ${l.mentions} mentions, ${l.unlinked} unlinked or nil; entities resolved exactly ${l.entitiesExact}/${l.entities}${l.missed.length ? `; not: ${l.missed.join(' ')}` : ''}`,
  ].join('\n');
}

function reportThresholds(s: SeedScore, t: Config['eval']['thresholds']): number {
  const checks: [string, number, number][] = [
    ['coreF1', s.core.F, t.coreF1],
    ['valueAccuracy', s.values.accuracy, t.valueAccuracy],
    ['linkingF1', s.linking.b3.F, t.linkingF1],
  ];
  const failed = checks.filter(([, score, min]) => score < min);
  for (const [name, score, min] of failed) console.log(`below threshold: ${name} ${score.toFixed(3)} < ${min}`);
  return failed.length ? 1 : 0;
}
