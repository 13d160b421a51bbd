import { userErrors } from '@aifin/core/errors';
import { Argument, Command, Option } from 'commander';
import type { Shell } from './completion.js';
import { examplesHelp } from './help-examples.js';
import type { Io } from './io.js';
import { VERSION } from './version.js';

// Repeated flags accumulate. No default is passed to commander (it would print "(default: [])"); the help text
// names the real default and the action treats a missing list as empty.
const collect = (value: string, previous: readonly string[] | undefined): readonly string[] => [
  ...(previous ?? []),
  value,
];

/**
 * True for a flag that may be given several times (its values accumulate), as the completion scripts need to know.
 * @example isRepeatable(exportCommand.options.find((o) => o.long === '--format')) // true
 */
export function isRepeatable(option: Option): boolean {
  return option.parseArg === collect;
}

/**
 * A flag that takes one value: given twice (`--horizon 20 --horizon 3`) it is refused, rather than the last one
 * silently winning. Such flags get no commander default, so the first value's "previous" is always undefined.
 */
const once =
  (flag: string) =>
  (value: string, previous: string | undefined): string => {
    if (previous !== undefined) throw userErrors.flagRepeated(flag, [previous, value]);
    return value;
  };

/**
 * An output flag (`--json`, `--csv`) that excludes the command's other output flags: given together, commander
 * refuses them with one line ("option '--json' cannot be used with option '--csv'") instead of one silently winning.
 */
function outputOption(flag: '--json' | '--csv', description: string, others: readonly string[]): Option {
  return new Option(flag, description).conflicts([...others]);
}

const WIDE_HELP =
  'draw tables at full width (default: in blocks that fit the terminal; 80 columns in a pipe)';

/** `--wide`: only for tables, so refused beside an output flag that prints none. */
function wideOption(outputs: readonly ('json' | 'csv')[]): Option {
  return new Option('--wide', WIDE_HELP).conflicts([...outputs]);
}

/** Where `export` writes when `--out` is not given. */
const DEFAULT_OUT = 'out';

const JSON_NOTE = `
JSON output: { scenario, years, lines: { <line id>: (number | null)[] }, summary, checks, facts }.
Each line's array is aligned with "years"; null means the line is not modelled in that year
(no source covers it: costs and cash before 2025, growth and capex before 2026).`;

const SCENARIO_NOTE = `
A --scenario value is a file when it ends in .json, .yaml or .yml or contains a path separator;
otherwise it is a built-in scenario: bear, base or bull.`;

const FACTS_NOTE = `
--facts FILE (YAML or JSON, repeatable) adds observations to the built-in facts (the article of 2026-02-20):
a new vintage of a fact (id, value, asOf, source) or a new fact (with metric). --as-of DATE uses, for each fact,
the latest observation on or before DATE (default: every observation).`;
const FACTS_FLAG = '--facts <file>';
const FACTS_HELP = 'facts file (.yaml, .yml, .json) with newer observations; repeat for several';
const AS_OF_FLAG = '--as-of <date>';
const AS_OF_HELP = 'use the facts as known on this date, YYYY-MM-DD (default: all)';

/** `--facts` and `--as-of` as commander parses them. */
interface FactsFlagValues {
  readonly facts?: readonly string[];
  readonly asOf?: string;
}
/** The facts flags as the commands take them. */
const factsFlags = (flags: FactsFlagValues) => ({ facts: flags.facts ?? [], asOf: flags.asOf });

interface ProjectFlags {
  readonly scenario?: string;
  readonly horizon?: string;
  readonly json?: true;
  readonly wide?: true;
}

interface ExportFlags {
  readonly scenario?: readonly string[];
  readonly scenariosDir?: string;
  readonly format?: readonly string[];
  readonly out?: string;
  readonly force?: true;
  readonly horizon?: string;
  readonly simulate?: string;
  readonly seed?: string;
  readonly json?: true;
  readonly wide?: true;
}

interface SensitivityFlags {
  readonly scenario?: string;
  readonly horizon?: string;
  readonly x?: string;
  readonly y?: string;
  readonly metric?: string;
  readonly tornado?: true;
  readonly json?: true;
  readonly csv?: true;
  readonly wide?: true;
}

