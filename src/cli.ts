#!/usr/bin/env node
// The `gazette` command: dispatches to run, eval and registry, and turns errors into messages
// and exit codes (1: could not start or a usage error).
import { ConfigError, VERSION } from './config.js';
import { UsageError } from './commands/args.js';

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

// Each command's module is loaded when it runs: together they load the queue's and the review
// site's libraries, which took longer than a run's start-up needs.
const commands: Record<string, (argv: string[]) => Promise<number>> = {
  run: async (argv) => (await import('./commands/run.js')).runCommand(argv),
  eval: async (argv) => (await import('./commands/eval.js')).evalCommand(argv),
  registry: async (argv) => (await import('./commands/registry.js')).registryCommand(argv),
  diff: async (argv) => (await import('./commands/diff.js')).diffCommand(argv),
  view: async (argv) => (await import('./commands/view.js')).viewCommand(argv),
  export: async (argv) => (await import('./commands/export.js')).exportCommand(argv),
  worker: async (argv) => (await import('./commands/worker.js')).workerCommand(argv),
  queue: async (argv) => (await import('./commands/queue.js')).queueCommand(argv),
};

async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') { console.log(HELP); return 0; }
  if (name === '--version') { console.log(VERSION); return 0; }
  // Own keys only: "gazette constructor" found Object's and crashed.
  const command = Object.hasOwn(commands, name) ? commands[name] : undefined;
  if (!command) throw new UsageError(`unknown command "${name}"; expected one of: ${Object.keys(commands).join(', ')}`);
  return command(rest);
}

main(process.argv.slice(2)).then(
  (code) => { process.exitCode = code; },
  (error: unknown) => {
    // The command's own help where there is a command, else the list of commands.
    if (error instanceof UsageError) console.error(`gazette: ${error.message}\nRun "gazette ${Object.hasOwn(commands, process.argv[2] ?? '') ? `${process.argv[2]} ` : ''}--help" for usage.`);
    else if (error instanceof ConfigError) console.error(`gazette: ${error.message}`);
    else console.error(`gazette: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 1;
  },
);
