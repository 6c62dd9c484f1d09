// The GitHub Action (bundled into dist/action.mjs, run by the runner's node24). It speaks the runner
// protocol itself — inputs from INPUT_<NAME>, outputs and the job summary appended to the files
// GITHUB_OUTPUT and GITHUB_STEP_SUMMARY name, workflow commands on stdout — so the bundle needs no
// @actions/core (and the CLI never loads any of this).
import { randomUUID } from 'node:crypto';
import { appendFileSync, existsSync, mkdirSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { ConfigError, findConfig, loadConfig } from './config.ts';
import { docsUrl } from './docs-url.ts';
import type { FormatContext, Report } from './finding.ts';
import github, { escapeData } from './formatters/github.ts';
import { summarize } from './formatters/json.ts';
import markdown from './formatters/markdown.ts';
import { sarifChunks } from './formatters/sarif.ts';
import { writeFileInPieces } from './output.ts';
import { GitError } from './git.ts';
import { lint } from './lint.ts';
import type { Severity } from './rule.ts';
import { rules } from '../rules/index.ts';

class InputError extends Error {}

const RANK: Record<Severity, number> = { note: 1, warning: 2, error: 3 };

/** As the runner names them: `INPUT_` + the name upper-cased, spaces as `_`, hyphens kept (`INPUT_FAIL-ON`). */
function input(name: string): string {
  return (process.env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] ?? '').trim();
}

/** YAML 1.2 core booleans, as actions expect them. */
function booleanInput(name: string, fallback: boolean): boolean {
  const v = input(name);
  if (v === '') return fallback;
  if (['true', 'True', 'TRUE'].includes(v)) return true;
  if (['false', 'False', 'FALSE'].includes(v)) return false;
  throw new InputError(`input "${name}" must be true or false, not "${v}"`);
}

/** `name<<delimiter` blocks: a value may hold newlines; the delimiter is one it cannot hold. */
function setOutput(name: string, value: string): void {
  const file = process.env.GITHUB_OUTPUT;
  if (!file) return void process.stdout.write(`::set-output name=${name}::${escapeData(value)}\n`);
  const delimiter = `ghadelimiter_${randomUUID()}`;
  appendFileSync(file, `${name}<<${delimiter}\n${value}\n${delimiter}\n`);
}

function command(name: 'error' | 'warning' | 'notice', message: string): void {
  process.stdout.write(`::${name}::${escapeData(message)}\n`);
}

/** The pull request's base commit, from the event that started the run. */
function eventBase(): string | undefined {
  const path = process.env.GITHUB_EVENT_PATH;
  if (!path || !existsSync(path)) return undefined;
  try {
    const event = JSON.parse(readFileSync(path, 'utf8'));
    const sha = event?.pull_request?.base?.sha ?? event?.merge_group?.base_sha;
    return typeof sha === 'string' && sha ? sha : undefined;
  } catch {
    return undefined;
  }
}

async function run(): Promise<number> {
  const cwd = process.env.GITHUB_WORKSPACE || process.cwd();
  const paths = input('paths').split(/\s+/).filter(Boolean);
  const failOn = input('fail-on') || 'error';
  if (!['error', 'warning', 'note', 'never'].includes(failOn)) throw new InputError(`input "fail-on" must be error, warning, note or never, not "${failOn}"`);
  const sarifFile = input('sarif-file');
  const annotations = booleanInput('annotations', true);
  const configInput = input('config');
  const { config, path: configPath } = loadConfig(configInput ? resolve(cwd, configInput) : findConfig(cwd), new Set(rules.map((r) => r.id)));
  const options = { cwd, config, configDir: configPath ? dirname(configPath) : cwd };

  const explicitBase = input('base');
  let base: string | undefined = explicitBase || eventBase();
  let report: Report;
  try {
    report = await lint(paths, { ...options, base });
  } catch (e) {
    // The event's base is a default: a shallow checkout lacks it, and that only costs the change rules.
    if (!(e instanceof GitError) || explicitBase) throw e;
    command('warning', `eks-access-lint: ${e.message}. The change/* rules did not run.`);
    base = undefined;
    report = await lint(paths, options);
  }

  const ctx: FormatContext = { cwd, color: false, docsUrl };
  if (annotations) process.stdout.write(github(report, ctx));
  if (sarifFile) {
    const out = resolve(cwd, sarifFile);
    mkdirSync(dirname(out), { recursive: true });
    writeFileInPieces(out, sarifChunks(report, ctx));
  }
  const summaryFile = process.env.GITHUB_STEP_SUMMARY;
  if (summaryFile) {
    const compared = base ? `\nChanges were checked against the base revision \`${base}\`.\n` : '';
    appendFileSync(summaryFile, markdown(report, ctx) + compared);
  }
  const s = summarize(report);
  setOutput('errors', String(s.errors));
  setOutput('warnings', String(s.warnings));
  setOutput('notes', String(s.notes));
  setOutput('sarif-file', sarifFile);

  if (failOn === 'never') return 0;
  const failing = report.findings.filter((f) => RANK[f.severity] >= RANK[failOn as Severity]).length;
  if (failing === 0) return 0;
  command('error', `eks-access-lint: ${failing} finding${failing === 1 ? '' : 's'} at or above "${failOn}" (${s.errors} errors, ${s.warnings} warnings, ${s.notes} notes)`);
  return 1;
}

run().then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    const known = e instanceof InputError || e instanceof ConfigError || e instanceof GitError;
    command('error', `eks-access-lint: ${known ? '' : 'internal error: '}${(e as Error)?.message ?? e}`);
    process.exitCode = 1;
  },
);