interface SimulateFlags {
  readonly scenario?: string;
  readonly horizon?: string;
  readonly paths?: string;
  readonly seed?: string;
  readonly workers?: string;
  readonly distribution?: string;
  readonly sampling?: string;
  readonly mix?: string;
  readonly pathsOut?: string;
  readonly force?: true;
  readonly holdFacts?: true;
  readonly json?: true;
  readonly csv?: true;
  readonly wide?: true;
}

/**
 * The command table. Each action loads its command module on demand, so `aifin --version` and `--help` never
 * load the model, the YAML parser or ExcelJS. Commander's own errors are thrown (not printed and exited), for the
 * one top-level catch in index.ts to report as a single line with exit code 2.
 * @example await buildProgram(io, (code) => { exitCode = code; }).parseAsync(['facts'], { from: 'user' })
 */
export const buildProgram = (io: Io, setExitCode: (code: number) => void): Command => {
  const program = new Command('aifin')
    .description(
      'Sourced, formula-driven models of OpenAI: list facts, project scenarios, export xlsx/csv/json.',
    )
    .version(VERSION, '-V, --version', 'print the version')
    .helpOption('-h, --help', 'show help')
    .exitOverride()
    .configureOutput({ writeOut: io.out, writeErr: io.err, outputError: () => {} })
    .showSuggestionAfterError(true);

  program
    .command('facts')
    .description('list every vintage of every sourced fact with its qualifier, period and source chain')
    .addOption(outputOption('--json', 'print the facts as JSON', ['wide']))
    .addOption(wideOption(['json']))
    .option(FACTS_FLAG, FACTS_HELP, collect)
    .option(AS_OF_FLAG, AS_OF_HELP, once('as-of'))
    .addHelpText('after', FACTS_NOTE)
    .action(async (_flags: unknown, command: Command) => {
      const flags = command.opts<{ json?: true; wide?: true } & FactsFlagValues>();
      const { runFacts } = await import('./commands/facts.js');
      setExitCode(
        await runFacts({ json: flags.json === true, wide: flags.wide === true, ...factsFlags(flags) }, io),
      );
    });

  program
    .command('project')
    .description('project one scenario: main lines by year, summary and checks')
    .option('--scenario <name|file>', 'built-in scenario or scenario file (default: base)', once('scenario'))
    .option(
      '--horizon <years>',
      'projected years after 2025, 1-15 (default: the scenario’s own)',
      once('horizon'),
    )
    .addOption(outputOption('--json', 'print the JSON document instead of tables', ['wide']))
    .addOption(wideOption(['json']))
    .option(FACTS_FLAG, FACTS_HELP, collect)
    .option(AS_OF_FLAG, AS_OF_HELP, once('as-of'))
    .addHelpText('after', SCENARIO_NOTE + JSON_NOTE + FACTS_NOTE)
    .action(async (_flags: unknown, command: Command) => {
      const flags = command.opts<ProjectFlags & FactsFlagValues>();
      const { runProject } = await import('./commands/project.js');
      setExitCode(
        await runProject(
          {
            scenario: flags.scenario,
            horizon: flags.horizon,
            json: flags.json === true,
            wide: flags.wide === true,
            ...factsFlags(flags),
          },
          io,
        ),
      );
    });

  program
    .command('export')
    .description('export scenarios to files named aifin-<scenario>.<ext>, then print a summary')
    .option(
      '--scenario <name|file>',
      'built-in scenario or scenario file; repeat for several (default: base)',
      collect,
    )
    .option(
      '--scenarios-dir <dir>',
      'also export every *.json, *.yaml, *.yml file in this directory',
      once('scenarios-dir'),
    )
    .option('--format <list>', 'xlsx, csv, json, comma-separated or repeated (default: xlsx)', collect)
    .option('--out <dir>', `output directory, created when missing (default: ${DEFAULT_OUT})`, once('out'))
    .option('--force', 'overwrite existing files')
    .option('--horizon <years>', 'projected years after 2025, 1-15, for every scenario', once('horizon'))
    .option(FACTS_FLAG, FACTS_HELP, collect)
    .option(AS_OF_FLAG, AS_OF_HELP, once('as-of'))
    .addHelpText('after', FACTS_NOTE)
    .option(
      '--simulate <paths>',
      'add a Risk sheet: this many simulated paths (100-10000000) per workbook',
      once('simulate'),
    )
    .option('--seed <k>', 'the seed of --simulate (default: 1)', once('seed'))
    .addOption(
      outputOption(
        '--json',
        'print what was written (each file, its size, a workbook’s sheets) and the summaries as JSON',
        ['wide'],
      ),
    )
    .addOption(wideOption(['json']))
    .addHelpText(
      'after',
      `${SCENARIO_NOTE}
Nothing is written unless every scenario, format and output file checks out.
csv: one long table per scenario, columns scenario,line,unit,year,value (empty value = not modelled).
${JSON_NOTE}`,
    )
    .action(async (_flags: unknown, command: Command) => {
      const flags = command.opts<ExportFlags & FactsFlagValues>();
      const { runExport } = await import('./commands/export.js');
      setExitCode(
        await runExport(
          {
            scenarios: flags.scenario ?? [],
            scenariosDir: flags.scenariosDir,
            formats: flags.format ?? [],
            out: flags.out ?? DEFAULT_OUT,
            force: flags.force === true,
            horizon: flags.horizon,
            ...factsFlags(flags),
            simulate: flags.simulate,
            seed: flags.seed,
            json: flags.json === true,
            wide: flags.wide === true,
          },
          io,
        ),
      );
    });

  program
    .command('sensitivity')
    .description('a two-way grid of a metric over two inputs, or a tornado ranking every input by its swing')
    .option('--scenario <name|file>', 'built-in scenario or scenario file (default: base)', once('scenario'))
    .option(
      '--horizon <years>',
      'projected years after 2025, 1-15 (default: the scenario’s own)',
      once('horizon'),
    )
    .option(
      '--x <INPUT=FROM:TO:STEPS>',
      'the input across the columns, e.g. growthFade=0.1:0.5:21 (2-101 steps)',
      once('x'),
    )
    .option('--y <INPUT=FROM:TO:STEPS>', 'the input down the rows', once('y'))
    .option(
      '--metric <metric>',
      'a summary field (runwayEndYear) or <line>@<year> (cash.end@2030); default: fundingGapTotal (a tornado: one per default metric, fundingGapTotal and equityValueAtHorizonEnd)',
      once('metric'),
    )
    .option('--tornado', 'rank every input by how far its low-high range moves the metric')
    .addOption(
      outputOption(
        '--json',
        'print { scenario, metric, x, y, grid } with grid[yIndex][xIndex] (null: not reached)',
        ['csv', 'wide'],
      ),
    )
    .addOption(outputOption('--csv', 'print the grid (or the tornado) as CSV', ['json', 'wide']))
    .addOption(wideOption(['json', 'csv']))
    .option(FACTS_FLAG, FACTS_HELP, collect)
    .option(AS_OF_FLAG, AS_OF_HELP, once('as-of'))
    .action(async (_flags: unknown, command: Command) => {
      const flags = command.opts<SensitivityFlags & FactsFlagValues>();
      const { runSensitivity } = await import('./commands/sensitivity.js');
      setExitCode(
        await runSensitivity(
          {
            scenario: flags.scenario,
            horizon: flags.horizon,
            x: flags.x,
            y: flags.y,
            metric: flags.metric,
            tornado: flags.tornado === true,
            json: flags.json === true,
            csv: flags.csv === true,
            wide: flags.wide === true,
            ...factsFlags(flags),
          },
          io,
        ),
      );
    });

  program
    .command('simulate')
    .description(
      'Monte Carlo: percentile bands by year and the chance the runway ends / breakeven comes by each year',
    )
    .option('--scenario <name|file>', 'built-in scenario or scenario file (default: base)', once('scenario'))
    .option(
      '--horizon <years>',
      'projected years after 2025, 1-15 (default: the scenario’s own)',
      once('horizon'),
    )
    .option('--paths <n>', 'paths to draw, 100 to 10000000 (default: 10000)', once('paths'))
    .option(
      '--seed <k>',
      'a whole number from 0 to 4294967295 (default: 1); the same seed gives the same result',
      once('seed'),
    )
    .option(
      '--workers <n>',
      'worker threads (default: the machine’s cores, fewer for small runs)',
      once('workers'),
    )
    .option(
      '--distribution <name>',
      'pert or triangular, from low / value / high (default: pert)',
      once('distribution'),
    )
    .option(
      '--sampling <name>',
      'lhs (Latin hypercube, stratified across all paths) or mc (plain Monte Carlo) (default: lhs)',
      once('sampling'),
    )
    .option(
      '--mix <scenarios>',
      'a mixture instead of --scenario: SCENARIO:WEIGHT,…, e.g. bear:1,base:2,bull:1 (each path draws its scenario by weight)',
      once('mix'),
    )
    .option(
      '--paths-out <file.csv>',
      'also write one row per path: its scenario, draws and summary',
      once('paths-out'),
    )
    .option('--force', 'replace an existing --paths-out file')
    .option('--hold-facts', 'hold every fact at its reported value (default: within its qualifier’s spread)')
    .addOption(
      outputOption(
        '--json',
        'print { scenario, mixture, paths, seed, sampling, distribution, years, percentiles, probabilities }',
        ['csv', 'wide'],
      ),
    )
    .addOption(outputOption('--csv', 'print line,statistic,year,value rows', ['json', 'wide']))
    .addOption(wideOption(['json', 'csv']))
    .option(FACTS_FLAG, FACTS_HELP, collect)
    .option(AS_OF_FLAG, AS_OF_HELP, once('as-of'))
    .action(async (_flags: unknown, command: Command) => {
      const flags = command.opts<SimulateFlags & FactsFlagValues>();
      const { runSimulate } = await import('./commands/simulate.js');
      setExitCode(
        await runSimulate(
          {
            scenario: flags.scenario,
            horizon: flags.horizon,
            paths: flags.paths,
            seed: flags.seed,
            workers: flags.workers,
            distribution: flags.distribution,
            sampling: flags.sampling,
            mix: flags.mix,
            pathsOut: flags.pathsOut,
            force: flags.force === true,
            holdFacts: flags.holdFacts === true,
            json: flags.json === true,
            csv: flags.csv === true,
            wide: flags.wide === true,
            ...factsFlags(flags),
          },
          io,
        ),
      );
    });

  program
    .command('validate')
    .description('check scenario files and facts files: one line per file; exit code 2 if any is bad')
    .argument('[files...]', 'scenario files (.json, .yaml, .yml)')
    .option(FACTS_FLAG, 'facts file to check (.yaml, .yml, .json); repeat for several, in order', collect)
    .option(
      '--json',
      'print { ok, files: [{ file, kind, ok, … or error: { code, message } }] } instead of lines',
    )
    .action(async (files: readonly string[], flags: { facts?: readonly string[]; json?: true }) => {
      const { runValidate } = await import('./commands/validate.js');
      setExitCode(await runValidate({ files, facts: flags.facts ?? [], json: flags.json === true }, io));
    });

  program
    .command('completion')
    .description('print a shell completion script for bash, zsh or fish, generated from this command table')
    // The shells are spelled here rather than imported: completion.js loads core, which --help should not wait for.
    .addArgument(
      new Argument('<shell>', 'bash, zsh or fish').choices(['bash', 'zsh', 'fish'] satisfies Shell[]),
    )
    .action(async (shell: Shell) => {
      const { commandSpecs, completionScript } = await import('./completion.js');
      io.out(completionScript(shell, commandSpecs(program, isRepeatable)));
    });

  // Every command's help ends with examples of its use (tested by running each one).
  for (const command of program.commands) command.addHelpText('after', examplesHelp(command.name()));
  return program;
};

/**
 * Parses the arguments and runs the command; resolves to its exit code. Errors propagate to the caller's catch.
 * @example await runCli(['project', '--json'], io) // 0
 */
export const runCli = async (argv: readonly string[], io: Io): Promise<number> => {
  let exitCode = 0;
  await buildProgram(io, (code) => {
    exitCode = code;
  }).parseAsync([...argv], { from: 'user' });
  return exitCode;
};
