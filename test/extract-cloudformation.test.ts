// The CloudFormation extractor: short-form tags, intrinsic evaluation, the model it builds.
import { describe, expect, it } from 'vitest';
import { extractFile } from '../src/extract/index.ts';
import type { Model } from '../src/model.ts';
import { SourceFile, type Syntax } from '../src/source.ts';
import { known, render, type Text } from '../src/text.ts';

function extract(text: string, syntax: Syntax = 'yaml', path = 'stack.template'): Model {
  return extractFile(new SourceFile(path, text, syntax)).after;
}

/** The model without SourceDoc references: comparable across files. */
function plain(model: Model): unknown {
  return JSON.parse(JSON.stringify(model, (k, v) => (k === 'doc' ? undefined : v)));
}

const r = (t: Text | undefined) => (t ? render(t) : undefined);

const CLUSTER = `
  Cluster:
    Type: AWS::EKS::Cluster
    Properties:
      Name: prod
      RoleArn: arn:aws:iam::111122223333:role/eks-cluster
      ResourcesVpcConfig: { SubnetIds: [subnet-0a1b2c3d] }`;

describe('short-form tags', () => {
  it('normalises !Ref, !GetAtt, !Sub, !Join, !Select and !Split', () => {
    const m = extract(`
Parameters:
  Groups: { Type: String, Default: 'viewers,editors' }
Resources:${CLUSTER}
  Deployer:
    Type: AWS::IAM::Role
    Properties: { RoleName: deployer }
  Entry:
    Type: AWS::EKS::AccessEntry
    Properties:
      ClusterName: !Ref Cluster
      PrincipalArn: !GetAtt Deployer.Arn
      Username: !Join [':', [ci, !Select [1, !Split [',', 'a,{{SessionName}}']]]]
      KubernetesGroups: !Split [',', !Ref Groups]
`);
    const [e] = m.accessEntries;
    expect(e.cluster).toEqual({ resource: 'cfn:stack.template#Cluster', name: 'prod' });
    expect(r(e.principal)).toBe('arn:${AWS::Partition}:iam::${AWS::AccountId}:role/deployer');
    expect(known(e.username)).toBe('ci:{{SessionName}}');
    expect(e.groups?.map(known)).toEqual(['viewers', 'editors']);
  });

  it('reads a multi-line !Sub list form with variables and ${!Literal} escapes', () => {
    const m = extract(`
Resources:${CLUSTER}
  Entry:
    Type: AWS::EKS::AccessEntry
    Properties:
      ClusterName: prod
      PrincipalArn: !Sub
        - 'arn:\${AWS::Partition}:iam::\${AWS::AccountId}:role/\${Name}'
        - Name: !Join ['-', [ci, deployer]]
      Username: !Sub 'ci:\${!SessionName}'
`);
    const [e] = m.accessEntries;
    expect(e.principal.parts).toEqual([
      'arn:', { unknown: 'AWS::Partition', means: 'partition' }, ':iam::', { unknown: 'AWS::AccountId', means: 'account' }, ':role/ci-deployer',
    ]);
    expect(known(e.username)).toBe('ci:${SessionName}');
    expect(e.cluster).toEqual({ name: 'prod' });
  });

  it('reports a tag that is not an intrinsic once, at the tag, and reads nothing else', () => {
    const text = `
Resources:${CLUSTER}
  Entry:
    Type: AWS::EKS::AccessEntry
    Properties:
      ClusterName: !Foo prod
      PrincipalArn: !Bar arn:aws:iam::111122223333:role/x
`;
    const m = extract(text);
    expect(m.parseFailures).toHaveLength(1);
    const [f] = m.parseFailures;
    expect(f.message).toBe('unknown CloudFormation tag "!Foo"');
    expect(f.origin.pointer).toBe('/Resources/Entry/Properties/ClusterName');
    expect(text.slice(...f.origin.offsets!)).toBe('!Foo');
    expect(m.clusters).toHaveLength(0);
    expect(m.accessEntries).toHaveLength(0);
  });
});

