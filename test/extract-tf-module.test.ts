// terraform-aws-modules/eks: its inputs in *.tf.json (cluster, access entries with policy associations,
// aws-auth rows of v19 and of the v20 aws-auth submodule), how `version` is read, and the module's
// expanded resources in plan JSON (unknowns from after_unknown, nested child modules).
import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { extractFile } from '../src/extract/index.ts';
import { lint } from '../src/lint.ts';
import { bounds, moduleVersion } from '../src/extract/tf-module-version.ts';
import type { Extracted, Located, Origin } from '../src/model.ts';
import { SourceFile } from '../src/source.ts';
import { known, render } from '../src/text.ts';

const run = (doc: unknown, path = 'infra/main.tf.json'): Extracted => extractFile(new SourceFile(path, JSON.stringify(doc, null, 2), 'json'));
const modules = (module: unknown, extra: object = {}) => run({ module, ...extra }).after;
const textAt = (o: Located, field?: string): string => {
  const origin: Origin = (field ? o.fields[field] : o.origin)!;
  const [s, e] = origin.doc.locateOffsets(origin.pointer);
  return origin.doc.file.text.slice(s, e);
};

const EKS = 'terraform-aws-modules/eks/aws';
const AUTH = 'terraform-aws-modules/eks/aws//modules/aws-auth';
const ADMIN = 'arn:aws:eks::aws:cluster-access-policy/AmazonEKSClusterAdminPolicy';

describe('module version constraints', () => {
  it.each([
    ['~> 20.0', true, false], ['~> 20.31', true, false], ['20.8.4', true, false], ['= 21.0.1', true, false], ['>= 20.0, < 22.0', true, false],
    ['~> 19.21', false, true], ['19.21.0', false, true], ['< 20.0.0', false, true], ['<= 19.99', false, true], ['~> 19.0.1', false, true],
    ['>= 19.0', false, false], ['~> 19', false, false], ['!= 20.1.0', false, false], ['>= 19.0, != 19.5.0', false, false], ['latest', false, false],
  ])('%s: v20+ %s, below v20 %s', (constraint, v20, v19) => {
    const v = moduleVersion(EKS, constraint)!;
    expect([v.atLeast(20), v.below(20)]).toEqual([v20, v19]);
  });

  it('reads a git tag, knows nothing from a branch or no version, and ignores other sources', () => {
    expect(moduleVersion('git::https://github.com/terraform-aws-modules/terraform-aws-eks.git?ref=v20.8.4', undefined)!.atLeast(20)).toBe(true);
    expect(moduleVersion('github.com/terraform-aws-modules/terraform-aws-eks//modules/aws-auth?ref=v20.37.2', undefined)).toMatchObject({ submodule: 'aws-auth' });
    const branch = moduleVersion('git::https://github.com/terraform-aws-modules/terraform-aws-eks.git?ref=master', undefined)!;
    const none = moduleVersion(`registry.terraform.io/${EKS}`, undefined)!;
    for (const v of [branch, none]) expect([v.atLeast(20), v.below(20)]).toEqual([false, false]);
    expect(moduleVersion('./modules/eks', '20.0.0')).toBeUndefined();
    expect(moduleVersion('terraform-aws-modules/iam/aws', '5.0.0')).toBeUndefined();
    expect(bounds('~> 20.1')).toEqual({ lo: [20, 1, 0], hi: { v: [21, 0, 0], inclusive: false } });
  });
});

