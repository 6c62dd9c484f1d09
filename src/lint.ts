// The pipeline: read → parse → normalize → check → locate → suppress → format (the caller formats).
import { dirname, isAbsolute, relative } from 'node:path';
import { getHeapSpaceStatistics, setFlagsFromString } from 'node:v8';
import { findConfig, loadConfig, type Config } from './config.ts';
import { sniffSyntax, tooLargeToParse } from './detect.ts';
import { describeFsError, discover, toPosix } from './discover.ts';
import { beforeFromBase } from './base.ts';
import { extractFile } from './extract/index.ts';
import type { Diagnostic, Finding, Report } from './finding.ts';
import { openBase } from './git.ts';
import { makeContext } from './link.ts';
import { joinPolicies } from './join-policies.ts';
import { Interner, retainReferenced } from './retain.ts';
import { withPreparsed } from './parse/yaml.ts';
import { startParsePool } from './workers.ts';
import { collectInline, suppressStep, type Suppression } from './suppress.ts';
import { resolveFix } from './fix-edits.ts';
import { emptyModel, mergeModels, type Extracted, type Model } from './model.ts';
import { formatMessage, type Level, type ReportDescriptor, type Rule, type RuleContext, type Severity } from './rule.ts';
import { judged, readSource, readWhole } from './read.ts';
import { SourceFile } from './source.ts';
import { rules as allRules } from '../rules/index.ts';
import { VERSION } from './version.ts';

export interface LintOptions {
  cwd?: string;
  /** Config file; default: the nearest .eks-access-lint.{yaml,yml,json} upward from cwd. */
  configPath?: string;
  /** A config object, instead of a file. */
  config?: Config;
  /** The folder `config.ignore` globs are relative to (the config file's); default cwd. */
  configDir?: string;
  /** Rule levels that override the config (`--rule id=level`). */
  ruleLevels?: Record<string, Level>;
  clusterAccount?: string;
  /** Run only these rules (the rule test harness). */
  only?: string[];
  /** A git revision: its text of the scanned files is the before model of the change rules. Throws GitError when it cannot be read. */
  base?: string;
  /** A baseline file (schemas/baseline.schema.json): the findings it records are suppressed. Throws BaselineError when it cannot be read. */
  baseline?: string;
  /** Record the run's findings (not otherwise suppressed) in this baseline file, then apply it. */
  writeBaseline?: string;
  /**
   * On a run of many files, let V8's heap grow in smaller steps and its young generation only so far,
   * and start parse workers with theirs full grown (the CLI sets this; these are settings of the
   * whole process, which an API caller may not want).
   */
  boundHeap?: boolean;
  /** Lint this text instead of files (`--stdin`): found by content; `filename` (default `<stdin>`) names it in findings. */
  stdin?: { text: string; filename?: string };
  /** Texts of files to lint instead of what is on disk (absolute path → text): the later passes of a fix dry run. */
  texts?: ReadonlyMap<string, string>;
}

// A run keeps every linted file's model until the rules have run. Left to itself, V8 lets the heap
// grow to several times what is live before a full collection; 20% steps cost a few more of them
// (~2% of the time) and ~45 MB of the peak on the 100 MB bench corpus. Only on large runs: a small
// one (the build's code-cache training run among them) keeps V8's defaults, which the cache checks.
const MANY_FILES = 1000;
// The young generation too: V8 grows the main thread's to two 16 MB semi-spaces under a large run's
// allocation. Its largest size is fixed when the process starts, but the factor it grows by is read
// at each collection, so once it is two 8 MB semi-spaces it is told to grow no more: ~20-30 MB of the
// peak, for a few more scavenges. (The workers' start at their largest: src/workers.ts.)
const YOUNG_GENERATION = 16 * 1024 * 1024;

/** Bound the heap's growth; the returned function, called after each file, stops the young generation's. */
function boundHeapGrowth(): () => void {
  setFlagsFromString('--heap-growing-percent=20');
  let capped = false;
  return () => {
    if (capped) return;
    const young = getHeapSpaceStatistics().find((s) => s.space_name === 'new_space');
    if (!young || young.space_size < YOUNG_GENERATION) return;
    setFlagsFromString('--semi-space-growth-factor=1');
    capped = true;
  };
}

/** Stands for the text of `options.stdin` among the discovered files. */
const STDIN = '\0stdin';

