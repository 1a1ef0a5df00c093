import path from 'node:path';
import { TextDocuments, type ClientCapabilities, type Connection } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { analyseDocument, type Analysis } from './analysis';
import type { Linted } from './actions';
import { ConfigProblems } from './config-problems';
import { ConfigService } from './configs';
import { OpenDocuments } from './open-documents';
import { filePathOf } from './params';
import { LintCancelled, lintInPlace, type LintRunner } from './lint-runner';
import { Debouncer } from './scheduler';
import { DEFAULT_SETTINGS, normaliseSettings, type Settings } from './settings';

/** An error as the output shows it: a rule's crash crosses from the lint thread as `{ message, stack }`. */
function describeError(error: unknown): string {
  if (error && typeof error === 'object' && ('stack' in error || 'message' in error)) {
    const { stack, message } = error as { stack?: unknown; message?: unknown };
    return String(stack ?? message);
  }
  return String(error);
}

/**
 * What the server knows of the client and its workspace: capabilities, folders, settings, the
 * open documents and their analyses, configuration and its problems. The request handlers read it;
 * `session.ts` wires it to the connection.
 */
export class Workspace {
  capabilities: ClientCapabilities = {};
  /** Diagnostics are pulled by the client (VS Code) rather than pushed (Neovim, Helix). */
  pull = false;
  folders: string[] = [];
  globalSettings: Settings = { ...DEFAULT_SETTINGS };
  readonly documents = new TextDocuments(TextDocument);
  readonly open = new OpenDocuments();
  readonly configs = new ConfigService();
  readonly debouncer = new Debouncer();
  readonly problems: ConfigProblems;
  /** Closed files whose diagnostics Lint Workspace pushed. */
  readonly workspaceLinted = new Set<string>();
  private readonly settingsCache = new Map<string, Promise<Settings>>();
  /** Bumped whenever settings or configuration files change: cached analyses become stale. */
  private generation = 0;

  constructor(
    readonly connection: Connection,
    readonly debounceMs: number,
    readonly lintRunner: LintRunner = lintInPlace,
  ) {
    this.problems = new ConfigProblems({
      publish: (uri, diagnostics) => void connection.sendDiagnostics({ uri, diagnostics }),
      showError: (message) => void connection.window.showErrorMessage(message),
      logError: (message) => connection.console.error(message),
    });
  }

  readonly can = {
    configuration: () => Boolean(this.capabilities.workspace?.configuration),
    related: () => Boolean(this.capabilities.textDocument?.publishDiagnostics?.relatedInformation ?? this.pull),
    versionedEdits: () => Boolean(this.capabilities.workspace?.workspaceEdit?.documentChanges),
    refresh: () => Boolean(this.capabilities.workspace?.diagnostics?.refreshSupport),
    resolveEdits: () => Boolean(this.capabilities.textDocument?.codeAction?.resolveSupport?.properties.includes('edit')),
  };

  settingsFor(uri: string | null): Promise<Settings> {
    if (!this.can.configuration()) return Promise.resolve(this.globalSettings);
    const key = uri ?? '';
    let settings = this.settingsCache.get(key);
    if (!settings) {
      const request = uri ? { scopeUri: uri, section: 'pressroom' } : { section: 'pressroom' };
      settings = this.connection.workspace.getConfiguration(request).then(
        (value: unknown) => normaliseSettings(value),
        () => this.globalSettings,
      );
      this.settingsCache.set(key, settings);
    }
    return settings;
  }

  /** The workspace folder a document belongs to (the innermost), or the first one. */
  folderFor(uri: string): string | null {
    const file = filePathOf(uri);
    if (file) {
      const containing = this.folders.filter((f) => file === f || file.startsWith(f.endsWith(path.sep) ? f : f + path.sep));
      if (containing.length) return containing.sort((a, b) => b.length - a.length)[0];
    }
    return this.folders[0] ?? null;
  }

  /** Settings or configuration files changed: every cached setting and analysis is stale. */
  invalidate(settings: boolean): void {
    if (settings) this.settingsCache.clear();
    this.generation++;
    this.open.forgetAnalyses();
  }

  closed(uri: string): void {
    this.debouncer.cancel(uri);
    this.lintRunner.forget(uri);
    this.open.drop(uri);
    this.settingsCache.delete(uri);
  }

  /**
   * The analysis of an open document's current version, cached until it or the configuration
   * changes; requests that arrive while it runs share it. A lint that is cancelled, fails or runs
   * past its budget leaves the document's previous analysis (and its diagnostics) in place.
   */
  async analyse(document: TextDocument, settings: Settings): Promise<Analysis> {
    const isOpen = this.documents.get(document.uri) === document;
    const open = isOpen ? this.open.get(document.uri) : null;
    const key = `${document.version}:${this.generation}:${JSON.stringify(settings)}`;
    if (open?.analysis?.key === key) return open.analysis.analysis;
    if (open?.pending?.key === key) return open.pending.analysis;
    const analysis = this.analyseNow(document, settings);
    if (!open) return analysis;
    open.pending = { key, analysis };
    try {
      const done = await analysis;
      open.analysis = { key, analysis: done };
      open.reportedFailure = false;
      return done;
    } catch (error) {
      if (!(error instanceof LintCancelled)) this.lintFailed(document.uri, error);
      return open.analysis?.analysis ?? { linted: null, reason: 'not linted yet', diagnostics: [], release: null, configProblem: null, crashes: [] };
    } finally {
      if (open.pending?.key === key) open.pending = null;
    }
  }

  /** Analyses a document now, reporting its configuration problem and any rule that crashed. */
  async analyseNow(document: TextDocument, settings: Settings): Promise<Analysis> {
    const open = this.documents.get(document.uri) === document ? this.open.get(document.uri) : null;
    const analysis = await analyseDocument(document, settings, {
      folders: this.folders,
      configFor: (uri, filePath, s) => this.configs.configFor(filePath, this.folderFor(uri), s),
      related: this.can.related(),
      parseCache: open?.parseCache,
      lint: (text, config, parseCache) => this.lintRunner.lint(document.uri, text, config, parseCache),
    });
    if (analysis.configProblem) this.problems.note(analysis.configProblem);
    for (const crash of analysis.crashes) {
      // Once per rule and document in the output, not on every keystroke; the diagnostic stays.
      if (open?.reportedCrashes.has(crash.ruleId)) continue;
      open?.reportedCrashes.add(crash.ruleId);
      this.connection.console.error(`rule ${crash.ruleId} crashed on ${document.uri}: ${describeError(crash.error)}`);
    }
    return analysis;
  }

  /** A lint that failed or timed out: said once per document in the output, until it succeeds again. */
  private lintFailed(uri: string, error: unknown): void {
    const open = this.open.get(uri);
    if (open.reportedFailure) return;
    open.reportedFailure = true;
    this.connection.console.error(`linting ${uri} failed, its previous diagnostics stay: ${describeError(error)}`);
  }

  async lintedFor(uri: string): Promise<Linted | null> {
    const document = this.documents.get(uri);
    if (!document) return null;
    return (await this.analyse(document, await this.settingsFor(uri))).linted;
  }
}
