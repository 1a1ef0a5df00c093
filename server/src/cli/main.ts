import path from 'node:path';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { ConfigError, inspectRelease, lint, PRESETS, presetLayer, RULES, RULES_BY_ID, ruleDocsUrl, type ConfigLayer, type ResolvedConfig } from '../engine/index';
import { ConfigResolver } from '../node/config-files';
import { checkText, decodeText, InputError, readSourceFile, type SourceFile, writeFileAtomically } from '../node/text-files';
import { discoverFiles } from './files';
import { format, FORMATS, reportWriter, type Format } from './formatters/index';
import { inspectText } from './inspect-text';
import { lintJob, type FixMode, type LintOutcome } from './lint-file';
import { EMPTY, lintInParallel, threadCount, type PoolJob } from './pool';
import { type LintFileResult, unreadableResult } from './results';
import { SUPPRESSIONS_FILE, Suppressions, type Unused } from './suppressions';

export interface CliIo {
  stdout: { write(text: string): unknown; isTTY?: boolean };
  stderr: { write(text: string): unknown };
  readStdin(): Promise<Uint8Array>;
  cwd: string;
  env: NodeJS.ProcessEnv;
  version: string;
}

/** Exit codes, as CI expects them. */
export const EXIT = { clean: 0, problems: 1, failure: 2 } as const;

class UsageError extends Error {}

const HELP = `pressroom — lint press releases written in Markdown

Usage:
  pressroom [lint] [files, folders or globs…] [options]   lint (the default command)
  pressroom inspect [files…] [--format text|json]          print the recognised parts
  pressroom rules [--format text|json]                      list the rules under the active config

Options:
  -f, --format <name>      stylish (default), json, sarif or github; inspect and rules: text or json
      --fix                apply the fixes to the files
      --fix-dry-run        compute the fixes without writing them (json reports carry "output")
  -c, --config <file>      use this configuration file instead of looking for one
      --preset <name>      recommended, ap or international (wins over configuration files)
      --rule <id:severity> set a rule's severity (off, warn, error); repeatable
      --max-warnings <n>   exit 1 when there are more than n warnings
      --quiet              report errors only
      --suppress-all       record every problem found in ${SUPPRESSIONS_FILE}: later runs report only new ones
      --prune-suppressions lower the recorded counts to the problems still there
      --suppressions-location <f>  the suppressions file (default: ${SUPPRESSIONS_FILE} in the current folder)
      --pass-on-unpruned-suppressions  do not fail when recorded problems are gone
  -o, --output-file <f>    write the report to a file instead of standard output
      --stdin              lint standard input
      --stdin-filename <f> the path standard input stands for (config lookup and reports)
      --color, --no-color  force or disable colours
  -h, --help               show this help
  -v, --version            print the version

Exit codes: 0 no errors (and warnings within --max-warnings), 1 lint errors, 2 usage, configuration or I/O error
(a file that is not text is reported as a fatal problem and the others are linted), or recorded
suppressions that no longer occur (run --prune-suppressions).
Configuration: .pressroomrc.json, .pressroomrc.jsonc or "pressroom" in package.json, nearest to each file.
`;