export async function lint(paths: string[], options: LintOptions = {}): Promise<Report> {
  const cwd = options.cwd ?? process.cwd();
  const known = new Set(allRules.map((r) => r.id));
  const loaded = options.config ? { config: options.config, path: undefined } : loadConfig(options.configPath ?? findConfig(cwd), known);
  const { config } = loaded;
  const ignoreBase = options.configDir ?? (loaded.path ? dirname(loaded.path) : cwd);
  // Before any work: a --base that cannot be read is a usage error.
  if (options.stdin && options.base !== undefined) throw new TypeError('--base compares files: it cannot be used with --stdin');
  const base = options.base === undefined ? undefined : openBase(cwd, options.base);
  const scanned = paths.length ? paths : ['.'];
  const { files, diagnostics } = options.stdin ? { files: [STDIN], diagnostics: [] as Diagnostic[] } : await discover(scanned, cwd, config.ignore, ignoreBase);
  // What each file gave, for --base only (it compares the files the change left alone).
  const extracted = new Map<string, Extracted | undefined>();
  const remember = (abs: string, out: Extracted | undefined) => {
    if (base) extracted.set(abs, out);
  };
  const sources: SourceFile[] = [];
  const after = emptyModel();
  const inline: Suppression[] = [];
  let before: Model | undefined;
  const pool = startParsePool(files, options.boundHeap);
  const capYoung = options.boundHeap && files.length >= MANY_FILES ? boundHeapGrowth() : undefined;
  // Kept files share equal strings and values; the table is needed only while files are read.
  const interner = new Interner();
  // Whatever a file throws past the per-file guard, the workers must not outlive the run (they would hang it).
  try {
    for (const abs of files) {
      const given = abs === STDIN ? options.stdin!.text : options.texts?.get(abs);
      // A file a worker has already turned away is not read again (a repository is mostly such files).
      if (given === undefined && pool?.unrelated(abs)) continue;
      const rel = abs === STDIN ? stdinName(cwd, options.stdin!.filename) : toPosix(relative(cwd, abs)) || abs;
      const read = given !== undefined ? judged(withoutBom(given)) : readSource(abs);
      if ('error' in read) {
        diagnostics.push({ file: rel, level: 'error', message: `cannot read: ${describeFsError(read.error)}` });
        // Unread now is not deleted: --base must not compare it.
        remember(abs, undefined);
      }
      if (!('text' in read)) continue;
      const { text } = read;
      const syntax = sniffSyntax(text);
      const tooLarge = tooLargeToParse(text, syntax);
      if (tooLarge) {
        diagnostics.push({ file: rel, level: 'warning', message: tooLarge });
        remember(abs, undefined);
        continue;
      }
      const file = new SourceFile(rel, text, syntax);
      sources.push(file);
      let out;
      try {
        const docs = await pool?.take(abs);
        out = docs ? withPreparsed(text, docs, () => extractFile(file)) : extractFile(file);
      } catch (e) {
        // A bug of ours must not cost the rest of the run: say so and go on.
        diagnostics.push({ file: rel, level: 'error', message: `internal error while reading this file: ${(e as Error)?.message ?? e}` });
        remember(abs, undefined);
        continue;
      }
      remember(abs, out);
      // Before pruning: a comment covers the next node of the tree as written.
      const ignores = collectInline(file, out.after, known);
      inline.push(...ignores);
      retainReferenced(file, out, ignores, interner);
      // The line table locates findings from here on; a fix, rare, reads the file again.
      if (abs !== STDIN) file.release(given !== undefined ? () => withoutBom(given) : () => readWhole(abs));
      mergeModels(after, out.after);
      capYoung?.();
      if (out.before) before = mergeModels(before ?? emptyModel(), out.before);
    }
  } finally {
    await pool?.close();
  }
  interner.clear();
  // Terraform reads a folder's *.tf.json as one module: policy associations join entries across its files.
  joinPolicies(after);
  if (before) joinPolicies(before);
  let baseFiles: Set<SourceFile> | undefined;
  if (base) {
    const b = beforeFromBase(base, { cwd, paths: scanned, files, extracted, ignore: config.ignore ?? [], ignoreBase });
    before = mergeModels(before ?? emptyModel(), b.model);
    diagnostics.push(...b.diagnostics);
    baseFiles = b.files;
  }
  const levels = { ...config.rules, ...options.ruleLevels };
  const active = allRules.filter((r) => (options.only ? options.only.includes(r.id) : true) && (levels[r.id] ?? r.severity) !== 'off');
  const ctx = makeContext(after, before, config, options.clusterAccount, { cwd, configDir: ignoreBase });
  const findings: Finding[] = [];
  const run = (rule: Rule, c: RuleContext, into: Finding[]) => {
    const severity = (levels[rule.id] ?? rule.severity) as Severity;
    rule.check(c, (d) => into.push(locate(rule, severity, d, base && baseFiles ? { ref: base.ref, files: baseFiles } : undefined)));
  };
  const stageRules = active.filter((r) => r.stage === 'suppressions');
  for (const rule of active) if (!rule.stage) run(rule, ctx, findings);
  // Rules an ignore names that --only left out still run, for input/unused-ignore to judge the ignore: their findings are not reported.
  const ran = new Set(active.filter((r) => !r.stage).map((r) => r.id));
  const named = new Set(inline.flatMap((s) => s.ruleIds));
  const shadow: Finding[] = [];
  if (stageRules.some((r) => r.id === 'input/unused-ignore')) {
    for (const rule of allRules) {
      if (rule.stage || ran.has(rule.id) || !named.has(rule.id) || (levels[rule.id] ?? rule.severity) === 'off') continue;
      run(rule, ctx, shadow);
      ran.add(rule.id);
    }
  }
  const reported = suppressStep({
    findings: dedupe(findings).sort(byPosition), shadow, sources, inline, ran, overrides: config.overrides, cwd, configDir: ignoreBase,
    stageRules,
    runStage: (rule, suppressions) => {
      const out: Finding[] = [];
      run(rule, Object.assign(Object.create(ctx) as RuleContext, { suppressions }), out);
      return out;
    },
    order: (list) => dedupe(list).sort(byPosition),
    baseline: options.baseline,
    writeBaseline: options.writeBaseline,
  });
  return {
    findings: reported.filter((f) => !f.suppression),
    suppressed: reported.filter((f) => f.suppression),
    diagnostics,
    filesScanned: files.length,
    filesLinted: sources.length,
    rules: active.map(({ check: _check, ...meta }) => meta),
    toolVersion: VERSION,
  };
}

