// The real-world corpus (../shared/corpus, 58 public files written by others): read without a crash,
// and the findings there are the ones we defend (each checked by reading the file).
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from './support/cli.ts';

const CORPUS = join(import.meta.dirname, '../../shared/corpus');

describe.skipIf(!existsSync(CORPUS))('real-world corpus', () => {
  it('lints every file without a crash, and reports what a reader would', () => {
    const r = run(['--format', 'json', '--fail-on', 'never', '.'], CORPUS);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const report = JSON.parse(r.stdout);
    expect(report.diagnostics).toEqual([]);
    const found: string[] = report.findings.map((f: { file: string; range: { start: { line: number; column: number } }; ruleId: string }) => `${f.file}:${f.range.start.line}:${f.range.start.column} ${f.ruleId}`);
    // A mis-indented second entry: go-yaml rejects the section, taking the node role with it.
    expect(found).toContain('aws-auth/7milkyways__cd0157_Final_Pipeline__aws-auth-patch.yml:11:5 aws-auth/unparseable-section');
    // `mapRoles: |` whose content is not indented below the key: not YAML.
    expect(found).toContain('aws-auth/ASFOpenSARlab__opensarlab-cluster__aws-auth-cm.yaml:8:1 input/parse-error');
    // `metadata:` missing: not YAML.
    expect(found).toContain('aws-auth/paocloud__aws-eks-configmap-aws-auth__aws-auth-configmap.yaml:2:7 input/parse-error');
    // An IAM Identity Center role mapped with its aws-reserved path: never matches.
    expect(found).toContain('aws-auth/cartography-cncf__cartography__updated-aws-auth-configmap.yaml:17:16 aws-auth/role-arn-path');
    // A role ARN written as a mapUsers `userarn`: it matches, but misleads.
    expect(found).toContain('aws-auth/cartography-cncf__cartography__updated-aws-auth-configmap.yaml:24:18 aws-auth/arn-kind-mismatch');
    // eksctl iamIdentityMappings are aws-auth rows too, and two real files map an admin role to
    // system:masters (warning by design), one also a whole account (mapAccounts, warning by design).
    expect(found).toContain('eksctl/bottlerocket-os__bottlerocket-test-system__bottlerocket__docs__permissions__eksctl-config.yaml:19:9 aws-auth/system-masters');
    expect(found).toContain('eksctl/eksctl-io__eksctl__examples__35-iamidentitymappings.yaml:12:9 aws-auth/system-masters');
    expect(found).toContain('eksctl/eksctl-io__eksctl__examples__35-iamidentitymappings.yaml:24:14 aws-auth/map-accounts');
    // CDK aws-eks (v1) AwsAuth manifests (Fn::Join of JSON fragments and role GetAtts): admin roles mapped to
    // system:masters (warning by design), and an old CDK's addMastersRole that wrote no username (the row
    // authenticates with username "").
    const RICO = 'cdk/RicoToothless__aws-cdk-jenkins-workshop__cdk.out__eks-cluster.template.json';
    const EDISON = 'cdk/edison0513__eks-cdk-example__cdk.out__EksStack.template.json';
    expect(found).toContain(`${RICO}:659:148 aws-auth/missing-username`);
    expect(found).toContain(`${RICO}:666:37 aws-auth/system-masters`);
    expect(found).toContain(`${EDISON}:325:37 aws-auth/system-masters`);
    expect(found).toContain(`${EDISON}:346:73 aws-auth/system-masters`);
    // The access entries, policies and clusters of the real templates, plans and eksctl files are correct: at most
    // notes there (CONFIG_MAP by default), never a warning or an error. aws-auth rows (ConfigMaps, the
    // iamIdentityMappings of eksctl files, CDK AwsAuth manifests) are where the real mistakes and risky grants are.
    const awsAuthRow = (f: { file: string; ruleId: string }) => f.file.startsWith('aws-auth/') || ((f.file.startsWith('eksctl/') || f.file.startsWith('cdk/')) && f.ruleId.startsWith('aws-auth/'));
    const loud = report.findings.filter((f: { file: string; severity: string; ruleId: string }) => !awsAuthRow(f) && f.severity !== 'note');
    expect(loud).toEqual([]);
  });
});