describe('root module inputs', () => {
  const entries = {
    admin: {
      principal_arn: 'arn:aws:iam::111122223333:role/platform-admin',
      user_name: 'admin:{{SessionName}}',
      kubernetes_groups: ['platform-admins'],
      policy_associations: { admin: { policy_arn: ADMIN, access_scope: { type: 'cluster' } }, dev: { policy_arn: 'arn:aws:eks::aws:cluster-access-policy/AmazonEKSEditPolicy', access_scope: { type: 'namespace', namespaces: ['dev-*'] } } },
    },
    fargate: {
      principal_arn: '${aws_iam_role.fargate.arn}', type: 'FARGATE_LINUX',
      policy_associations: { view: { policy_arn: 'arn:aws:eks::aws:cluster-access-policy/AmazonEKSViewPolicy', access_scope: { type: 'cluster' } } },
    },
  };

  it('makes the cluster, with the v20+ default mode and bootstrap admin hard-coded off', () => {
    const m = modules({ eks: { source: EKS, version: '~> 20.31', cluster_name: 'prod', access_entries: entries } });
    const [c] = m.clusters;
    expect(c).toMatchObject({ tool: 'terraform-module', ref: { resource: 'tf:dir:infra#module.eks', name: 'prod' }, authenticationModeExplicit: false, bootstrapAdmin: false });
    expect(known(c.authenticationMode)).toBe('API_AND_CONFIG_MAP');
    expect(textAt(c, 'name')).toBe('"prod"');
  });

  it('reads entries and their policies at their JSON nodes, and skips associations for node types', () => {
    const [admin, fargate] = modules({ eks: { source: EKS, version: '~> 20.31', cluster_name: 'prod', access_entries: entries } }, {
      resource: { aws_iam_role: { fargate: { name: 'eks-fargate-pods', path: '/eks/' } } },
    }).accessEntries;
    expect(admin).toMatchObject({ tool: 'terraform', cluster: { resource: 'tf:dir:infra#module.eks', name: 'prod' } });
    expect(admin.type).toBeUndefined();
    expect(textAt(admin, 'principal')).toBe('"arn:aws:iam::111122223333:role/platform-admin"');
    expect(textAt(admin, 'username')).toBe('"admin:{{SessionName}}"');
    expect(admin.groups!.map(known)).toEqual(['platform-admins']);
    expect(admin.policies.map((p) => [known(p.policyArn), known(p.scopeType), p.namespaces!.map(known)])).toEqual([
      [ADMIN, 'cluster', []], ['arn:aws:eks::aws:cluster-access-policy/AmazonEKSEditPolicy', 'namespace', ['dev-*']],
    ]);
    expect(textAt(admin.policies[1], 'namespaces').replace(/\s+/g, '')).toBe('["dev-*"]');
    expect(admin.policies[0].origin.pointer).toBe('/module/eks/access_entries/admin/policy_associations/admin');
    expect(render(fargate.principal)).toBe('arn:${partition}:iam::${account}:role/eks/eks-fargate-pods');
    expect(fargate.policies).toEqual([]);
  });

  it('adds the cluster creator entry, and unknown entries as possible ones tied to no cluster', () => {
    const m = modules({ eks: { source: EKS, version: '~> 20.0', cluster_name: 'prod', enable_cluster_creator_admin_permissions: true, access_entries: '${local.access_entries}' } });
    const [placeholder, creator] = m.accessEntries;
    expect(placeholder).toMatchObject({ cluster: {}, policiesIncomplete: true, condition: 'access_entries' });
    expect(known(placeholder.principal)).toBeUndefined();
    expect(creator.cluster.resource).toBe('tf:dir:infra#module.eks');
    expect(known(creator.principal)).toBeUndefined();
    expect(creator.policies.map((p) => [render(p.policyArn), known(p.scopeType)])).toEqual([['arn:${partition}:eks::aws:cluster-access-policy/AmazonEKSClusterAdminPolicy', 'cluster']]);
    expect(textAt(creator)).toBe('true');
  });

  it('knows no default mode for an unknown version, CONFIG_MAP for v19, and the written mode always', () => {
    const [unknownVersion, v19, written, v21] = modules({
      a: { source: EKS, cluster_name: 'a' },
      b: { source: EKS, version: '~> 19.21', cluster_name: 'b' },
      c: { source: EKS, authentication_mode: 'CONFIG_MAP', cluster_name: 'c' },
      d: { source: EKS, version: '21.3.1', name: 'd', authentication_mode: 'API' },
    }).clusters;
    expect([unknownVersion.authenticationMode, unknownVersion.bootstrapAdmin]).toEqual([undefined, undefined]);
    expect([known(v19.authenticationMode), v19.bootstrapAdmin]).toEqual(['CONFIG_MAP', true]);
    // authentication_mode is an input of v20+ only, which hard-code bootstrap admin off.
    expect([known(written.authenticationMode), written.authenticationModeExplicit, written.bootstrapAdmin]).toEqual(['CONFIG_MAP', true, false]);
    expect(textAt(written, 'authenticationMode')).toBe('"CONFIG_MAP"');
    expect([known(v21.name), known(v21.authenticationMode)]).toEqual(['d', 'API']);
  });

  it('creates nothing for count = 0 or create = false, and marks count and for_each as conditional', () => {
    const m = modules({
      off: { source: EKS, version: '20.0.0', create: false, cluster_name: 'off', access_entries: entries },
      zero: { source: EKS, version: '20.0.0', count: 0, cluster_name: 'zero' },
      many: { source: EKS, version: '20.0.0', for_each: '${toset(["a", "b"])}', cluster_name: '${each.key}', access_entries: { x: { principal_arn: 'arn:aws:iam::111122223333:role/x' } } },
      other: { source: 'terraform-aws-modules/vpc/aws', version: '5.0.0' },
    });
    expect(m.clusters.map((c) => [c.ref.resource, c.condition])).toEqual([['tf:dir:infra#module.many', 'for_each']]);
    expect(m.accessEntries.map((e) => e.condition)).toEqual(['for_each']);
  });
});

