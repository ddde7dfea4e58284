#!/usr/bin/env node
// The `gazette` command: dispatches to run, eval and registry, and turns errors into messages
// and exit codes (1: could not start or a usage error).
import { ConfigError } from './config.js';
import { diffCommand } from './commands/diff.js';
import { evalCommand } from './commands/eval.js';
import { exportCommand } from './commands/export.js';
import { registryCommand } from './commands/registry.js';
import { runCommand } from './commands/run.js';
import { viewCommand } from './commands/view.js';
import { workerCommand } from './commands/worker.js';
import { queueCommand } from './commands/queue.js';
import { UsageError } from './commands/args.js';
import { VERSION } from './pipeline.js';

const HELP = `gazette ${VERSION}: finds the people, organizations, places, numbers and dates in news
articles, links every name to a canonical registry, and writes annotated JSON.

Usage: gazette <command> [options]

Commands:
  run        annotate articles:            gazette run corpus/ --out output/
  eval       score output against gold:    gazette eval --gold tests/gold/ --pred output/
  registry   suggest, validate, add, import or build the registry: gazette registry validate
  diff       what changed between two runs: gazette diff runs/before runs/after
  view       a static review site:         gazette view output/ --out review/
  export     for brat, Label Studio, spaCy, CoNLL, CSV: gazette export output/ --format conll --out out.conll
  worker     annotate articles from a queue: gazette worker --queue redis://HOST:6379
  queue      inspect a queue, retry failures: gazette queue status --queue redis://HOST:6379

Run "gazette <command> --help" for a command's options and examples.`;

const commands: Record<string, (argv: string[]) => Promise<number>> = {
  run: runCommand,
  eval: evalCommand,
  registry: registryCommand,
  diff: diffCommand,
  view: viewCommand,
  export: exportCommand,
  worker: workerCommand,
  queue: queueCommand,
};

async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') { console.log(HELP); return 0; }
  if (name === '--version') { console.log(VERSION); return 0; }
  const command = commands[name];
  if (!command) throw new UsageError(`unknown command "${name}"; expected one of: ${Object.keys(commands).join(', ')}`);
  return command(rest);
}

main(process.argv.slice(2)).then(
  (code) => { process.exitCode = code; },
  (error: unknown) => {
    if (error instanceof UsageError) console.error(`gazette: ${error.message}\nRun "gazette ${process.argv[2] ?? ''} --help" for usage.`);
    else if (error instanceof ConfigError) console.error(`gazette: ${error.message}`);
    else console.error(`gazette: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 1;
  },
);
