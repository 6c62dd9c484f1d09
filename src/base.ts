// --base: the before model, read from the base revision's text of the scanned files, through the
// same extractors. Files the working tree deleted count too: deleting aws-auth is the outage.
import { existsSync, realpathSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import picomatch from 'picomatch';
import { sniffSyntax, tooLargeToParse } from './detect.ts';
import { isGlob, toPosix, walkable } from './discover.ts';
import { extractFile } from './extract/index.ts';
import type { Diagnostic } from './finding.ts';
import { readBlobs, type BaseRevision } from './git.ts';
import { joinPolicies } from './join-policies.ts';
import { emptyModel, mergeModels, type Extracted, type Model } from './model.ts';
import { decodeBytes, judged } from './read.ts';
import { SourceFile } from './source.ts';

export interface BaseInput {
  cwd: string;
  /** The paths as given (files, folders, globs). */
  paths: string[];
  /** Every discovered file (absolute), and what extraction made of those that were read (undefined: could not be read). */
  files: string[];
  extracted: Map<string, Extracted | undefined>;
  /** config `ignore` globs, relative to `ignoreBase`. */
  ignore: string[];
  ignoreBase: string;
}

export interface BaseModel {
  model: Model;
  /** SourceFiles holding the base revision's text: findings there say so. */
  files: Set<SourceFile>;
  diagnostics: Diagnostic[];
}

export function beforeFromBase(base: BaseRevision, input: BaseInput): BaseModel {
  const model = emptyModel();
  const files = new Set<SourceFile>();
  const diagnostics: Diagnostic[] = [];
  // git answers with real paths; the user's cwd may go through a symlink.
  const realCwd = realOr(input.cwd);
  const toRepo = (abs: string) => toPosix(relative(base.root, join(realCwd, relative(input.cwd, abs))));
  const wanted: { rel: string; id: string }[] = [];
  const seen = new Set<string>();
  for (const abs of input.files) {
    const path = toRepo(abs);
    seen.add(path);
    const id = base.blobs.get(path);
    const ex = input.extracted.get(abs);
    // New since the base; a plan, which carries its own before; unreadable now (a parse error is its own finding).
    if (!id || ex?.before || ex?.after.parseFailures.length || (input.extracted.has(abs) && !ex)) continue;
    if (!base.changed.has(path)) {
      // Same text at both revisions: the same model, without reading it twice.
      if (ex) mergeModels(model, ex.after);
    } else wanted.push({ rel: toPosix(relative(input.cwd, abs)) || abs, id });
  }
  const ignored = input.ignore.length ? picomatch(input.ignore, { dot: true }) : () => false;
  for (const path of base.deleted) {
    const real = join(base.root, path);
    const id = base.blobs.get(path);
    if (!id || seen.has(path) || !underPaths(real, realCwd, input.paths)) continue;
    const abs = resolve(input.cwd, relative(realCwd, real));
    if (ignored(toPosix(relative(input.ignoreBase, abs)))) continue;
    wanted.push({ rel: toPosix(relative(input.cwd, abs)), id });
  }
  const blobs = readBlobs(base, wanted.map((w) => w.id));
  for (const { rel, id } of wanted) {
    const buf = blobs.get(id);
    if (!buf) continue;
    const read = judged(decodeBytes(buf));
    if (!('text' in read)) continue;
    const { text } = read;
    const syntax = sniffSyntax(text);
    if (tooLargeToParse(text, syntax)) continue;
    // The same path as the working tree's file: identities (`cfn:<file>#Id`) match across revisions.
    const file = new SourceFile(rel, text, syntax);
    try {
      const out = extractFile(file);
      // An old plan describes an old change, not the base's state.
      if (out.before) continue;
      mergeModels(model, out.after);
      files.add(file);
    } catch (e) {
      diagnostics.push({ file: rel, level: 'error', message: `internal error while reading this file at ${base.ref}: ${(e as Error)?.message ?? e}` });
    }
  }
  joinPolicies(model);
  return { model, files, diagnostics };
}

/** Is a file the base has (and the working tree lost) under one of the paths that were scanned? */
function underPaths(real: string, realCwd: string, paths: string[]): boolean {
  const relCwd = toPosix(relative(realCwd, real));
  return paths.some((p) => {
    const at = realOr(resolve(realCwd, p));
    if (real === at) return true;
    if (real.startsWith(at.endsWith(sep) ? at : at + sep)) return walkable(relative(at, real));
    return !existsSync(at) && isGlob(p) && picomatch(p)(relCwd);
  });
}

function realOr(path: string): string {
  try {
    return realpathSync(path);
  } catch {
    return path;
  }
}
