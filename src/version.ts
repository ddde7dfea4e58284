// The package's version, read from its package.json: what `gazette --version` prints and every
// output records. Its own module, so that the command line answers without loading the pipeline.
import { readFileSync } from 'node:fs';

export const VERSION: string = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')).version;
