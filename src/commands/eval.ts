// `gazette eval`: scores predictions against gold and exits non-zero when a score falls under
// the config's thresholds. This is how users regression-test extraction.
import path from 'node:path';
import { type Config, configFile, loadConfig } from '../config.js';
import { TIME_LABELS } from '../document.js';
import { OutputDocument } from '../schema/output.js';
import { type Prf, prfTable } from '../eval/prf.js';
import { scoreSeed, seedErrors, type SeedScore } from '../eval/seed.js';
import { conllErrors, conllPredictions, formatScores, scoreConll } from '../eval/conll.js';
import type { SpanError } from '../eval/errors.js';
import { scoreTimeml, timemlErrors, type TimemlScore } from '../eval/timeml.js';
import { readConll } from '../gold/conll.js';
import { GoldError, goldFiles, goldKind, type GoldKind } from '../gold/kind.js';
import { readSeedGold } from '../gold/seed.js';
import { readTimeml, type TimexSpan } from '../gold/timeml.js';
import { formatDucklingErrors, formatDucklingScore, scoreDuckling } from '../eval/duckling.js';
import { DUCKLING_REFERENCE_DATE, isDucklingFolder, readDuckling } from '../gold/duckling.js';
import { createPipeline, type PipelineConfig } from '../pipeline.js';
import { readJsonFile } from '../schema/read-json.js';
import { writeFileAtomically } from '../registry/atomic-file.js';
import { utf16Offsets } from '../offsets.js';
import { indexOutputs, OutputError } from '../review/outputs.js';
import { context } from '../review/text.js';
import { isLinesOutput } from '../runner/outputs.js';
import { parseCommandArgs, UsageError } from './args.js';

export const EVAL_HELP = `Usage: gazette eval --gold PATH [--pred DIR|FILE.jsonl] [--config FILE] [--errors] [--json] [--junit FILE]

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

Thresholds come from the config's eval.thresholds: coreF1, valueAccuracy, linkingF1 (seed),
conllF1 (CoNLL), timexRelaxedF1, timexValueF1 (TimeML), and perLabel, the least F1 of each
label the gold scores ({"ORG": 0.85} for seed gold, {"PER": 0.9} for CoNLL). Each threshold
missed is one line, "below threshold: perLabel.ORG 0.846 < 0.85", and the exit code is 1.

Predictions are read from DIR/<id>.json, or from one JSONL file (--pred FILE.jsonl). Without
--pred, CoNLL and TimeML articles (and Duckling strings, always, each on its own) are annotated
in this process from the gold's own text (and publication date) by the pipeline the config
describes, and seed-style gold is scored against the config's "output" folder. A config that
switches stages or recognizers off scores a part of the pipeline: configs/timex-only.json the
time expressions alone, configs/names-only.json the name model.

Options:
  --gold PATH        gold file or folder (required)
  --pred DIR|FILE    gazette output: a folder, or the .jsonl (.ndjson) file of run --out FILE.jsonl
  --config FILE      pipeline config with the thresholds (default: pipeline.config.json
                     in this folder if there is one, else the package's own)
  --errors           also list the misses and false alarms, with context, grouped by label
                     (TimeML: also the expressions whose span or value differ)
  --json             print the report as JSON instead: scores, F1 per label, each threshold
                     with "passed", and the errors with --errors
  --junit FILE       also write JUnit XML for CI: a test case per label (failing when its
                     eval.thresholds.perLabel entry is missed) and per threshold
  -h, --help         this text

Examples:
  gazette run && gazette eval --gold tests/gold/
  gazette eval --gold ../shared/data/conll2003/testa
  gazette eval --gold ../shared/data/conll2003/eng.testa
  gazette eval --gold ../shared/data/timebank
  gazette eval --gold ../shared/data/timebank --config configs/timex-only.json --errors
  gazette eval --gold ../shared/data/duckling --errors
  gazette eval --gold ../shared/data/conll2003/testa --errors
  gazette eval --gold tests/gold/ --json --junit eval-junit.xml`;

