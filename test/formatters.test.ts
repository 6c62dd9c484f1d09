// Formatters against their contracts: SARIF against the vendored 2.1.0 schema, json against
// schemas/report.schema.json, github and markdown line by line; and a real lint() report end to end.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Ajv } from 'ajv';
import { Ajv2020 } from 'ajv/dist/2020.js';
import type * as Sarif from 'sarif';
import { describe, expect, it } from 'vitest';
import { docsUrl } from '../src/docs-url.ts';
import type { FormatContext, Report } from '../src/finding.ts';
import github from '../src/formatters/github.ts';
import { FORMATS, loadFormatter } from '../src/formatters/index.ts';
import json, { jsonChunks } from '../src/formatters/json.ts';
import markdown from '../src/formatters/markdown.ts';
import sarif from '../src/formatters/sarif.ts';
import { lint } from '../src/lint.ts';
import type { RuleMeta } from '../src/rule.ts';

const schema = (name: string) => JSON.parse(readFileSync(new URL(`../schemas/${name}`, import.meta.url), 'utf8'));

// ajv-formats is not a dependency; these are the four formats the SARIF schema uses, strict enough to
// reject an unencoded space in a URI (RFC 3986 characters, %XX escapes).
const URI_CHARS = String.raw`(?:[A-Za-z0-9\-._~!$&'()*+,;=:@/?#\[\]]|%[0-9A-Fa-f]{2})*`;
const FORMATS_USED = {
  uri: new RegExp(`^[A-Za-z][A-Za-z0-9+.-]*:${URI_CHARS}$`),
  'uri-reference': new RegExp(`^${URI_CHARS}$`),
  'date-time': /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(?:\.\d+)?(?:Z|[+-]\d\d:\d\d)$/i,
  uuid: /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i,
};

// The multitool's schema has a language pattern that is invalid under the `u` flag: unicodeRegExp off.
const ajv2020 = new Ajv2020({ unicodeRegExp: false, strict: false, allErrors: true, formats: FORMATS_USED });
const validateSarif = ajv2020.compile(schema('sarif-2.1.0.json'));
const validateReport = new Ajv({ strict: true, allErrors: true, formats: FORMATS_USED }).compile(schema('report.schema.json'));

function expectValid(validate: typeof validateSarif, data: unknown) {
  const ok = validate(data);
  expect(validate.errors ?? [], JSON.stringify(validate.errors, null, 2)).toEqual([]);
  expect(ok).toBe(true);
}

const meta = (id: string, severity: RuleMeta['severity'], extra: Partial<RuleMeta> = {}): RuleMeta => ({
  id,
  severity,
  description: `Description of ${id}`,
  rationale: `Why ${id} matters.`,
  sources: ['reference/authenticator.md §2', 'https://docs.aws.amazon.com/eks/latest/userguide/auth-configmap.html'],
  remediation: `Fix ${id}.`,
  tags: ['aws-auth', 'security'],
  formats: ['cm'],
  messages: { m: 'message' },
  ...extra,
});

const range = (line: number, column: number, endColumn: number) => ({ start: { line, column }, end: { line, column: endColumn } });

const REPORT: Report = {
  findings: [
    {
      ruleId: 'aws-auth/role-arn-path',
      severity: 'error',
      message: 'role ARN has path "/team/": 100%, not 50%\nsee docs',
      file: 'k8s dir/aws-auth.yaml',
      range: range(8, 16, 53),
      pointer: '/0/rolearn',
      logicalPath: 'aws-auth › mapRoles[0].rolearn',
      principal: 'arn:aws:iam::111122223333:role/team/x',
      fingerprint: '95cff4bcfc365254146d1a274eb8e653',
    },
    {
      ruleId: 'aws-auth/session-name-colon',
      severity: 'warning',
      message: 'username "{{SessionName}}" has no static prefix',
      file: 'k8s dir/aws-auth.yaml',
      range: range(9, 17, 32),
      pointer: '/0/username',
      logicalPath: 'aws-auth › mapRoles[0].username',
      fingerprint: '0123456789abcdef0123456789abcdef',
    },
    {
      ruleId: 'access-entry/groups-on-non-standard',
      severity: 'note',
      message: 'groups | are ignored',
      file: 'cfn/stack.json',
      range: range(3, 5, 9),
      pointer: '/Resources/E/Properties/KubernetesGroups',
      logicalPath: 'Resources.E.Properties.KubernetesGroups',
      fingerprint: 'fedcba9876543210fedcba9876543210',
    },
  ],
  diagnostics: [{ file: 'odd,name:x.yaml', level: 'error', message: 'cannot read: permission denied' }],
  filesScanned: 4,
  filesLinted: 2,
  // Not in finding order, so ruleIndex cannot be right by accident.
  rules: [
    meta('access-entry/groups-on-non-standard', 'warning', { tags: ['access-entry', 'correctness'] }),
    meta('aws-auth/role-arn-path', 'error', { tags: ['aws-auth', 'correctness'] }),
    meta('aws-auth/session-name-colon', 'warning', { securitySeverity: 5 }),
  ],
  toolVersion: '0.1.0',
};
const CTX: FormatContext = { cwd: '/work/repo with space', color: false, docsUrl };

