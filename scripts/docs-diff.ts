// The change a --base example makes (its before/ → after/ files), as unified-diff hunks for its docs
// page: a change rule's finding means little without the change.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { filesOf, type Example } from '../test/support/examples.ts';

const CONTEXT = 2;

export function changeOf(ex: Example): string[] {
  const rels = [...new Set(filesOf(ex).flatMap(({ rel }) => (/^(before|after)\//.test(rel) ? [rel.replace(/^(before|after)\//, '')] : [])))].sort();
  const out: string[] = [];
  for (const rel of rels) {
    const read = (side: string) => (existsSync(join(ex.file, side, rel)) ? readFileSync(join(ex.file, side, rel), 'utf8').replace(/\r?\n$/, '').split(/\r?\n/) : undefined);
    const a = read('before');
    const b = read('after');
    const hunks = diff(a ?? [], b ?? []);
    if (!hunks.length) continue;
    out.push('```diff', `--- ${a ? 'a/' + rel : '/dev/null'}`, `+++ ${b ? 'b/' + rel : '/dev/null'}`, ...hunks, '```', '');
  }
  return out.length ? ['The change:', '', ...out] : [];
}

/** Hunks of a line diff (longest common subsequence; examples are small). */
function diff(a: string[], b: string[]): string[] {
  const n = a.length;
  const m = b.length;
  const lcs = Array.from({ length: n + 1 }, () => new Array<number>(m + 1).fill(0));
  for (let i = n - 1; i >= 0; i--) for (let j = m - 1; j >= 0; j--) lcs[i][j] = a[i] === b[j] ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
  const ops: { op: ' ' | '-' | '+'; text: string; ai: number; bi: number }[] = [];
  let i = 0;
  let j = 0;
  while (i < n || j < m) {
    if (i < n && j < m && a[i] === b[j]) ops.push({ op: ' ', text: a[i], ai: i++, bi: j++ });
    else if (j < m && (i >= n || lcs[i][j + 1] >= lcs[i + 1][j])) ops.push({ op: '+', text: b[j], ai: i, bi: j++ });
    else ops.push({ op: '-', text: a[i], ai: i++, bi: j });
  }
  const keep = ops.map((o, k) => ops.slice(Math.max(0, k - CONTEXT), k + CONTEXT + 1).some((x) => x.op !== ' '));
  const out: string[] = [];
  for (let k = 0; k < ops.length; k++) {
    if (!keep[k]) continue;
    let end = k;
    while (end + 1 < ops.length && keep[end + 1]) end++;
    const part = ops.slice(k, end + 1);
    const aLen = part.filter((o) => o.op !== '+').length;
    const bLen = part.filter((o) => o.op !== '-').length;
    out.push(`@@ -${part[0].ai + (aLen ? 1 : 0)},${aLen} +${part[0].bi + (bLen ? 1 : 0)},${bLen} @@`, ...part.map((o) => o.op + o.text));
    k = end;
  }
  return out;
}