export async function evalCommand(argv: string[]): Promise<number> {
  const { values, positionals } = parseCommandArgs(argv, {
    gold: { type: 'string' },
    pred: { type: 'string' },
    config: { type: 'string' },
    errors: { type: 'boolean' },
    json: { type: 'boolean' },
    junit: { type: 'string' },
  });
  if (values.help) { console.log(EVAL_HELP); return 0; }
  if (positionals.length) throw new UsageError(`unexpected argument "${positionals[0]}": the gold is --gold PATH, the predictions --pred DIR|FILE.jsonl`);
  if (!values.gold) throw new UsageError('--gold PATH is required');
  const config = loadConfig(configFile(values.config));
  if (isDucklingFolder(values.gold)) {
    // Duckling's strings are scored by category, not by label.
    if (values.json || values.junit) throw new UsageError('--json and --junit score labels; the Duckling corpus is scored by category');
    return ducklingEval(config, values.gold, values.errors);
  }
  let kind;
  try {
    kind = goldKind(values.gold);
  } catch (error) {
    throw error instanceof GoldError ? new UsageError(error.message) : error;
  }
  const thresholds = config.eval.thresholds;
  const predictions = values.pred !== undefined || kind === 'seed' ? await storedPredictions(values.pred ?? config.output) : undefined;
  const stored = predictions?.read;
  let report;
  try {
    report = kind === 'seed' ? seedReport(values.gold, stored!, thresholds)
      : kind === 'conll' ? conllReport(values.gold, predictor(config, stored), thresholds)
      : timemlReport(values.gold, predictor(config, stored), thresholds);
  } finally {
    predictions?.close();
  }
  const outcome = gate(report, thresholds.perLabel ?? {});
  if (values.junit) writeFileAtomically(values.junit, junitXml(report, outcome, values.gold));
  if (values.json) {
    console.log(JSON.stringify({
      gold: values.gold, kind: report.kind, documents: report.documents, scores: report.scores, perLabel: report.perLabel,
      thresholds: outcome.checks.map((c) => ({ ...c, passed: c.score >= c.min })), unchecked: outcome.unchecked,
      passed: outcome.failed.length === 0,
      ...(values.errors && { errors: report.errors.map(({ context, ...e }) => ({ ...e, context: `${context.before}[${context.span}]${context.after}` })) }),
    }, null, 2));
  } else {
    console.log(report.text);
    if (values.errors) console.log(formatErrors(report.errors));
    for (const name of outcome.unchecked) console.log(`threshold not checked: ${name}: this gold scores no such label`);
    for (const c of outcome.failed) console.log(`below threshold: ${c.name} ${c.score.toFixed(3)} < ${c.min}`);
  }
  return outcome.failed.length ? 1 : 0;
}

/** What one kind of gold gives: the printed table, scores for --json, F1 per label, named thresholds, errors. */
interface EvalReport {
  kind: GoldKind;
  documents: number;
  text: string;
  scores: object;
  perLabel: Record<string, Prf>;
  checks: Check[];
  errors: ErrorLine[];
}

interface Check {
  name: string;
  score: number;
  min: number;
}

/** A miss or false alarm (or, for TimeML, a mismatched value or span), ready to print. */
interface ErrorLine {
  article: string;
  label: string;
  kind: 'missed' | 'false alarm' | 'mismatch';
  text: string;
  note?: string;
  context: { before: string; span: string; after: string };
}

type Thresholds = Config['eval']['thresholds'];

