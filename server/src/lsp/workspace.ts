import path from 'node:path';
import { TextDocuments, type ClientCapabilities, type Connection } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { analyseDocument, type Analysis } from './analysis';
import type { Linted } from './actions';
import { ConfigProblems } from './config-problems';
import { ConfigService } from './configs';
import { OpenDocuments } from './open-documents';
import { filePathOf } from './params';
import { Debouncer } from './scheduler';
import { DEFAULT_SETTINGS, normaliseSettings, type Settings } from './settings';

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
    this.open.drop(uri);
    this.settingsCache.delete(uri);
  }

  /** The analysis of an open document's current version, cached until it or the configuration changes. */
  analyse(document: TextDocument, settings: Settings): Analysis {
    const isOpen = this.documents.get(document.uri) === document;
    const open = isOpen ? this.open.get(document.uri) : null;
    const key = `${document.version}:${this.generation}:${JSON.stringify(settings)}`;
    if (open?.analysis?.key === key) return open.analysis.analysis;
    const analysis = this.analyseNow(document, settings);
    if (open) open.analysis = { key, analysis };
    return analysis;
  }

  /** Analyses a document now, reporting its configuration problem and any rule that crashed. */
  analyseNow(document: TextDocument, settings: Settings): Analysis {
    const open = this.documents.get(document.uri) === document ? this.open.get(document.uri) : null;
    const analysis = analyseDocument(document, settings, {
      folders: this.folders,
      configFor: (uri, filePath, s) => this.configs.configFor(filePath, this.folderFor(uri), s),
      related: this.can.related(),
      parseCache: open?.parseCache,
    });
    if (analysis.configProblem) this.problems.note(analysis.configProblem);
    for (const crash of analysis.crashes) {
      // Once per rule and document in the output, not on every keystroke; the diagnostic stays.
      if (open?.reportedCrashes.has(crash.ruleId)) continue;
      open?.reportedCrashes.add(crash.ruleId);
      this.connection.console.error(
        `rule ${crash.ruleId} crashed on ${document.uri}: ${crash.error instanceof Error ? (crash.error.stack ?? crash.error.message) : String(crash.error)}`,
      );
    }
    return analysis;
  }

  async lintedFor(uri: string): Promise<Linted | null> {
    const document = this.documents.get(uri);
    if (!document) return null;
    return this.analyse(document, await this.settingsFor(uri)).linted;
  }
}
