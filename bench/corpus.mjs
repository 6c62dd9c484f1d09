// Seeded, repository-like benchmark corpus: CloudFormation YAML (40% with EKS resources, all
// with IAM/S3/Lambda filler), aws-auth ConfigMaps, Terraform plan JSON, and, by file count, a
// majority of unrelated Kubernetes manifests. Same seed and size → same bytes.
//   node bench/corpus.mjs <dir> [--mb 20] [--seed 1]
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';

function rng(seed) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), a | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return { int: (n) => Math.floor(next() * n), pick: (xs) => xs[Math.floor(next() * xs.length)], chance: (p) => next() < p };
}

const ACCT = '111122223333';

function cfnFiller(r, i) {
  const out = [];
  for (let k = 0; k < 6 + r.int(6); k++) {
    out.push(`  Role${i}x${k}:
    Type: AWS::IAM::Role
    Properties:
      RoleName: !Sub '\${AWS::StackName}-role-${k}'
      AssumeRolePolicyDocument:
        Version: '2012-10-17'
        Statement:
          - Effect: Allow
            Principal: { Service: ${r.pick(['lambda', 'ec2', 'ecs-tasks'])}.amazonaws.com }
            Action: sts:AssumeRole
      ManagedPolicyArns:
        - !Sub 'arn:\${AWS::Partition}:iam::aws:policy/ReadOnlyAccess'
      Tags:
        - { Key: team, Value: team-${r.int(30)} }
  Bucket${i}x${k}:
    Type: AWS::S3::Bucket
    Condition: ${r.chance(0.3) ? 'IsProd' : 'Always'}
    Properties:
      BucketName: !Join ['-', [!Ref AWS::StackName, data, '${k}']]
      VersioningConfiguration: { Status: Enabled }
      LifecycleConfiguration:
        Rules:
          - { Id: expire, Status: Enabled, ExpirationInDays: ${30 + r.int(300)} }
  Function${i}x${k}:
    Type: AWS::Lambda::Function
    Properties:
      Role: !GetAtt Role${i}x${k}.Arn
      Runtime: python3.12
      Handler: index.handler
      Environment:
        Variables:
          BUCKET: !Ref Bucket${i}x${k}
          STAGE: !If [IsProd, prod, dev]
      Code:
        ZipFile: |
          def handler(event, context):
              return {"ok": True, "n": ${r.int(1000)}}`);
  }
  return out.join('\n');
}

function cfnEks(r, i) {
  const entries = [];
  for (let k = 0; k < 3 + r.int(6); k++) {
    entries.push(`  Entry${k}:
    Type: AWS::EKS::AccessEntry
    Properties:
      ClusterName: !Ref Cluster
      PrincipalArn: !Sub 'arn:\${AWS::Partition}:iam::\${AWS::AccountId}:role/${r.chance(0.9) ? 'dev' : 'team/deployer'}-${k}'
      Type: STANDARD
      Username: ${r.chance(0.9) ? '"dev:{{SessionName}}"' : 'ops'}
      KubernetesGroups: [${r.chance(0.9) ? 'viewers' : 'system:masters'}]
      AccessPolicies:
        - PolicyArn: !Sub 'arn:\${AWS::Partition}:eks::aws:cluster-access-policy/AmazonEKSViewPolicy'
          AccessScope: ${r.chance(0.9) ? '{ Type: namespace, Namespaces: [apps] }' : '{ Type: cluster, Namespaces: [apps] }'}`);
  }
  return `  Cluster:
    Type: AWS::EKS::Cluster
    Properties:
      Name: !Sub 'cluster-${i}'
      RoleArn: !GetAtt ClusterRole.Arn
      ResourcesVpcConfig: { SubnetIds: !Split [',', !ImportValue private-subnets] }
      AccessConfig: { AuthenticationMode: ${r.pick(['API', 'API_AND_CONFIG_MAP'])}, BootstrapClusterCreatorAdminPermissions: ${r.chance(0.5)} }
  ClusterRole:
    Type: AWS::IAM::Role
    Properties:
      AssumeRolePolicyDocument: { Statement: [{ Effect: Allow, Principal: { Service: eks.amazonaws.com }, Action: sts:AssumeRole }] }
${entries.join('\n')}`;
}

function cfn(r, i) {
  const eks = r.chance(0.4);
  return `AWSTemplateFormatVersion: '2010-09-09'
Description: stack ${i}
Parameters:
  Stage: { Type: String, Default: dev, AllowedValues: [dev, prod] }
Conditions:
  IsProd: !Equals [!Ref Stage, prod]
  Always: !Equals [a, a]
Resources:
${eks ? cfnEks(r, i) + '\n' : ''}${cfnFiller(r, i)}
Outputs:
  StackName: { Value: !Ref AWS::StackName, Export: { Name: !Sub '\${AWS::StackName}-name' } }
`;
}

