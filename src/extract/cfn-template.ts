// The parts of a normalised template that intrinsics read: parameters, resources, mappings.
import type { CfnNode } from './cfn-normalize.ts';

/** Resources whose `Ref` is a cluster name: CloudFormation's own and CDK's (aws-eks v1) custom resource. */
export const CLUSTER_TYPES = new Set(['AWS::EKS::Cluster', 'Custom::AWSCDK-EKS-Cluster']);

export interface Parameter {
  type?: string;
  default?: CfnNode;
}

export interface Resource {
  id: string;
  type: string;
  /** Undefined when Properties is absent or not a map. */
  props?: CfnNode;
  /** The resource's `Condition`: whether it exists at all is unknown. */
  condition?: string;
}

export interface Template {
  params: Map<string, Parameter>;
  resources: Map<string, Resource>;
  mappings?: CfnNode;
}

/** The value under `key` of a plain map (last entry wins, as the parsers do). */
export function prop(node: CfnNode | undefined, key: string): CfnNode | undefined {
  if (!node || node.kind !== 'map') return undefined;
  let found: CfnNode | undefined;
  for (const e of node.entries) if (e.key === key) found = e.value;
  return found;
}

/** A one-key map `{Ref: …}` / `{Fn::…: …}`: a function call, not data. */
export function isIntrinsic(node: CfnNode | undefined): boolean {
  if (!node || node.kind !== 'map' || node.entries.length !== 1) return false;
  const key = node.entries[0].key;
  return key === 'Ref' || key.startsWith('Fn::');
}

/** A map that is data (not an intrinsic whose value we would have to guess). */
export function isPlainMap(node: CfnNode | undefined): boolean {
  return !!node && node.kind === 'map' && !isIntrinsic(node);
}

export function scalarString(node: CfnNode | undefined): string | undefined {
  return node && node.kind === 'scalar' && typeof node.value === 'string' ? node.value : undefined;
}

export function indexTemplate(root: CfnNode | undefined): Template {
  const params = new Map<string, Parameter>();
  const resources = new Map<string, Resource>();
  const section = (name: string) => {
    const s = prop(root, name);
    return s && s.kind === 'map' ? s.entries : [];
  };
  for (const { key, value } of section('Parameters')) {
    if (value.kind === 'map') params.set(key, { type: scalarString(prop(value, 'Type')), default: prop(value, 'Default') });
  }
  for (const { key, value } of section('Resources')) {
    // Anything that is not a map with a string Type (e.g. a `Fn::ForEach::…` loop) is skipped.
    const type = scalarString(prop(value, 'Type'));
    if (value.kind !== 'map' || !type) continue;
    const props = prop(value, 'Properties');
    resources.set(key, {
      id: key,
      type,
      props: isPlainMap(props) ? props : undefined,
      condition: scalarString(prop(value, 'Condition')),
    });
  }
  return { params, resources, mappings: prop(root, 'Mappings') };
}
