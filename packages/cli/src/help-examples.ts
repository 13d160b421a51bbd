/** One example of a command's use, as its `--help` shows it. */
export interface Example {
  /** A command line as typed in a POSIX shell (bash, zsh), `aifin` first or after a pipe. */
  readonly line: string;
  /** What it does, in a few words. */
  readonly does: string;
  /** The shell the line is for, when it is not one any POSIX shell runs (the tests run the others in bash). */
  readonly shell?: 'zsh' | 'fish';
}

/**
 * The examples every command's `--help` ends with. The tests run each one (in bash, beside small fixture files:
 * fast.yaml, newer.yaml, a scenarios/ directory), so an example that stops working fails the build.
 */
export const EXAMPLES: Readonly<Record<string, readonly Example[]>> = {
  facts: [
    { line: 'aifin facts', does: 'every vintage of every fact, * marking the one in use' },
    {
      line: 'aifin facts --facts newer.yaml --as-of 2026-06-30',
      does: 'the facts as known on 30 June 2026, with newer observations from a file',
    },
    { line: 'aifin facts --json', does: 'the same as JSON, for scripts' },
  ],
  project: [
    { line: 'aifin project', does: 'the base scenario: main lines by year, summary, checks' },
    {
      line: 'aifin project --scenario bull --horizon 10',
      does: 'the bull scenario over ten projected years',
    },
    { line: 'aifin project --scenario fast.yaml --json', does: 'a scenario file, as the JSON document' },
    { line: 'cat fast.yaml | aifin project --scenario -', does: 'a scenario read from standard input' },
    { line: 'aifin project --horizon 15 --wide | less -S', does: 'the full-width table, scrolled sideways' },
  ],
  export: [
    { line: 'aifin export', does: 'out/aifin-base.xlsx, with live formulas' },
    {
      line: 'aifin export --scenario bear --scenario bull --format xlsx,csv --out reports',
      does: 'two scenarios, workbook and CSV each, into reports/',
    },
    {
      line: 'aifin export --scenarios-dir scenarios --format json --force',
      does: 'every scenario file of a directory, replacing earlier files',
    },
    { line: 'aifin export --simulate 20000 --seed 7 --force', does: 'the workbook with a Risk sheet' },
    { line: 'aifin export --format csv --out csv --json', does: 'what was written, as JSON' },
  ],
  sensitivity: [
    {
      line: 'aifin sensitivity --x growthFade=0.1:0.5:5 --y terminalSalesRatio=0.05:0.2:4 --metric runwayEndYear',
      does: 'the year the runway ends, over two inputs',
    },
    {
      line: 'aifin sensitivity --tornado --metric cash.end@2030',
      does: 'inputs ranked by how far they move 2030 cash',
    },
    {
      line: 'aifin sensitivity --tornado --metric runwayEndYear --csv > tornado.csv',
      does: 'the tornado as CSV',
    },
  ],
  simulate: [
    { line: 'aifin simulate', does: '10,000 paths of the base scenario: percentile bands and probabilities' },
    {
      line: 'aifin simulate --scenario bull --paths 50000 --seed 7',
      does: 'more paths of the bull scenario, reproducibly',
    },
    { line: 'aifin simulate --hold-facts --csv > bands.csv', does: 'inputs varied, facts held, as CSV' },
  ],
  validate: [
    { line: 'aifin validate fast.yaml scenarios/*.yaml', does: 'check scenario files: one line each' },
    {
      line: 'aifin validate fast.yaml --facts newer.yaml --json',
      does: 'a scenario and a facts file, the verdicts as JSON',
    },
    { line: 'cat newer.yaml | aifin validate --facts -', does: 'a facts file read from standard input' },
  ],
  completion: [
    {
      line: 'source <(aifin completion bash)',
      does: 'completion in this bash session (add it to ~/.bashrc)',
    },
    {
      line: 'aifin completion zsh > ~/.zfunc/_aifin',
      does: 'install for zsh (with fpath=(~/.zfunc $fpath) before compinit in ~/.zshrc)',
      shell: 'zsh',
    },
    {
      line: 'aifin completion fish > ~/.config/fish/completions/aifin.fish',
      does: 'install for fish',
      shell: 'fish',
    },
  ],
};

/**
 * The examples section of a command's help: each line, then what it does, indented under it.
 * @example examplesHelp('facts') // "\nExamples:\n  $ aifin facts\n      every vintage …"
 */
export function examplesHelp(command: string): string {
  const examples = EXAMPLES[command] ?? [];
  if (examples.length === 0) return '';
  return `\nExamples:\n${examples.map(({ line, does }) => `  $ ${line}\n      ${does}`).join('\n')}`;
}
