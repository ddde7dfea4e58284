// write: turns a finished Doc into the output contract, converting UTF-16 offsets to code
// points. Pure: the runner puts it on disk. The output is built to the schema field by field;
// tests check it against the zod schema (every article of the suites), so production does not
// pay a deep check of every document.
import type { Doc, Mention } from '../document.js';
import { codePointOffsets } from '../offsets.js';
import { type OutputDocument, type OutputMention, PIPELINE_NAME, SCHEMA_VERSION } from '../schema/output.js';

export interface PipelineInfo {
  version: string;
  configHash: string;
  /** The article's fingerprint (src/runner/fingerprint.ts), when a run records one. */
  fingerprint?: string;
}

// Optional fields are set one by one in the contract's key order (JSON keeps insertion order),
// rather than spread from a small object each: this runs for every mention of every article.
function outputMention(doc: Doc, m: Mention, cp: (i: number) => number): OutputMention {
  const out: Partial<OutputMention> = { start: cp(m.start), end: cp(m.end), text: doc.text.slice(m.start, m.end), type: m.type };
  if (m.entity !== undefined) out.entity = m.entity;
  if (m.value !== undefined) out.value = m.value;
  out.sentence = m.sentence;
  out.confidence = Math.round(Math.min(1, Math.max(0, m.confidence)) * 1000) / 1000;
  out.source = m.source;
  const a = m.attrs;
  if (a) {
    if (a.unit) out.unit = a.unit;
    if (a.currency) out.currency = a.currency;
    if (a.qualifier) out.qualifier = a.qualifier;
    if (a.counted) out.counted = a.counted;
    if (a.vague) out.vague = true;
    if (a.timex) out.timex = a.timex;
    if (a.title) out.title = a.title;
  }
  if (m.linkCandidates?.length) out.linkCandidates = m.linkCandidates;
  return out as OutputMention; // every required field is set above
}

export function toOutput(doc: Doc, info: PipelineInfo): OutputDocument {
  const cp = codePointOffsets(doc.text);
  // A number no JSON number can hold (310 digits is past a double's range) fails only its mention.
  let dropped = 0;
  const renumber = doc.mentions.map((m, i) => (typeof m.value === 'number' && !Number.isFinite(m.value) ? (dropped++, -1) : i - dropped));
  const kept = dropped ? doc.mentions.filter((_, i) => renumber[i] >= 0) : doc.mentions;
  const a = doc.article;
  const output: OutputDocument = {
    schemaVersion: SCHEMA_VERSION,
    // Second, so that a re-run finds it in the first bytes of the file.
    ...(info.fingerprint && { fingerprint: info.fingerprint }),
    pipeline: { name: PIPELINE_NAME, version: info.version, configHash: info.configHash },
    document: {
      id: a.id,
      title: a.title ?? null,
      published: a.published ?? null,
      source: a.source ?? null,
      url: a.url ?? null,
      sha256: doc.sha256,
    },
    text: doc.text,
    sentences: doc.sentences.map((s) => ({ start: cp(s.start), end: cp(s.end) })),
    mentions: kept.map((m) => outputMention(doc, m, cp)),
    entities: doc.entities.map((e) => ({
      id: e.id,
      type: e.type,
      name: e.name,
      inRegistry: e.inRegistry,
      ...(e.wikidata && { wikidata: e.wikidata }),
      ...(e.description && { description: e.description }),
      mentions: dropped ? e.mentions.map((i) => renumber[i]).filter((i) => i >= 0) : e.mentions,
    })),
  };
  return output;
}