/** The name findings give the stdin text: `--stdin-filename` as a path relative to cwd, like a file's. */
function stdinName(cwd: string, filename: string | undefined): string {
  if (!filename) return '<stdin>';
  return isAbsolute(filename) ? toPosix(relative(cwd, filename)) || filename : toPosix(filename);
}

function withoutBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/** Turn a report against a model object into a Finding with a range: the locate step. */
function locate(rule: Rule, severity: Severity, d: ReportDescriptor, base?: { ref: string; files: Set<SourceFile> }): Finding {
  const origin = (d.field && d.at.fields[d.field]) || d.at.origin;
  const pointer = origin.pointer + (d.path ?? '');
  const { doc } = origin;
  const range = origin.offsets ? doc.file.range(origin.offsets[0], origin.offsets[1]) : doc.locate(pointer, { key: d.key });
  const template = rule.messages[d.messageId];
  if (!template) throw new Error(`${rule.id}: unknown messageId ${d.messageId}`);
  const logicalPath = doc.logicalPath(pointer);
  // Something the change deletes is only in the base revision's text: its line is that text's line.
  const fromBase = base?.files.has(doc.file) ? base.ref : undefined;
  return {
    ruleId: rule.id,
    severity,
    message: formatMessage(template, d.data) + (fromBase ? ` (line ${range.start.line} of ${doc.file.path} at the base revision ${fromBase})` : ''),
    ...(fromBase ? { base: fromBase } : {}),
    file: doc.file.path,
    range,
    pointer,
    logicalPath,
    principal: d.principal,
    // Set by the suppress step (src/baseline.ts): it depends on the other findings of the same key.
    fingerprint: '',
    // A fix edits the scanned text: never a range in the base revision's, never a place that is not a node.
    ...(d.fix && !fromBase && !origin.offsets ? optional('fix', resolveFix(doc, pointer, d.key ?? false, d.fix)) : {}),
  };
}

function optional<K extends string, V>(key: K, value: V | undefined): { [k in K]?: V } {
  return (value === undefined ? {} : { [key]: value }) as { [k in K]?: V };
}

function byPosition(a: Finding, b: Finding): number {
  return (
    (a.file < b.file ? -1 : a.file > b.file ? 1 : 0) ||
    a.range.start.line - b.range.start.line ||
    a.range.start.column - b.range.start.column ||
    (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0) ||
    (a.message < b.message ? -1 : a.message > b.message ? 1 : 0)
  );
}

function dedupe(findings: Finding[]): Finding[] {
  const seen = new Set<string>();
  return findings.filter((f) => {
    const k = [f.ruleId, f.file, f.range.start.line, f.range.start.column, f.message].join('\0');
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}
