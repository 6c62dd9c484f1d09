// Finding and Report: what the pipeline hands to formatters.
import type { Range } from './source.ts';
import type { RuleMeta, Severity } from './rule.ts';
import type { FindingSuppression } from './suppress.ts';

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
  /**
   * Set when an ignore comment, Metadata, `"//"`, a config override or the baseline hides the finding:
   * only SARIF shows it then (with `suppressions`); summaries and the exit status leave it out.
   */
  suppression?: FindingSuppression;
  /** A safe fix: text edits of `file` (applied by --fix). */
  fix?: Fix;
}

export interface Fix {
  /** For SARIF and diffs: `write "rolearn"`, `remove KubernetesGroups`. */
  description: string;
  edits: TextEdit[];
}

/** Replace `[start, end)` of the file's text (as read, without a BOM) by `text`. */
export interface TextEdit {
  start: number;
  end: number;
  /** The text replaced: checked before applying, so a file changed since the lint is left alone. */
  old: string;
  text: string;
  /** `[start, end)` as lines and columns, for SARIF. */
  range: Range;
}

export interface Diagnostic {
  file: string;
  message: string;
  level: 'error' | 'warning' | 'note';
}

export interface Report {
  /** The findings to report: suppressed ones are not here. */
  findings: Finding[];
  /** Findings an ignore, a config override or the baseline hides (each has `suppression`): for SARIF only. */
  suppressed?: Finding[];
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
