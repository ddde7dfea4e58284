// What a stage declares next to its code, as spaCy's components declare `requires` and `assigns`:
// the parts of the Doc it reads that an earlier stage adds, and the parts it adds. The pipeline
// runs the configured stages in their declared order and refuses a list in which a stage would
// read a part no earlier stage adds; the config's names of stages come from these declarations.
import type { Doc } from '../document.js';
import type { Resources } from '../resources.js';

/** Parts of a Doc that stages add (ingest adds the article, its text and hash). */
export type DocPart = 'tokens' | 'sentences' | 'candidates' | 'mentions' | 'mention.entity' | 'entities' | 'mention.value';

/** The options a stage takes from the validated config. */
export interface StageOptions {
  /** The recognizers that propose spans, by name. */
  recognizers: readonly string[];
}

export interface Stage {
  name: string;
  requires: readonly DocPart[];
  assigns: readonly DocPart[];
  /** What it reads of the resources loaded from disk: a pipeline loads only what its stages use. */
  uses(options: StageOptions): readonly (keyof Resources)[];
  run(doc: Doc, resources: Resources, options: StageOptions): Doc;
}
