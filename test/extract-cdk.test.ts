// CDK synthesized templates: aws-auth inside a Custom::AWSCDK-EKS-KubernetesResource Manifest
// (an Fn::Join of literal JSON and intrinsics, whose mapRoles is a JSON string again).
import { describe, expect, it } from 'vitest';
import { extractFile } from '../src/extract/index.ts';
import type { Model, Origin } from '../src/model.ts';
import { SourceFile } from '../src/source.ts';
import { known, render } from '../src/text.ts';

const PATH = 'cdk.out/Stack.template.json';

function extract(text: string): Model {
  return extractFile(new SourceFile(PATH, text, 'json')).after;
}

/** The outer-file text an origin points at. */
function textAt(text: string, o: Origin | undefined, key = false): string {
  const [s, e] = o!.offsets ?? o!.doc.locateOffsets(o!.pointer, { key });
  return text.slice(s, e);
}

const mapRoles = (inner: unknown[]) => JSON.stringify(JSON.stringify(inner)).slice(1, -1);

/** A CDK-shaped template: `manifest` is the Manifest property's value. */
function template(manifest: unknown, extra: Record<string, unknown> = {}): string {
  return JSON.stringify({
    Resources: {
      Cluster9EE0221C: { Type: 'Custom::AWSCDK-EKS-Cluster', Properties: { Config: { name: 'prod', roleArn: 'arn:aws:iam::111122223333:role/eks' } } },
      DeployerRole5A3B1E2F: { Type: 'AWS::IAM::Role', Properties: { Path: '/team/', AssumeRolePolicyDocument: {} } },
      NodeRoleC0FFEE11: { Type: 'AWS::IAM::Role', Properties: { RoleName: 'nodes', AssumeRolePolicyDocument: {} } },
      ClusterAwsAuthmanifestFE51F8AE: {
        Type: 'Custom::AWSCDK-EKS-KubernetesResource',
        Properties: { ServiceToken: 'arn:aws:lambda:eu-west-1:111122223333:function:x', Manifest: manifest, ClusterName: { Ref: 'Cluster9EE0221C' }, Overwrite: true },
        Metadata: { 'aws:cdk:path': 'Stack/Cluster/AwsAuth/manifest/Resource' },
      },
      ...extra,
    },
  }, null, 1);
}

const HEAD = '[{"apiVersion":"v1","kind":"ConfigMap","metadata":{"name":"aws-auth","namespace":"kube-system"},"data":{"mapRoles":"';
const TAIL = '","mapUsers":"[]","mapAccounts":"[]"}}]';

