// The CLI end to end on a Terraform configuration split over several *.tf.json files of a folder:
// Terraform reads them as one module, so a policy association joins an entry of another file.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run, tree } from './support/cli.ts';
import { commit, gitRepo } from './support/git.ts';

type Json = { findings: { ruleId: string; file: string; range: { start: { line: number } } }[] };
const findings = (stdout: string) => (JSON.parse(stdout) as Json).findings.map((f) => `${f.file}:${f.range.start.line} ${f.ruleId}`);

const ROLE = (name: string) => `arn:aws:iam::111122223333:role/${name}`;
const entries = (bootstrap = true) => JSON.stringify({
  resource: {
    aws_eks_cluster: { main: { name: 'prod', role_arn: ROLE('eks'), access_config: { authentication_mode: 'API', bootstrap_cluster_creator_admin_permissions: bootstrap }, vpc_config: { subnet_ids: ['subnet-1'] } } },
    aws_eks_access_entry: { admin: { cluster_name: '${aws_eks_cluster.main.name}', principal_arn: ROLE('admin') } },
  },
}, null, 2);
const policies = (principal: string, policy = 'AmazonEKSClusterAdminPolicy') => JSON.stringify({
  resource: {
    aws_eks_access_policy_association: {
      admin: { cluster_name: '${aws_eks_cluster.main.name}', principal_arn: principal, policy_arn: `arn:aws:eks::aws:cluster-access-policy/${policy}`, access_scope: { type: 'cluster' } },
    },
  },
}, null, 2);
const NO_PERMISSIONS = 'stack/entries.tf.json:21 access-entry/no-permissions';

describe('a Terraform configuration over several files of a folder', () => {
  it('joins a policy association to the entry of another file: no no-permissions warning', () => {
    for (const principal of ['${aws_eks_access_entry.admin.principal_arn}', ROLE('admin')]) {
      const r = run(['-f', 'json', '.'], tree({ 'stack/entries.tf.json': entries(), 'stack/policies.tf.json': policies(principal) }));
      expect(findings(r.stdout)).toEqual([]);
      expect(r.code).toBe(0);
    }
  });

  it('still warns when the association names another principal, or is in another folder', () => {
    const other = run(['-f', 'json', '.'], tree({ 'stack/entries.tf.json': entries(), 'stack/policies.tf.json': policies(ROLE('someone-else')) }));
    expect(findings(other.stdout)).toEqual([NO_PERMISSIONS]);
    const apart = run(['-f', 'json', '.'], tree({ 'stack/entries.tf.json': entries(), 'elsewhere/policies.tf.json': policies('${aws_eks_access_entry.admin.principal_arn}') }));
    expect(findings(apart.stdout)).toEqual([NO_PERMISSIONS]);
  });

  it('--base: joins in the base revision too, each revision with its own associations', () => {
    const repo = gitRepo({ 'stack/entries.tf.json': entries(false), 'stack/policies.tf.json': policies('${aws_eks_access_entry.admin.principal_arn}') });
    commit(repo, 'base');
    expect(findings(run(['-f', 'json', '--base', 'HEAD', '.'], repo).stdout)).toEqual([]);
    writeFileSync(join(repo, 'stack/policies.tf.json'), policies('${aws_eks_access_entry.admin.principal_arn}', 'AmazonEKSViewPolicy'));
    // Only the association changes: the entries file's model is shared by both revisions.
    const r = run(['-f', 'json', '--base', 'HEAD', '.'], repo);
    expect(findings(r.stdout)).toEqual(['stack/entries.tf.json:9 cluster/no-admin', 'stack/policies.tf.json:7 change/last-admin-removed']);
  });
});
