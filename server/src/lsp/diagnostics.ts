import { DiagnosticSeverity, type Diagnostic, type Range } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { ruleDocsUrl, type Finding, type Span } from '../engine/index';
import { SOURCE } from './protocol';

export function rangeOf(document: TextDocument, span: Span): Range {
  return { start: document.positionAt(span.start), end: document.positionAt(span.end) };
}

/**
 * One finding as an LSP diagnostic: the rule id as code with a link to its docs, the range where
 * the problem is (a zero-width range at the insertion point for a missing part).
 */
export function toDiagnostic(finding: Finding, document: TextDocument, relatedSupport: boolean): Diagnostic {
  const diagnostic: Diagnostic = {
    range: rangeOf(document, finding),
    severity: finding.severity === 'error' ? DiagnosticSeverity.Error : DiagnosticSeverity.Warning,
    code: finding.ruleId,
    codeDescription: { href: ruleDocsUrl(finding.ruleId) },
    source: SOURCE,
    message: finding.message,
  };
  if (relatedSupport && finding.related) {
    diagnostic.relatedInformation = finding.related.map((r) => ({ location: { uri: document.uri, range: rangeOf(document, r) }, message: r.message }));
  }
  return diagnostic;
}

export function sameRange(a: Range, b: Range): boolean {
  return a.start.line === b.start.line && a.start.character === b.start.character && a.end.line === b.end.line && a.end.character === b.end.character;
}
