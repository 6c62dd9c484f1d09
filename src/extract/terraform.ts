// Terraform JSON: *.tf.json configuration, `terraform show -json` plans and state. (Being written.)
import type { Extracted } from '../model.ts';
import type { DocNode, SourceDoc } from '../source.ts';
import { get } from './util.ts';

export function isTerraformJson(root: DocNode | undefined): boolean {
  return !!(get(root, 'resource') || get(root, 'resource_changes') || get(root, 'planned_values') || get(root, 'values') || get(root, 'terraform_version') || get(root, 'module'));
}

export function extractTerraform(_doc: SourceDoc, _out: Extracted): void {}
