import { dirname } from 'node:path';
// `*.tf.json` configuration (also CDKTF's cdk.tf.json): `{"resource": {"<type>": {"<name>": {…}}}}`.
// A file's resources are in its folder's module; string values are templates resolved as far as
// the file proves. Policy associations whose entry may be in another file of the folder are joined
// after every file is read (src/join-policies.ts).
import type { Model } from '../model.ts';
import { joinPointer, type DocNode, type SourceDoc } from '../source.ts';
import { parseTemplate, hasInterpolation } from './tf-template.ts';
import { resolveExpr, type RoleDecl } from './tf-refs.ts';
import { TfBuilder } from './tf-resources.ts';
import { ConfigAttrs, type ConfigScope } from './tf-values.ts';
import { configProviders } from './tf-provider.ts';
import { extractModules } from './tf-module.ts';
import { get, str } from './util.ts';

/**
 * The module scope of a configuration file's resources: its folder, as Terraform's root module is
 * a folder. References resolve within the file (policy associations: within the folder); two
 * stacks in two folders never share an address.
 */
const moduleOf = (doc: SourceDoc): string => `dir:${dirname(doc.file.path)}`;

interface Block {
  type: string;
  name: string;
  node: DocNode;
  pointer: string;
}

export function extractConfig(doc: SourceDoc, model: Model): void {
  const blocks = resourceBlocks(doc.root);
  const roles = new Map<string, RoleDecl>();
  for (const b of blocks) if (b.type === 'aws_iam_role') roles.set(b.name, roleDecl(b.node));
  const module = moduleOf(doc);
  const scope: ConfigScope = { module, resolve: (expr) => resolveExpr(expr, roles) };
  const builder = new TfBuilder(model);
  const providers = configProviders(doc.root, module);
  for (const b of blocks) {
    const count = get(b.node, 'count');
    if (count?.kind === 'scalar' && (count.value === 0 || count.value === '0')) continue; // never created
    const kubernetesCluster = b.type.startsWith('kubernetes_') ? providers(str(get(b.node, 'provider'))) : undefined;
    builder.add({ type: b.type, local: `${b.type}.${b.name}`, module, body: new ConfigAttrs(doc, b.pointer, b.node, scope), ...(kubernetesCluster ? { kubernetesCluster } : {}) });
  }
  builder.finish();
  // terraform-aws-modules/eks calls: the cluster, entries and aws-auth rows their inputs make.
  extractModules(doc, model, scope);
}

/** HCL-JSON lets each level be an object or an array of objects; `//` keys are comments. */
function resourceBlocks(root: DocNode | undefined): Block[] {
  const out: Block[] = [];
  for (const [types, tp] of objects(get(root, 'resource'), '/resource')) {
    for (const te of types.kind === 'map' ? types.entries : []) {
      if (te.key === '//') continue;
      for (const [names, np] of objects(te.value, joinPointer(tp, te.key))) {
        for (const ne of names.kind === 'map' ? names.entries : []) {
          if (ne.key === '//') continue;
          // Several bodies under one name would be a duplicate resource: read the first.
          const [body] = objects(ne.value, joinPointer(np, ne.key));
          if (body) out.push({ type: te.key, name: ne.key, node: body[0], pointer: body[1] });
        }
      }
    }
  }
  return out;
}

function objects(node: DocNode | undefined, pointer: string): [DocNode, string][] {
  if (node?.kind === 'map') return [[node, pointer]];
  if (node?.kind === 'seq') return node.items.flatMap((it, i): [DocNode, string][] => (it.kind === 'map' ? [[it, joinPointer(pointer, i)]] : []));
  return [];
}

function roleDecl(node: DocNode): RoleDecl {
  const literalOf = (key: string): string | undefined => {
    const v = get(node, key);
    if (v?.kind !== 'scalar' || typeof v.value !== 'string') return undefined;
    const t = parseTemplate(v.value);
    return hasInterpolation(t) ? undefined : t.pieces.map((p) => (p.kind === 'lit' ? p.text : '')).join('');
  };
  const path = get(node, 'path');
  // A name from name_prefix or an expression is not known; a non-literal path neither.
  return { name: literalOf('name'), path: path ? (literalOf('path') ?? null) : undefined };
}
