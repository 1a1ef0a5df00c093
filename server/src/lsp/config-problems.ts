import { existsSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { type Diagnostic, DiagnosticSeverity } from 'vscode-languageserver';
import { ConfigError } from '../engine/index';
import { loadConfigFile } from '../node/config-files';
import { type ConfigProblem, toProblem } from './configs';
import { SOURCE } from './protocol';

/** Where configuration problems go: a diagnostic on the file at fault, a message, the log. */
export interface ProblemSink {
  publish(uri: string, diagnostics: Diagnostic[]): void;
  showError(message: string): void;
  logError(message: string): void;
}

/**
 * The configuration problems the server has seen: one diagnostic on the file at fault, never a
 * crash, cleared when the file is mended; and one message per file until it is mended (a
 * half-typed `.pressroomrc.json` changes its problem at every save: the diagnostic follows it, the
 * writer is not interrupted again). A problem in the settings, which have no file, is told once.
 */
export class ConfigProblems {
  private readonly byFile = new Map<string, ConfigProblem>();
  private readonly published = new Set<string>();
  private readonly shown = new Set<string>();

  constructor(private readonly sink: ProblemSink) {}

  note(problem: ConfigProblem): void {
    if (problem.file && this.byFile.get(problem.file)?.message !== problem.message) {
      this.byFile.set(problem.file, problem);
      this.publish(problem.file);
    }
    const key = problem.file ?? problem.message;
    if (this.shown.has(key)) return;
    this.shown.add(key);
    const where = problem.file ? '' : ' Check the pressroom.* settings.';
    this.sink.showError(`Pressroom configuration error: ${problem.message}.${where} Linting continues with the defaults.`);
    this.sink.logError(`configuration error: ${problem.message}`);
  }

  /**
   * After configuration files change on disk: re-check the ones at fault and the ones changed
   * (a deleted file is no longer at fault). Problems in files they extend are noted when the
   * documents that use them are linted again.
   */
  recheck(changed: readonly string[]): void {
    const candidates = new Set([...this.byFile.keys(), ...changed.filter((f) => path.basename(f) !== 'package.json')]);
    for (const file of candidates) {
      const previous = this.byFile.get(file);
      let problem: ConfigProblem | undefined;
      if (existsSync(file)) {
        try {
          loadConfigFile(file);
        } catch (error) {
          if (error instanceof ConfigError && error.source === file) problem = toProblem(error);
        }
      }
      if (problem?.message === previous?.message) continue;
      if (problem) this.byFile.set(file, problem);
      else {
        this.byFile.delete(file);
        this.shown.delete(file);
      }
      this.publish(file);
    }
  }

  private publish(file: string): void {
    const uri = pathToFileURL(file).href;
    const problem = this.byFile.get(file);
    if (problem === undefined) {
      if (this.published.delete(file)) this.sink.publish(uri, []);
      return;
    }
    // The engine's lines and columns count from 1; an unplaced problem goes at the file's start.
    const at = problem.location;
    const range = at
      ? { start: { line: at.line - 1, character: at.column - 1 }, end: { line: at.endLine - 1, character: at.endColumn - 1 } }
      : { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
    this.published.add(file);
    this.sink.publish(uri, [
      {
        range,
        severity: DiagnosticSeverity.Error,
        source: SOURCE,
        message: `${problem.detail} (Pressroom uses its defaults for this folder until this is fixed.)`,
      },
    ]);
  }
}
