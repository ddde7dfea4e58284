// `gazette view`: a static review site for annotated output, opened from the file system.
import path from 'node:path';
import { indexOutputs, type OutputIndex } from '../review/outputs.js';
import { writeSite } from '../review/view/site.js';
import { parseCommandArgs, refuseOutputOverInput, UsageError } from './args.js';

export const VIEW_HELP = `Usage: gazette view INPUT... --out DIR [--diff OLD]

Writes a static HTML review site for gazette output (folders of <id>.json, JSONL files or
single .json documents) to DIR. Open DIR/index.html in a browser: it needs no server and
fetches nothing from the network.

  DIR/index.html            every article with its mentions counted by label (click a
                            heading to sort), and the corpus-wide entity table: entity,
                            type, registry or nil, articles, mentions
  DIR/articles/<id>.html    the article text with every mention highlighted in its label's
                            colour (Okabe–Ito, safe for colour-blind readers) and labelled;
                            hover for a summary, click for the entity id, registry name,
                            value, confidence and source; label filters; the entities with
                            their mention counts

Every mention is a <mark> element with data-label and data-entity attributes.

Options:
  --out DIR      where to write the site (created if missing; required)
  --diff OLD     another run of the same articles (folder or JSONL): each page then shows
                 OLD and NEW side by side with every added, removed and changed mention
                 marked, and the index counts the changes per article
  -h, --help     this text

Examples:
  gazette view output/ --out review/ && xdg-open review/index.html
  gazette view runs/after --diff runs/before --out review-diff/`;

export async function viewCommand(argv: string[]): Promise<number> {
  const { values, positionals } = parseCommandArgs(argv, { out: { type: 'string' }, diff: { type: 'string' } });
  if (values.help) { console.log(VIEW_HELP); return 0; }
  if (!positionals.length) throw new UsageError('expected at least one INPUT (a folder of <id>.json, a .jsonl or a .json file)');
  if (!values.out) throw new UsageError('--out DIR is required');
  refuseOutputOverInput(values.out, [...positionals, ...(values.diff ? [values.diff] : [])]);
  let old: OutputIndex | undefined;
  try {
    if (values.diff) old = await indexOutputs(values.diff);
    const result = await writeSite(positionals, values.out, old);
    for (const failure of result.failed) console.log(`skipped: ${failure.message}`);
    console.log(`gazette view: ${result.articles} article page(s) written to ${path.resolve(values.out)}; open ${path.join(values.out, 'index.html')}`);
    if (!result.articles) return 1;
    return result.failed.length ? 2 : 0;
  } finally {
    old?.close();
  }
}
