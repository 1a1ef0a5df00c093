import { type Diagnostic, DiagnosticSeverity } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { type LintResult, type ParseCache, type Release, type ResolvedConfig, treatment } from '../engine/index';
import type { Linted } from './actions';
import type { ConfigAnswer } from './configs';
import { toDiagnostic } from './diagnostics';
import { inclusion } from './eligibility';
import { filePathOf } from './params';
import type { Settings } from './settings';

/** What one analysis of a document gave: linted (with its findings) or left alone, and why. */
export interface Analysis {
  linted: Linted | null;
  reason: string;
  diagnostics: Diagnostic[];
  release: Release | null;
  /** The configuration's problem, for the server to report once. */
  configProblem: ConfigAnswer['problem'];
  /** Rules that threw on this document, for the server's log. */
  crashes: LintResult['crashes'];
}

export interface AnalysisContext {
  folders: readonly string[];
  /** The configuration for a file (or, untitled, for the workspace folder of the URI). */
  configFor(uri: string, filePath: string | null, settings: Settings): ConfigAnswer;
  /** Whether the client shows related information (push) or pulls diagnostics. */
  related: boolean;
  parseCache?: ParseCache;
  /** Runs the lint: in place, or on the server's lint thread for a large document. */
  lint(text: string, config: ResolvedConfig, parseCache?: ParseCache): Promise<LintResult>;
}

/** Shown as a size: `1.2 MB`, `640 KB`. */
function size(characters: number): string {
  return characters >= 1_000_000 ? `${(characters / 1_000_000).toFixed(1)} MB` : `${Math.round(characters / 1000)} KB`;
}

/** Decides whether a document is linted, lints it, and maps the findings: no connection, no state. */
export async function analyseDocument(document: TextDocument, settings: Settings, context: AnalysisContext): Promise<Analysis> {
  const idle = (reason: string, release: Release | null = null): Analysis => ({ linted: null, reason, diagnostics: [], release, configProblem: null, crashes: [] });
  if (!settings.enable) return idle('disabled');
  const text = document.getText();
  if (text.length > settings.maxDocumentSize) {
    // One line that says why, rather than a server busy for minutes on a pasted archive.
    const message = `Pressroom does not lint this document: it is ${size(text.length)}, over the limit of ${size(settings.maxDocumentSize)} (setting pressroom.maxDocumentSize).`;
    const diagnostic: Diagnostic = {
      range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
      severity: DiagnosticSeverity.Information,
      source: 'pressroom',
      message,
    };
    return { ...idle('too large'), diagnostics: [diagnostic] };
  }
  const filePath = filePathOf(document.uri);
  const included = inclusion(filePath, text, context.folders, settings);
  if (!included && settings.detect === 'include-only') return idle('not included');
  const answer = context.configFor(document.uri, filePath, settings);
  // An included file is a release whatever the classifier thinks: every rule runs on it.
  const config: ResolvedConfig = included ? { ...answer.config, releaseDetection: 'always' } : answer.config;
  const result = await context.lint(text, config, context.parseCache);
  const treated = treatment(result.release, config);
  if (!included && !treated) return { ...idle('not a release', result.release), configProblem: answer.problem, crashes: result.crashes };
  const diagnostics = result.findings.map((finding) => toDiagnostic(finding, document, context.related));
  const reason = included ?? (treated === 'likely release' || treated === 'possible release' ? treated : 'detected');
  return { linted: { document, result, config }, reason, diagnostics, release: result.release, configProblem: answer.problem, crashes: result.crashes };
}
