// `gazette eval`: scores predictions against gold and exits non-zero when a score falls under
// the config's thresholds. This is how users regression-test extraction.
import path from 'node:path';
import { loadConfig } from '../config.js';
import { OutputDocument } from '../schema/output.js';
import { prfTable } from '../eval/prf.js';
import { scoreSeed, type SeedScore } from '../eval/seed.js';
import { evaluateConll, formatScores } from '../eval/conll.js';
import { scoreTimeml, timemlErrors, type TimemlErrors, type TimemlScore } from '../eval/timeml.js';
import { readConll } from '../gold/conll.js';
import { GoldError, goldFiles, goldKind } from '../gold/kind.js';
import { readSeedGold } from '../gold/seed.js';
import { readTimeml, type TimexSpan } from '../gold/timeml.js';
import { formatDucklingErrors, formatDucklingScore, scoreDuckling } from '../eval/duckling.js';
import { DUCKLING_REFERENCE_DATE, isDucklingFolder, readDuckling } from '../gold/duckling.js';
import { createPipeline, type PipelineConfig } from '../pipeline.js';
import { readJsonFile } from '../schema/read-json.js';
import { parseCommandArgs, UsageError } from './args.js';

export const EVAL_HELP = `Usage: gazette eval --gold PATH [--pred DIR] [--config FILE] [--errors]

Scores annotated JSON against gold and prints precision, recall and F1 per label, value
accuracy and linking scores. Exits 1 when a score falls under the config's
eval.thresholds (or on an error), 0 otherwise. The kind of gold is read from the files
(formats in ../shared/ANNOTATION.md):

  seed-style gold     NAME.gold.json with "mentions" (a file or a folder of them): strict
                      P/R/F1 per label, core and extended; value accuracy; B-cubed linking
  CoNLL-2003          a testa/-style folder (NAME.txt + NAME.gold.json with "entities") or an
                      original four-column IOB file: exact-span P/R/F1 for PER, ORG, LOC,
                      MISC and PER+ORG+LOC
  TimeML              a TimeBank-style folder (NAME.txt, NAME.meta.json, NAME.gold.json with
                      "timexes"): TempEval-3 strict, relaxed and value F1 over DATE/TIME
  Duckling            a folder with numbers.jsonl, times.jsonl, negatives.jsonl (short strings,
                      each annotated on its own): value F1 per category (numbers, ordinals,
                      money, quantities, dates, times, durations), negatives, and the cases
                      where Duckling's conventions give way to ANNOTATION.md

Predictions are read from DIR/<id>.json. Without --pred, CoNLL and TimeML articles (and
Duckling strings, always, each on its own) are annotated in this process from the gold's own
text (and publication date) by the pipeline the config describes, and seed-style gold is
scored against the config's "output" folder.
A config that switches stages or recognizers off scores a part of the pipeline:
configs/timex-only.json the time expressions alone, configs/names-only.json the name model.

Options:
  --gold PATH        gold file or folder (required)
  --pred DIR         folder of gazette output
  --config FILE      pipeline config with the thresholds (default: pipeline.config.json)
  --errors           also list the misses and false alarms (CoNLL, TimeML)
  -h, --help         this text

Examples:
  gazette run && gazette eval --gold tests/gold/
  gazette eval --gold ../shared/data/conll2003/testa
  gazette eval --gold ../shared/data/conll2003/eng.testa
  gazette eval --gold ../shared/data/timebank
  gazette eval --gold ../shared/data/timebank --config configs/timex-only.json --errors
  gazette eval --gold ../shared/data/duckling --errors`;

export async function evalCommand(argv: string[]): Promise<number> {
  const { values } = parseCommandArgs(argv, {
    gold: { type: 'string' },
    pred: { type: 'string' },
    config: { type: 'string' },
    errors: { type: 'boolean' },
  });
  if (values.help) { console.log(EVAL_HELP); return 0; }
  if (!values.gold) throw new UsageError('--gold PATH is required');
  const config = loadConfig(values.config ?? 'pipeline.config.json');
  const thresholds = config.eval.thresholds;
  if (isDucklingFolder(values.gold)) return ducklingEval(config, values.gold, values.errors);
  let kind;
  try {
    kind = goldKind(values.gold);
  } catch (error) {
    throw error instanceof GoldError ? new UsageError(error.message) : error;
  }
  if (kind === 'seed') {
    const predDir = values.pred ?? config.output;
    const pairs = goldFiles(values.gold).map((file) => {
      const gold = readSeedGold(file);
      return { gold, pred: readJsonFile(path.join(predDir, `${gold.document}.json`), OutputDocument, 'a gazette output document') };
    });
    const score = scoreSeed(pairs);
    console.log(formatSeedScore(score, pairs.length));
    return belowThresholds([
      ['coreF1', score.core.f1, thresholds.coreF1],
      ['valueAccuracy', score.values.accuracy, thresholds.valueAccuracy],
      ['linkingF1', score.linking.b3.f1, thresholds.linkingF1],
    ]);
  }
  const predict = predictor(config, values.pred);
  if (kind === 'conll') {
    const articles = readConll(values.gold);
    const score = evaluateConll(articles, (text, id) => predict(id, text, null).mentions);
    console.log(`${articles.length} CoNLL article(s), exact spans (PERSON→PER, ORG→ORG, GPE/LOC/FAC→LOC, other names→MISC)`);
    console.log(formatScores(score));
    return belowThresholds([['conllF1', score['PER+ORG+LOC'].f1, thresholds.conllF1]]);
  }
  const docs = readTimeml(values.gold);
  const preds = docs.map((doc) => ({
    timexes: predict(doc.id!, doc.text, doc.dct).mentions
      .filter((m) => m.type === 'DATE' || m.type === 'TIME')
      .map((m) => ({ start: m.start, end: m.end, value: typeof m.value === 'string' ? m.value : undefined, text: m.text })),
  }));
  const score = scoreTimeml(docs, preds);
  console.log(formatTimemlScore(score, docs.length));
  if (values.errors) console.log(docs.map((d, k) => formatTimemlErrors(timemlErrors(d, preds[k].timexes))).filter(Boolean).join('\n'));
  return belowThresholds([
    ['timexRelaxedF1', score.relaxed.f1, thresholds.timexRelaxedF1],
    ['timexValueF1', score.value.f1, thresholds.timexValueF1],
  ]);
}