describe('intrinsic evaluation', () => {
  it('gives GetAtt Role.Arn with the role path, and an unknown name when CloudFormation generates it', () => {
    const m = extract(`
Resources:${CLUSTER}
  TeamRole:
    Type: AWS::IAM::Role
    Properties: { Path: /teams/, RoleName: platform }
  NamelessRole:
    Type: AWS::IAM::Role
    Properties: { AssumeRolePolicyDocument: {} }
  A:
    Type: AWS::EKS::AccessEntry
    Properties: { ClusterName: !Ref Cluster, PrincipalArn: !GetAtt TeamRole.Arn }
  B:
    Type: AWS::EKS::AccessEntry
    Properties: { ClusterName: !Ref Cluster, PrincipalArn: !GetAtt [NamelessRole, Arn] }
  C:
    Type: AWS::EKS::AccessEntry
    Properties: { ClusterName: !Ref Cluster, PrincipalArn: !Sub 'arn:aws:eks::\${Cluster.Arn}' }
`);
    const [a, b, c] = m.accessEntries;
    expect(r(a.principal)).toBe('arn:${AWS::Partition}:iam::${AWS::AccountId}:role/teams/platform');
    expect(r(b.principal)).toBe('arn:${AWS::Partition}:iam::${AWS::AccountId}:role/${NamelessRole}');
    expect(known(b.principal)).toBeUndefined();
    expect(r(c.principal)).toBe('arn:aws:eks::arn:${AWS::Partition}:eks:${AWS::Region}:${AWS::AccountId}:cluster/prod');
  });

  it('uses non-empty parameter defaults; an empty or SSM default stays unknown', () => {
    const m = extract(`
Parameters:
  ClusterName: { Type: String, Default: prod }
  Principal: { Type: String, Default: '' }
  FromSsm: { Type: 'AWS::SSM::Parameter::Value<String>', Default: /eks/user }
  Groups: { Type: CommaDelimitedList, Default: 'viewers, editors' }
Resources:
  Entry:
    Type: AWS::EKS::AccessEntry
    Properties:
      ClusterName: !Ref ClusterName
      PrincipalArn: !Ref Principal
      Username: !Ref FromSsm
      KubernetesGroups: !Ref Groups
`);
    const [e] = m.accessEntries;
    expect(e.cluster).toEqual({ name: 'prod' });
    expect(e.principal.parts).toEqual([{ unknown: 'Principal' }]);
    expect(e.username?.parts).toEqual([{ unknown: 'FromSsm' }]);
    expect(e.groups?.map(known)).toEqual(['viewers', 'editors']);
  });

  it('resolves Fn::If only when both branches agree or the resource has that condition', () => {
    const m = extract(`
Conditions:
  IsProd: !Equals [!Ref 'AWS::AccountId', '111122223333']
Resources:${CLUSTER}
  Same:
    Type: AWS::EKS::AccessEntry
    Properties:
      ClusterName: prod
      PrincipalArn: !If [IsProd, arn:aws:iam::111122223333:role/a, arn:aws:iam::111122223333:role/a]
      KubernetesGroups: !If [IsProd, [a], [b]]
  Differ:
    Type: AWS::EKS::AccessEntry
    Properties:
      ClusterName: prod
      PrincipalArn: !If [IsProd, arn:aws:iam::111122223333:role/a, arn:aws:iam::111122223333:role/b]
      Type: !If [IsProd, EC2_LINUX, !Ref 'AWS::NoValue']
  ProdOnly:
    Type: AWS::EKS::AccessEntry
    Condition: IsProd
    Properties:
      ClusterName: prod
      PrincipalArn: !If [IsProd, arn:aws:iam::111122223333:role/a, arn:aws:iam::111122223333:role/b]
      KubernetesGroups: [ops, !If [IsProd, !Ref 'AWS::NoValue', dev]]
`);
    const [same, differ, prodOnly] = m.accessEntries;
    expect(known(same.principal)).toBe('arn:aws:iam::111122223333:role/a');
    expect(same.groups).toBeUndefined();
    expect(known(differ.principal)).toBeUndefined();
    expect(known(differ.type)).toBeUndefined();
    expect(prodOnly.condition).toBe('IsProd');
    expect(same.condition).toBeUndefined();
    expect(known(prodOnly.principal)).toBe('arn:aws:iam::111122223333:role/a');
    expect(prodOnly.groups?.map(known)).toEqual(['ops']);
  });

  it('treats values of a resource under a Condition as unknown to others', () => {
    const m = extract(`
Resources:
  OptionalRole:
    Type: AWS::IAM::Role
    Condition: WantRole
    Properties: { RoleName: optional }
  Entry:
    Type: AWS::EKS::AccessEntry
    Properties: { ClusterName: prod, PrincipalArn: !GetAtt OptionalRole.Arn, Username: !Ref OptionalRole }
`);
    const [e] = m.accessEntries;
    expect(e.principal.parts).toEqual([{ unknown: 'OptionalRole.Arn' }]);
    expect(e.username?.parts).toEqual([{ unknown: 'OptionalRole' }]);
  });

  it('reads Fn::FindInMap with known keys', () => {
    const m = extract(`
Mappings:
  Accounts: { prod: { Admin: arn:aws:iam::111122223333:role/admin } }
Resources:
  Entry:
    Type: AWS::EKS::AccessEntry
    Properties: { ClusterName: prod, PrincipalArn: !FindInMap [Accounts, prod, Admin] }
`);
    expect(known(m.accessEntries[0].principal)).toBe('arn:aws:iam::111122223333:role/admin');
  });
});