const OPTIONS = {
  format: { type: 'string', short: 'f' },
  fix: { type: 'boolean' },
  'fix-dry-run': { type: 'boolean' },
  config: { type: 'string', short: 'c' },
  preset: { type: 'string' },
  rule: { type: 'string', multiple: true },
  'max-warnings': { type: 'string' },
  quiet: { type: 'boolean' },
  'suppress-all': { type: 'boolean' },
  'prune-suppressions': { type: 'boolean' },
  'suppressions-location': { type: 'string' },
  'pass-on-unpruned-suppressions': { type: 'boolean' },
  'output-file': { type: 'string', short: 'o' },
  stdin: { type: 'boolean' },
  'stdin-filename': { type: 'string' },
  color: { type: 'boolean' },
  'no-color': { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean', short: 'v' },
} satisfies ParseArgsConfig['options'];

type Values = ReturnType<typeof parseArgs<{ options: typeof OPTIONS; allowPositionals: true }>>['values'];

function parseCommandLine(argv: readonly string[]): { command: string; positionals: string[]; values: Values } {
  let parsed: ReturnType<typeof parseArgs<{ args: string[]; options: typeof OPTIONS; allowPositionals: true; strict: true }>>;
  try {
    parsed = parseArgs({ args: [...argv], options: OPTIONS, allowPositionals: true, strict: true });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  const positionals = [...parsed.positionals];
  const command = ['lint', 'inspect', 'rules'].includes(positionals[0] ?? '') ? positionals.shift()! : 'lint';
  return { command, positionals, values: parsed.values };
}

/** The command-line layers: --preset, then each --rule, over whatever the files say. */
function commandLineLayers(values: Values): ConfigLayer[] {
  const layers: ConfigLayer[] = [];
  if (values.preset !== undefined) {
    try {
      layers.push(presetLayer(values.preset, '--preset'));
    } catch (error) {
      throw new UsageError((error as Error).message);
    }
  }
  const rules: Record<string, string> = {};
  for (const entry of values.rule ?? []) {
    const match = /^([a-z-]+):(off|warn|error|0|1|2)$/.exec(entry.trim());
    if (!match) throw new UsageError(`--rule ${JSON.stringify(entry)}: write id:severity, e.g. --rule headline-style:off`);
    if (!RULES_BY_ID.has(match[1])) throw new UsageError(`--rule: unknown rule "${match[1]}" (run "pressroom rules" for the list)`);
    rules[match[1]] = match[2];
  }
  if (Object.keys(rules).length) layers.push({ source: '--rule', config: { rules: rules as never } });
  return layers;
}

/** Builds the configuration for one file: its own (or --config's) layers, then the command line's. */
class Configurations {
  private readonly resolver: ConfigResolver;

  constructor(
    configFile: string | undefined,
    private readonly cli: ConfigLayer[],
    cwd: string,
  ) {
    this.resolver = new ConfigResolver(configFile === undefined ? null : path.resolve(cwd, configFile));
  }

  for(file: string): ResolvedConfig {
    return this.resolver.resolve([...this.resolver.projectLayers(file), ...this.cli]);
  }
}

function displayPath(file: string, cwd: string): string {
  const relative = path.relative(cwd, file);
  return relative && !relative.startsWith('..') && !path.isAbsolute(relative) ? relative : file;
}

/** The inputs: the files read as text, and those that cannot be (binary, invalid UTF-8, too big, unreadable). */
interface Inputs {
  files: SourceFile[];
  unreadable: LintFileResult[];
}

async function readInputs(values: Values, positionals: string[], io: CliIo): Promise<Inputs> {
  if (values.stdin) {
    if (positionals.length > 0) throw new UsageError('--stdin takes no file arguments');
    if (values['stdin-filename'] === '') throw new UsageError('--stdin-filename needs a file name');
    const name = values['stdin-filename'] ? path.resolve(io.cwd, values['stdin-filename']) : path.join(io.cwd, '<text>');
    return { files: [{ path: name, bytes: checkText(await io.readStdin(), values['stdin-filename'] ?? '<stdin>'), mode: 0o644 }], unreadable: [] };
  }
  if (values['stdin-filename'] !== undefined) throw new UsageError('--stdin-filename goes with --stdin');
  const discovered = await discoverFiles(positionals.length ? positionals : ['.'], io.cwd);
  // One file that cannot be read as text never hides the others: it is reported as a fatal
  // problem of its own, as ESLint reports a file it cannot parse, and the run goes on.
  const inputs: Inputs = { files: [], unreadable: [] };
  for (const file of discovered) {
    const shown = displayPath(file, io.cwd);
    try {
      inputs.files.push(readSourceFile(file, shown));
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      inputs.unreadable.push(unreadableResult(shown, error.problem));
    }
  }
  return inputs;
}

function checkFormat(value: string | undefined, allowed: readonly string[], fallback: string): string {
  const chosen = value ?? fallback;
  if (!allowed.includes(chosen)) throw new UsageError(`--format must be one of ${allowed.join(', ')}, not "${chosen}"`);
  return chosen;
}

function emit(text: string, values: Values, io: CliIo): void {
  const outputFile = values['output-file'];
  if (outputFile) writeFileAtomically(path.resolve(io.cwd, outputFile), text);
  else io.stdout.write(text);
}

async function runLint(values: Values, positionals: string[], io: CliIo): Promise<number> {
  const formatName = checkFormat(values.format, FORMATS, 'stylish') as Format;
  let maxWarnings = -1;
  if (values['max-warnings'] !== undefined) {
    if (!/^\d+$/.test(values['max-warnings'])) throw new UsageError('--max-warnings takes a whole number');
    maxWarnings = Number(values['max-warnings']);
  }
  if (values.fix && values.stdin) throw new UsageError('--fix writes files; with --stdin use --fix-dry-run');
  if (values['suppress-all'] && values['prune-suppressions']) throw new UsageError('--suppress-all and --prune-suppressions do not go together');
  const cli = commandLineLayers(values);
  const configs = new Configurations(values.config, cli, io.cwd);
  const { jobs, files, configList, unreadable } = await prepareJobs(values, positionals, io, configs);
  const mode: FixMode = values.fix ? 'fix' : values['fix-dry-run'] ? 'dry-run' : 'none';

  const color = values['no-color'] ? false : values.color ? true : Boolean(io.stdout.isTTY) && !io.env.NO_COLOR && !values['output-file'];
  const firstConfig = configs.for(files[0]?.path ?? path.join(io.cwd, 'x.md'));
  // Every input is read and configured by now, so no bad input can stop the run below (an
  // exception in the engine still would, after part of the report): the report can go to standard
  // output file by file as results come in. With --fix the files
  // are written first, and --output-file is written whole, so those wait for the end.
  const writer = mode === 'fix' || values['output-file'] ? null : reportWriter(formatName, { color });
  const results: LintFileResult[] = [];
  const writes: { file: Pick<SourceFile, 'path' | 'mode'>; text: string }[] = [];
  let errors = 0;
  let warnings = 0;
  const suppressions = Suppressions.load(path.resolve(io.cwd, values['suppressions-location'] ?? SUPPRESSIONS_FILE));
  const unused: Unused[] = [];
  const take = (outcome: LintOutcome): void => {
    if (values['suppress-all']) suppressions.record(outcome.result);
    else if (values['prune-suppressions']) suppressions.prune(outcome.result);
    const applied = suppressions.apply(outcome.result);
    unused.push(...applied.unused);
    report(applied.result);
    if (outcome.fixed !== undefined) writes.push({ file: files[outcome.index], text: outcome.fixed });
  };
  const report = (result: LintFileResult): void => {
    if (values.quiet) {
      result.messages = result.messages.filter((m) => m.severity === 2);
      result.warningCount = 0;
      result.fixableWarningCount = 0;
    }
    errors += result.errorCount;
    warnings += result.warningCount;
    if (!writer) results.push(result);
    else {
      const text = writer.add(result);
      if (text) io.stdout.write(text);
    }
  };

  // Files that could not be read come first: their fatal problems are known before any linting.
  for (const result of unreadable) report(result);
  const threads = threadCount(
    jobs.length,
    jobs.reduce((n, job) => n + job.bytes.length, 0),
    io.env,
  );
  if (threads > 1) await lintInParallel(jobs, configList, mode, threads, take);
  else {
    for (const job of jobs) {
      take(lintJob(job, configList[job.config], mode));
      job.bytes = EMPTY;
    }
  }
  for (const { file, text } of writes) writeFileAtomically(file.path, text, file.mode);
  if (values['suppress-all'] || values['prune-suppressions']) suppressions.save();

  if (writer) {
    const tail = writer.end();
    if (tail) io.stdout.write(tail);
  } else {
    emit(format(formatName, results, { cwd: io.cwd, color, version: io.version, config: firstConfig }), values, io);
  }

  if (unused.length > 0 && !values['pass-on-unpruned-suppressions']) {
    const list = unused.map((u) => `  ${u.file}: ${u.ruleId} (${u.recorded} recorded, ${u.found} found)`).join('\n');
    io.stderr.write(
      `pressroom: ${suppressions.file} records problems that are gone:\n${list}\nRun with --prune-suppressions to lower the counts, so they cannot come back unseen.\n`,
    );
    return EXIT.failure;
  }
  if (unreadable.length > 0) return EXIT.failure;
  if (errors > 0) return EXIT.problems;
  if (maxWarnings >= 0 && warnings > maxWarnings) {
    io.stderr.write(`pressroom: ${warnings} warnings, more than --max-warnings ${maxWarnings}\n`);
    return EXIT.problems;
  }
  return EXIT.clean;
}

/**
 * Reads every input and resolves every file's configuration before anything is linted, so that a
 * bad configuration anywhere stops the run with no report; a file that cannot be read as text is
 * set aside as an unreadable result. The bytes go into the jobs, which let go of each one once it
 * is linted.
 */
async function prepareJobs(
  values: Values,
  positionals: string[],
  io: CliIo,
  configs: Configurations,
): Promise<{ jobs: PoolJob[]; files: Pick<SourceFile, 'path' | 'mode'>[]; configList: ResolvedConfig[]; unreadable: LintFileResult[] }> {
  const { files: inputs, unreadable } = await readInputs(values, positionals, io);
  const configList: ResolvedConfig[] = [];
  const configIds = new Map<ResolvedConfig, number>();
  const jobs = inputs.map((input, index): PoolJob => {
    const config = configs.for(input.path);
    let id = configIds.get(config);
    if (id === undefined) {
      id = configList.push(config) - 1;
      configIds.set(config, id);
    }
    const shown = values.stdin && !values['stdin-filename'] ? '<text>' : displayPath(input.path, io.cwd);
    return { index, shown, bytes: input.bytes, config: id };
  });
  return { jobs, files: inputs.map(({ path: file, mode }) => ({ path: file, mode })), configList, unreadable };
}

async function runInspect(values: Values, positionals: string[], io: CliIo): Promise<number> {
  const formatName = checkFormat(values.format, ['text', 'json'], 'text');
  const configs = new Configurations(values.config, commandLineLayers(values), io.cwd);
  const { files: inputs, unreadable } = await readInputs(values, positionals, io);
  for (const result of unreadable) io.stderr.write(`pressroom: ${result.filePath}: ${result.messages[0].message}\n`);
  const inspected = inputs.map((input) => {
    const shown = values.stdin && !values['stdin-filename'] ? '<text>' : displayPath(input.path, io.cwd);
    const config = configs.for(input.path);
    return { filePath: shown, ...inspectRelease(lint(decodeText(input.bytes), config).release, config) };
  });
  emit(formatName === 'json' ? `${JSON.stringify(inspected, null, 2)}\n` : inspectText(inspected), values, io);
  return unreadable.length > 0 ? EXIT.failure : EXIT.clean;
}

function runRules(values: Values, io: CliIo): number {
  const formatName = checkFormat(values.format, ['text', 'json'], 'text');
  const configs = new Configurations(values.config, commandLineLayers(values), io.cwd);
  const config = configs.for(path.join(io.cwd, 'release.md'));
  const rows = RULES.map((rule) => {
    const setting = config.rules.get(rule.id)!;
    return {
      id: rule.id,
      severity: setting.severity,
      fixable: rule.fixable,
      hasSuggestions: Boolean(rule.hasSuggestions),
      options: setting.options,
      description: rule.description,
      docs: ruleDocsUrl(rule.id),
    };
  });
  if (formatName === 'json') {
    emit(`${JSON.stringify(rows, null, 2)}\n`, values, io);
    return EXIT.clean;
  }
  const idWidth = Math.max(...rows.map((r) => r.id.length));
  // `fix`: fix-all and --fix apply its edits; `sug`: it only suggests edits for the writer to pick.
  const lines = rows.map((r) => `${r.id.padEnd(idWidth)}  ${r.severity.padEnd(5)}  ${r.fixable ? 'fix' : r.hasSuggestions ? 'sug' : '   '}  ${r.description}`);
  const presets = Object.keys(PRESETS).join(', ');
  emit(`${lines.join('\n')}\n\nPresets: ${presets}. Docs: ${ruleDocsUrl('<id>')}\n`, values, io);
  return EXIT.clean;
}

/** Runs the command line; returns the exit code. Never throws. */
export async function main(argv: readonly string[], io: CliIo): Promise<number> {
  try {
    const { command, positionals, values } = parseCommandLine(argv);
    if (values.help) {
      io.stdout.write(HELP);
      return EXIT.clean;
    }
    if (values.version) {
      io.stdout.write(`${io.version}\n`);
      return EXIT.clean;
    }
    if (command === 'inspect') return await runInspect(values, positionals, io);
    if (command === 'rules') {
      if (positionals.length) throw new UsageError('"pressroom rules" takes no file arguments');
      return runRules(values, io);
    }
    return await runLint(values, positionals, io);
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr.write(`pressroom: ${error.message}\nRun "pressroom --help" for usage.\n`);
    } else if (error instanceof ConfigError) {
      io.stderr.write(`pressroom: configuration error in ${error.message}\n`);
    } else if (error instanceof InputError) {
      io.stderr.write(`pressroom: ${error.message}\n`);
    } else {
      io.stderr.write(`pressroom: internal error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    }
    return EXIT.failure;
  }
}
