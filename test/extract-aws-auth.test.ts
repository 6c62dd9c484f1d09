// The aws-auth ConfigMap extractor: shapes, YAML 1.1 reading, sections lost whole.
import { describe, expect, it } from 'vitest';
import { extractFile } from '../src/extract/index.ts';
import { sniffSyntax } from '../src/detect.ts';
import { SourceFile } from '../src/source.ts';
import { known } from '../src/text.ts';

const model = (text: string) => extractFile(new SourceFile('f', text, sniffSyntax(text))).after;
const cm = (data: string, ns = 'kube-system') => `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: aws-auth\n  namespace: ${ns}\ndata:\n${data}`;

describe('aws-auth extractor', () => {
  it('reads roles, users and accounts with the authenticator\'s case-insensitive keys', () => {
    const m = model(cm(`  mapRoles: |\n    - roleARN: arn:aws:iam::111122223333:role/a\n      UserName: a\n      groups: [x, "y"]\n  mapUsers: |\n    - userarn: arn:aws:iam::111122223333:user/u\n  mapAccounts: |\n    - 012345678901\n    - "111122223333"\n`));
    expect(m.identityMappings.map((i) => [i.section, known(i.arn), known(i.username), i.groups.map(known)])).toEqual([
      ['mapRoles', 'arn:aws:iam::111122223333:role/a', 'a', ['x', 'y']],
      ['mapUsers', 'arn:aws:iam::111122223333:user/u', undefined, []],
      ['mapAccounts', '012345678901', undefined, []],
      ['mapAccounts', '111122223333', undefined, []],
    ]);
    expect(m.identityMappings[0].keys.map(({ key, type }) => ({ key, type }))).toEqual([{ key: 'roleARN', type: 'string' }, { key: 'UserName', type: 'string' }, { key: 'groups', type: 'seq' }]);
  });

  it('reads scalars as YAML 1.1: yes, on, 012 and ~ are not strings', () => {
    const m = model(cm(`  mapRoles: |\n    - rolearn: arn:aws:iam::111122223333:role/a\n      username: yes\n      groups:\n        - on\n        - 012\n        - ~\n        - ok\n`));
    const [r] = m.identityMappings;
    expect(r.username).toBeUndefined();
    expect(r.keys.find((k) => k.key === 'username')?.type).toBe('boolean');
    expect(r.groups.map(known)).toEqual([undefined, undefined, undefined, 'ok']);
  });

  it('reads multi-document streams, kind: List and kubectl -o json', () => {
    const list = `apiVersion: v1\nkind: Service\nmetadata: {name: x}\n---\napiVersion: v1\nkind: List\nitems:\n- apiVersion: v1\n  kind: ConfigMap\n  metadata: {name: aws-auth, namespace: kube-system}\n  data:\n    mapRoles: |\n      - rolearn: arn:aws:iam::111122223333:role/a\n`;
    expect(model(list).identityMappings).toHaveLength(1);
    const asJson = JSON.stringify({ apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'aws-auth', namespace: 'kube-system' }, data: { mapUsers: '- userarn: arn:aws:iam::111122223333:user/u\n' } });
    expect(model(asJson).identityMappings.map((i) => known(i.arn))).toEqual(['arn:aws:iam::111122223333:user/u']);
  });

  it('ignores other ConfigMaps and annotations, and keeps the namespace', () => {
    const other = `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: coredns\n  namespace: kube-system\ndata:\n  mapRoles: "x"\n`;
    expect(model(other).awsAuth).toEqual([]);
    const annotated = cm('  mapRoles: |\n    - rolearn: arn:aws:iam::111122223333:role/a\n', 'default').replace('metadata:\n', 'metadata:\n  annotations:\n    kubectl.kubernetes.io/last-applied-configuration: |\n      {"data":{"mapRoles":"- rolearn: arn:aws:iam::111122223333:role/old\\n"}}\n');
    const m = model(annotated);
    expect(m.identityMappings.map((i) => known(i.arn))).toEqual(['arn:aws:iam::111122223333:role/a']);
    expect(known(m.awsAuth[0].namespace)).toBe('default');
  });

  it('loses a whole section, and only that section, on an error; yields nothing from it', () => {
    const m = model(cm(`  mapRoles: |\n    - rolearn: arn:aws:iam::111122223333:role/node\n      username: {{SessionName}}\n  mapUsers: |\n    - userarn: arn:aws:iam::111122223333:user/u\n`));
    const roles = m.awsAuth[0].sections.find((s) => s.name === 'mapRoles')!;
    expect(roles.error?.message).toMatch(/unquoted value starting with "\{"/);
    expect(m.identityMappings.map((i) => i.section)).toEqual(['mapUsers']);
  });

  it.each([
    ['not a list', '  mapRoles: |\n    rolearn: arn:aws:iam::111122223333:role/a\n', /is a mapping, not a list/],
    ['a JSON object', '  mapRoles: |\n    {"rolearn": "arn:aws:iam::111122223333:role/a"}\n', /starts with "\{"/],
    ['not a string', '  mapRoles:\n    - rolearn: arn:aws:iam::111122223333:role/a\n', /is a list, not a string/],
    ['a tab', '  mapRoles: |\n    - rolearn: arn:aws:iam::111122223333:role/a\n    \t  username: x\n', /has a tab where indentation/],
    ['a non-finite number', '  mapRoles: |\n    - rolearn: arn:aws:iam::111122223333:role/a\n      username: .inf\n', /non-finite number/],
    ['a null key', '  mapRoles: |\n    - rolearn: arn:aws:iam::111122223333:role/a\n      ~: x\n', /null key/],
  ])('reports a section that is %s', (_what, data, message) => {
    const m = model(cm(data));
    expect(m.awsAuth[0].sections[0].error?.message).toMatch(message);
    expect(m.identityMappings).toEqual([]);
  });

  it('reads values as go-yaml v2 does: `12:30` and timestamps stay text; keeps raw text, item types and sso fields', () => {
    const m = model(cm(`  mapRoles: |\n    - rolearn: arn:aws:iam::111122223333:role/a\n      username: 12:30\n      groups:\n        - 2024-01-01\n        - on\n    - arn:aws:iam::111122223333:role/b\n    -\n    - sso:\n        permissionSetName: Admin\n        AccountId: 111122223333\n`));
    const [a, b, c, d] = m.identityMappings;
    expect([known(a.username), a.groups.map(known), a.groupValues]).toEqual(['12:30', ['2024-01-01', undefined], [{ type: 'string', raw: '2024-01-01' }, { type: 'boolean', raw: 'on' }]]);
    expect([b.item?.type, known(b.item?.text), c.item?.type]).toEqual(['string', 'arn:aws:iam::111122223333:role/b', 'null']);
    expect([known(d.sso?.permissionSetName?.text), d.sso?.accountID?.type, d.sso?.accountID?.raw]).toEqual(['Admin', 'number', '111122223333']);
  });

  it('treats `${…}` in a manifest as unknown, and lists every data key as written', () => {
    const m = model(cm(`  mapRoles: |\n    - rolearn: arn:aws:iam::\${ACCOUNT_ID}:role/a\n  maproles: ""\n`, '${NAMESPACE}'));
    expect(m.identityMappings[0].arn?.parts).toEqual(['arn:aws:iam::', { unknown: 'ACCOUNT_ID' }, ':role/a']);
    expect(known(m.awsAuth[0].namespace)).toBeUndefined();
    expect(m.awsAuth[0].dataKeys?.map((k) => k.key)).toEqual(['mapRoles', 'maproles']);
  });

  it('reads what go-yaml reads: a duplicate hides a bad value, a BOM is skipped, ſ folds to s, a bad account item is skipped', () => {
    const dup = model(cm(`  mapRoles: |\n    - rolearn: arn:aws:iam::111122223333:role/a\n      username: .nan\n      username: ok\n`));
    expect(dup.identityMappings.map((i) => known(i.username))).toEqual(['ok']);
    const bom = model(JSON.stringify({ apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'aws-auth', namespace: 'kube-system' }, data: { mapRoles: '\uFEFF- rolearn: arn:aws:iam::111122223333:role/a\n  u\u017fername: admin\n' } }));
    expect(bom.identityMappings.map((i) => [known(i.arn), known(i.username)])).toEqual([['arn:aws:iam::111122223333:role/a', 'admin']]);
    const accounts = model(cm(`  mapAccounts: |\n    - {{SessionName}}\n    - "111122223333"\n    - ~\n`));
    expect(accounts.awsAuth[0].sections[0].error).toBeUndefined();
    expect(accounts.identityMappings.map((i) => known(i.arn))).toEqual([undefined, '111122223333', '']);
  });

  it('skips empty sections as the authenticator does', () => {
    const m = model(cm(`  mapRoles: ""\n  mapUsers: "''"\n  mapAccounts: |\n`));
    expect(m.awsAuth[0].sections.every((s) => !s.error)).toBe(true);
    expect(m.identityMappings).toEqual([]);
  });
});
