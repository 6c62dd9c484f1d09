// Cheap content sniffing before any parse: most YAML in a repository has nothing to do with EKS access.
import type { Syntax } from './source.ts';

const MARKERS = /aws-auth|AWS::EKS::|Custom::AWSCDK-EKS|aws_eks_|kubernetes_config_map|eksctl\.io\/|terraform-aws-modules\/(?:terraform-aws-)?eks/;

/** Could this text hold EKS access configuration? */
export function mayHoldEksAccess(text: string): boolean {
  return MARKERS.test(text);
}

// Helm/Go-template actions (`{{ .Values.x }}`, `{{- range }}`, `{{ include "x" . }}`) and Jinja blocks:
// a template is not the config it renders, and parsing it would only cry wolf. An action trims with
// `-`, starts with `.`, `$`, `(` or a quote, or with a template keyword or common function; an
// aws-auth macro, even misspelt (`{{ AccountID }}`, `{{sessionname}}`), does none of these.
const TEMPLATE = /\{\{-|\{\{\s*([.$"(]|(if|else|end|range|with|define|template|block|include|toYaml|toJson|tpl|printf|default|quote|required|nindent|indent|lookup|not|and|or|eq|ne)\b)|\{%/;

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

// Bounds on what is parsed at all. `yaml` reads about 2-4 MB/s on this project's machines and holds
// ~50x the text while it does (a 50 MB stream: ~3 min, 2.7 GB); JSON goes through jsonc-parser, ~30x
// faster. Real EKS access files are far smaller (CloudFormation caps templates at 1 MB), so a file
// past the bound is reported, not read: a pre-commit hook must not stall on a generated dump.
export const MAX_YAML_CHARS = 5 * 1024 * 1024;
export const MAX_JSON_CHARS = 256 * 1024 * 1024;

/** Why the file is too large to parse, or undefined. */
export function tooLargeToParse(text: string, syntax: Syntax): string | undefined {
  const max = syntax === 'json' ? MAX_JSON_CHARS : MAX_YAML_CHARS;
  if (text.length <= max) return undefined;
  const mb = (n: number) => `${Math.round(n / 1024 / 1024)} MB`;
  return `not linted: ${mb(text.length)} of ${syntax === 'json' ? 'JSON' : 'YAML'} is over the ${mb(max)} this tool parses`;
}
