// What the stages need that is loaded from disk: built once per process, shared by every
// article, never changed by a run.
import type { Config } from './config.js';
import { loadNerModel, type NerModel } from './ner/index.js';
import type { RegistryIndex } from './registry/alias-index.js';
import { describeBuild, loadRegistryIndex } from './registry/index-file.js';

export interface Resources {
  model: NerModel;
  registry: RegistryIndex;
}

export function loadResources(config: Pick<Config, 'model' | 'registry'>): Resources {
  return {
    model: loadNerModel(config.model),
    // The compiled index, rebuilt (once, and said on stderr) when the registry changed since it was built.
    registry: loadRegistryIndex(config.registry, (built) => process.stderr.write(`gazette: ${describeBuild(built)}\n`)),
  };
}
