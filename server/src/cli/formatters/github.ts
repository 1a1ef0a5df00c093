import type { LintFileResult } from '../results';
import type { ReportWriter } from './index';

const escapeData = (s: string): string => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
const escapeProperty = (s: string): string => escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');

/** GitHub Actions workflow commands: one `::error` or `::warning` annotation per message. */
function annotations(result: LintFileResult): string {
  let output = '';
  for (const m of result.messages) {
    const properties = [
      `file=${escapeProperty(result.filePath)}`,
      `line=${m.line}`,
      `col=${m.column}`,
      `endLine=${m.endLine}`,
      `endColumn=${m.endColumn}`,
      `title=${escapeProperty(m.ruleId ? `pressroom(${m.ruleId})` : 'pressroom')}`,
    ].join(',');
    output += `::${m.severity === 2 ? 'error' : 'warning'} ${properties}::${escapeData(m.message)}\n`;
  }
  return output;
}

export function githubWriter(): ReportWriter {
  return { add: annotations, end: () => '' };
}

export function github(results: readonly LintFileResult[]): string {
  return results.map(annotations).join('');
}
