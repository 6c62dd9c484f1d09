// Finding and Report: what the pipeline hands to formatters.
import type { Range } from './source.ts';
import type { RuleMeta, Severity } from './rule.ts';

export interface Finding {
  ruleId: string;
  severity: Severity;
  message: string;
  /** Path relative to the working directory, with `/` separators. */
  file: string;
  range: Range;
  /** JSON pointer into the document (for embedded sections, into the section). */
  pointer: string;
  /** Human path: `Resources.AdminEntry.Properties.KubernetesGroups[0]`, `aws-auth › mapRoles[2].groups`. */
  logicalPath: string;
  principal?: string;
  /** Stable across line shifts: rule + file + logical path + principal. */
  fingerprint: string;
  /** Set (to the --base ref) when the range is in the base revision's text of `file`: what the change deletes. */
  base?: string;
}

export interface Diagnostic {
  file: string;
  message: string;
  level: 'error' | 'warning' | 'note';
}

export interface Report {
  findings: Finding[];
  /** Files and paths that could not be read: reported, never fatal. */
  diagnostics: Diagnostic[];
  /** Number of files examined, and how many held EKS access config. */
  filesScanned: number;
  filesLinted: number;
  rules: RuleMeta[];
  toolVersion: string;
}

export interface FormatContext {
  cwd: string;
  color: boolean;
  docsUrl(ruleId: string): string;
}
