// `gazette export`: gazette output in the formats annotation and NLP tools read.
import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import { isStream } from '../registry/atomic-file.js';
import { FORMATS, type Format, writeExport } from '../review/export/write-export.js';
import { labelStudioConfig } from '../review/export/label-studio.js';
import { parseCommandArgs, refuseOutputOverInput, UsageError } from './args.js';

export const EXPORT_HELP = `Usage: gazette export INPUT... --format FORMAT --out DIR|FILE [--labels conll|ontonotes]

Converts gazette output (folders of <id>.json, JSONL files or single .json documents) for
the tools annotators and NLP pipelines use. Offsets are Unicode code points, as in gazette's
JSON, except in CoNLL, which has tokens.

Formats:
  conll          FILE: CoNLL-2003 columns, one "token TAG" line per token (IOB2), a blank
                 line between sentences, -DOCSTART- before each article. Tags PER, ORG, LOC,
                 MISC (PERSON→PER, ORG→ORG, GPE/LOC/FAC→LOC, other names→MISC; numbers and
                 dates untagged), or every gazette label with --labels ontonotes
  brat           DIR: NAME.txt and NAME.ann (standoff) per article, with annotation.conf and
                 visual.conf, ready to copy into a brat collection; entity ids and values are
                 AnnotatorNotes
  label-studio   FILE: a tasks JSON with the mentions as "predictions" to review; the
                 matching labelling config is written beside it (FILE without .json, plus
                 .label-config.xml) and printed
  spacy          FILE: JSONL, {"text", "ents": [{"start", "end", "label", "kb_id"}], "meta"}
                 a line (see the README for the DocBin snippet)
  mentions-csv   FILE: CSV, one row per mention: article, start, end, text, label, entity,
                 value, confidence, source

Exit codes: 0 all exported, 2 some documents could not be read (each named, the rest
exported), 1 bad usage.

Options:
  --format F     one of ${FORMATS.join(', ')} (required)
  --out PATH     the file, or for brat the folder, to write (required); /dev/stdout or another
                 stream is written straight, the report then on stderr
  --labels L     conll (default) or ontonotes, for --format conll
  -h, --help     this text

Examples:
  gazette export output/ --format conll --out output.conll
  gazette export output/ --format brat --out brat-data/gazette/
  gazette export runs/after.jsonl --format label-studio --out tasks.json
  gazette export output/ --format mentions-csv --out mentions.csv`;

export async function exportCommand(argv: string[]): Promise<number> {
  const { values, positionals } = parseCommandArgs(argv, { format: { type: 'string' }, out: { type: 'string' }, labels: { type: 'string' } });
  if (values.help) { console.log(EXPORT_HELP); return 0; }
  if (!positionals.length) throw new UsageError('expected at least one INPUT (a folder of <id>.json, a .jsonl or a .json file)');
  const format = values.format as Format | undefined;
  if (!format || !FORMATS.includes(format)) throw new UsageError(`--format must be one of ${FORMATS.join(', ')}${format ? `, got "${format}"` : ''}`);
  if (!values.out) throw new UsageError(`--out is required: the ${format === 'brat' ? 'folder' : 'file'} to write`);
  const labels = values.labels ?? 'conll';
  if (labels !== 'conll' && labels !== 'ontonotes') throw new UsageError(`--labels must be conll or ontonotes, got "${labels}"`);
  if (values.labels && format !== 'conll') throw new UsageError('--labels applies to --format conll only');
  refuseOutputOverInput(values.out, positionals);
  if (format !== 'brat' && existsSync(values.out) && statSync(values.out).isDirectory()) {
    throw new UsageError(`--out ${values.out} is a folder; --format ${format} writes one file`);
  }
  // Exported to standard output (--out /dev/stdout) or another stream, the report goes to stderr, out of the data's way.
  const say = isStream(values.out) ? console.error : console.log;
  const result = await writeExport(positionals, format, values.out, labels);
  for (const failure of result.failed) say(`skipped: ${failure.message}`);
  say(`gazette export: ${result.articles} article(s), ${result.mentions} mention(s) written to ${path.resolve(values.out)} (${format})`);
  for (const file of result.extra) say(`also: ${path.resolve(file)}`);
  if (format === 'label-studio') say(`\nLabel Studio labelling config (Settings → Labeling Interface → Code):\n${labelStudioConfig()}`);
  if (!result.articles) return 1;
  return result.failed.length ? 2 : 0;
}
