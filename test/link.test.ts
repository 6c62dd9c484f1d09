// Cross-file linking (src/link.ts, src/extract/tf-provider.ts): which objects are provably one
// cluster's, where its mode comes from, and everything that must stay unlinked.
import { describe, expect, it } from 'vitest';
import type { Config } from '../src/config.ts';
import { extractFile } from '../src/extract/index.ts';
import { makeContext } from '../src/link.ts';
import { emptyModel, mergeModels } from '../src/model.ts';
import { SourceFile } from '../src/source.ts';

const CWD = '/repo';
const contextOf = (files: Record<string, unknown>, config: Config = {}) => {
  const model = emptyModel();
  for (const [path, doc] of Object.entries(files)) {
    const text = typeof doc === 'string' ? doc : JSON.stringify(doc, null, 2);
    mergeModels(model, extractFile(new SourceFile(path, text, typeof doc === 'string' ? 'yaml' : 'json')).after);
  }
  return makeContext(model, undefined, config, undefined, { cwd: CWD, configDir: CWD });
};

const cfnCluster = (name: string, access?: unknown) => ({
  AWSTemplateFormatVersion: '2010-09-09',
  Resources: { Cluster: { Type: 'AWS::EKS::Cluster', Properties: { Name: name, RoleArn: 'arn:aws:iam::111122223333:role/c', ResourcesVpcConfig: {}, ...(access ? { AccessConfig: access } : {}) } } },
});
const cfnEntry = (clusterName: string) => ({
  AWSTemplateFormatVersion: '2010-09-09',
  Resources: { E: { Type: 'AWS::EKS::AccessEntry', Properties: { ClusterName: clusterName, PrincipalArn: 'arn:aws:iam::111122223333:role/x' } } },
});
const AWS_AUTH = 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: aws-auth\n  namespace: kube-system\ndata:\n  mapRoles: |\n    - rolearn: arn:aws:iam::111122223333:role/n\n      username: system:node:{{EC2PrivateDNSName}}\n      groups: [system:bootstrappers, system:nodes]\n';
const tfCluster = { name: 'prod', role_arn: 'r', vpc_config: {}, access_config: { authentication_mode: 'API' } };
const configMap = (extra: Record<string, unknown> = {}) => ({ metadata: { name: 'aws-auth', namespace: 'kube-system' }, data: { mapRoles: '[]' }, ...extra });

describe('access entries and clusters', () => {
  it('ties an entry in another stack by the literal name, and says so', () => {
    const ctx = contextOf({ 'a/cluster.json': cfnCluster('prod'), 'b/entry.json': cfnEntry('prod') });
    const view = ctx.viewOf(ctx.model.accessEntries[0])!;
    expect(view.cluster).toBe(ctx.model.clusters[0]);
    expect(view.links.get(ctx.model.accessEntries[0])).toMatchObject({ how: 'same cluster name "prod"', plain: false, file: 'b/entry.json' });
    expect(view).toMatchObject({ mode: 'CONFIG_MAP', modeFrom: 'default' });
  });

  it('ties nothing by a name two scanned clusters share', () => {
    const ctx = contextOf({ 'eu/c.json': cfnCluster('prod'), 'us/c.json': cfnCluster('prod'), 'e.json': cfnEntry('prod') });
    expect(ctx.viewOf(ctx.model.accessEntries[0])).toBeUndefined();
  });

  it('gives a cluster the files only name its mode from the config', () => {
    const ctx = contextOf({ 'e.json': cfnEntry('legacy') }, { clusters: { legacy: { authenticationMode: 'CONFIG_MAP' } } });
    const view = ctx.viewOf(ctx.model.accessEntries[0])!;
    expect(view).toMatchObject({ name: 'legacy', mode: 'CONFIG_MAP', modeFrom: 'config' });
    expect(view.cluster).toBeUndefined();
  });

  it('prefers the written mode to the config, and the config to the tool default', () => {
    const written = contextOf({ 'c.json': cfnCluster('prod', { AuthenticationMode: 'API' }) }, { clusters: { prod: { authenticationMode: 'CONFIG_MAP' } } });
    expect(written.clusters[0]).toMatchObject({ mode: 'API', modeFrom: 'written' });
    const stated = contextOf({ 'c.json': cfnCluster('prod') }, { clusters: { prod: { authenticationMode: 'API_AND_CONFIG_MAP' } } });
    expect(stated.clusters[0]).toMatchObject({ mode: 'API_AND_CONFIG_MAP', modeFrom: 'config' });
  });

  it('leaves a mode that is not one of the three unknown', () => {
    const ctx = contextOf({ 'c.json': cfnCluster('prod', { AuthenticationMode: 'api' }) });
    expect(ctx.clusters[0].mode).toBeUndefined();
  });
});

