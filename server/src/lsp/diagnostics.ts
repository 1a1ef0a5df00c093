import {
  DiagnosticSeverity,
  type Diagnostic,
  type DiagnosticRelatedInformation,
  type Range,
} from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { ruleDocsUrl, type Finding, type Release, type Span } from '../engine/index';
import { SOURCE } from './protocol';

export function rangeOf(document: TextDocument, span: Span): Range {
  return { start: document.positionAt(span.start), end: document.positionAt(span.end) };
}

/** The parts in reading order, named, for pointing at the one a missing part goes after. */
function namedParts(release: Release): { name: string; span: Span }[] {
  const parts: { name: string; span: Span }[] = [];
  if (release.releaseLine) parts.push({ name: 'release line', span: release.releaseLine });
  if (release.headline && release.headline.source !== 'frontmatter') parts.push({ name: 'headline', span: release.headline });
  if (release.lead) parts.push({ name: 'lead', span: release.lead });
  for (const quote of release.quotes) parts.push({ name: 'quote', span: quote });
  if (release.background) parts.push({ name: 'background', span: release.background });
  for (const boilerplate of release.boilerplate) parts.push({ name: 'boilerplate', span: boilerplate });
  if (release.contactSection) parts.push({ name: 'media contact', span: release.contactSection });
  if (release.endMark) parts.push({ name: 'end mark', span: release.endMark });
  return parts.sort((a, b) => a.span.start - b.span.start);
}

/**
 * Related locations where they help: for a missing part, the part it goes after; for an embargo
 * later than the release date, the dateline's date.
 */
function relatedFor(finding: Finding, release: Release, document: TextDocument): DiagnosticRelatedInformation[] {
  const uri = document.uri;
  if (finding.ruleId.startsWith('require-') && finding.start === finding.end) {
    const before = namedParts(release).filter((p) => p.span.end <= finding.start);
    const previous = before[before.length - 1];
    if (previous) {
      return [{ location: { uri, range: rangeOf(document, previous.span) }, message: `The missing part goes after the ${previous.name}.` }];
    }
    return [];
  }
  if (finding.ruleId === 'embargo-date' && release.dateline?.date) {
    const date = release.dateline.date;
    return [{ location: { uri, range: rangeOf(document, { start: date.index, end: date.index + date.length }) }, message: 'The dateline’s date.' }];
  }
  if (finding.ruleId === 'media-contact-complete' && release.contactSection && !(release.contactSection.start <= finding.start && finding.end <= release.contactSection.end)) {
    return [{ location: { uri, range: rangeOf(document, release.contactSection) }, message: 'The media contact section.' }];
  }
  return [];
}

/**
 * One finding as an LSP diagnostic: the rule id as code with a link to its docs, the range where
 * the problem is (a zero-width range at the insertion point for a missing part).
 */
export function toDiagnostic(finding: Finding, release: Release, document: TextDocument, relatedSupport: boolean): Diagnostic {
  const diagnostic: Diagnostic = {
    range: rangeOf(document, finding),
    severity: finding.severity === 'error' ? DiagnosticSeverity.Error : DiagnosticSeverity.Warning,
    code: finding.ruleId,
    codeDescription: { href: ruleDocsUrl(finding.ruleId) },
    source: SOURCE,
    message: finding.message,
  };
  if (relatedSupport) {
    const related = relatedFor(finding, release, document);
    if (related.length) diagnostic.relatedInformation = related;
  }
  return diagnostic;
}

export function sameRange(a: Range, b: Range): boolean {
  return a.start.line === b.start.line && a.start.character === b.start.character && a.end.line === b.end.line && a.end.character === b.end.character;
}
