import { styleText } from 'node:util';
import type { LintFileResult } from '../results';

type Paint = (format: Parameters<typeof styleText>[0], text: string) => string;

const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;

/** ESLint's "stylish" report: a block per file, aligned columns, a summary line. */
export function stylish(results: readonly LintFileResult[], color: boolean): string {
  const paint: Paint = color ? (format, text) => styleText(format, text) : (_format, text) => text;
  let output = '';
  let errors = 0;
  let warnings = 0;
  let fixableErrors = 0;
  let fixableWarnings = 0;
  for (const result of results) {
    if (result.messages.length === 0) continue;
    errors += result.errorCount;
    warnings += result.warningCount;
    fixableErrors += result.fixableErrorCount;
    fixableWarnings += result.fixableWarningCount;
    const rows = result.messages.map((m) => [
      `${m.line}:${m.column}`,
      m.severity === 2 ? 'error' : 'warning',
      m.message.replace(/\s*\n\s*/g, ' '),
      m.ruleId,
    ]);
    const widths = [0, 1, 2].map((i) => Math.max(...rows.map((r) => r[i].length)));
    output += `\n${paint('underline', result.filePath)}\n`;
    for (const [position, severity, message, ruleId] of rows) {
      output +=
        `  ${paint('dim', position.padEnd(widths[0]))}  ` +
        `${paint(severity === 'error' ? 'red' : 'yellow', severity.padEnd(widths[1]))}  ` +
        `${message.padEnd(widths[2])}  ${paint('dim', ruleId)}\n`;
    }
  }
  const total = errors + warnings;
  if (total === 0) return '';
  const summary = `✖ ${plural(total, 'problem')} (${plural(errors, 'error')}, ${plural(warnings, 'warning')})`;
  output += `\n${paint(['bold', errors > 0 ? 'red' : 'yellow'], summary)}\n`;
  if (fixableErrors + fixableWarnings > 0) {
    output += paint(
      ['bold', errors > 0 ? 'red' : 'yellow'],
      `  ${plural(fixableErrors, 'error')} and ${plural(fixableWarnings, 'warning')} potentially fixable with the \`--fix\` option.`,
    ) + '\n';
  }
  return output + '\n';
}
