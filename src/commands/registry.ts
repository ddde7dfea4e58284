// `gazette registry suggest|validate|add`: curating the registry of canonical entities.
import path from 'node:path';
import { configFile, loadConfig, LOCAL_CONFIG } from '../config.js';
import { registryAdd } from '../registry/add.js';
import { buildRegistryIndexFile, describeBuild, registryFingerprint } from '../registry/index-file.js';
import { IMPORT_FORMATS, registryImport, type ImportFormat } from '../registry/import.js';
import { NilTallies } from '../registry/suggest.js';
import { OutputError, readOutputs } from '../review/outputs.js';
import { registryValidate } from '../registry/validate.js';
import { integerArg, parseCommandArgs, UsageError } from './args.js';

export const REGISTRY_HELP = `Usage: gazette registry <suggest|validate|add|import|build> [options]

  suggest OUTPUT...    list the entities a batch could not link (nil: ids) by frequency,
                       with example sentences, as candidates for the registry, from a run's
                       folder or JSONL file; documents that are not gazette output are named
                       and skipped (exit 2)
  validate             check the registry: schema, duplicate ids, dangling partOf,
                       redundant and ambiguous aliases; exits 1 naming each problem
  add --entry JSON     add one entry, checked with the whole registry first, to the file
                       where entries of its type already live (or --file NAME.jsonl)
  import FILE --format jsonl|csv|wikidata
                       turn an external list (plain or .gz) into one registry file,
                       INTO/NAME.jsonl; bad rows are named with their line and skipped (exit 2)
  build                compile the registry into its index file, REGISTRY/.index/registry.idx
                       (a run does it by itself when the registry changed)

Options:
  --registry DIR       registry folder (default: the config's "registry")
  --config FILE        pipeline config (default: pipeline.config.json in this folder
                       if there is one, else the package's own)
  --min-count N        suggest: only entities named at least N times (default 1)
  --limit N            suggest: at most N entities
  --file NAME.jsonl    add: the registry file to append to
  --format F           import: jsonl (registry schema), csv (columns id, type, name,
                       aliases, acronyms, demonyms, wikidata, description, partOf, prior;
                       lists split on "|"), wikidata (a latest-all.json dump)
  --type T             import: the type of rows without one; wikidata: only items of T
  --id-prefix P        import: ids are P/slug (default: the type's kind, e.g. org/slug)
  --into DIR           import: the registry folder to write into (default: --registry)
  -h, --help           this text

Examples:
  gazette registry suggest output/ --min-count 3 --limit 20
  gazette registry validate
  gazette registry import companies.csv --format csv --type ORG --into registry/
  gazette registry import latest-all.json.gz --format wikidata --type GPE --into registry/
  gazette registry build
  gazette registry add --entry '{"id":"person/jane-doe","type":"PERSON","name":"Jane Doe","aliases":["J. Doe"]}'`;

export async function registryCommand(argv: string[]): Promise<number> {
  const { values, positionals } = parseCommandArgs(argv, {
    registry: { type: 'string' },
    config: { type: 'string' },
    entry: { type: 'string' },
    file: { type: 'string' },
    'min-count': { type: 'string' },
    limit: { type: 'string' },
    format: { type: 'string' },
    type: { type: 'string' },
    'id-prefix': { type: 'string' },
    into: { type: 'string' },
  });
  const [action, ...rest] = positionals;
  if (values.help || !action) { console.log(REGISTRY_HELP); return values.help ? 0 : 1; }
  const registryDir = () => values.registry ?? loadConfig(configFile(values.config)).registry;
  // Entries added to an installed package's registry (the one a folder without a config reads) are lost with the next install.
  const ownRegistryDir = () => {
    const dir = registryDir();
    if (values.registry || !path.resolve(dir).split(path.sep).includes('node_modules')) return dir;
    throw new UsageError(`registry ${action} would change the registry of the installed package (${dir}), which the next install replaces: copy it (cp -r ${dir} ./registry) and name yours with --registry DIR or in a ${LOCAL_CONFIG}`);
  };
  // A folder after validate, add or build would otherwise pass unread while the config's registry is checked.
  const noOperands = () => {
    if (rest.length) throw new UsageError(`registry ${action} takes no ${rest.length === 1 ? `operand "${rest[0]}"` : 'operands'}: name the registry folder with --registry DIR`);
  };
  switch (action) {
    case 'suggest': {
      if (!rest.length) throw new UsageError('registry suggest takes the run\'s OUTPUT (a folder of <id>.json or a .jsonl file)');
      const options = { minCount: integerArg('min-count', values['min-count'], 1), limit: integerArg('limit', values.limit, 1) };
      const tallies = new NilTallies();
      const bad: string[] = [];
      for await (const item of readOutputs(rest)) {
        if (item instanceof OutputError) bad.push(item.message);
        else tallies.add(item.doc);
      }
      process.stdout.write(tallies.report(options));
      for (const failure of bad) console.error(`skipped: ${failure}`);
      return bad.length ? 2 : 0;
    }
    case 'validate': {
      noOperands();
      const dir = registryDir();
      const { ok, problems } = registryValidate(dir);
      for (const p of problems) console.log(p);
      console.log(ok ? `registry ${dir}: valid` : `registry ${dir}: ${problems.length} problem(s)`);
      return ok ? 0 : 1;
    }
    case 'add': {
      noOperands();
      if (!values.entry) throw new UsageError('registry add needs --entry JSON');
      let entry: unknown;
      try {
        entry = JSON.parse(values.entry);
      } catch (error) {
        throw new UsageError(`--entry is not valid JSON: ${(error as Error).message}`);
      }
      const file = registryAdd(ownRegistryDir(), entry, values.file);
      console.log(`added ${(entry as { id: string }).id} to ${file}`);
      return 0;
    }
    case 'import': {
      if (rest.length !== 1) throw new UsageError('registry import takes one FILE');
      const format = values.format as ImportFormat | undefined;
      if (!format || !IMPORT_FORMATS.includes(format)) throw new UsageError(`--format must be one of ${IMPORT_FORMATS.join(', ')}`);
      const report = await registryImport(rest[0], { format, into: values.into ?? ownRegistryDir(), type: values.type, idPrefix: values['id-prefix'] });
      for (const bad of report.bad) console.error(`bad row: ${bad}`);
      const left = [...report.outOfScope.entries()].map(([why, n]) => `${n} ${why}`);
      console.log([
        report.written ? `imported ${report.written} entries into ${report.file}` : `nothing imported; ${report.file} not written`,
        report.bad.length ? `${report.bad.length} bad rows skipped` : '',
        left.length ? `left out: ${left.join(', ')}` : '',
        report.ignoredColumns.length ? `columns ignored: ${report.ignoredColumns.join(', ')}` : '',
      ].filter(Boolean).join('; '));
      return !report.written ? 1 : report.bad.length ? 2 : 0;
    }
    case 'build': {
      noOperands();
      const dir = registryDir();
      const result = buildRegistryIndexFile(dir);
      console.log(`${describeBuild(result)}; fingerprint ${registryFingerprint(dir)}`);
      return result.notSaved ? 1 : 0;
    }
    default:
      throw new UsageError(`unknown registry action "${action}"; expected suggest, validate, add, import or build`);
  }
}
