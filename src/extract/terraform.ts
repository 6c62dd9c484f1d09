// Terraform JSON: *.tf.json configuration, `terraform show -json` plans (before and after) and
// state (`terraform show -json` and raw .tfstate v4), including aws-auth via kubernetes_config_map*.
import type { Extracted } from '../model.ts';
import type { DocNode, SourceDoc } from '../source.ts';
import { extractConfig } from './tf-config.ts';
import { extractPlan } from './tf-plan.ts';
import { extractState } from './tf-state.ts';
import { get, isMap, str } from './util.ts';

export type TerraformShape = 'config' | 'plan' | 'state';

/** Top-level keys of an HCL-JSON configuration file. */
const CONFIG_KEYS = new Set(['//', 'resource', 'data', 'module', 'provider', 'terraform', 'variable', 'locals', 'output', 'moved', 'import', 'removed', 'check', 'ephemeral']);
const BODY_KEYS = ['resource', 'data', 'module'];

export function terraformShape(root: DocNode | undefined): TerraformShape | undefined {
  if (!isMap(root)) return undefined;
  // Kubernetes manifests and CloudFormation templates have their own extractors.
  if ((str(get(root, 'kind')) && str(get(root, 'apiVersion'))) || get(root, 'AWSTemplateFormatVersion') || get(root, 'Resources')) return undefined;
  const has = (k: string) => get(root, k) !== undefined;
  if (get(root, 'resource_changes')?.kind === 'seq' || (has('format_version') && isMap(get(root, 'planned_values')))) return 'plan';
  if (has('format_version') && isMap(get(root, 'values'))) return 'state';
  if (typeof scalar(get(root, 'version')) === 'number' && get(root, 'resources')?.kind === 'seq' && (has('lineage') || has('serial') || has('terraform_version'))) return 'state';
  const keys = root.entries.map((e) => e.key);
  if (keys.length > 0 && keys.every((k) => CONFIG_KEYS.has(k)) && BODY_KEYS.some((k) => { const v = get(root, k); return v?.kind === 'map' || v?.kind === 'seq'; })) return 'config';
  return undefined;
}

export function isTerraformJson(root: DocNode | undefined): boolean {
  return terraformShape(root) !== undefined;
}

export function extractTerraform(doc: SourceDoc, out: Extracted): void {
  switch (terraformShape(doc.root)) {
    case 'config':
      extractConfig(doc, out.after);
      break;
    case 'plan':
      extractPlan(doc, out);
      break;
    case 'state':
      extractState(doc, out.after);
      break;
  }
}

function scalar(n: DocNode | undefined): unknown {
  return n?.kind === 'scalar' ? n.value : undefined;
}