function seedReport(goldPath: string, stored: StoredPredictions, t: Thresholds): EvalReport {
  const pairs = goldFiles(goldPath).map((file) => {
    const gold = readSeedGold(file);
    return { gold, pred: stored(gold.document) };
  });
  const score = scoreSeed(pairs);
  const errors = seedErrors(pairs).map((e) => {
    const doc = pairs[e.article].pred;
    const utf16 = utf16Offsets(doc.text);
    return errorLine(doc.document.id, doc.text, utf16(e.start), utf16(e.end), e);
  });
  return {
    kind: 'seed', documents: pairs.length, text: formatSeedScore(score, pairs.length), scores: score, perLabel: score.perLabel, errors,
    checks: [
      { name: 'coreF1', score: score.core.f1, min: t.coreF1 },
      { name: 'valueAccuracy', score: score.values.accuracy, min: t.valueAccuracy },
      { name: 'linkingF1', score: score.linking.b3.f1, min: t.linkingF1 },
    ],
  };
}

function conllReport(goldPath: string, predict: Predict, t: Thresholds): EvalReport {
  const articles = readConll(goldPath);
  // Gold spans index the rebuilt text by UTF-16 units; output offsets are code points.
  const pred = conllPredictions(articles, (text, id) => {
    const utf16 = utf16Offsets(text);
    return predict(id, text, null).mentions.map((m) => ({ ...m, start: utf16(m.start), end: utf16(m.end) }));
  });
  const gold = articles.map((a) => a.entities);
  const score = scoreConll(gold, pred);
  const { 'PER+ORG+LOC': _all, ...perLabel } = score;
  const errors = conllErrors(gold, pred).map((e) => errorLine(articles[e.article].id, articles[e.article].text, e.start, e.end, e));
  return {
    kind: 'conll', documents: articles.length, scores: score, perLabel, errors,
    text: `${articles.length} CoNLL article(s), exact spans (PERSON→PER, ORG→ORG, GPE/LOC/FAC→LOC, other names→MISC)\n${formatScores(score)}`,
    checks: [{ name: 'conllF1', score: score['PER+ORG+LOC'].f1, min: t.conllF1 }],
  };
}

function timemlReport(goldPath: string, predict: Predict, t: Thresholds): EvalReport {
  const docs = readTimeml(goldPath);
  const preds = docs.map((doc) => ({
    timexes: predict(doc.id!, doc.text, doc.dct).mentions
      .filter((m) => TIME_LABELS.has(m.type))
      .map((m) => ({ start: m.start, end: m.end, value: typeof m.value === 'string' ? m.value : undefined, text: m.text, type: m.timex?.type })),
  }));
  const score = scoreTimeml(docs, preds);
  const show = (x: TimexSpan) => (x.value === undefined ? '-' : String(x.value));
  const errors = docs.flatMap((d, k) => {
    const e = timemlErrors(d, preds[k].timexes);
    const line = (x: TimexSpan, kind: ErrorLine['kind'], note?: string) =>
      ({ article: e.id, label: x.type ?? 'TIMEX', kind, text: d.text.slice(x.start, x.end), note, context: context(d.text, x.start, x.end) });
    return [
      ...e.missed.map((x) => line(x, 'missed', `value ${show(x)}`)),
      ...e.spurious.map((x) => line(x, 'false alarm', `value ${show(x)}`)),
      ...e.mismatched.map(({ gold, pred }) => line(gold, 'mismatch', `gold "${d.text.slice(gold.start, gold.end)}" ${show(gold)}, output "${d.text.slice(pred.start, pred.end)}" ${show(pred)}`)),
    ];
  });
  return {
    kind: 'timeml', documents: docs.length, text: formatTimemlScore(score, docs.length), scores: score,
    perLabel: { strict: score.strict, relaxed: score.relaxed, value: score.value }, errors,
    checks: [
      { name: 'timexRelaxedF1', score: score.relaxed.f1, min: t.timexRelaxedF1 },
      { name: 'timexValueF1', score: score.value.f1, min: t.timexValueF1 },
    ],
  };
}

function errorLine(article: string, text: string, start16: number, end16: number, e: SpanError): ErrorLine {
  const note = e.other === undefined ? undefined : e.kind === 'missed' ? `output said ${e.other}` : `gold says ${e.other}`;
  return { article, label: e.type, kind: e.kind, text: text.slice(start16, end16), ...(note && { note }), context: context(text, start16, end16) };
}

