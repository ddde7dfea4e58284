// What the stages need that is loaded from disk: built once per process, shared by every
// article, never changed by a run. Only what the configured stages use is loaded up front (so a
// bad path is a start-up error); anything else would load on first use, which no stage makes.
import type { Config } from './config.js';
import { loadNerModel, type NerModel } from './ner/index.js';
import type { RegistryIndex } from './registry/alias-index.js';
import { describeBuild, loadRegistryIndex } from './registry/index-file.js';

export interface Resources {
  model: NerModel;
  registry: RegistryIndex;
}

export function loadResources(config: Pick<Config, 'model' | 'registry'>, used: ReadonlySet<keyof Resources> = new Set(['model', 'registry'])): Resources {
  const loaders: { [K in keyof Resources]: () => Resources[K] } = {
    model: () => loadNerModel(config.model),
    // The compiled index, rebuilt (once, and said on stderr) when the registry changed since it was built.
    registry: () => loadRegistryIndex(config.registry, (built) => process.stderr.write(`gazette: ${describeBuild(built)}\n`)),
  };
  const resources = {} as Resources;
  for (const key of Object.keys(loaders) as (keyof Resources)[]) {
    if (used.has(key)) {
      Object.defineProperty(resources, key, { value: loaders[key](), enumerable: true });
    } else {
      let value: Resources[typeof key] | undefined;
      Object.defineProperty(resources, key, { get: () => (value ??= loaders[key]()), enumerable: true });
    }
  }
  return resources;
}
