// Bad input is a finding or is skipped, never a crash or exit 2.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { AWS_AUTH, run, tree } from './support/cli.ts';

const json = (s: string) => JSON.parse(s) as { findings: { ruleId: string; file: string; range: { start: { line: number } } }[] };

describe('bad input', () => {
  it('skips empty, binary and unrelated files silently', () => {
    const dir = tree({ 'empty.yaml': '', 'unrelated.json': '{"name": "web"}' });
    writeFileSync(join(dir, 'binary.yaml'), Buffer.from([0x61, 0x77, 0x73, 0x2d, 0x61, 0x75, 0x74, 0x68, 0x00, 0xff, 0x00, 0x01]));
    const r = run(['-f', 'json', '.'], dir);
    expect(r.code).toBe(0);
    expect(json(r.stdout).findings).toEqual([]);
  });

  it('skips Helm and Jinja templates rather than report their template syntax', () => {
    const helm = 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: aws-auth\ndata:\n  mapRoles: |\n    {{- range .Values.roles }}\n    - rolearn: {{ .arn }}\n    {{- end }}\n';
    const r = run(['-f', 'json', '.'], tree({ 'templates/aws-auth.yaml': helm, 'j.yaml': 'kind: ConfigMap\nmetadata: {name: aws-auth}\n{% if x %}\n' }));
    expect(r.code).toBe(0);
    expect(json(r.stdout).findings).toEqual([]);
  });

  it('still reads aws-auth whose macro is written with spaces (not a template)', () => {
    const r = run(['-f', 'json', 'a.yaml'], tree({ 'a.yaml': AWS_AUTH('- rolearn: arn:aws:iam::111122223333:role/x/y\n  username: "role:{{ SessionName }}"') }));
    expect(json(r.stdout).findings.map((f) => f.ruleId)).toContain('aws-auth/role-arn-path');
  });

  it('reads a file with a BOM and CRLF line ends at the right positions', () => {
    const text = '\uFEFF' + AWS_AUTH('- rolearn: arn:aws:iam::111122223333:role/x/y\n  username: y:{{SessionName}}').replace(/\n/g, '\r\n');
    const r = run(['-f', 'json', 'a.yaml'], tree({ 'a.yaml': text }));
    expect(json(r.stdout).findings.map((f) => `${f.ruleId} ${f.range.start.line}`)).toEqual(['aws-auth/role-arn-path 8']);
  });

  it('reports broken YAML and JSON as one parse error each and goes on', () => {
    const dir = tree({
      'a.yaml': 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: aws-auth\n  namespace: [kube-system\n',
      'b.json': '{"kind": "ConfigMap", "metadata": {"name": "aws-auth"}, ,}',
      'c.yaml': AWS_AUTH('- rolearn: arn:aws:iam::111122223333:role/p/q\n  username: q:{{SessionName}}'),
    });
    const r = run(['-f', 'json', '.'], dir);
    expect(r.code).toBe(1);
    expect(json(r.stdout).findings.map((f) => `${f.file} ${f.ruleId}`)).toEqual(['a.yaml input/parse-error', 'b.json input/parse-error', 'c.yaml aws-auth/role-arn-path']);
  });

  it('survives invalid UTF-8, an alias bomb and deep nesting', () => {
    const dir = tree({
      'bomb.yaml': 'kind: ConfigMap\nmetadata: {name: aws-auth}\na: &a [x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]\nc: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]\nd: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c]\ne: [*d, *d, *d, *d, *d, *d, *d, *d, *d]\n',
      'deep.json': '{"kind":"ConfigMap","metadata":{"name":"aws-auth"},"x":' + '['.repeat(5000) + ']'.repeat(5000) + '}',
    });
    writeFileSync(join(dir, 'bad-utf8.yaml'), Buffer.concat([Buffer.from(AWS_AUTH('- rolearn: arn:aws:iam::111122223333:role/a/b')), Buffer.from([0x23, 0x20, 0xc3, 0x28, 0x0a])]));
    const r = run(['-f', 'json', '.'], dir);
    expect(r.stderr).toBe('');
    expect([0, 1]).toContain(r.code);
    expect(json(r.stdout).findings.map((f) => `${f.file} ${f.ruleId}`)).toContain('bad-utf8.yaml aws-auth/role-arn-path');
  });
});