describe('aws-auth inputs', () => {
  const roles = [
    { rolearn: 'arn:aws:iam::111122223333:role/teams/dev', username: 'dev:{{SessionName}}', groups: ['dev'] },
    { rolearn: '${aws_iam_role.nodes.arn}', username: 'system:node:{{EC2PrivateDNSName}}', groups: ['system:bootstrappers', 'system:nodes'] },
  ];

  it('reads the v20 submodule as an aws-auth ConfigMap in kube-system, rows at their JSON nodes', () => {
    const m = modules({ aws_auth: { source: AUTH, version: '~> 20.0', aws_auth_roles: roles, aws_auth_users: [{ userarn: 'arn:aws:iam::111122223333:user/alice', username: 'alice', groups: ['ops'] }], aws_auth_accounts: ['444455556666', 777788889999] } },
      { resource: { aws_iam_role: { nodes: { name: 'prod-nodes' } } } });
    const [d] = m.awsAuth;
    expect(d).toMatchObject({ tool: 'terraform', namespaceDefaulted: false, dataKeys: [{ key: 'mapRoles' }, { key: 'mapUsers' }, { key: 'mapAccounts' }] });
    expect([known(d.namespace), known(d.name), d.cluster]).toEqual(['kube-system', 'aws-auth', undefined]);
    expect(d.sections.map((s) => [s.name, s.unknown, s.error])).toEqual([['mapRoles', false, undefined], ['mapUsers', false, undefined], ['mapAccounts', false, undefined]]);
    const [dev, nodes, alice, a1, a2] = m.identityMappings;
    expect(textAt(dev, 'arn')).toBe('"arn:aws:iam::111122223333:role/teams/dev"');
    expect(textAt(dev, 'groups')).toContain('"dev"');
    expect(dev.keys.map((k) => [k.key, k.type])).toEqual([['rolearn', 'string'], ['username', 'string'], ['groups', 'seq']]);
    expect(render(nodes.arn!)).toBe('arn:${partition}:iam::${account}:role/prod-nodes');
    expect(nodes.groups.map(known)).toEqual(['system:bootstrappers', 'system:nodes']);
    expect([alice.section, known(alice.arn), known(alice.username)]).toEqual(['mapUsers', 'arn:aws:iam::111122223333:user/alice', 'alice']);
    expect([a1, a2].map((a) => [a.section, known(a.arn), a.keys[0].type])).toEqual([['mapAccounts', '444455556666', 'string'], ['mapAccounts', '777788889999', 'number']]);
    expect(textAt(a2, 'arn')).toBe('777788889999');
  });

  it('reads v19 root module rows when it manages aws-auth, tied to its cluster', () => {
    const m = modules({ eks: { source: EKS, version: '~> 19.21', cluster_name: 'prod', manage_aws_auth_configmap: true, aws_auth_roles: roles } });
    const [d] = m.awsAuth;
    expect(d.cluster).toEqual({ resource: 'tf:dir:infra#module.eks', name: 'prod' });
    expect(m.identityMappings).toHaveLength(2);
    expect(m.accessEntries).toEqual([]);
    // Not managed: the inputs are not written anywhere.
    expect(modules({ eks: { source: EKS, version: '~> 19.21', cluster_name: 'prod', aws_auth_roles: roles } }).awsAuth).toEqual([]);
  });

  it('treats rows the module adds itself, expressions and unmanaged maps as unknown or absent', () => {
    const v19 = modules({ eks: { source: EKS, version: '19.21.0', cluster_name: 'prod', create_aws_auth_configmap: true, eks_managed_node_groups: { default: { instance_types: ['m6i.large'] } }, aws_auth_roles: roles } });
    expect(v19.awsAuth[0].sections.map((s) => [s.name, s.unknown])).toEqual([['mapRoles', true], ['mapUsers', false], ['mapAccounts', false]]);
    const expr = modules({ aws_auth: { source: AUTH, version: '20.37.2', aws_auth_roles: '${local.roles}', aws_auth_users: ['${local.admin_user}'] } });
    expect(expr.awsAuth[0].sections.map((s) => s.unknown)).toEqual([true, true, false]);
    expect(expr.identityMappings).toEqual([]);
    expect(modules({ aws_auth: { source: AUTH, version: '20.37.2', manage_aws_auth_configmap: false, aws_auth_roles: roles } }).awsAuth).toEqual([]);
    const maybe = modules({ aws_auth: { source: AUTH, version: '20.37.2', manage_aws_auth_configmap: '${var.manage}', aws_auth_roles: roles } });
    expect(maybe.awsAuth[0].condition).toBe('manage_aws_auth_configmap');
  });
});

