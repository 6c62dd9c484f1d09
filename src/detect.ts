// Cheap content sniffing before any parse: most YAML in a repository has nothing to do with EKS access.
import type { Syntax } from './source.ts';

const MARKERS = /aws-auth|AWS::EKS::|Custom::AWSCDK-EKS|aws_eks_|kubernetes_config_map|eksctl\.io\//;

/** Could this text hold EKS access configuration? */
export function mayHoldEksAccess(text: string): boolean {
  return MARKERS.test(text);
}

// Helm/Go-template actions (`{{ .Values.x }}`, `{{- range }}`) and Jinja blocks: a template is not the
// config it renders, and parsing it would only cry wolf. aws-auth macros (`{{SessionName}}`) never
// start with a space, `-`, `.` or `$`.
const TEMPLATE = /\{\{[-\s.$]|\{%/;

export function isTemplate(text: string): boolean {
  return TEMPLATE.test(text);
}

export function isBinary(text: string): boolean {
  return text.slice(0, 8192).includes('\u0000');
}

/** JSON when the first significant character opens an object or array. */
export function sniffSyntax(text: string): Syntax {
  const m = /\S/.exec(text);
  return m && (m[0] === '{' || m[0] === '[') ? 'json' : 'yaml';
}