describe('sarif', () => {
  const log = JSON.parse(sarif(REPORT, CTX)) as Sarif.Log;
  const run = log.runs[0];

  it('validates against the SARIF 2.1.0 schema', () => {
    expect(log.$schema).toBe('https://json.schemastore.org/sarif-2.1.0.json');
    expect(log.version).toBe('2.1.0');
    expectValid(validateSarif, log);
  });

  it('is checked for real: a broken log fails the schema', () => {
    const broken = structuredClone(log) as unknown as { runs: { tool: { driver: Record<string, unknown> }; results: Record<string, unknown>[] }[] };
    delete broken.runs[0].tool.driver.name;
    broken.runs[0].results[0].level = 'fatal';
    expect(validateSarif(broken)).toBe(false);
  });

  it('describes every rule, security-severity included', () => {
    const driver = run.tool.driver;
    expect(driver).toMatchObject({ name: 'eks-access-lint', version: '0.1.0', semanticVersion: '0.1.0', informationUri: 'https://github.com/eks-access-lint/eks-access-lint' });
    expect(driver.rules!.map((r) => [r.id, r.name])).toEqual([
      ['access-entry/groups-on-non-standard', 'AccessEntryGroupsOnNonStandard'],
      ['aws-auth/role-arn-path', 'AwsAuthRoleArnPath'],
      ['aws-auth/session-name-colon', 'AwsAuthSessionNameColon'],
    ]);
    for (const r of driver.rules!) {
      expect(r.helpUri).toBe(docsUrl(r.id));
      expect(r.shortDescription?.text).toMatch(/^Description of .*\.$/);
      expect(r.help?.markdown).toContain('<https://docs.aws.amazon.com/eks/latest/userguide/auth-configmap.html>');
      expect(r.properties?.['security-severity']).toMatch(/^\d+\.\d$/);
      expect(['very-high', 'high']).toContain(r.properties?.precision);
    }
    expect(driver.rules!.map((r) => r.properties?.['security-severity'])).toEqual(['4.0', '7.0', '5.0']);
    expect(driver.rules![1].defaultConfiguration?.level).toBe('error');
  });

  it('points each result at its rule, artifact and region', () => {
    expect(run.results!.map((r) => [r.ruleId, r.ruleIndex, r.level])).toEqual([
      ['aws-auth/role-arn-path', 1, 'error'],
      ['aws-auth/session-name-colon', 2, 'warning'],
      ['access-entry/groups-on-non-standard', 0, 'note'],
    ]);
    for (const r of run.results!) expect(run.tool.driver.rules![r.ruleIndex!].id).toBe(r.ruleId);
    const [first] = run.results!;
    expect(first.message.text).toBe('role ARN has path "/team/": 100%, not 50%\nsee docs.');
    expect(first.locations![0]).toEqual({
      physicalLocation: {
        artifactLocation: { uri: 'k8s%20dir/aws-auth.yaml', uriBaseId: '%SRCROOT%', index: 1 },
        region: { startLine: 8, startColumn: 16, endLine: 8, endColumn: 53 },
      },
      logicalLocations: [{ fullyQualifiedName: 'aws-auth › mapRoles[0].rolearn' }],
    });
    expect(run.results!.map((r) => r.partialFingerprints)).toEqual(REPORT.findings.map((f) => ({ 'eksAccessLint/v1': f.fingerprint })));
  });

  it('uses relative, percent-encoded URIs under %SRCROOT%', () => {
    const root = run.originalUriBaseIds!['%SRCROOT%'].uri!;
    expect(root).toBe('file:///work/repo%20with%20space/');
    expect(run.artifacts).toEqual([
      { location: { uri: 'cfn/stack.json', uriBaseId: '%SRCROOT%' }, roles: ['analysisTarget'] },
      { location: { uri: 'k8s%20dir/aws-auth.yaml', uriBaseId: '%SRCROOT%' }, roles: ['analysisTarget'] },
    ]);
    for (const r of run.results!) {
      const loc = r.locations![0].physicalLocation!.artifactLocation!;
      expect(loc.uri).not.toMatch(/^[a-z]+:|^\//i);
      expect(run.artifacts![loc.index!].location!.uri).toBe(loc.uri);
      expect(new URL(loc.uri!, root).href.startsWith(root)).toBe(true);
    }
    expect(run.columnKind).toBe('utf16CodeUnits');
  });

  it('reports unreadable files as tool execution notifications', () => {
    expect(run.invocations).toEqual([
      {
        executionSuccessful: true,
        toolExecutionNotifications: [
          {
            level: 'error',
            message: { text: 'cannot read: permission denied.' },
            locations: [{ physicalLocation: { artifactLocation: { uri: 'odd%2Cname%3Ax.yaml', uriBaseId: '%SRCROOT%' } } }],
          },
        ],
      },
    ]);
  });

  it('keeps paths outside the working directory as absolute file URIs', () => {
    const outside = { ...REPORT, findings: [{ ...REPORT.findings[0], file: '/elsewhere/a b.yaml' }], diagnostics: [] };
    const out = JSON.parse(sarif(outside, CTX)) as Sarif.Log;
    expect(out.runs[0].artifacts![0].location).toEqual({ uri: 'file:///elsewhere/a%20b.yaml' });
    expectValid(validateSarif, out);
  });

  it('stays valid with no findings and no diagnostics', () => {
    const empty = JSON.parse(sarif({ ...REPORT, findings: [], diagnostics: [] }, CTX)) as Sarif.Log;
    expect(empty.runs[0].results).toEqual([]);
    expect(empty.runs[0].invocations).toEqual([{ executionSuccessful: true }]);
    expectValid(validateSarif, empty);
  });
});

describe('json', () => {
  it('validates against schemas/report.schema.json', () => {
    const out = JSON.parse(json(REPORT, CTX));
    expectValid(validateReport, out);
    expect(out.version).toBe(1);
    expect(out.summary).toEqual({ errors: 1, warnings: 1, notes: 1, filesScanned: 4, filesLinted: 2 });
    expect(out.findings[0]).toMatchObject({ principal: 'arn:aws:iam::111122223333:role/team/x', docs: docsUrl('aws-auth/role-arn-path') });
    expect('principal' in out.findings[1]).toBe(false);
  });

  it('is documented exactly: the schema rejects an unknown field', () => {
    const out = JSON.parse(json(REPORT, CTX));
    out.findings[0].extra = true;
    expect(validateReport(out)).toBe(false);
  });

  it('copies only documented fields from a finding', () => {
    const noisy = { ...REPORT, findings: [{ ...REPORT.findings[0], internal: 1, range: { ...REPORT.findings[0].range, offsets: [1, 2] } }] };
    expectValid(validateReport, JSON.parse(json(noisy as Report, CTX)));
  });

  it('comes in one piece per finding, together exactly the indented JSON of the whole report', () => {
    const tricky = { ...REPORT, diagnostics: [{ file: 'x', level: 'error' as const, message: 'said "findings": [] here' }] };
    for (const report of [tricky, { ...tricky, findings: [] }]) {
      const chunks = [...jsonChunks(report, CTX)];
      expect(chunks).toHaveLength(report.findings.length ? report.findings.length + 2 : 1);
      const text = chunks.join('');
      expect(text).toBe(JSON.stringify(JSON.parse(text), null, 2) + '\n');
      expect(JSON.parse(text).diagnostics[0].message).toBe('said "findings": [] here');
    }
  });
});

describe('github', () => {
  it('prints one escaped workflow command per finding, then diagnostics', () => {
    expect(github(REPORT, CTX).split('\n')).toEqual([
      '::error file=k8s dir/aws-auth.yaml,line=8,col=16,endLine=8,endColumn=53,title=aws-auth/role-arn-path::role ARN has path "/team/": 100%25, not 50%25%0Asee docs',
      '::warning file=k8s dir/aws-auth.yaml,line=9,col=17,endLine=9,endColumn=32,title=aws-auth/session-name-colon::username "{{SessionName}}" has no static prefix',
      '::notice file=cfn/stack.json,line=3,col=5,endLine=3,endColumn=9,title=access-entry/groups-on-non-standard::groups | are ignored',
      '::warning file=odd%2Cname%3Ax.yaml::cannot read: permission denied',
      '',
    ]);
  });

  it('escapes CR and % in property values too', () => {
    const f = { ...REPORT.findings[0], file: 'a%b\r\n.yaml', message: 'x\r\ny' };
    expect(github({ ...REPORT, findings: [f], diagnostics: [] }, CTX)).toBe(
      '::error file=a%25b%0D%0A.yaml,line=8,col=16,endLine=8,endColumn=53,title=aws-auth/role-arn-path::x%0D%0Ay\n',
    );
  });

  it('prints nothing for a clean report', () => {
    expect(github({ ...REPORT, findings: [], diagnostics: [] }, CTX)).toBe('');
  });
});

describe('markdown', () => {
  it('summarises counts, then a table with linked rules and escaped cells', () => {
    expect(markdown(REPORT, CTX).split('\n')).toEqual([
      '## eks-access-lint',
      '',
      '1 error, 1 warning, 1 note in 2 files with EKS access configuration (4 scanned).',
      '',
      '| File | Severity | Rule | Message |',
      '| --- | --- | --- | --- |',
      `| k8s dir/aws-auth.yaml:8:16 | error | [aws-auth/role-arn-path](${docsUrl('aws-auth/role-arn-path')}) | role ARN has path "/team/": 100%, not 50%<br>see docs |`,
      `| k8s dir/aws-auth.yaml:9:17 | warning | [aws-auth/session-name-colon](${docsUrl('aws-auth/session-name-colon')}) | username "{{SessionName}}" has no static prefix |`,
      `| cfn/stack.json:3:5 | note | [access-entry/groups-on-non-standard](${docsUrl('access-entry/groups-on-non-standard')}) | groups \\| are ignored |`,
      '',
      '**Not read:**',
      '',
      '- odd,name:x.yaml: cannot read: permission denied',
      '',
    ]);
  });
});

describe('every format', () => {
  it('is byte-identical across runs and leaves the report untouched', async () => {
    const before = structuredClone(REPORT);
    for (const name of FORMATS.filter((n) => n !== 'stylish')) {
      const format = await loadFormatter(name);
      const a = await format(structuredClone(REPORT), CTX);
      const b = await format(REPORT, CTX);
      expect(b, name).toBe(a);
    }
    expect(REPORT).toEqual(before);
  });
});

describe('a real lint() report', () => {
  it('formats to valid SARIF and json', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'eal-formatters-'));
    try {
      writeFileSync(
        join(dir, 'aws-auth.yaml'),
        [
          'apiVersion: v1',
          'kind: ConfigMap',
          'metadata:',
          '  name: aws-auth',
          '  namespace: kube-system',
          'data:',
          '  mapRoles: |',
          '    - rolearn: arn:aws:iam::111122223333:role/team/x',
          '      username: deployer:{{SessionName}}',
          '      groups:',
          '        - system:masters',
          '',
        ].join('\n'),
      );
      const report = await lint(['.'], { cwd: dir, config: {} });
      const finding = report.findings.find((f) => f.ruleId === 'aws-auth/role-arn-path');
      expect(finding?.range.start).toEqual({ line: 8, column: 16 });
      const ctx = { cwd: dir, color: false, docsUrl };
      const log = JSON.parse(sarif(report, ctx)) as Sarif.Log;
      expectValid(validateSarif, log);
      const result = log.runs[0].results!.find((r) => r.ruleId === 'aws-auth/role-arn-path')!;
      expect(log.runs[0].tool.driver.rules![result.ruleIndex!].id).toBe(result.ruleId);
      expect(result.locations![0].physicalLocation!.artifactLocation).toMatchObject({ uri: 'aws-auth.yaml', uriBaseId: '%SRCROOT%' });
      expect(result.locations![0].physicalLocation!.region).toMatchObject({ startLine: 8, startColumn: 16 });
      expect(result.partialFingerprints!['eksAccessLint/v1']).toBe(finding!.fingerprint);
      expectValid(validateReport, JSON.parse(json(report, ctx)));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('reports in pieces', () => {
  it('write what JSON.stringify writes, one piece per item after the opening, at any depth', async () => {
    const { stringifyInPieces } = await import('../src/formatters/pieces.ts');
    const items = [{ a: 1, b: ['x', { c: 'say "results": [] here' }] }, { a: 2 }, { a: 3 }];
    const shell = { head: { results: 'not a list' }, runs: [{ tool: 'x', results: [], tail: [1] }] };
    const pieces = [...stringifyInPieces(shell, 'results', items, (i) => ({ ...i, made: true }))];
    const whole = { ...shell, runs: [{ ...shell.runs[0], results: items.map((i) => ({ ...i, made: true })) }] };
    expect(pieces.join('')).toBe(JSON.stringify(whole, null, 2) + '\n');
    expect(pieces).toHaveLength(items.length + 2);
    expect([...stringifyInPieces(shell, 'results', [], (i) => i)]).toEqual([JSON.stringify(shell, null, 2) + '\n']);
  });
});
