// github: workflow commands, which the runner turns into annotations on the diff.
// Escaping follows the runner (and @actions/core): data escapes % CR LF; property values also : and ,.
import type { FormatContext, Report } from '../finding.ts';

const COMMAND: Record<string, string> = { error: 'error', warning: 'warning', note: 'notice' };

export default function github(report: Report, _ctx: FormatContext): string {
  const lines = report.findings.map((f) =>
    command(COMMAND[f.severity], {
      file: f.file,
      line: f.range.start.line,
      col: f.range.start.column,
      endLine: f.range.end.line,
      endColumn: f.range.end.column,
      title: f.ruleId,
    }, f.message),
  );
  // An unreadable file is not a finding, but the author should still see it on the run.
  for (const d of report.diagnostics) lines.push(command('warning', { file: d.file }, d.message));
  return lines.map((l) => l + '\n').join('');
}

function command(name: string, props: Record<string, string | number>, message: string): string {
  const list = Object.entries(props).map(([k, v]) => `${k}=${escapeProperty(String(v))}`).join(',');
  return `::${name} ${list}::${escapeData(message)}`;
}

export function escapeData(s: string): string {
  return s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

export function escapeProperty(s: string): string {
  return escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