/** The config's thresholds that apply to this report, those that do not, and those missed. */
function gate(report: EvalReport, perLabel: NonNullable<Thresholds['perLabel']>): { checks: Check[]; unchecked: string[]; failed: Check[] } {
  const checks = [...report.checks];
  const unchecked: string[] = [];
  for (const [label, min] of Object.entries(perLabel) as [string, number][]) {
    const score = report.perLabel[label];
    if (score) checks.push({ name: `perLabel.${label}`, score: score.f1, min });
    else unchecked.push(`perLabel.${label}`);
  }
  return { checks, unchecked, failed: checks.filter((c) => c.score < c.min) };
}

/** Errors grouped by label, the label with most errors first; misses before false alarms. */
function formatErrors(errors: ErrorLine[]): string {
  if (!errors.length) return '\nno errors';
  const byLabel = new Map<string, ErrorLine[]>();
  for (const e of errors) {
    const list = byLabel.get(e.label);
    if (list) list.push(e);
    else byLabel.set(e.label, [e]);
  }
  const order = { missed: 0, 'false alarm': 1, mismatch: 2 };
  const lines = ['', 'errors by label (missed: in the gold, not in the output; false alarm: in the output, not in the gold)'];
  for (const [label, list] of [...byLabel.entries()].sort((a, b) => b[1].length - a[1].length || (a[0] < b[0] ? -1 : 1))) {
    const n = (k: ErrorLine['kind']) => list.filter((e) => e.kind === k).length;
    lines.push('', `${label}: ${n('missed')} missed, ${n('false alarm')} false alarm(s)${n('mismatch') ? `, ${n('mismatch')} mismatched` : ''}`);
    for (const e of [...list].sort((a, b) => order[a.kind] - order[b.kind])) {
      lines.push(`  ${e.kind.padEnd(11)} ${e.article}  "${e.text}"${e.note ? ` (${e.note})` : ''}`, `      ${e.context.before}[${e.context.span}]${e.context.after}`);
    }
  }
  return lines.join('\n');
}

const xml = (s: string) => s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c]!);

/** JUnit XML: a test case per label (failing when its perLabel threshold is missed) and per threshold. */
function junitXml(report: EvalReport, outcome: ReturnType<typeof gate>, gold: string): string {
  const pct = (x: number) => (100 * x).toFixed(2);
  const failure = (c: Check | undefined) => (c && c.score < c.min
    ? `\n      <failure type="threshold" message="${xml(`below threshold: ${c.name} ${c.score.toFixed(3)} < ${c.min}`)}"/>` : '');
  const cases = [
    ...Object.entries(report.perLabel).map(([label, s]) => {
      const check = outcome.checks.find((c) => c.name === `perLabel.${label}`);
      return `    <testcase classname="gazette.eval.${report.kind}.label" name="${xml(label)}">${failure(check)}
      <system-out>${xml(`P ${pct(s.precision)} R ${pct(s.recall)} F1 ${pct(s.f1)} (tp ${s.tp}, fp ${s.fp}, fn ${s.fn})`)}</system-out>
    </testcase>`;
    }),
    ...outcome.checks.filter((c) => !c.name.startsWith('perLabel.')).map((c) =>
      `    <testcase classname="gazette.eval.${report.kind}.threshold" name="${xml(`${c.name} >= ${c.min}`)}">${failure(c)}
      <system-out>${xml(`${c.name} ${c.score.toFixed(4)}`)}</system-out>
    </testcase>`),
  ];
  const failures = outcome.failed.length;
  return `<?xml version="1.0" encoding="UTF-8"?>
<testsuites name="gazette eval" tests="${cases.length}" failures="${failures}">
  <testsuite name="${xml(`gazette eval ${report.kind}: ${gold}`)}" tests="${cases.length}" failures="${failures}" errors="0" skipped="0">
${cases.join('\n')}
  </testsuite>
</testsuites>
`;
}

