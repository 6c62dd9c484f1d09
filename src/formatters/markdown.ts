// markdown: a summary for $GITHUB_STEP_SUMMARY or a pull-request comment (GitHub-flavoured tables).
import type { FormatContext, Report } from '../finding.ts';
import { summarize } from './json.ts';

export default function markdown(report: Report, ctx: FormatContext): string {
  const s = summarize(report);
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
  const out = [
    '## eks-access-lint',
    '',
    `${plural(s.errors, 'error')}, ${plural(s.warnings, 'warning')}, ${plural(s.notes, 'note')} in ${plural(s.filesLinted, 'file')} with EKS access configuration (${s.filesScanned} scanned).`,
  ];
  if (report.findings.length) {
    out.push('', '| File | Severity | Rule | Message |', '| --- | --- | --- | --- |');
    for (const f of report.findings) {
      const where = `${f.file}:${f.range.start.line}:${f.range.start.column}`;
      out.push(`| ${cell(where)} | ${f.severity} | [${cell(f.ruleId)}](${ctx.docsUrl(f.ruleId)}) | ${cell(f.message)} |`);
    }
  }
  if (report.diagnostics.length) {
    out.push('', '**Not read:**', '');
    for (const d of report.diagnostics) out.push(`- ${cell(d.file)}: ${cell(d.message)}`);
  }
  return out.join('\n') + '\n';
}

/**
 * Text as one literal table cell: `|` would end the cell and a newline the row; backslash-escaping the
 * other markdown punctuation keeps `*`, `_`, `[`, `<` … in ARNs and messages from turning into markup or HTML.
 */
export function cell(text: string): string {
  return text
    .replace(/[\\`*_[\]<>|#~!&]/g, (c) => (c === '&' ? '&amp;' : `\\${c}`))
    .replace(/\r?\n/g, '<br>');
}
