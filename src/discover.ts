// Paths, folders and globs → the files to read. Folders are walked with .gitignore respected.
import { existsSync, readFileSync, readdirSync, statSync, type Dirent } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import ignore, { type Ignore } from 'ignore';
import picomatch from 'picomatch';
import type { Diagnostic } from './finding.ts';

const SKIP_DIRS = new Set(['node_modules', '.git', '.terraform']);
const EXTENSIONS = /\.(ya?ml|json|template|tfstate)$/i;
const GLOB_CHARS = /[*?[\]{}!]/;

/** Would a folder walk pick this file (path relative to the walked folder)? Also for files only a git revision has. */
export function walkable(relPath: string): boolean {
  const segs = toPosix(relPath).split('/');
  const name = segs.pop() ?? '';
  return EXTENSIONS.test(name) && !segs.some((s, i) => SKIP_DIRS.has(s) || (s.startsWith('asset.') && segs[i - 1] === 'cdk.out'));
}

export function isGlob(path: string): boolean {
  return GLOB_CHARS.test(path);
}

export interface Discovered {
  files: string[];
  diagnostics: Diagnostic[];
}

interface GitIgnore {
  dir: string;
  rules: Ignore;
}

export async function discover(paths: string[], cwd: string, ignoreGlobs: string[] = [], ignoreBase = cwd): Promise<Discovered> {
  const found = new Set<string>();
  const diagnostics: Diagnostic[] = [];
  const ignored = ignoreGlobs.length ? picomatch(ignoreGlobs, { dot: true }) : () => false;
  const keep = (abs: string) => !ignored(toPosix(relative(ignoreBase, abs)));
  for (const p of paths) {
    const abs = resolve(cwd, p);
    let stat;
    try {
      stat = statSync(abs);
    } catch (e) {
      if (GLOB_CHARS.test(p)) {
        const { glob } = await import('tinyglobby');
        const hits = await glob(p, { cwd, absolute: true, dot: false, ignore: ['**/node_modules/**', '**/.git/**', '**/.terraform/**'] });
        if (hits.length === 0) diagnostics.push({ file: p, level: 'warning', message: 'no files match this pattern' });
        for (const h of hits) if (keep(h)) found.add(h);
      } else diagnostics.push({ file: p, level: 'error', message: `cannot read: ${reason(e)}` });
      continue;
    }
    if (stat.isDirectory()) walk(abs, ancestorsIgnores(abs), found, diagnostics, cwd, keep);
    else if (keep(abs)) found.add(abs); // named explicitly: read whatever its extension
  }
  return { files: [...found].sort(), diagnostics };
}

function walk(dir: string, inherited: GitIgnore[], found: Set<string>, diagnostics: Diagnostic[], cwd: string, keep: (abs: string) => boolean): void {
  const ignores = withIgnoreFile(dir, inherited);
  let entries: Dirent[];
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch (e) {
    diagnostics.push({ file: toPosix(relative(cwd, dir)) || '.', level: 'error', message: `cannot read folder: ${reason(e)}` });
    return;
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const inCdkOut = dir.endsWith(`${sep}cdk.out`);
  for (const ent of entries) {
    const abs = join(dir, ent.name);
    let isDir = ent.isDirectory();
    let isFile = ent.isFile();
    if (ent.isSymbolicLink()) {
      // Follow links to files only: a link to a folder may loop.
      try {
        isFile = statSync(abs).isFile();
      } catch {
        isFile = false;
      }
      isDir = false;
    }
    if (isDir) {
      if (SKIP_DIRS.has(ent.name) || (inCdkOut && ent.name.startsWith('asset.'))) continue;
      if (isIgnored(ignores, abs, true)) continue;
      walk(abs, ignores, found, diagnostics, cwd, keep);
    } else if (isFile && EXTENSIONS.test(ent.name) && !isIgnored(ignores, abs, false) && keep(abs)) {
      found.add(abs);
    }
  }
}

function withIgnoreFile(dir: string, inherited: GitIgnore[]): GitIgnore[] {
  const file = join(dir, '.gitignore');
  if (!existsSync(file)) return inherited;
  try {
    return [...inherited, { dir, rules: ignore().add(readFileSync(file, 'utf8')) }];
  } catch {
    return inherited;
  }
}

/** .gitignore files of the folders above `dir`, up to the repository root. */
function ancestorsIgnores(dir: string): GitIgnore[] {
  const chain: string[] = [];
  for (let d = dirname(dir); ; d = dirname(d)) {
    chain.unshift(d);
    if (existsSync(join(d, '.git')) || dirname(d) === d) break;
  }
  if (!existsSync(join(chain[0], '.git'))) return [];
  return chain.reduce<GitIgnore[]>((acc, d) => withIgnoreFile(d, acc), []);
}

function isIgnored(ignores: GitIgnore[], abs: string, isDir: boolean): boolean {
  for (const g of ignores) {
    const rel = toPosix(relative(g.dir, abs));
    if (rel && !rel.startsWith('..') && g.rules.ignores(isDir ? rel + '/' : rel)) return true;
  }
  return false;
}

export function toPosix(p: string): string {
  return sep === '/' ? p : p.split(sep).join('/');
}

function reason(e: unknown): string {
  const code = (e as NodeJS.ErrnoException)?.code;
  if (code === 'ENOENT') return 'no such file or folder';
  if (code === 'EACCES') return 'permission denied';
  if (code === 'ELOOP') return 'too many symbolic links';
  return (e as Error)?.message ?? String(e);
}
export { reason as describeFsError };
