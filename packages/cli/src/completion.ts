import { BUILTIN_SCENARIO_NAMES } from '@aifin/core';
import { DISTRIBUTIONS } from '@aifin/core/analysis';
import type { Command, Option } from 'commander';
import { EXPORT_FORMATS } from './output/formats.js';

/** The shells `aifin completion` writes a script for. */
export const SHELLS = ['bash', 'zsh', 'fish'] as const;
/** One of `SHELLS`. */
export type Shell = (typeof SHELLS)[number];

/** What may follow a flag or stand as an argument: nothing, a word from a list, a file, a directory, free text. */
type Value =
  | { readonly kind: 'none' | 'file' | 'dir' | 'free' }
  | { readonly kind: 'words'; readonly words: readonly string[]; readonly orFile?: boolean };

/** A flag as the scripts complete it. */
interface FlagSpec {
  readonly long: string;
  readonly short: string | undefined;
  readonly description: string;
  readonly value: Value;
  readonly repeatable: boolean;
}

/** A command as the scripts complete it: its flags and what its arguments are. */
export interface CommandSpec {
  readonly name: string;
  readonly description: string;
  readonly flags: readonly FlagSpec[];
  /** What an argument (a word not after a flag) completes to; `none` when the command takes none. */
  readonly args: Value;
}

/** Values the user picks from a known list, by flag: the same lists the commands check them against. */
const FLAG_WORDS: Readonly<Record<string, readonly string[]>> = {
  '--scenario': BUILTIN_SCENARIO_NAMES,
  '--format': EXPORT_FORMATS,
  '--distribution': DISTRIBUTIONS,
};

/** What an option's value is, from its list of words, or the placeholder in its flags (`<file>`, `<dir>`). */
function optionValue(option: Option): Value {
  if (!option.required && !option.optional) return { kind: 'none' };
  const words = option.argChoices ?? (option.long === undefined ? undefined : FLAG_WORDS[option.long]);
  // A scenario is a built-in name or a file (`<name|file>`): both are offered.
  if (words !== undefined) return { kind: 'words', words, orFile: /file>/.test(option.flags) };
  if (/<[^>]*file>/.test(option.flags)) return { kind: 'file' };
  if (/<dir>/.test(option.flags)) return { kind: 'dir' };
  return { kind: 'free' };
}

/**
 * The command table as the completion scripts see it, read from commander itself (every command, flag, choice and
 * argument), so the scripts cannot drift from the program. `repeatable` tells the flags that accumulate.
 * @example commandSpecs(buildProgram(io, () => {}), isRepeatable).map((c) => c.name) // ['facts', 'project', …]
 */
export function commandSpecs(
  program: Command,
  repeatable: (option: Option) => boolean,
): readonly CommandSpec[] {
  return program.commands.map((command) => {
    const flags = command.options
      .filter((option) => option.long !== undefined && !option.hidden)
      .map((option) => ({
        long: option.long as string,
        short: option.short,
        description: option.description,
        value: optionValue(option),
        repeatable: repeatable(option),
      }));
    const argument = command.registeredArguments[0];
    const args: Value =
      argument === undefined
        ? { kind: 'none' }
        : argument.argChoices
          ? { kind: 'words', words: argument.argChoices }
          : { kind: 'file' };
    return {
      name: command.name(),
      description: command.description(),
      flags: [
        ...flags,
        { long: '--help', short: '-h', description: 'show help', value: { kind: 'none' }, repeatable: false },
      ],
      args,
    };
  });
}

/** Text inside single quotes in bash and zsh: a quote closes, is escaped, and reopens. */
function posixQuote(text: string): string {
  return `'${text.replaceAll("'", "'\\''")}'`;
}

/** A bash `compgen` line for a value. */
function bashValue(value: Value): string {
  switch (value.kind) {
    case 'words': {
      const words = `COMPREPLY=($(compgen -W ${posixQuote(value.words.join(' '))} -- "$cur"))`;
      return value.orFile ? `${words}; compopt -o filenames; COMPREPLY+=($(compgen -f -- "$cur"))` : words;
    }
    case 'file':
      return 'compopt -o filenames; COMPREPLY=($(compgen -f -- "$cur"))';
    case 'dir':
      return 'compopt -o filenames; COMPREPLY=($(compgen -d -- "$cur"))';
    default:
      return 'COMPREPLY=()';
  }
}

function bashScript(specs: readonly CommandSpec[]): string {
  const commandCases = specs.map((spec) => {
    const valued = spec.flags.filter((flag) => flag.value.kind !== 'none');
    const flagValueCases = valued.map(
      (flag) =>
        `        ${[flag.long, flag.short].filter(Boolean).join('|')}) ${bashValue(flag.value)}; return ;;`,
    );
    const words = spec.flags.map((flag) => flag.long).join(' ');
    // Only a command's word lists (completion's shells) are offered alone; files come with -o filenames.
    const args =
      spec.args.kind === 'words'
        ? `COMPREPLY=($(compgen -W ${posixQuote(spec.args.words.join(' '))} -- "$cur"))`
        : spec.args.kind === 'file'
          ? 'compopt -o filenames; COMPREPLY=($(compgen -f -- "$cur"))'
          : 'COMPREPLY=()';
    return [
      `    ${spec.name})`,
      ...(flagValueCases.length > 0 ? ['      case "$prev" in', ...flagValueCases, '      esac'] : []),
      `      if [[ "$cur" == -* ]]; then COMPREPLY=($(compgen -W ${posixQuote(words)} -- "$cur")); else ${args}; fi`,
      '      ;;',
    ].join('\n');
  });
  return `# bash completion for aifin, written by \`aifin completion bash\` from the command table.
# Use: source <(aifin completion bash), or save it as ~/.local/share/bash-completion/completions/aifin
_aifin() {
  local cur="\${COMP_WORDS[COMP_CWORD]}" prev="\${COMP_WORDS[COMP_CWORD-1]}" command="" i
  for ((i = 1; i < COMP_CWORD; i++)); do
    if [[ "\${COMP_WORDS[i]}" != -* ]]; then command="\${COMP_WORDS[i]}"; break; fi
  done
  if [[ -z "$command" ]]; then
    COMPREPLY=($(compgen -W ${posixQuote([...specs.map((s) => s.name), '--help', '--version'].join(' '))} -- "$cur"))
    return
  fi
  case "$command" in
${commandCases.join('\n')}
  esac
}
complete -F _aifin aifin
`;
}

