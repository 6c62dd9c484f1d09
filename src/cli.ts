#!/usr/bin/env node
// argv → lint() → formatter → exit code. Thin: everything else lives behind lint().
import { dirname } from 'node:path';
import { parseArgs } from 'node:util';
import { ConfigError, findConfig, loadConfig } from './config.ts';
import { docsUrl } from './docs-url.ts';
import type { Report } from './finding.ts';
import { formatInChunks, FORMATS, type FormatName } from './formatters/index.ts';
import { GitError } from './git.ts';
import { writeFileInPieces, writeStdout } from './output.ts';
import { BaselineError } from './baseline.ts';
import { lintAndFix, unifiedDiff, type FixRun } from './fix.ts';
import { lint } from './lint.ts';
import { decodeBytes } from './read.ts';
import type { Level, Severity } from './rule.ts';
import { rules } from '../rules/index.ts';
import { VERSION } from './version.ts';

const HELP = `Usage: eks-access-lint [options] [paths...]

Lint EKS cluster access: aws-auth ConfigMaps and access entries in CloudFormation and Terraform JSON.
Paths are files, folders or globs (default: .). Files are picked by content.

Options:
  -f, --format <name>        stylish (default), json, sarif, github, markdown
  -o, --output <file>        write the report to a file instead of stdout
      --sarif <file>         also write SARIF to a file, whatever --format prints
  -c, --config <file>        config file (default: nearest .eks-access-lint.yaml|.yml|.json upward)
      --rule <id>=<level>    re-level a rule: off, note, warning, error (repeatable)
      --fail-on <level>      exit 1 when a finding at or above: error (default), warning, note, never
      --max-warnings <n>     exit 1 when there are more than n warnings
      --cluster-account <id> the 12-digit account of clusters whose account the files do not show
      --base <git-ref>       compare with that revision: runs the change/* rules on what the change
                             does to each file (also files deleted since then)
      --stdin                lint standard input instead of files (found by content)
      --stdin-filename <name>
                             the file name findings give standard input (default <stdin>)
      --fix                  apply the safe fixes to the files (atomically), then report what is left
      --fix-dry-run          print the safe fixes as a unified diff and write nothing (the report
                             goes only to --output / --sarif)
      --baseline <file>      hide the findings recorded in this baseline file (SARIF still lists
                             them, as suppressed); entries that match nothing are reported
      --write-baseline <file> record the current findings in a baseline file (then hide them)
      --quiet                report errors only
      --no-color             plain output
      --list-rules           print every rule with its id, severity and description
      --print-config         print the resolved configuration as JSON
  -v, --version              print the version
  -h, --help                 print this help

Exit status: 0 clean, 1 findings at or above --fail-on, 2 usage, config or internal error.
`;

class UsageError extends Error {}

const LEVELS: Level[] = ['off', 'note', 'warning', 'error'];
const RANK: Record<Severity, number> = { note: 1, warning: 2, error: 3 };

