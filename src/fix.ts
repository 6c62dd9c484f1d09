// Applying fixes: the findings' text edits per file, non-overlapping ones first (the rest wait for
// the next pass), written atomically (a temp file in the same folder, renamed over the file, mode
// kept). Nothing is written unless asked: a dry run only computes the diff.
import { chmodSync, closeSync, openSync, readFileSync, realpathSync, renameSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { describeFsError } from './discover.ts';
import type { Diagnostic, Finding, Report, TextEdit } from './finding.ts';
import { lint, type LintOptions } from './lint.ts';

export interface FileFix {
  /** As in findings: relative to cwd. */
  file: string;
  before: string;
  after: string;
  /** Findings whose fix is in `after`. */
  fixed: Finding[];
}

export interface FixRun {
  /** The report after the last pass: what is left (for a dry run, the report of the files as they are). */
  report: Report;
  /** Per file, the text before the first pass and after the last one. */
  files: FileFix[];
}

/** Passes over the same files: an edit that overlapped another is applied in a later pass. */
const MAX_PASSES = 5;

export async function lintAndFix(paths: string[], options: LintOptions, mode: { write: boolean }): Promise<FixRun> {
  const cwd = options.cwd ?? process.cwd();
  const files = new Map<string, FileFix>();
  const failed = new Map<string, Diagnostic>();
  // A dry run's passes read the files as the passes before them left them, in memory.
  const texts = new Map<string, string>();
  const first = await lint(paths, options);
  let report = first;
  for (let pass = 0; pass < MAX_PASSES; pass++) {
    const planned = planFixes(report, cwd, texts).filter((p) => !failed.has(p.file));
    if (planned.length === 0) break;
    for (const p of planned) {
      try {
        if (mode.write) writeAtomic(resolve(cwd, p.file), p.after);
        else texts.set(resolve(cwd, p.file), p.after);
      } catch (e) {
        // One file that cannot be written costs only its own fixes.
        failed.set(p.file, { file: p.file, level: 'error', message: `cannot write the fixes: ${describeFsError(e)}` });
        continue;
      }
      const seen = files.get(p.file);
      files.set(p.file, seen ? { ...seen, after: p.after, fixed: [...seen.fixed, ...p.fixed] } : p);
    }
    report = await lint(paths, mode.write ? options : { ...options, texts });
  }
  // A dry run reports the files as they are.
  if (!mode.write) report = first;
  report.diagnostics.push(...failed.values());
  return { report, files: [...files.values()].filter((f) => f.before !== f.after) };
}

/** The fixes of a report, applied in memory: one entry per file that changes. `texts`: files' texts instead of what is on disk. */
export function planFixes(report: Report, cwd: string, texts?: ReadonlyMap<string, string>): FileFix[] {
  const byFile = new Map<string, Finding[]>();
  for (const f of report.findings) {
    // A suppressed finding keeps its text as it is (suppression is recorded on the finding).
    if (!f.fix || f.base || (f as { suppression?: unknown }).suppression) continue;
    byFile.set(f.file, [...(byFile.get(f.file) ?? []), f]);
  }
  const out: FileFix[] = [];
  for (const [file, findings] of byFile) {
    const abs = resolve(cwd, file);
    const given = texts?.get(abs);
    const before = given === undefined ? readUtf8(abs) : splitBom(given);
    if (before === undefined) continue;
    const { text, fixed } = applyFixes(before.text, findings);
    if (fixed.length && text !== before.text) out.push({ file, before: before.bom + before.text, after: before.bom + text, fixed });
  }
  return out;
}

/** Apply each finding's edits, all or none, skipping those that overlap an earlier one or no longer match the text. */
export function applyFixes(text: string, findings: Finding[]): { text: string; fixed: Finding[] } {
  const taken: TextEdit[] = [];
  const fixed: Finding[] = [];
  for (const f of findings) {
    const edits = f.fix!.edits.filter((e) => !taken.some((t) => same(t, e)));
    const ok = edits.every((e) => text.slice(e.start, e.end) === e.old && !taken.some((t) => overlaps(t, e)));
    if (!ok) continue;
    taken.push(...edits);
    fixed.push(f);
  }
  taken.sort((a, b) => b.start - a.start);
  let out = text;
  for (const e of taken) out = out.slice(0, e.start) + e.text + out.slice(e.end);
  return { text: out, fixed };
}

const same = (a: TextEdit, b: TextEdit) => a.start === b.start && a.end === b.end && a.text === b.text;
// Two insertions at one place, or ranges sharing a character, cannot both apply in a known order.
const overlaps = (a: TextEdit, b: TextEdit) => (a.start < b.end && b.start < a.end) || (a.start === b.start && (a.start === a.end || b.start === b.end));

/** The file as UTF-8 text, or undefined when it is not valid UTF-8 (rewriting it would change bytes outside the edits). */
function readUtf8(abs: string): { bom: string; text: string } | undefined {
  try {
    return splitBom(new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(readFileSync(abs)));
  } catch {
    return undefined;
  }
}

function splitBom(text: string): { bom: string; text: string } {
  return text.charCodeAt(0) === 0xfeff ? { bom: '\uFEFF', text: text.slice(1) } : { bom: '', text };
}

/** Write through a temp file beside the real file (the same file system), then rename over it. */
export function writeAtomic(path: string, text: string): void {
  const real = realpathSync(path);
  const mode = statSync(real).mode & 0o7777;
  const tmp = join(dirname(real), `.${basename(real)}.eks-access-lint-${process.pid}-${Date.now().toString(36)}.tmp`);
  let fd: number | undefined;
  try {
    fd = openSync(tmp, 'wx', mode);
    writeFileSync(fd, text);
    closeSync(fd);
    fd = undefined;
    chmodSync(tmp, mode); // openSync's mode is filtered by the umask
    renameSync(tmp, real);
  } catch (e) {
    if (fd !== undefined) closeSync(fd);
    try {
      unlinkSync(tmp);
    } catch {
      // already gone
    }
    throw e;
  }
}

/** A unified diff (3 lines of context) of each changed file. */
export function unifiedDiff(files: FileFix[]): string {
  return files.map((f) => fileDiff(f.file, f.before, f.after)).join('');
}

function fileDiff(path: string, before: string, after: string): string {
  const a = splitLines(before);
  const b = splitLines(after);
  const ops = diffLines(a, b);
  const CONTEXT = 3;
  let out = `--- a/${path}\n+++ b/${path}\n`;
  let i = 0;
  while (i < ops.length) {
    if (ops[i].op === ' ') {
      i++;
      continue;
    }
    // A hunk: from CONTEXT lines before the change to CONTEXT lines after the last change near it.
    let start = i;
    while (start > 0 && i - start < CONTEXT && ops[start - 1].op === ' ') start--;
    let end = i;
    for (let j = i; j < ops.length; j++) {
      if (ops[j].op !== ' ') end = j;
      else if (j - end > 2 * CONTEXT) break;
    }
    const stop = Math.min(ops.length, end + 1 + CONTEXT);
    const hunk = ops.slice(start, stop);
    const aStart = ops[start].a;
    const bStart = ops[start].b;
    const aLen = hunk.filter((o) => o.op !== '+').length;
    const bLen = hunk.filter((o) => o.op !== '-').length;
    out += `@@ -${aLen ? aStart + 1 : aStart},${aLen} +${bLen ? bStart + 1 : bStart},${bLen} @@\n`;
    for (const o of hunk) out += o.op + o.line + (o.line.endsWith('\n') ? '' : '\n\\ No newline at end of file\n');
    i = stop;
  }
  return out;
}

function splitLines(text: string): string[] {
  return text.match(/[^\n]*\n|[^\n]+$/g) ?? [];
}

interface Op {
  op: ' ' | '-' | '+';
  line: string;
  /** Lines of a and b before this one. */
  a: number;
  b: number;
}

/** Line diff: common prefix and suffix, then an LCS over the (small) middle that fixes change. */
function diffLines(a: string[], b: string[]): Op[] {
  let pre = 0;
  while (pre < a.length && pre < b.length && a[pre] === b[pre]) pre++;
  let suf = 0;
  while (suf < a.length - pre && suf < b.length - pre && a[a.length - 1 - suf] === b[b.length - 1 - suf]) suf++;
  const ops: Op[] = [];
  for (let k = 0; k < pre; k++) ops.push({ op: ' ', line: a[k], a: k, b: k });
  const am = a.slice(pre, a.length - suf);
  const bm = b.slice(pre, b.length - suf);
  if (am.length * bm.length > 4_000_000) {
    // Far-apart edits in a huge file: a plain replace of the middle is still a correct diff.
    am.forEach((line, k) => ops.push({ op: '-', line, a: pre + k, b: pre }));
    bm.forEach((line, k) => ops.push({ op: '+', line, a: pre + am.length, b: pre + k }));
  } else {
    const lcs = Array.from({ length: am.length + 1 }, () => new Uint32Array(bm.length + 1));
    for (let x = am.length - 1; x >= 0; x--) for (let y = bm.length - 1; y >= 0; y--) lcs[x][y] = am[x] === bm[y] ? lcs[x + 1][y + 1] + 1 : Math.max(lcs[x + 1][y], lcs[x][y + 1]);
    let x = 0;
    let y = 0;
    while (x < am.length || y < bm.length) {
      if (x < am.length && y < bm.length && am[x] === bm[y]) ops.push({ op: ' ', line: am[x++], a: pre + x - 1, b: pre + y++ });
      else if (x < am.length && (y === bm.length || lcs[x + 1][y] >= lcs[x][y + 1])) ops.push({ op: '-', line: am[x++], a: pre + x - 1, b: pre + y });
      else ops.push({ op: '+', line: bm[y++], a: pre + x, b: pre + y - 1 });
    }
  }
  for (let k = 0; k < suf; k++) ops.push({ op: ' ', line: a[a.length - suf + k], a: a.length - suf + k, b: b.length - suf + k });
  return ops;
}
