import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { ConfigError } from '../engine/index';
import { loadConfigFile } from '../node/config-files';
import { locateConfigProblem, type ConfigProblem } from './configs';
import { SOURCE } from './protocol';

/** Where configuration problems go: a diagnostic on the file at fault, a message, the log. */
export interface ProblemSink {
  publish(uri: string, diagnostics: Diagnostic[]): void;
  showError(message: string): void;
  logError(message: string): void;
}

function stripSource(message: string, file: string): string {
  return message.startsWith(`${file}: `) ? message.slice(file.length + 2) : message;
}

/**
 * The configuration problems the server has seen: one diagnostic on the file at fault and one
 * message per problem, never a crash; cleared when the file is mended.
 */
export class ConfigProblems {
  private readonly byFile = new Map<string, string>();
  private readonly published = new Set<string>();
  private readonly shown = new Set<string>();

  constructor(private readonly sink: ProblemSink) {}

  note(problem: ConfigProblem): void {
    if (problem.file && this.byFile.get(problem.file) !== problem.message) {
      this.byFile.set(problem.file, problem.message);
      this.publish(problem.file);
    }
    if (this.shown.has(problem.message)) return;
    this.shown.add(problem.message);
    const where = problem.file ? '' : ' Check the pressroom.* settings.';
    this.sink.showError(`Pressroom configuration error: ${problem.message}.${where} Linting continues with the defaults.`);
    this.sink.logError(`configuration error: ${problem.message}`);
  }

  /**
   * After configuration files change on disk: re-check the ones at fault and the ones changed
   * (a deleted file is no longer at fault). Problems in files they extend are noted when the
   * documents that use them are linted again.
   */
  recheck(changed: string[]): void {
    const candidates = new Set([...this.byFile.keys(), ...changed.filter((f) => path.basename(f) !== 'package.json')]);
    for (const file of candidates) {
      const previous = this.byFile.get(file);
      let problem: string | undefined;
      if (existsSync(file)) {
        try {
          loadConfigFile(file);
        } catch (error) {
          if (error instanceof ConfigError && error.source === file) problem = error.message;
        }
      }
      if (problem === previous) continue;
      if (previous) this.shown.delete(previous);
      if (problem) this.byFile.set(file, problem);
      else this.byFile.delete(file);
      this.publish(file);
    }
  }

  private publish(file: string): void {
    const uri = pathToFileURL(file).href;
    const message = this.byFile.get(file);
    if (message === undefined) {
      if (this.published.delete(file)) this.sink.publish(uri, []);
      return;
    }
    let text = '';
    try {
      text = readFileSync(file, 'utf8');
    } catch {
      // An unreadable file: the diagnostic goes at its start.
    }
    const document = TextDocument.create(uri, 'jsonc', 0, text);
    const span = locateConfigProblem(text, message);
    this.published.add(file);
    this.sink.publish(uri, [
      {
        range: { start: document.positionAt(span.start), end: document.positionAt(span.end) },
        severity: DiagnosticSeverity.Error,
        source: SOURCE,
        message: `${stripSource(message, file)} (Pressroom uses its defaults for this folder until this is fixed.)`,
      },
    ]);
  }
}
