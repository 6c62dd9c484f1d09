// stylish: eslint-formatter-pretty, with each rule id linked to its docs page.
import type { FormatContext, Report } from '../finding.ts';

export default async function stylish(report: Report, ctx: FormatContext): Promise<string> {
  if (report.findings.length === 0) return ''; // no need to load the formatter to print nothing
  if (!ctx.color) process.env.FORCE_COLOR = '0';
  const { default: pretty } = await import('eslint-formatter-pretty');
  const byFile = new Map<string, Report['findings']>();
  for (const f of report.findings) byFile.set(f.file, [...(byFile.get(f.file) ?? []), f]);
  const results = [...byFile].map(([file, findings]) => ({
    filePath: file,
    messages: findings.map((f) => ({
      ruleId: f.ruleId,
      // ESLint knows two levels; a note is shown as a warning.
      severity: f.severity === 'error' ? 2 : 1,
      message: f.message,
      line: f.range.start.line,
      column: f.range.start.column,
      endLine: f.range.end.line,
      endColumn: f.range.end.column,
    })),
    errorCount: findings.filter((f) => f.severity === 'error').length,
    warningCount: findings.filter((f) => f.severity !== 'error').length,
    fixableErrorCount: 0,
    fixableWarningCount: 0,
    fatalErrorCount: 0,
    suppressedMessages: [],
    usedDeprecatedRules: [],
  }));
  const rulesMeta = Object.fromEntries(report.rules.map((r) => [r.id, { docs: { url: ctx.docsUrl(r.id) } }]));
  const out = (pretty as unknown as (r: unknown, d: unknown) => string)(results, { rulesMeta, cwd: ctx.cwd });
  return out ? out + '\n' : '';
}