type Predict = (id: string, text: string, published: string | null) => OutputDocument;

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
function predictor(config: PipelineConfig, stored: StoredPredictions | undefined): Predict {
  if (stored) return stored;
  const pipeline = createPipeline(config);
  return (id, text, published) => pipeline.annotate({ id, text, published }, { file: id }, id);
}

/** A document of --pred by id. */
type StoredPredictions = (id: string) => OutputDocument;

/**
 * --pred as `gazette run` writes it: a folder of <id>.json, read one file an id, or one JSONL
 * (.ndjson) file, indexed by id once and held open until `close`.
 */
async function storedPredictions(pred: string): Promise<{ read: StoredPredictions; close(): void }> {
  if (!isLinesOutput(pred)) return { read: (id) => readJsonFile(path.join(pred, `${id}.json`), OutputDocument, 'a gazette output document'), close: () => {} };
  const index = await indexOutputs(pred);
  const byId = new Map(index.entries.map((entry) => [entry.id, entry]));
  return {
    read: (id) => {
      const entry = byId.get(id);
      if (!entry) throw new OutputError(pred, `no document "${id}" (the gold has it)`);
      return entry.load();
    },
    close: index.close,
  };
}

export function formatSeedScore(s: SeedScore, documents: number): string {
  const pct = (x: number) => (100 * x).toFixed(1);
  const l = s.linking;
  return [
    `${documents} document(s), strict spans and labels (GPE and LOC as one place label)`,
    prfTable([...Object.entries(s.perLabel), ['core', s.core], ['extended', s.extended]]),
    `values: ${s.values.correct}/${s.values.total} right (${pct(s.values.accuracy)}%)${s.values.wrong.length ? `; wrong: ${s.values.wrong.slice(0, 10).join('; ')}` : ''}`,
    `linking: B-cubed F1 ${pct(l.b3.f1)} (P ${pct(l.b3.precision)} R ${pct(l.b3.recall)}) over ${l.mentions} mentions, ${l.unlinked} unlinked or nil; entities resolved exactly ${l.entitiesExact}/${l.entities}${l.missed.length ? `; not: ${l.missed.join(' ')}` : ''}`,
    ...(documents > 1 ? [`linking across articles (gold keys shared between them): B-cubed F1 ${pct(l.acrossArticles.f1)} (P ${pct(l.acrossArticles.precision)} R ${pct(l.acrossArticles.recall)})`] : []),
  ].join('\n');
}

function formatTimemlScore(s: TimemlScore, documents: number): string {
  const pct = (x: number) => (100 * x).toFixed(1).padStart(6);
  const row = (name: string, r: TimemlScore['strict']) => `${name.padEnd(14)}${pct(r.precision)}${pct(r.recall)}${pct(r.f1)}${String(r.tp).padStart(8)}`;
  return [
    `${documents} TimeML document(s), ${s.gold} gold and ${s.predicted} predicted time expressions (TempEval-3 style)`,
    `${'match'.padEnd(14)}${'P'.padStart(6)}${'R'.padStart(6)}${'F1'.padStart(6)}${'correct'.padStart(8)}`,
    row('strict', s.strict), row('relaxed', s.relaxed), row('value', s.value),
    ...(Object.keys(s.bySource).length > 1 ? [
      'F1 by source (the letters that start a document\'s name)',
      `${'source'.padEnd(14)}${'docs'.padStart(6)}${'gold'.padStart(6)}${'strict'.padStart(8)}${'relaxed'.padStart(8)}${'value'.padStart(8)}`,
      ...Object.entries(s.bySource).map(([source, r]) =>
        `${source.padEnd(14)}${String(r.documents).padStart(6)}${String(r.gold).padStart(6)}${pct(r.strict.f1).padStart(8)}${pct(r.relaxed.f1).padStart(8)}${pct(r.value.f1).padStart(8)}`),
    ] : []),
  ].join('\n');
}