/** Duckling's corpus: each string annotated on its own in this process, dated to its reference time. */
function ducklingEval(config: PipelineConfig, folder: string, errors: boolean | undefined): number {
  const { cases, otherLocales } = readDuckling(folder);
  const pipeline = createPipeline(config);
  const score = scoreDuckling(cases, (c) => {
    const published = c.kind === 'time' ? c.reference.slice(0, 10) : DUCKLING_REFERENCE_DATE;
    return pipeline.annotate({ id: 'duckling', text: c.text, published }, { file: `${c.file}:${c.line}` }, 'duckling').mentions;
  }, otherLocales);
  console.log(formatDucklingScore(score));
  if (errors) console.log(formatDucklingErrors(score));
  return 0;
}

/** The annotated document for one gold article: read from --pred, or made in this process. */
function predictor(config: PipelineConfig, predDir: string | undefined): (id: string, text: string, published: string | null) => OutputDocument {
  if (predDir) return (id) => readJsonFile(path.join(predDir, `${id}.json`), OutputDocument, 'a gazette output document');
  const pipeline = createPipeline(config);
  return (id, text, published) => pipeline.annotate({ id, text, published }, { file: id }, id);
}

export function formatSeedScore(s: SeedScore, documents: number): string {
  const pct = (x: number) => (100 * x).toFixed(1);
  const l = s.linking;
  return [
    `${documents} document(s), strict spans and labels (GPE and LOC as one place label)`,
    prfTable([...Object.entries(s.perLabel), ['core', s.core], ['extended', s.extended]]),
    `values: ${s.values.correct}/${s.values.total} right (${pct(s.values.accuracy)}%)${s.values.wrong.length ? `; wrong: ${s.values.wrong.slice(0, 10).join('; ')}` : ''}`,
    `linking: B-cubed F1 ${pct(l.b3.f1)} (P ${pct(l.b3.precision)} R ${pct(l.b3.recall)}) over ${l.mentions} mentions, ${l.unlinked} unlinked or nil; entities resolved exactly ${l.entitiesExact}/${l.entities}${l.missed.length ? `; not: ${l.missed.join(' ')}` : ''}`,
  ].join('\n');
}

function belowThresholds(checks: [string, number, number][]): number {
  const failed = checks.filter(([, score, min]) => score < min);
  for (const [name, score, min] of failed) console.log(`below threshold: ${name} ${score.toFixed(3)} < ${min}`);
  return failed.length ? 1 : 0;
}

function formatTimemlScore(s: TimemlScore, documents: number): string {
  const pct = (x: number) => (100 * x).toFixed(1).padStart(6);
  const row = (name: string, r: TimemlScore['strict']) => `${name.padEnd(14)}${pct(r.precision)}${pct(r.recall)}${pct(r.f1)}${String(r.tp).padStart(8)}`;
  return [
    `${documents} TimeML document(s), ${s.gold} gold and ${s.predicted} predicted time expressions (TempEval-3 style)`,
    `${'match'.padEnd(14)}${'P'.padStart(6)}${'R'.padStart(6)}${'F1'.padStart(6)}${'correct'.padStart(8)}`,
    row('strict', s.strict), row('relaxed', s.relaxed), row('value', s.value),
  ].join('\n');
}

function formatTimemlErrors(e: TimemlErrors): string {
  const show = (t: TimexSpan) => `"${t.text ?? ''}" ${t.value === undefined ? '-' : String(t.value)}`;
  return [
    ...e.missed.map((t) => `${e.id}: missed ${show(t)}`),
    ...e.spurious.map((t) => `${e.id}: spurious ${show(t)}`),
    ...e.mismatched.map(({ gold, pred }) => `${e.id}: gold ${show(gold)} predicted ${show(pred)}`),
  ].join('\n');
}
