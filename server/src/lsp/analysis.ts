import type { Diagnostic } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { lint, type LintResult, type ParseCache, type Release, type ResolvedConfig } from '../engine/index';
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
}

/** Decides whether a document is linted, lints it, and maps the findings: no connection, no state. */
export function analyseDocument(document: TextDocument, settings: Settings, context: AnalysisContext): Analysis {
  const idle = (reason: string, release: Release | null = null): Analysis => ({ linted: null, reason, diagnostics: [], release, configProblem: null, crashes: [] });
  if (!settings.enable) return idle('disabled');
  const text = document.getText();
  const filePath = filePathOf(document.uri);
  const included = inclusion(filePath, text, context.folders, settings);
  if (!included && settings.detect === 'include-only') return idle('not included');
  const answer = context.configFor(document.uri, filePath, settings);
  // An included file is a release whatever the classifier thinks: every rule runs on it.
  const config: ResolvedConfig = included ? { ...answer.config, releaseDetection: 'always' } : answer.config;
  const result = lint(text, config, { parseCache: context.parseCache });
  const { isPressRelease, possiblePressRelease } = result.release;
  if (!included && !isPressRelease && !possiblePressRelease) return { ...idle('not a release', result.release), configProblem: answer.problem, crashes: result.crashes };
  const diagnostics = result.findings.map((finding) => toDiagnostic(finding, document, context.related));
  const reason = included ?? (isPressRelease ? 'detected' : 'possible release');
  return { linted: { document, result, config }, reason, diagnostics, release: result.release, configProblem: answer.problem, crashes: result.crashes };
}
