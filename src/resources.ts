// What the stages need that is loaded from disk: built once per process, shared by every
// article, never changed by a run.
import type { Config } from './config.js';
import { loadNerModel, type NerModel } from './ner/index.js';
import { buildRegistryIndex, type RegistryIndex } from './registry/alias-index.js';
import { loadRegistry } from './registry/load.js';

export interface Resources {
  model: NerModel;
  registry: RegistryIndex;
}

export function loadResources(config: Pick<Config, 'model' | 'registry'>): Resources {
  return {
    model: loadNerModel(config.model),
    registry: buildRegistryIndex(loadRegistry(config.registry)),
  };
}
