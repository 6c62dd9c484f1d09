// CloudFormation templates (YAML with short-form tags, and JSON) → model. (Being written.)
import type { Model } from '../model.ts';
import type { DocNode, SourceDoc } from '../source.ts';
import { get } from './util.ts';

export function isCloudFormation(root: DocNode | undefined): boolean {
  return !!get(root, 'AWSTemplateFormatVersion') || get(root, 'Resources')?.kind === 'map';
}

export function extractCloudFormation(_doc: SourceDoc, _model: Model): void {}