describe('CDK aws-auth manifest', () => {
  it('joins fragments and intrinsics, evaluates a role ARN with its Path, and links the cluster', () => {
    const text = template({
      'Fn::Join': ['', [
        HEAD + '[{\\"rolearn\\":\\"', { 'Fn::GetAtt': ['DeployerRole5A3B1E2F', 'Arn'] },
        '\\",\\"username\\":\\"deployer:{{SessionName}}\\",\\"groups\\":[\\"deployers\\"]},{\\"rolearn\\":\\"', { 'Fn::GetAtt': ['NodeRoleC0FFEE11', 'Arn'] },
        '\\",\\"username\\":\\"system:node:{{EC2PrivateDNSName}}\\",\\"groups\\":[\\"system:bootstrappers\\",\\"system:nodes\\"]}]' + TAIL,
      ]],
    });
    const m = extract(text);
    expect(m.awsAuth).toHaveLength(1);
    const [d] = m.awsAuth;
    expect(d.tool).toBe('cdk');
    expect(known(d.namespace)).toBe('kube-system');
    expect(d.cluster).toEqual({ resource: `cfn:${PATH}#Cluster9EE0221C`, name: 'prod' });
    expect(d.sections.map((s) => [s.name, s.exact, s.unknown, s.error])).toEqual([
      ['mapRoles', true, false, undefined], ['mapUsers', true, false, undefined], ['mapAccounts', true, false, undefined],
    ]);
    expect(m.identityMappings.map((i) => [render(i.arn!), known(i.username), i.groups.map(known)])).toEqual([
      ['arn:${AWS::Partition}:iam::${AWS::AccountId}:role/team/${DeployerRole5A3B1E2F}', 'deployer:{{SessionName}}', ['deployers']],
      ['arn:${AWS::Partition}:iam::${AWS::AccountId}:role/nodes', 'system:node:{{EC2PrivateDNSName}}', ['system:bootstrappers', 'system:nodes']],
    ]);
    // Positions go through both JSON levels to the exact characters of the template.
    const [a, b] = m.identityMappings;
    expect(textAt(text, a.fields.username)).toBe('\\\\\\"deployer:{{SessionName}}\\\\\\"');
    expect(textAt(text, b.fields.groups)).toBe('[\\\\\\"system:bootstrappers\\\\\\",\\\\\\"system:nodes\\\\\\"]');
    expect(textAt(text, a.fields.username, true)).toBe('\\\\\\"username\\\\\\"');
    // A value that is an intrinsic spans from its quote through the intrinsic to the closing quote.
    expect(textAt(text, a.fields.arn)).toMatch(/^\\\\\\"",\s*\{\s*"Fn::GetAtt": \[[^]*\]\s*\},\s*"\\\\\\"$/);
    expect(textAt(text, d.fields.namespace)).toBe('\\"kube-system\\"');
  });

  it('reads a plain-string Manifest, mapUsers and mapAccounts', () => {
    const manifest = HEAD.replace('"mapRoles":"', '"mapUsers":"') + JSON.stringify([{ userarn: 'arn:aws:iam::111122223333:user/ops', username: 'ops', groups: ['ops'] }]).replace(/"/g, '\\"') +
      '","mapAccounts":"[\\"111122223333\\"]"}}]';
    const text = template(manifest);
    const m = extract(text);
    expect(m.identityMappings.map((i) => [i.section, known(i.arn)])).toEqual([
      ['mapUsers', 'arn:aws:iam::111122223333:user/ops'], ['mapAccounts', '111122223333'],
    ]);
    expect(textAt(text, m.identityMappings[1].fields.arn)).toBe('\\\\\\"111122223333\\\\\\"');
  });

  it('ignores other manifests and does not throw on malformed ones', () => {
    const bad: unknown[] = [
      '[{', '', 42, ['a'], { 'Fn::Join': ['', 'x'] }, { 'Fn::Join': [{ Ref: 'D' }, ['a']] }, { 'Fn::Sub': 'aws-auth ${X}' },
      { 'Fn::Join': ['', ['[{"kind":"ConfigMap","metadata":{"name":"aws-auth"},"data":{"mapRoles":', { Ref: 'AWS::Region' }, '}}]']] },
      HEAD + '\\u00' + TAIL, HEAD + mapRoles(['x']).slice(0, 3) + '"', HEAD,
      '[{"apiVersion":"v1","kind":"ServiceAccount","metadata":{"name":"aws-auth","namespace":"kube-system"}}]',
      '[{"kind":"ConfigMap","metadata":{"name":"aws-auth"},"data":{"mapRoles":[1]}}]',
      '{"kind":"ConfigMap","metadata":{"name":"aws-auth"},"data":{"mapRoles":"- rolearn: [x"}}',
    ];
    for (const manifest of bad) expect(() => extract(template(manifest))).not.toThrow();
    const list = extract(template('[{"kind":"ConfigMap","metadata":{"name":"aws-auth"},"data":{"mapRoles":[1]}}]'));
    expect(list.awsAuth[0].sections[0].error?.message).toMatch(/list, not a string/);
    const broken = extract(template('{"kind":"ConfigMap","metadata":{"name":"aws-auth"},"data":{"mapRoles":"- rolearn: [x"}}'));
    expect(broken.awsAuth[0].sections[0].error?.message).toMatch(/not valid YAML/);
    expect(broken.identityMappings).toEqual([]);
  });

  it('keeps a Condition on the document and leaves an unlinked ClusterName unlinked', () => {
    const t = JSON.parse(template(HEAD + '[]' + TAIL));
    const res = t.Resources.ClusterAwsAuthmanifestFE51F8AE;
    res.Condition = 'WithAuth';
    res.Properties.ClusterName = { 'Fn::ImportValue': 'cluster-name' };
    const [d] = extract(JSON.stringify(t)).awsAuth;
    expect(d.condition).toBe('WithAuth');
    expect(d.cluster).toBeUndefined();
  });
});