describe('model objects', () => {
  it('defaults AccessConfig to CONFIG_MAP with bootstrap admin, and reads it when written', () => {
    const m = extract(`
Resources:
  Default:
    Type: AWS::EKS::Cluster
    Properties: { Name: a, RoleArn: x }
  Explicit:
    Type: AWS::EKS::Cluster
    Properties:
      Name: b
      AccessConfig: { AuthenticationMode: API, BootstrapClusterCreatorAdminPermissions: false }
  Unknown:
    Type: AWS::EKS::Cluster
    Properties:
      AccessConfig: !If [C, { AuthenticationMode: API }, { AuthenticationMode: CONFIG_MAP }]
`);
    const [d, e, u] = m.clusters;
    expect([known(d.authenticationMode), d.authenticationModeExplicit, d.bootstrapAdmin]).toEqual(['CONFIG_MAP', false, true]);
    expect([known(e.authenticationMode), e.authenticationModeExplicit, e.bootstrapAdmin]).toEqual(['API', true, false]);
    expect(known(u.authenticationMode)).toBeUndefined();
    expect(u.bootstrapAdmin).toBeUndefined();
    expect(u.name).toBeUndefined();
    expect(d.account).toEqual({ unknown: 'AWS::AccountId', means: 'account' });
    expect(d.tool).toBe('cloudformation');
    expect(e.fields.authenticationMode?.pointer).toBe('/Resources/Explicit/Properties/AccessConfig/AuthenticationMode');
  });

  it('reads CDK Custom::AWSCDK-EKS-Cluster Config in the camelCase API shape', () => {
    const m = extract(JSON.stringify({
      Resources: {
        C1: { Type: 'Custom::AWSCDK-EKS-Cluster', Properties: { Config: { name: 'dev', accessConfig: { authenticationMode: 'API', bootstrapClusterCreatorAdminPermissions: 'false' } } } },
        C2: { Type: 'Custom::AWSCDK-EKS-Cluster', Properties: { Config: { version: '1.30' } } },
        E: { Type: 'AWS::EKS::AccessEntry', Properties: { ClusterName: { Ref: 'C1' }, PrincipalArn: 'arn:aws:iam::111122223333:role/x' } },
      },
    }), 'json');
    const [c1, c2] = m.clusters;
    expect(c1.tool).toBe('cdk');
    expect([known(c1.name), known(c1.authenticationMode), c1.authenticationModeExplicit, c1.bootstrapAdmin]).toEqual(['dev', 'API', true, false]);
    expect(c1.fields.authenticationMode?.pointer).toBe('/Resources/C1/Properties/Config/accessConfig/authenticationMode');
    expect([known(c2.authenticationMode), c2.authenticationModeExplicit]).toEqual(['CONFIG_MAP', false]);
    expect(m.accessEntries[0].cluster).toEqual({ resource: 'cfn:stack.template#C1', name: 'dev' });
  });

  it('builds access entries with policies and node roles from node groups and Fargate profiles', () => {
    const m = extract(`
Resources:${CLUSTER}
  NodeRole:
    Type: AWS::IAM::Role
    Properties: { RoleName: nodes }
  Nodes:
    Type: AWS::EKS::Nodegroup
    Properties: { ClusterName: !Ref Cluster, NodeRole: !GetAtt NodeRole.Arn }
  Pods:
    Type: AWS::EKS::FargateProfile
    Properties: { ClusterName: prod, PodExecutionRoleArn: arn:aws:iam::111122223333:role/pods }
  Viewer:
    Type: AWS::EKS::AccessEntry
    Properties:
      ClusterName: !Ref Cluster
      PrincipalArn: arn:aws:iam::111122223333:role/viewer
      Type: STANDARD
      AccessPolicies:
        - PolicyArn: !Sub arn:\${AWS::Partition}:eks::aws:cluster-access-policy/AmazonEKSViewPolicy
          AccessScope: { Type: namespace, Namespaces: [apps, tools] }
`);
    expect(m.nodeRoles.map((n) => [n.via, r(n.role), n.cluster])).toEqual([
      ['nodegroup', 'arn:${AWS::Partition}:iam::${AWS::AccountId}:role/nodes', { resource: 'cfn:stack.template#Cluster', name: 'prod' }],
      ['fargate', 'arn:aws:iam::111122223333:role/pods', { name: 'prod' }],
    ]);
    const [v] = m.accessEntries;
    expect(known(v.type)).toBe('STANDARD');
    expect(v.groups).toEqual([]);
    expect(v.username).toBeUndefined();
    expect(v.policies).toHaveLength(1);
    const [p] = v.policies;
    expect(r(p.policyArn)).toBe('arn:${AWS::Partition}:eks::aws:cluster-access-policy/AmazonEKSViewPolicy');
    expect(known(p.scopeType)).toBe('namespace');
    expect(p.namespaces?.map(known)).toEqual(['apps', 'tools']);
    expect(p.fields.namespaces?.pointer).toBe('/Resources/Viewer/Properties/AccessPolicies/0/AccessScope/Namespaces');
    expect(v.fields.groups?.pointer).toBe('/Resources/Viewer/Properties/KubernetesGroups');
  });

  it('gives the same model for the JSON form as for the YAML form', () => {
    const yaml = `
AWSTemplateFormatVersion: '2010-09-09'
Parameters:
  Env: { Type: String, Default: prod }
Resources:
  Cluster:
    Type: AWS::EKS::Cluster
    Properties:
      Name: !Sub '\${Env}-cluster'
      AccessConfig: { AuthenticationMode: API_AND_CONFIG_MAP }
  Role:
    Type: AWS::IAM::Role
    Properties: { Path: /ci/, RoleName: !Join ['-', [!Ref Env, deployer]] }
  Entry:
    Type: AWS::EKS::AccessEntry
    Properties:
      ClusterName: !Ref Cluster
      PrincipalArn: !GetAtt Role.Arn
      Username: !Sub 'ci:{{SessionName}}'
      KubernetesGroups: [deployers, !Select [0, !Split [',', 'a,b']]]
      AccessPolicies:
        - PolicyArn: arn:aws:eks::aws:cluster-access-policy/AmazonEKSEditPolicy
          AccessScope: { Type: cluster }
`;
    const json = JSON.stringify({
      AWSTemplateFormatVersion: '2010-09-09',
      Parameters: { Env: { Type: 'String', Default: 'prod' } },
      Resources: {
        Cluster: { Type: 'AWS::EKS::Cluster', Properties: { Name: { 'Fn::Sub': '${Env}-cluster' }, AccessConfig: { AuthenticationMode: 'API_AND_CONFIG_MAP' } } },
        Role: { Type: 'AWS::IAM::Role', Properties: { Path: '/ci/', RoleName: { 'Fn::Join': ['-', [{ Ref: 'Env' }, 'deployer']] } } },
        Entry: {
          Type: 'AWS::EKS::AccessEntry',
          Properties: {
            ClusterName: { Ref: 'Cluster' },
            PrincipalArn: { 'Fn::GetAtt': ['Role', 'Arn'] },
            Username: { 'Fn::Sub': 'ci:{{SessionName}}' },
            KubernetesGroups: ['deployers', { 'Fn::Select': [0, { 'Fn::Split': [',', 'a,b'] }] }],
            AccessPolicies: [{ PolicyArn: 'arn:aws:eks::aws:cluster-access-policy/AmazonEKSEditPolicy', AccessScope: { Type: 'cluster' } }],
          },
        },
      },
    }, null, 2);
    const fromYaml = extract(yaml);
    expect(plain(extract(json, 'json'))).toEqual(plain(fromYaml));
    expect(r(fromYaml.accessEntries[0].principal)).toBe('arn:${AWS::Partition}:iam::${AWS::AccountId}:role/ci/prod-deployer');
    expect(fromYaml.accessEntries[0].cluster).toEqual({ resource: 'cfn:stack.template#Cluster', name: 'prod-cluster' });
  });
});

