// Disagreements with the authenticator that are understood, each explained in docs/oracle.md:
// deliberate differences, and bugs of ours that await a fix in src/extract/aws-auth-section.ts or
// src/parse/yaml.ts. classify() names the causes of one disagreement; none fails the run.
import { parseAllDocuments, isAlias, isMap, isScalar, isSeq, visit, type Document, type YAMLMap } from 'yaml';
import type { Section } from './ours.ts';

export interface KnownClass {
  id: string;
  kind: 'deliberate' | 'bug';
  summary: string;
  /** A minimal reproducer: run.ts checks that it still disagrees (else the bug is fixed). */
  example: Record<string, string>;
}

const ROLE = '- rolearn: arn:aws:iam::111122223333:role/a\n';

export const KNOWN: KnownClass[] = [
  { id: 'nel-space', kind: 'deliberate', summary: 'U+0085 (NEL): a space to Go\'s TrimSpace and a line break to YAML 1.1, plain text to us', example: { mapRoles: '\u0085' } },
  { id: 'block-scalar-at-eof', kind: 'deliberate', summary: 'a `|` block that ends the text without a line break: yaml adds the "\\n", go-yaml does not', example: { mapRoles: ROLE + '  username: |\n    admin' } },
  { id: 'accounts-decode-error', kind: 'deliberate', summary: 'mapAccounts with a tag its item does not fit (`- !!bool x`): yaml.v2 stops there, keeping the accounts before it; we report the section unparseable', example: { mapAccounts: '- "111122223333"\n- !!bool x\n' } },
  { id: 'duplicate-key-case', kind: 'deliberate', summary: 'one entry with keys equal but for case (`rolearn`, `RoleArn`): Go keeps the value of the key that sorts last, we keep the last written', example: { mapRoles: ROLE + '  RoleArn: arn:aws:iam::111122223333:role/b\n' } },
];

/**
 * Every known cause that can explain one disagreement (judged from the text and both readings);
 * none means unexplained. A heuristic: one reproducer of each cause is checked by hand in docs/oracle.md.
 */
export function classify(name: string, text: string, ours: Section | undefined, theirs: Section | undefined): string[] {
  if (!ours || !theirs) return [];
  const err = theirs.errors.join('\n');
  const causes = new Set<string>();
  const add = (id: string, when: boolean) => when && causes.add(id);
  add('nel-space', text.includes('\u0085'));
  add('block-scalar-at-eof', /[|>][-+]?\r?\n(\s+\S.*)$/.test(text) && ours.entries.some((e, i) => e.arn === theirs.entries[i]?.arn + '\n' || e.username === theirs.entries[i]?.username + '\n'));
  add('accounts-decode-error', name === 'mapAccounts' && ours.lost && theirs.lost && /yaml: cannot decode/.test(err));
  add('duplicate-key-case', hasCaseDuplicate(text));
  return [...causes];
}


function hasCaseDuplicate(text: string): boolean {
  let found = false;
  for (const doc of parseAllDocuments(text.replace(/^\uFEFF/, ''), { version: '1.1', uniqueKeys: false, merge: false })) {
    visit(doc, {
      Map(_, map) {
        if (!isMap(map)) return;
        const keys = keysOf(doc, map, new Set());
        const folded = keys.map((k) => k.toLowerCase().replace(/\u017f/g, 's'));
        if (folded.some((f, i) => folded.indexOf(f) !== i && keys[folded.indexOf(f)] !== keys[i])) found = true;
      },
    });
  }
  return found;
}

/**
 * The keys a mapping holds once go-yaml has merged it: a `<<` brings in the keys of its map, of the
 * map an alias names, or of each map of a list (`<<: [{groups: [a]}]`, `<<: [*base]`), merges and all.
 */
function keysOf(doc: Document.Parsed, map: YAMLMap, seen: Set<unknown>): string[] {
  if (seen.has(map)) return [];
  seen.add(map);
  const resolve = (n: unknown) => (isAlias(n) ? n.resolve(doc) : n);
  return map.items.flatMap((p) => {
    if (!(isScalar(p.key) && p.key.source === '<<')) return [isScalar(p.key) ? String(p.key.value) : ''];
    const value = resolve(p.value);
    const sources = isSeq(value) ? value.items.map(resolve) : [value];
    return sources.flatMap((m) => (isMap(m) ? keysOf(doc, m, seen) : []));
  });
}