/** A zsh `_arguments` description: brackets and colons would end it early. */
function zshText(text: string): string {
  return text.replace(/([[\]:\\])/g, '\\$1');
}

function zshAction(value: Value): string {
  switch (value.kind) {
    case 'words':
      return value.orFile
        ? `:value:_alternative 'names:name:(${value.words.join(' ')})' 'files:file:_files'`
        : `:value:(${value.words.join(' ')})`;
    case 'file':
      return ':file:_files';
    case 'dir':
      return ':directory:_files -/';
    case 'free':
      return ':value: ';
    default:
      return '';
  }
}

function zshScript(specs: readonly CommandSpec[]): string {
  const commands = specs.map((spec) => `    ${posixQuote(`${spec.name}:${zshText(spec.description)}`)}`);
  const cases = specs.map((spec) => {
    const lines = spec.flags.map((flag) => {
      const spec1 = `${flag.repeatable ? '*' : ''}${flag.long}[${zshText(flag.description)}]${zshAction(flag.value)}`;
      return `        ${posixQuote(spec1)}`;
    });
    if (spec.args.kind !== 'none')
      lines.push(
        `        ${posixQuote(`*${spec.args.kind === 'words' ? `:shell:(${spec.args.words.join(' ')})` : ':file:_files'}`)}`,
      );
    return `    ${spec.name})\n      _arguments -s \\\n${lines.join(' \\\n')}\n      ;;`;
  });
  return `#compdef aifin
# zsh completion for aifin, written by \`aifin completion zsh\` from the command table.
# Use: aifin completion zsh > "\${fpath[1]}/_aifin", or source <(aifin completion zsh) after compinit
_aifin() {
  local -a commands
  commands=(
${commands.join('\n')}
  )
  if (( CURRENT == 2 )); then
    _describe -t commands 'aifin command' commands
    _arguments '--help[show help]' '--version[print the version]'
    return
  fi
  local command="\${words[2]}"
  shift words
  (( CURRENT-- ))
  case "$command" in
${cases.join('\n')}
  esac
}
if [[ "\${funcstack[1]}" == _aifin ]]; then _aifin "$@"; else compdef _aifin aifin; fi
`;
}

/** Text inside single quotes in fish: backslashes and quotes escaped. */
function fishQuote(text: string): string {
  return `'${text.replace(/[\\']/g, '\\$&')}'`;
}

function fishScript(specs: readonly CommandSpec[]): string {
  const names = specs.map((spec) => spec.name).join(' ');
  const lines = [
    '# fish completion for aifin, written by `aifin completion fish` from the command table.',
    '# Use: aifin completion fish > ~/.config/fish/completions/aifin.fish',
    'complete -c aifin -f',
    `complete -c aifin -n ${fishQuote(`not __fish_seen_subcommand_from ${names}`)} -l help -s h -d 'show help'`,
    `complete -c aifin -n ${fishQuote(`not __fish_seen_subcommand_from ${names}`)} -l version -s V -d 'print the version'`,
  ];
  for (const spec of specs) {
    lines.push(
      `complete -c aifin -n ${fishQuote(`not __fish_seen_subcommand_from ${names}`)} -a ${spec.name} -d ${fishQuote(spec.description)}`,
    );
    const when = `-n ${fishQuote(`__fish_seen_subcommand_from ${spec.name}`)}`;
    for (const flag of spec.flags) {
      const short = flag.short === undefined ? '' : ` -s ${flag.short.slice(1)}`;
      const value =
        flag.value.kind === 'words'
          ? ` -r -a ${fishQuote(flag.value.words.join(' '))}${flag.value.orFile ? ' -F' : ' -f'}`
          : flag.value.kind === 'file'
            ? ' -r -F'
            : flag.value.kind === 'dir'
              ? ` -x -a ${fishQuote('(__fish_complete_directories)')}`
              : flag.value.kind === 'free'
                ? ' -x'
                : '';
      lines.push(
        `complete -c aifin ${when} -l ${flag.long.slice(2)}${short}${value} -d ${fishQuote(flag.description)}`,
      );
    }
    if (spec.args.kind === 'words')
      lines.push(`complete -c aifin ${when} -a ${fishQuote(spec.args.words.join(' '))}`);
    else if (spec.args.kind === 'file') lines.push(`complete -c aifin ${when} -F`);
  }
  return `${lines.join('\n')}\n`;
}

/**
 * The completion script for `shell`, generated from the program's command table: every command, every flag (with
 * its description), the choices of a flag that has them, files where a flag or an argument takes a file.
 * @example completionScript('bash', commandSpecs(program, isRepeatable)) // "# bash completion for aifin…"
 */
export function completionScript(shell: Shell, specs: readonly CommandSpec[]): string {
  switch (shell) {
    case 'bash':
      return bashScript(specs);
    case 'zsh':
      return zshScript(specs);
    case 'fish':
      return fishScript(specs);
  }
}
