import { styleText } from 'node:util';
import type { LintFileResult } from '../results';
import type { ReportWriter } from './index';

type Paint = (format: Parameters<typeof styleText>[0], text: string) => string;

const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;

/** ESLint's "stylish" report: a block per file, aligned columns, a summary line; written file by file. */
export function stylishWriter(color: boolean): ReportWriter {
  const paint: Paint = color ? (format, text) => styleText(format, text) : (_format, text) => text;
  let errors = 0;
  let warnings = 0;
  let fixableErrors = 0;
  let fixableWarnings = 0;
  return {
    add(result: LintFileResult): string {
      if (result.messages.length === 0) return '';
      errors += result.errorCount;
      warnings += result.warningCount;
      fixableErrors += result.fixableErrorCount;
      fixableWarnings += result.fixableWarningCount;
      const rows = result.messages.map((m) => [`${m.line}:${m.column}`, m.severity === 2 ? 'error' : 'warning', m.message.replace(/\s*\n\s*/g, ' '), m.ruleId ?? '']);
      const widths = [0, 1, 2].map((i) => Math.max(...rows.map((r) => r[i].length)));
      let output = `\n${paint('underline', result.filePath)}\n`;
      for (const [position, severity, message, ruleId] of rows) {
        output +=
          `  ${paint('dim', position.padEnd(widths[0]))}  ` +
          `${paint(severity === 'error' ? 'red' : 'yellow', severity.padEnd(widths[1]))}  ` +
          `${message.padEnd(widths[2])}  ${paint('dim', ruleId)}\n`;
      }
      return output;
    },
    end(): string {
      const total = errors + warnings;
      if (total === 0) return '';
      const summary = `✖ ${plural(total, 'problem')} (${plural(errors, 'error')}, ${plural(warnings, 'warning')})`;
      let output = `\n${paint(['bold', errors > 0 ? 'red' : 'yellow'], summary)}\n`;
      if (fixableErrors + fixableWarnings > 0) {
        output += `${paint(
          ['bold', errors > 0 ? 'red' : 'yellow'],
          `  ${plural(fixableErrors, 'error')} and ${plural(fixableWarnings, 'warning')} potentially fixable with the \`--fix\` option.`,
        )}\n`;
      }
      return `${output}\n`;
    },
  };
}

export function stylish(results: readonly LintFileResult[], color: boolean): string {
  const writer = stylishWriter(color);
  let output = '';
  for (const result of results) output += writer.add(result);
  return output + writer.end();
}