describe("the module's resources in plan JSON", () => {
  const change = (address: string, type: string, after: unknown, afterUnknown: unknown, module = 'module.eks') => ({
    address, module_address: module, mode: 'managed', type, name: 'this', index: address.replace(/^.*\[|\]$/g, ''),
    change: { actions: ['create'], before: null, after, after_unknown: afterUnknown },
  });
  const expressions = { resources: [{ address: 'aws_eks_access_entry.this', mode: 'managed', type: 'aws_eks_access_entry', name: 'this', expressions: {
    cluster_name: { references: ['aws_eks_cluster.this[0].id', 'aws_eks_cluster.this[0]', 'aws_eks_cluster.this'] },
    principal_arn: { references: ['each.value.principal_arn', 'each.value'] },
    kubernetes_groups: { references: ['each.value.kubernetes_groups', 'each.value'] },
    type: { references: ['each.value.type', 'each.value'] },
  } }, { address: 'aws_eks_access_policy_association.this', mode: 'managed', type: 'aws_eks_access_policy_association', name: 'this', expressions: {
    cluster_name: { references: ['aws_eks_cluster.this[0].id', 'aws_eks_cluster.this[0]', 'aws_eks_cluster.this'] },
    principal_arn: { references: ['each.value.principal_arn', 'each.value'] },
  } }] };

  it('keeps after_unknown values unknown and ties the entries to the cluster of their module', () => {
    const out = run({
      format_version: '1.2', terraform_version: '1.9.5', planned_values: { root_module: {} },
      resource_changes: [
        change('module.eks.aws_eks_cluster.this[0]', 'aws_eks_cluster', { name: 'prod', access_config: [{ authentication_mode: 'API_AND_CONFIG_MAP', bootstrap_cluster_creator_admin_permissions: false }] }, { arn: true, id: true }),
        change('module.eks.aws_eks_access_entry.this["ci"]', 'aws_eks_access_entry', { type: 'STANDARD', kubernetes_groups: null, user_name: null }, { cluster_name: true, principal_arn: true, kubernetes_groups: true, user_name: true }),
        change('module.eks.aws_eks_access_entry.this["admin"]', 'aws_eks_access_entry', { type: 'STANDARD', principal_arn: 'arn:aws:iam::111122223333:role/admin', kubernetes_groups: ['admins', null] }, { cluster_name: true, kubernetes_groups: [false, true], user_name: true }),
        change('module.eks.aws_eks_access_policy_association.this["admin_admin"]', 'aws_eks_access_policy_association',
          { principal_arn: 'arn:aws:iam::111122223333:role/admin', policy_arn: ADMIN, access_scope: [{ type: 'cluster', namespaces: null }] }, { cluster_name: true, associated_at: true }),
      ],
      configuration: { root_module: { module_calls: { eks: { source: EKS, version_constraint: '~> 20.31', module: expressions } } } },
    }, 'plan.json').after;
    const [ci, admin] = out.accessEntries;
    expect(known(ci.principal)).toBeUndefined();
    expect(render(ci.principal)).toBe('${module.eks.aws_eks_access_entry.this["ci"].principal_arn}');
    expect(ci.groups).toBeUndefined(); // written by the module, unknown until apply
    expect(ci.cluster.resource).toBe('tf:module.eks#aws_eks_cluster.this[0]');
    expect(admin.groups!.map((g) => known(g))).toEqual(['admins', undefined]);
    expect(admin.policies.map((p) => known(p.policyArn))).toEqual([ADMIN]);
    expect(out.clusters[0].ref.resource).toBe(ci.cluster.resource);
  });

  it('reads nested child_modules of planned_values and of state', () => {
    const values = { root_module: { child_modules: [{ address: 'module.eks', resources: [
      { address: 'module.eks.aws_eks_cluster.this[0]', mode: 'managed', type: 'aws_eks_cluster', name: 'this', index: 0, values: { name: 'prod', access_config: [{ authentication_mode: 'API', bootstrap_cluster_creator_admin_permissions: false }] } },
    ], child_modules: [{ address: 'module.eks.module.eks_managed_node_group["default"]', resources: [
      { address: 'module.eks.module.eks_managed_node_group["default"].aws_eks_node_group.this[0]', mode: 'managed', type: 'aws_eks_node_group', name: 'this', index: 0, values: { cluster_name: 'prod', node_role_arn: 'arn:aws:iam::111122223333:role/default-eks-node-group' } },
    ] }] }] } };
    for (const doc of [{ format_version: '1.2', planned_values: values }, { format_version: '1.0', values }]) {
      const { after } = run(doc, 'out.json');
      expect(after.clusters.map((c) => c.ref.resource)).toEqual(['tf:module.eks#aws_eks_cluster.this[0]']);
      expect(after.nodeRoles.map((n) => [known(n.role), n.cluster.name, n.origin.pointer.replace(/^\/[a-z_]+/, '')])).toEqual([
        ['arn:aws:iam::111122223333:role/default-eks-node-group', 'prod', '/root_module/child_modules/0/child_modules/0/resources/0/values'],
      ]);
    }
  });
});

it('finds exactly the mistakes of the bundled module fixture', async () => {
  const report = await lint(['fixtures/terraform/eks-module.tf.json'], { cwd: join(import.meta.dirname, '..') });
  expect(report.findings.map((f) => `${f.range.start.line}:${f.range.start.column} ${f.ruleId}`)).toEqual([
    '29:24 access-entry/session-name-colon', '40:11 access-entry/groups-on-non-standard', '50:22 aws-auth/role-arn-path',
  ]);
});