describe('odd input', () => {
  it('skips what it cannot read and never throws', () => {
    const m = extract(`
Resources:
  NotAMap: just a string
  NoType: { Properties: { Name: x } }
  StringProps: { Type: AWS::EKS::AccessEntry, Properties: oops }
  ListProps: { Type: AWS::EKS::Cluster, Properties: [a, b] }
  Fn::ForEach::Entries: [X, [a], { Entry: { Type: AWS::EKS::AccessEntry } }]
  Proto: { Type: constructor, Properties: { Name: x } }
  Self:
    Type: AWS::IAM::Role
    Properties: { RoleName: !Ref Self, Path: !GetAtt Self.Arn }
  Loop:
    Type: AWS::EKS::AccessEntry
    Properties:
      ClusterName: { Ref: [not, a, name] }
      PrincipalArn: !GetAtt Self.Arn
      Username: !Sub ['\${toString}', {}]
      KubernetesGroups: admins
      AccessPolicies: { PolicyArn: x }
  Weird:
    Type: AWS::EKS::AccessEntry
    Properties:
      PrincipalArn: !Join [[], 7]
      Type: !Select [x, !GetAZs '']
      Username: { a: 1, b: 2 }
      KubernetesGroups: [!If [C, [a], b]]
      AccessPolicies: [!If [C, { PolicyArn: x }, !Ref 'AWS::NoValue'], 3, { AccessScope: [] }]
`);
    expect(m.clusters).toHaveLength(0);
    expect(m.accessEntries).toHaveLength(2);
    const [loop, weird] = m.accessEntries;
    expect(known(loop.principal)).toBeUndefined();
    expect(loop.cluster).toEqual({});
    expect(loop.groups).toBeUndefined();
    expect(loop.policies).toEqual([]);
    expect(loop.username?.parts).toEqual([{ unknown: 'toString' }]);
    expect(weird.groups).toBeUndefined();
    expect(weird.policies).toHaveLength(1);
    expect(known(weird.policies[0].policyArn)).toBeUndefined();
  });

  it('survives aliases, templates that are not maps, and deep nesting', () => {
    const deep = '!Join [\'\', [' .repeat(200) + 'x' + ']]'.repeat(200);
    expect(() => extract(`
Resources:
  E1: &entry
    Type: AWS::EKS::AccessEntry
    Properties: { ClusterName: prod, PrincipalArn: &arn arn:aws:iam::111122223333:role/x, Username: ${deep} }
  E2: *entry
  E3: { Type: AWS::EKS::AccessEntry, Properties: { ClusterName: prod, PrincipalArn: *arn } }
`)).not.toThrow();
    expect(extract('Resources: [1, 2]').accessEntries).toEqual([]);
    expect(extract('AWSTemplateFormatVersion: "2010-09-09"\nResources: ~\n').accessEntries).toEqual([]);
    expect(extract('[]', 'json').parseFailures).toEqual([]);
  });
});
