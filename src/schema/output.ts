// The output contract: the single definition of an annotated document. The writer validates
// against it, `eval` reads with it, and schema/output.schema.json is generated from it.
import { z } from 'zod';
import { LABELS } from '../document.js';

export const SCHEMA_VERSION = '1.0.0';

/** The name every document records as its pipeline's. */
export const PIPELINE_NAME = 'gazette';

/**
 * What tells a document gazette wrote from an article (an --out folder inside an input folder, an
 * earlier run's output): its schema version, then its pipeline's name. Parsed, for a reader of
 * articles; and by a document's first bytes, which hold both (the schema version first, the
 * fingerprint next, then the pipeline), for a run checking an existing output without parsing it.
 */
export function isGazetteDocument(value: unknown): boolean {
  const o = value as { schemaVersion?: unknown; pipeline?: { name?: unknown } };
  return typeof o.schemaVersion === 'string' && o.pipeline?.name === PIPELINE_NAME;
}

const GAZETTE_HEAD = new RegExp(`^\\s*\\{\\s*"schemaVersion":\\s*"[^"]*",[\\s\\S]*?"pipeline":\\s*\\{\\s*"name":\\s*"${PIPELINE_NAME}"`);

export function opensGazetteDocument(head: string): boolean {
  return GAZETTE_HEAD.test(head);
}

const offset = z.number().int().nonnegative();

export const OutputMention = z.object({
  start: offset.describe('Unicode code point offset of the first character'),
  end: offset.describe('Code point offset one past the last character'),
  text: z.string(),
  type: z.enum(LABELS),
  entity: z.string().optional().describe('Canonical entity id; ids not in the registry start with "nil:"'),
  value: z.union([z.number(), z.string()]).optional()
    .describe('A JSON number for CARDINAL/ORDINAL/PERCENT/MONEY/QUANTITY, a TIMEX3 value for DATE/TIME'),
  sentence: z.number().int().nonnegative().describe('Index into sentences'),
  confidence: z.number().min(0).max(1),
  source: z.string().describe('The recognizers that proposed the span, joined by "+" when several agreed: "registry+model"'),
  unit: z.string().optional(),
  currency: z.string().optional().describe('ISO 4217 code'),
  qualifier: z.string().optional().describe('Words outside the span that qualify a number: "as many as"'),
  counted: z.string().optional().describe('The noun a number counts'),
  vague: z.boolean().optional().describe('A quantity too vague to carry a value'),
  timex: z.object({ type: z.enum(['DATE', 'TIME', 'DURATION', 'SET']), mod: z.string().optional() }).optional(),
  title: z.string().optional().describe('A title kept out of a PERSON span'),
  linkCandidates: z.array(z.object({ id: z.string(), score: z.number() })).optional()
    .describe('Registry entries considered for an ambiguous name, best first'),
});

export const OutputEntity = z.object({
  id: z.string(),
  type: z.enum(LABELS),
  name: z.string(),
  inRegistry: z.boolean(),
  wikidata: z.string().optional(),
  description: z.string().optional(),
  mentions: z.array(z.number().int().nonnegative()).describe('Indexes into mentions'),
});

export const OutputDocument = z.object({
  schemaVersion: z.literal(SCHEMA_VERSION),
  fingerprint: z.string().regex(/^[0-9a-f]{64}$/).optional()
    .describe('SHA-256 of everything that determines this document (article, config, code, model, registry); `gazette run` skips an article whose output carries the same one'),
  pipeline: z.object({ name: z.literal(PIPELINE_NAME), version: z.string(), configHash: z.string() }),
  document: z.object({
    id: z.string(),
    title: z.string().nullable(),
    published: z.string().nullable(),
    source: z.string().nullable(),
    url: z.string().nullable(),
    sha256: z.string().regex(/^[0-9a-f]{64}$/),
  }),
  text: z.string().describe('The article text exactly as read (UTF-8, BOM removed)'),
  sentences: z.array(z.object({ start: offset, end: offset })),
  mentions: z.array(OutputMention),
  entities: z.array(OutputEntity),
});
export type OutputDocument = z.infer<typeof OutputDocument>;
export type OutputMention = z.infer<typeof OutputMention>;

/** The published JSON Schema of an output document. */
export function outputJsonSchema(): object {
  return {
    title: 'gazette annotated document',
    ...z.toJSONSchema(OutputDocument, { target: 'draft-2020-12' }),
  };
}
