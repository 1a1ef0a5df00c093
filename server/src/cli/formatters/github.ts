import type { LintFileResult } from '../results';

const escapeData = (s: string): string => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
const escapeProperty = (s: string): string => escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');

/** GitHub Actions workflow commands: one `::error` or `::warning` annotation per message. */
export function github(results: readonly LintFileResult[]): string {
  const lines: string[] = [];
  for (const result of results) {
    for (const m of result.messages) {
      const properties = [
        `file=${escapeProperty(result.filePath)}`,
        `line=${m.line}`,
        `col=${m.column}`,
        `endLine=${m.endLine}`,
        `endColumn=${m.endColumn}`,
        `title=${escapeProperty(`pressroom(${m.ruleId})`)}`,
      ].join(',');
      lines.push(`::${m.severity === 2 ? 'error' : 'warning'} ${properties}::${escapeData(m.message)}`);
    }
  }
  return lines.length ? `${lines.join('\n')}\n` : '';
}