function awsAuth(r, i) {
  const rows = [];
  for (let k = 0; k < 10 + r.int(60); k++) {
    const node = k === 0;
    rows.push(`    - rolearn: arn:aws:iam::${ACCT}:role/${r.chance(0.05) ? 'team/' : ''}role-${i}-${k}
      username: ${node ? 'system:node:{{EC2PrivateDNSName}}' : r.chance(0.9) ? '"dev:{{SessionName}}"' : '"{{SessionName}}"'}
      groups:
        - ${node ? 'system:bootstrappers' : 'viewers'}
        - ${node ? 'system:nodes' : r.chance(0.9) ? 'editors' : 'system:masters'}`);
  }
  return `apiVersion: v1
kind: ConfigMap
metadata:
  name: aws-auth
  namespace: kube-system
data:
  mapRoles: |
${rows.join('\n')}
  mapUsers: |
    - userarn: arn:aws:iam::${ACCT}:user/u${i}
      username: u${i}
      groups: [viewers]
`;
}

function tfPlan(r, i) {
  const changes = [];
  for (let k = 0; k < 20 + r.int(40); k++) {
    const eks = r.chance(0.3);
    const type = eks ? r.pick(['aws_eks_access_entry', 'aws_eks_access_policy_association']) : r.pick(['aws_s3_bucket', 'aws_iam_role', 'aws_lambda_function', 'aws_security_group']);
    const values = eks
      ? { cluster_name: `c${i}`, principal_arn: `arn:aws:iam::${ACCT}:role/r${k}`, type: 'STANDARD', kubernetes_groups: ['viewers'], user_name: `u${k}`, policy_arn: 'arn:aws:eks::aws:cluster-access-policy/AmazonEKSViewPolicy', access_scope: [{ type: 'cluster', namespaces: [] }] }
      : { name: `res-${i}-${k}`, tags: { team: `t${r.int(20)}` }, arn: `arn:aws:iam::${ACCT}:role/x${k}`, description: 'x'.repeat(200 + r.int(800)) };
    changes.push({ address: `module.m${i}.${type}.r${k}`, module_address: `module.m${i}`, mode: 'managed', type, name: `r${k}`, provider_name: 'registry.terraform.io/hashicorp/aws', change: { actions: [r.pick(['create', 'update', 'no-op'])], before: r.chance(0.5) ? values : null, after: values, after_unknown: {} } });
  }
  return JSON.stringify({ format_version: '1.2', terraform_version: '1.9.0', resource_changes: changes, planned_values: { root_module: {} } }, null, 2);
}

function k8s(r, i) {
  const kind = r.pick(['Deployment', 'Service', 'ConfigMap', 'Ingress', 'StatefulSet']);
  const docs = [];
  for (let d = 0; d < 1 + r.int(4); d++) {
    docs.push(`apiVersion: ${kind === 'Service' || kind === 'ConfigMap' ? 'v1' : 'apps/v1'}
kind: ${kind}
metadata:
  name: app-${i}-${d}
  namespace: team-${r.int(40)}
  labels: { app: app-${i}, tier: ${r.pick(['web', 'api', 'worker'])} }
  annotations:
    owner: team-${r.int(40)}@example.com
spec:
  replicas: ${1 + r.int(5)}
  selector: { matchLabels: { app: app-${i} } }
  template:
    metadata: { labels: { app: app-${i} } }
    spec:
      serviceAccountName: app-${i}
      containers:
        - name: main
          image: registry.example.com/app-${i}:${r.int(100)}.${r.int(10)}
          args: [--port=8080, --log-level=info]
          ports: [{ containerPort: 8080 }]
          env:
            - { name: DB_HOST, value: db.team.svc.cluster.local }
            - { name: FEATURE_FLAGS, value: "a,b,c" }
          resources: { requests: { cpu: 100m, memory: 128Mi }, limits: { cpu: "1", memory: 512Mi } }
          readinessProbe: { httpGet: { path: /healthz, port: 8080 }, periodSeconds: 10 }`);
  }
  return docs.join('\n---\n') + '\n';
}

/** Writes the corpus; returns { files, bytes, byKind }. */
export function writeCorpus(dir, { mb = 20, seed = 1 } = {}) {
  rmSync(dir, { recursive: true, force: true });
  const r = rng(seed);
  const target = mb * 1024 * 1024;
  const byKind = {};
  let bytes = 0;
  let files = 0;
  for (let i = 0; bytes < target; i++) {
    // By count ~78% unrelated manifests, ~55% by bytes: a repository is mostly not about EKS access.
    const x = r.int(100);
    const [kind, ext, text] = x < 78 ? ['k8s', 'yaml', k8s(r, i)] : x < 92 ? ['cloudformation', 'yaml', cfn(r, i)] : x < 97 ? ['aws-auth', 'yaml', awsAuth(r, i)] : ['terraform-plan', 'json', tfPlan(r, i)];
    const sub = join(dir, kind, String(i % 50));
    mkdirSync(sub, { recursive: true });
    writeFileSync(join(sub, `${kind}-${i}.${ext}`), text);
    const k = (byKind[kind] ??= { files: 0, bytes: 0 });
    k.files++;
    k.bytes += text.length;
    bytes += text.length;
    files++;
  }
  return { files, bytes, byKind };
}

if (import.meta.filename === process.argv[1]) {
  const { values, positionals } = parseArgs({ allowPositionals: true, options: { mb: { type: 'string', default: '20' }, seed: { type: 'string', default: '1' } } });
  console.log(JSON.stringify(writeCorpus(positionals[0] ?? 'bench-corpus', { mb: Number(values.mb), seed: Number(values.seed) })));
}
