// The eksctl ClusterConfig extractor: the cluster with eksctl's defaults, access entries,
// iamIdentityMappings as the aws-auth rows eksctl writes, node roles; odd shapes never throw.
import { describe, expect, it } from 'vitest';
import { extractFile } from '../src/extract/index.ts';
import { SourceFile } from '../src/source.ts';
import { known, render } from '../src/text.ts';

const model = (text: string, path = 'cluster.yaml') => extractFile(new SourceFile(path, text, 'yaml')).after;
const head = 'apiVersion: eksctl.io/v1alpha5\nkind: ClusterConfig\nmetadata:\n  name: prod\n  region: eu-west-1\n';

describe('eksctl extractor', () => {
  it('defaults the mode to API_AND_CONFIG_MAP and bootstrap admin to true', () => {
    const [c] = model(head).clusters;
    expect(c.tool).toBe('eksctl');
    expect(known(c.name)).toBe('prod');
    expect(c.ref).toEqual({ resource: 'eksctl:cluster.yaml#0', name: 'prod' });
    expect([known(c.authenticationMode), c.authenticationModeExplicit, c.bootstrapAdmin]).toEqual(['API_AND_CONFIG_MAP', false, true]);
  });

  it('reads the written mode and bootstrap flag; Outposts leave the default unknown', () => {
    const [c] = model(`${head}accessConfig:\n  authenticationMode: API\n  bootstrapClusterCreatorAdminPermissions: false\n`).clusters;
    expect([known(c.authenticationMode), c.authenticationModeExplicit, c.bootstrapAdmin]).toEqual(['API', true, false]);
    const [o] = model(`${head}outpost:\n  controlPlaneOutpostARN: arn:aws:outposts:eu-west-1:111122223333:outpost/op-1\n`).clusters;
    expect(known(o.authenticationMode)).toBeUndefined();
  });

  it('reads access entries with policies and scopes, tied to the file\'s cluster', () => {
    const m = model(`${head}accessConfig:\n  accessEntries:\n    - principalARN: arn:aws:iam::111122223333:role/dev\n      type: STANDARD\n      kubernetesUsername: "dev:{{SessionName}}"\n      kubernetesGroups: [a, b]\n      accessPolicies:\n        - policyARN: arn:aws:eks::aws:cluster-access-policy/AmazonEKSEditPolicy\n          accessScope:\n            type: namespace\n            namespaces: [web, dev-*]\n    - principalARN: arn:aws:iam::111122223333:role/nodes\n      type: ""\n`);
    const [a, b] = m.accessEntries;
    expect([known(a.principal), known(a.type), known(a.username), a.groups?.map(known)]).toEqual(['arn:aws:iam::111122223333:role/dev', 'STANDARD', 'dev:{{SessionName}}', ['a', 'b']]);
    expect(a.cluster.resource).toBe(m.clusters[0].ref.resource);
    const [p] = a.policies;
    expect([known(p.policyArn), known(p.scopeType), p.namespaces?.map(known)]).toEqual(['arn:aws:eks::aws:cluster-access-policy/AmazonEKSEditPolicy', 'namespace', ['web', 'dev-*']]);
    expect(p.fields.namespaces?.pointer).toBe('/accessConfig/accessEntries/0/accessPolicies/0/accessScope/namespaces');
    expect(b.type).toBeUndefined();
    expect([b.groups, b.policies]).toEqual([[], []]);
  });

  it('writes iamIdentityMappings as aws-auth rows: users by their ARN, accounts, no serviceName rows', () => {
    const m = model(`${head}iamIdentityMappings:\n  - arn: arn:aws:iam::111122223333:role/admin\n    username: admin\n    groups: [system:masters]\n  - arn: arn:aws:iam::111122223333:user/alice\n    username: alice\n  - arn: "arn:aws:iam::\${ACCOUNT}:user/bob"\n  - serviceName: emr-containers\n    namespace: emr\n  - account: "444455556666"\n`);
    const [doc] = m.awsAuth;
    expect([doc.tool, known(doc.namespace), doc.cluster?.resource]).toEqual(['eksctl', 'kube-system', 'eksctl:cluster.yaml#0']);
    expect(m.identityMappings.map((i) => [i.section, i.index, render(i.arn!), i.username && known(i.username), i.groups.map(known)])).toEqual([
      ['mapRoles', 0, 'arn:aws:iam::111122223333:role/admin', 'admin', ['system:masters']],
      ['mapUsers', 0, 'arn:aws:iam::111122223333:user/alice', 'alice', []],
      ['mapUsers', 1, 'arn:aws:iam::${ACCOUNT}:user/bob', undefined, []],
      ['mapAccounts', 0, '444455556666', undefined, []],
    ]);
    expect(m.identityMappings[0].keys.map((k) => k.key)).toEqual(['rolearn', 'username', 'groups']);
    expect(m.identityMappings[0].fields.groups?.pointer).toBe('/iamIdentityMappings/0/groups');
    expect(doc.sections.map((s) => s.name)).toEqual(['mapRoles', 'mapUsers', 'mapAccounts']);
  });

  it('reads the roles of managed node groups and Fargate profiles when their ARN is given', () => {
    const m = model(`${head}managedNodeGroups:\n  - name: a\n    iam:\n      instanceRoleARN: arn:aws:iam::111122223333:role/ng\n  - name: b\nfargateProfiles:\n  - name: f\n    podExecutionRoleARN: arn:aws:iam::111122223333:role/fp\n`);
    expect(m.nodeRoles.map((n) => [n.via, known(n.role), n.cluster.resource])).toEqual([
      ['nodegroup', 'arn:aws:iam::111122223333:role/ng', 'eksctl:cluster.yaml#0'],
      ['fargate', 'arn:aws:iam::111122223333:role/fp', 'eksctl:cluster.yaml#0'],
    ]);
  });

  it('ignores other kinds and survives malformed shapes', () => {
    expect(model('apiVersion: eksctl.io/v1alpha5\nkind: NodeGroup\n').clusters).toEqual([]);
    const shapes = [
      'metadata: 3\naccessConfig: [1]\niamIdentityMappings: {a: 1}\nmanagedNodeGroups: x\n',
      'metadata:\n  name: [x]\naccessConfig:\n  authenticationMode: {a: b}\n  bootstrapClusterCreatorAdminPermissions: maybe\n  accessEntries:\n    - 1\n    - principalARN: [x]\n    - principalARN: arn:aws:iam::111122223333:role/r\n      kubernetesGroups: 3\n      accessPolicies: [1, {accessScope: 2}, {policyARN: 3, accessScope: {namespaces: {a: 1}}}]\n',
      'iamIdentityMappings:\n  - 1\n  - arn: [x]\n  - account: 1\n    arn: x\n  - arn: arn:aws:iam::111122223333:role/r\n    groups: [1, ~, x]\n    username: 5\nfargateProfiles: [1, {podExecutionRoleARN: 2}]\n',
    ];
    for (const s of shapes) {
      const m = model(`apiVersion: eksctl.io/v1alpha5\nkind: ClusterConfig\n${s}`);
      expect(m.clusters).toHaveLength(1);
      expect(m.parseFailures).toEqual([]);
    }
    const m = model(`apiVersion: eksctl.io/v1alpha5\nkind: ClusterConfig\n${shapes[2]}`);
    expect(m.identityMappings.map((i) => [known(i.arn), i.groups.map(known), i.username])).toEqual([['arn:aws:iam::111122223333:role/r', ['x'], undefined]]);
    expect(m.clusters[0].bootstrapAdmin).toBe(true);
    expect(model(`apiVersion: eksctl.io/v1alpha5\nkind: ClusterConfig\n${shapes[1]}`).clusters[0].bootstrapAdmin).toBeUndefined();
  });
});
