import { LineIndex, type Finding, type LintResult } from '../engine/index';

/** One message in ESLint's JSON shape: 1-based lines and columns (UTF-16), severity 1 warn, 2 error. */
export interface LintMessage {
  /** Null for a file that could not be linted at all (ESLint's fatal message). */
  ruleId: string | null;
  /** True when the file could not be read as text: nothing in it was linted. */
  fatal?: true;
  severity: 1 | 2;
  message: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  fix?: { range: [number, number]; text: string };
  /** Edits offered for the writer to choose, never applied by --fix (ESLint's shape). */
  suggestions?: { desc: string; fix: { range: [number, number]; text: string } }[];
}

/** One file's result in ESLint's JSON shape. */
export interface LintFileResult {
  filePath: string;
  messages: LintMessage[];
  errorCount: number;
  /** Of the errors, those that stopped the file from being linted (as ESLint counts them). */
  fatalErrorCount: number;
  warningCount: number;
  fixableErrorCount: number;
  fixableWarningCount: number;
  /** The fixed text, with --fix-dry-run (as ESLint reports it). */
  output?: string;
}

export function toMessages(text: string, findings: readonly Finding[]): LintMessage[] {
  const lines = new LineIndex(text);
  // An editor does not show a byte-order mark: the first line's columns count from after it, as
  // ESLint, VS Code and remark count them.
  const bom = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const position = (offset: number) => {
    const { line, column } = lines.position(offset);
    return { line, column: line === 1 ? Math.max(1, column - bom) : column };
  };
  return findings.map((finding) => {
    const start = position(finding.start);
    const end = position(finding.end);
    return {
      ruleId: finding.ruleId,
      severity: finding.severity === 'error' ? 2 : 1,
      message: finding.message,
      line: start.line,
      column: start.column,
      endLine: end.line,
      endColumn: end.column,
      ...(finding.fix ? { fix: { range: finding.fix.range, text: finding.fix.text } } : {}),
      ...(finding.suggestions ? { suggestions: finding.suggestions.map((s) => ({ desc: s.title, fix: { range: s.fix.range, text: s.fix.text } })) } : {}),
    };
  });
}

export function toFileResult(filePath: string, text: string, result: Pick<LintResult, 'findings'>): LintFileResult {
  return recount({ filePath, messages: toMessages(text, result.findings), errorCount: 0, fatalErrorCount: 0, warningCount: 0, fixableErrorCount: 0, fixableWarningCount: 0 });
}

/** The result of a file that cannot be read as text (binary, invalid UTF-8, too big, unreadable): one fatal message. */
export function unreadableResult(filePath: string, problem: string): LintFileResult {
  const message: LintMessage = { ruleId: null, fatal: true, severity: 2, message: `Not linted: ${problem}.`, line: 1, column: 1, endLine: 1, endColumn: 1 };
  return recount({ filePath, messages: [message], errorCount: 0, fatalErrorCount: 0, warningCount: 0, fixableErrorCount: 0, fixableWarningCount: 0 });
}

/** A result with its counts made to agree with its messages (after some were left out). */
export function recount(result: LintFileResult): LintFileResult {
  const count = (severity: 1 | 2, fixable: boolean): number => result.messages.filter((m) => m.severity === severity && (!fixable || m.fix)).length;
  return {
    ...result,
    errorCount: count(2, false),
    fatalErrorCount: result.messages.filter((m) => m.fatal).length,
    warningCount: count(1, false),
    fixableErrorCount: count(2, true),
    fixableWarningCount: count(1, true),
  };
}