async function main(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    strict: true,
    options: {
      format: { type: 'string', short: 'f', default: 'stylish' },
      output: { type: 'string', short: 'o' },
      sarif: { type: 'string' },
      config: { type: 'string', short: 'c' },
      rule: { type: 'string', multiple: true, default: [] },
      'fail-on': { type: 'string', default: 'error' },
      'max-warnings': { type: 'string' },
      'cluster-account': { type: 'string' },
      base: { type: 'string' },
      stdin: { type: 'boolean', default: false },
      'stdin-filename': { type: 'string' },
      fix: { type: 'boolean', default: false },
      'fix-dry-run': { type: 'boolean', default: false },
      baseline: { type: 'string' },
      'write-baseline': { type: 'string' },
      quiet: { type: 'boolean', default: false },
      'no-color': { type: 'boolean', default: false },
      'list-rules': { type: 'boolean', default: false },
      'print-config': { type: 'boolean', default: false },
      version: { type: 'boolean', short: 'v', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) return print(HELP);
  if (values.version) return print(VERSION + '\n');
  if (values['list-rules']) return print(rules.map((r) => `${r.id.padEnd(40)} ${r.severity.padEnd(8)} ${r.description}`).join('\n') + '\n');

  const format = values.format as FormatName;
  if (!FORMATS.includes(format)) throw new UsageError(`unknown --format "${values.format}" (choose ${FORMATS.join(', ')})`);
  const failOn = values['fail-on'];
  if (!['error', 'warning', 'note', 'never'].includes(failOn)) throw new UsageError(`unknown --fail-on "${failOn}" (choose error, warning, note, never)`);
  const maxWarnings = values['max-warnings'] === undefined ? undefined : Number(values['max-warnings']);
  if (maxWarnings !== undefined && !(Number.isInteger(maxWarnings) && maxWarnings >= 0)) throw new UsageError('--max-warnings takes a whole number');
  const clusterAccount = values['cluster-account'];
  if (clusterAccount !== undefined && !/^\d{12}$/.test(clusterAccount)) throw new UsageError(`--cluster-account must be 12 digits, not "${clusterAccount}"`);
  const ruleLevels = parseRuleLevels(values.rule);

  const cwd = process.cwd();
  const { config, path: configPath } = loadConfig(values.config ?? findConfig(cwd), new Set(rules.map((r) => r.id)));
  if (values['print-config']) return print(JSON.stringify({ path: configPath ?? null, ...config, rules: { ...config.rules, ...ruleLevels } }, null, 2) + '\n');

  if (values['stdin-filename'] !== undefined && !values.stdin) throw new UsageError('--stdin-filename needs --stdin');
  if (values.stdin && positionals.length > 0) throw new UsageError('--stdin lints standard input: give no paths with it');
  if (values.stdin && values.base !== undefined) throw new UsageError('--base compares files: it cannot be used with --stdin');
  const stdin = values.stdin ? { text: await readStdin(), filename: values['stdin-filename'] } : undefined;
  const dryRun = values['fix-dry-run'];
  if (values.fix && dryRun) throw new UsageError('choose one of --fix and --fix-dry-run');
  if ((values.fix || dryRun) && values.stdin) throw new UsageError('--fix and --fix-dry-run edit files: they cannot be used with --stdin');
  let fixRun: FixRun | undefined;
  const runLint: typeof lint = values.fix || dryRun ? async (p, o) => (fixRun = await lintAndFix(p, o ?? {}, { write: values.fix })).report : lint;
  const report = await runLint(positionals, { cwd, config, configDir: configPath ? dirname(configPath) : cwd, ruleLevels, clusterAccount, base: values.base, baseline: values.baseline, writeBaseline: values['write-baseline'], boundHeap: true, ...(stdin ? { stdin } : {}) });
  if (values['write-baseline']) {
    const n = report.suppressed?.filter((f) => f.suppression?.kind === 'external' && f.suppression.justification === `baseline ${values['write-baseline']}`).length ?? 0;
    process.stderr.write(`eks-access-lint: wrote ${n} finding${n === 1 ? '' : 's'} to the baseline ${values['write-baseline']}\n`);
  }
  if (values.quiet) report.findings = report.findings.filter((f) => f.severity === 'error');

  const ctx = { cwd, color: !values['no-color'] && !values.output && process.stdout.isTTY === true, docsUrl };
  const chunks = await formatInChunks(format, report, ctx);
  if (fixRun) reportFixes(fixRun, dryRun);
  if (values.output) writeFileInPieces(values.output, chunks);
  else if (!dryRun) await writeStdout(chunks);
  if (values.sarif) writeFileInPieces(values.sarif, await formatInChunks('sarif', report, ctx));
  // json, sarif and github carry diagnostics themselves.
  if (format === 'stylish' || format === 'markdown') for (const d of report.diagnostics) process.stderr.write(`eks-access-lint: ${d.level}: ${d.file}: ${d.message}\n`);
  return exitCode(report, failOn, maxWarnings);
}

/** --fix-dry-run: the diff on stdout; both: a count on stderr. */
function reportFixes(run: FixRun, dryRun: boolean): void {
  const n = run.files.reduce((sum, f) => sum + f.fixed.length, 0);
  if (dryRun) process.stdout.write(unifiedDiff(run.files));
  process.stderr.write(`eks-access-lint: ${dryRun ? 'would fix' : 'fixed'} ${n} problem${n === 1 ? '' : 's'} in ${run.files.length} file${run.files.length === 1 ? '' : 's'}\n`);
}

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return decodeBytes(Buffer.concat(chunks));
}

function parseRuleLevels(specs: string[]): Record<string, Level> {
  const known = new Set(rules.map((r) => r.id));
  const out: Record<string, Level> = {};
  for (const spec of specs) {
    const [id, level] = spec.split('=');
    if (!known.has(id)) throw new UsageError(`--rule ${spec}: unknown rule id "${id}" (see --list-rules)`);
    if (!LEVELS.includes(level as Level)) throw new UsageError(`--rule ${spec}: level must be off, note, warning or error`);
    out[id] = level as Level;
  }
  return out;
}

function exitCode(report: Report, failOn: string, maxWarnings: number | undefined): number {
  const warnings = report.findings.filter((f) => f.severity === 'warning').length;
  if (maxWarnings !== undefined && warnings > maxWarnings) return 1;
  if (failOn === 'never') return 0;
  const threshold = RANK[failOn as Severity];
  return report.findings.some((f) => RANK[f.severity] >= threshold) ? 1 : 0;
}

function print(text: string): number {
  process.stdout.write(text);
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    const usage = e instanceof UsageError || e instanceof ConfigError || e instanceof GitError || e instanceof BaselineError || (e as { code?: string })?.code?.startsWith('ERR_PARSE_ARGS');
    process.stderr.write(`eks-access-lint: ${usage ? '' : 'internal error: '}${(e as Error)?.message ?? e}\n`);
    if (!usage && process.env.EKS_ACCESS_LINT_DEBUG) process.stderr.write(`${(e as Error)?.stack}\n`);
    process.exitCode = 2;
  },
);
