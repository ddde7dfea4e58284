// The hand-built ambiguity set: invented sentences, each naming one entity whose alias several registry
// entries share, run through the whole pipeline with the shipped registry plus extra.jsonl.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadConfig } from '../../../src/config.js';
import { createPipeline } from '../../../src/pipeline.js';

interface Case {
  text: string;
  /** The first mention with exactly this text is the one checked. */
  mention: string;
  entity: string;
}

export interface CaseResult extends Case {
  got: string | undefined;
  type: string | undefined;
  candidates: { id: string; score: number }[] | undefined;
}

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.join(here, '../../..');

export function linkAmbiguityCases(): CaseResult[] {
  const cases = JSON.parse(fs.readFileSync(path.join(here, 'cases.json'), 'utf8')) as Case[];
  const registry = fs.mkdtempSync(path.join(os.tmpdir(), 'ambiguity-registry-'));
  const shipped = path.join(root, 'registry');
  for (const f of fs.readdirSync(shipped)) if (f.endsWith('.jsonl') || f === 'titles.json') fs.copyFileSync(path.join(shipped, f), path.join(registry, f));
  fs.copyFileSync(path.join(here, 'extra.jsonl'), path.join(registry, 'ambiguity-extra.jsonl'));
  const config = loadConfig(path.join(root, 'pipeline.config.json'));
  const pipeline = createPipeline({ ...config, registry });
  return cases.map((c, i) => {
    const doc = pipeline.process({ id: `case-${i}`, text: c.text }, { file: `case-${i}` }, `case-${i}`);
    const m = doc.mentions.find((x) => doc.text.slice(x.start, x.end) === c.mention);
    return { ...c, got: m?.entity, type: m?.type, candidates: m?.linkCandidates };
  });
}
