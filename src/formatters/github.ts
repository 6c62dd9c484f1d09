// github: workflow commands. (Being written.)
import type { FormatContext, Report } from '../finding.ts';

export default function github(_report: Report, _ctx: FormatContext): string {
  throw new Error('github: not written yet');
}
