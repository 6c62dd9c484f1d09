// Disagreements with the authenticator that are understood, each explained in docs/oracle.md:
// deliberate differences, and bugs of ours that await a fix in src/extract/aws-auth-section.ts or
// src/parse/yaml.ts. classify() names the causes of one disagreement; none fails the run.
import { parseAllDocuments, isMap, isScalar, visit } from 'yaml';
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
  { id: 'undefined-alias', kind: 'bug', summary: 'an alias to an anchor that is not defined (`*a`): go-yaml fails, the section is lost', example: { mapRoles: ROLE + '  username: *a\n' } },
  { id: 'go-yaml-stricter', kind: 'bug', summary: 'other syntax go-yaml rejects and yaml accepts: `%` lines, `...` then content, `!tag]` in flow, `- :`, `x: {a: b} :`, `*a"`', example: { mapRoles: '...\n' + ROLE } },
  { id: 'go-yaml-ends-document', kind: 'bug', summary: 'a line less indented than the first, or a `%` line: go-yaml silently ends the document, keeping what came before; we lose the section', example: { mapRoles: '  ' + ROLE + '- rolearn: arn:aws:iam::111122223333:role/b\n' } },
  { id: 'nel-space', kind: 'deliberate', summary: 'U+0085 (NEL): a space to Go\'s TrimSpace and a line break to YAML 1.1, plain text to us', example: { mapRoles: '\u0085' } },
  { id: 'go-int-float-forms', kind: 'bug', summary: 'plain scalars go-yaml reads as numbers and yaml 1.1 does not, or the reverse (`0o17`, `0X1F`, `0B11`, `1_0e1_0`, `e3`, `.`)', example: { mapRoles: ROLE + '  username: 0o17\n' } },
  { id: 'tag-in-flow', kind: 'bug', summary: 'a tag inside a flow collection (`[a, !x, b]`): go-yaml takes `,` / `]` into the tag', example: { mapRoles: ROLE + '  groups: [a, !x, b]\n' } },
  { id: 'flow-question-mark', kind: 'bug', summary: '`?x` inside a flow collection: go-yaml reads a mapping key, yaml a plain scalar', example: { mapAccounts: '[111122223333, ?q]' } },
  { id: 'block-scalar-at-eof', kind: 'deliberate', summary: 'a `|` block that ends the text without a line break: yaml adds the "\\n", go-yaml does not', example: { mapRoles: ROLE + '  username: |\n    admin' } },
  { id: 'explicit-core-tag', kind: 'bug', summary: 'an explicit !!float / !!bool / !!null tag: go-yaml converts (`!!float 1` is a number) or fails (`!!bool x`: the section is lost); we keep the text', example: { mapRoles: ROLE + '  username: !!bool x\n' } },
  { id: 'merge-key', kind: 'bug', summary: 'a YAML 1.1 merge key (`<<: {username: m}`): go-yaml merges it into the entry, we read a key named "<<"', example: { mapRoles: ROLE + '  <<: {username: m}\n' } },
  { id: 'duplicate-key-case', kind: 'deliberate', summary: 'one entry with keys equal but for case (`rolearn`, `RoleArn`): Go keeps the value of the key that sorts last, we keep the last written', example: { mapRoles: ROLE + '  RoleArn: arn:aws:iam::111122223333:role/b\n' } },
];

const GO_INT_FLOAT = /(^|[\s[,:-])(0[oO][0-7_]+|0[XBO][0-9a-fA-F_]+|[0-9_]+_[0-9_]*e[0-9_]+|e[0-9]+|\.)(?=$|[\s\],])/m;

/**
 * Every known cause that can explain one disagreement (judged from the text and both readings);
 * none means unexplained. A heuristic: one reproducer of each cause is checked by hand in docs/oracle.md.
 */
export function classify(name: string, text: string, ours: Section | undefined, theirs: Section | undefined): string[] {
  if (!ours || !theirs) return [];
  const err = theirs.errors.join('\n');
  const causes = new Set<string>();
  const add = (id: string, when: boolean) => when && causes.add(id);
  const theyLost = theirs.lost && !ours.lost;
  const weLost = ours.lost && !theirs.lost;
  add('undefined-alias', theyLost && /unknown anchor/.test(err));
  add('go-yaml-stricter', theyLost && /yaml: (line \d+: )?(found unknown directive name|did not find expected (node content|key|',' or ']'|alphabetic or numeric character)|mapping values are not allowed)/.test(err));
  add('nel-space', text.includes('\u0085'));
  add('go-yaml-ends-document', weLost && (endsEarly(text) || /\n%/.test(text)));
  add('go-int-float-forms', GO_INT_FLOAT.test(text));
  add('tag-in-flow', /\[[^\]\n]*![\w-]*[,\]]/.test(text));
  add('flow-question-mark', /[[,]\s*\?\S/.test(text));
  add('block-scalar-at-eof', /[|>][-+]?\r?\n(\s+\S.*)$/.test(text) && ours.entries.some((e, i) => e.arn === theirs.entries[i]?.arn + '\n' || e.username === theirs.entries[i]?.username + '\n'));
  add('explicit-core-tag', /!!(float|bool|null|int)\b/.test(text));
  add('merge-key', /(^|\s)<<:/.test(text));
  add('duplicate-key-case', hasCaseDuplicate(text));
  return [...causes];
}

/** A non-blank line indented less than the first one: go-yaml takes it as the end of the document. */
function endsEarly(text: string): boolean {
  const lines = text.split(/\r?\n/).filter((l) => l.trim() !== '' && !l.trim().startsWith('#'));
  const indent = (l: string) => l.length - l.trimStart().length;
  return lines.length > 1 && lines.slice(1).some((l) => indent(l) < indent(lines[0]));
}

function hasCaseDuplicate(text: string): boolean {
  let found = false;
  for (const doc of parseAllDocuments(text.replace(/^\uFEFF/, ''), { version: '1.1', uniqueKeys: false })) {
    visit(doc, {
      Map(_, map) {
        if (!isMap(map)) return;
        const keys = map.items.map((p) => (isScalar(p.key) ? String(p.key.value) : ''));
        const folded = keys.map((k) => k.toLowerCase().replace(/\u017f/g, 's'));
        if (folded.some((f, i) => folded.indexOf(f) !== i && keys[folded.indexOf(f)] !== keys[i])) found = true;
      },
    });
  }
  return found;
}