describe('aws-auth ConfigMaps', () => {
  it('ties a manifest to a cluster only through the config globs', () => {
    const files = { 'stacks/c.json': cfnCluster('prod', { AuthenticationMode: 'API' }), 'k8s/prod/aws-auth.yaml': AWS_AUTH, 'k8s/dev/aws-auth.yaml': AWS_AUTH };
    expect(contextOf(files).model.awsAuth.map((d) => contextOf(files).viewOf(d))).toEqual([undefined, undefined]);
    const ctx = contextOf(files, { clusters: { prod: { awsAuth: 'k8s/prod/*.yaml' } } });
    const [dev, prod] = ctx.model.awsAuth.sort((a, b) => (a.origin.doc.file.path < b.origin.doc.file.path ? -1 : 1));
    expect(ctx.viewOf(dev)).toBeUndefined();
    expect(ctx.viewOf(prod)?.cluster).toBe(ctx.model.clusters[0]);
    expect(ctx.viewOf(ctx.model.identityMappings.find((m) => m.document === prod)!)).toBe(ctx.viewOf(prod));
  });

  it('ties nothing when two clusters claim the same file', () => {
    const ctx = contextOf({ 'aws-auth.yaml': AWS_AUTH }, { clusters: { a: { awsAuth: '*.yaml' }, b: { awsAuth: 'aws-auth.yaml' } } });
    expect(ctx.viewOf(ctx.model.awsAuth[0])).toBeUndefined();
  });

  it('ties a kubernetes_config_map* to the cluster its provider host is the endpoint of', () => {
    const ctx = contextOf({
      'main.tf.json': {
        provider: { kubernetes: [{ host: '${aws_eks_cluster.main.endpoint}' }, { alias: 'other', host: '${var.host}' }] },
        resource: {
          aws_eks_cluster: { main: tfCluster },
          kubernetes_config_map_v1_data: { a: configMap(), b: configMap({ provider: 'kubernetes.other' }) },
        },
      },
    });
    const [a, b] = ctx.model.awsAuth;
    expect(ctx.viewOf(a)?.cluster).toBe(ctx.model.clusters[0]);
    expect(ctx.viewOf(a)?.links.get(a)?.how).toBe('its kubernetes provider (host = aws_eks_cluster.main.endpoint)');
    expect(ctx.viewOf(b)).toBeUndefined();
  });

  it('follows a data source that names the cluster, and nothing else', () => {
    const ctx = contextOf({
      'main.tf.json': {
        provider: { kubernetes: { host: '${data.aws_eks_cluster.this.endpoint}' } },
        data: { aws_eks_cluster: { this: { name: 'prod' } } },
        resource: { aws_eks_cluster: { main: tfCluster }, kubernetes_config_map: { aws_auth: configMap() } },
      },
      'other.tf.json': {
        provider: { kubernetes: { host: '${coalesce(var.host, aws_eks_cluster.main.endpoint)}' } },
        resource: { aws_eks_cluster: { main: { ...tfCluster, name: 'dev' } }, kubernetes_config_map: { aws_auth: configMap() } },
      },
    });
    const [linked, unlinked] = ctx.model.awsAuth;
    expect(ctx.viewOf(linked)?.name).toBe('prod');
    expect(ctx.viewOf(unlinked)).toBeUndefined();
  });

  it('in a plan, follows the root provider through a module output to the module cluster', () => {
    const cluster = { name: 'apps', arn: 'arn:aws:eks:eu-west-1:111122223333:cluster/apps', access_config: [{ authentication_mode: 'API', bootstrap_cluster_creator_admin_permissions: true }] };
    const cm = { metadata: [{ name: 'aws-auth', namespace: 'kube-system' }], data: { mapRoles: '[]' } };
    const plan = (moduleCall: Record<string, unknown>, host: string[]) => ({
      format_version: '1.2',
      resource_changes: [
        { address: 'module.eks.aws_eks_cluster.this[0]', module_address: 'module.eks', mode: 'managed', type: 'aws_eks_cluster', name: 'this', index: 0, change: { actions: ['no-op'], before: cluster, after: cluster } },
        { address: 'kubernetes_config_map_v1_data.aws_auth', mode: 'managed', type: 'kubernetes_config_map_v1_data', name: 'aws_auth', change: { actions: ['create'], before: null, after: cm, after_unknown: {} } },
      ],
      configuration: {
        provider_config: { kubernetes: { name: 'kubernetes', expressions: { host: { references: host } } } },
        root_module: {
          resources: [{ address: 'kubernetes_config_map_v1_data.aws_auth', mode: 'managed', type: 'kubernetes_config_map_v1_data', name: 'aws_auth', provider_config_key: 'kubernetes', expressions: {} }],
          module_calls: { eks: { ...moduleCall, module: { outputs: { cluster_endpoint: { expression: { references: ['aws_eks_cluster.this[0].endpoint', 'aws_eks_cluster.this[0]', 'aws_eks_cluster.this'] } } } } } },
        },
      },
    });
    const linked = contextOf({ 'plan.json': plan({}, ['module.eks.cluster_endpoint', 'module.eks']) });
    expect(linked.viewOf(linked.model.awsAuth[0])?.cluster).toBe(linked.model.clusters[0]);
    const counted = contextOf({ 'plan.json': plan({ count_expression: { constant_value: 1 } }, ['module.eks.cluster_endpoint', 'module.eks']) });
    expect(counted.viewOf(counted.model.awsAuth[0])).toBeUndefined();
    const conditional = contextOf({ 'plan.json': plan({}, ['var.external', 'module.eks.cluster_endpoint', 'module.eks']) });
    expect(conditional.viewOf(conditional.model.awsAuth[0])).toBeUndefined();
  });
});

describe('the config and accounts', () => {
  it('does not give a same-named cluster of another account the config facts', () => {
    const state = (account: string) => ({
      format_version: '1.0',
      values: { root_module: { resources: [{ address: 'aws_eks_cluster.main', mode: 'managed', type: 'aws_eks_cluster', name: 'main', values: { name: 'prod', arn: `arn:aws:eks:eu-west-1:${account}:cluster/prod`, access_config: [] } }] } },
    });
    const config: Config = { clusters: { prod: { account: '111122223333', authenticationMode: 'API', awsAuth: 'aws-auth.yaml' } } };
    const other = contextOf({ 'state.json': state('444455556666'), 'aws-auth.yaml': AWS_AUTH }, config);
    expect(other.clusters[0]).toMatchObject({ account: '444455556666', modeFrom: 'default' });
    expect(other.viewOf(other.model.awsAuth[0])).toBeUndefined();
    const same = contextOf({ 'state.json': state('111122223333'), 'aws-auth.yaml': AWS_AUTH }, config);
    expect(same.clusters[0]).toMatchObject({ mode: 'API', modeFrom: 'config' });
    expect(same.viewOf(same.model.awsAuth[0])?.cluster).toBe(same.model.clusters[0]);
  });
});
