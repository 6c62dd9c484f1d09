// Public API.
export { lint, type LintOptions } from './lint.ts';
export { GitError } from './git.ts';
export { defineRule, type Rule, type RuleMeta, type RuleContext, type ReportDescriptor, type Severity, type Level, type Format } from './rule.ts';
export type { Finding, Report, Diagnostic, FormatContext } from './finding.ts';
export type * from './model.ts';
export { rules } from '../rules/index.ts';
export { loadFormatter, FORMATS, type FormatName } from './formatters/index.ts';
