import { readFile } from 'node:fs/promises';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import {
  CodeActionKind,
  DiagnosticSeverity,
  DidChangeConfigurationNotification,
  DidChangeWatchedFilesNotification,
  DocumentDiagnosticReportKind,
  ErrorCodes,
  LSPErrorCodes,
  ResponseError,
  TextDocumentSyncKind,
  TextDocuments,
  type CancellationToken,
  type ClientCapabilities,
  type CodeAction,
  type Connection,
  type Diagnostic,
  type DocumentDiagnosticReport,
  type InitializeParams,
  type InitializeResult,
  type Position,
} from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { ConfigError, lint, newReleaseText, ParseCache, type ResolvedConfig } from '../engine/index';
import type { Release } from '../engine/release';
import { CONFIG_FILE_NAMES, loadConfigFile } from '../node/config-files';
import { codeActions, fixAllEdits, workspaceEdit, type FixAllData, type Linted } from './actions';
import { ConfigService, locateConfigProblem, type ConfigProblem } from './configs';
import { toDiagnostic } from './diagnostics';
import { inclusion } from './eligibility';
import { partStatus, releaseHover, releaseSymbols } from './outline';
import {
  FIX_ALL_COMMAND,
  FIX_ALL_KIND,
  INSERT_MISSING_PARTS_COMMAND,
  LINT_FILES_REQUEST,
  NEW_RELEASE_REQUEST,
  PARTS_REQUEST,
  SOURCE,
  type LintFilesParams,
  type LintFilesResult,
  type NewReleaseParams,
  type NewReleaseResult,
  type PartsResult,
} from './protocol';
import { DEFAULT_SETTINGS, normaliseSettings, type Settings } from './settings';
import { parseToday } from './template';

/** Diagnostics follow the last keystroke by this much, plus the lint itself (a few milliseconds). */
export const DEBOUNCE_MS = 150;

export interface ServerOptions {
  version?: string;
  debounceMs?: number;
}

/** What one analysis of a document gave: linted (with its findings) or left alone, and why. */
interface Analysis {
  linted: Linted | null;
  reason: string;
  diagnostics: Diagnostic[];
  release: Release | null;
}

function filePathOf(uri: string): string | null {
  if (!uri.startsWith('file:')) return null;
  try {
    return fileURLToPath(uri);
  } catch {
    return null;
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return Boolean(value) && typeof value === 'object';
}

/** Checks the parts of params the handlers read; a malformed request gets InvalidParams, not a crash. */
function documentUri(params: unknown): string {
  const textDocument = isRecord(params) ? params.textDocument : undefined;
  const uri = isRecord(textDocument) ? textDocument.uri : undefined;
  if (typeof uri !== 'string' || uri === '') throw new ResponseError(ErrorCodes.InvalidParams, 'params.textDocument.uri must be a non-empty string');
  return uri;
}

function positionParam(params: unknown): Position {
  const position = isRecord(params) ? params.position : undefined;
  if (!isRecord(position) || !Number.isInteger(position.line) || !Number.isInteger(position.character) || (position.line as number) < 0 || (position.character as number) < 0) {
    throw new ResponseError(ErrorCodes.InvalidParams, 'params.position must be { line, character } with non-negative integers');
  }
  return { line: position.line as number, character: position.character as number };
}

function sleep(ms: number, token?: CancellationToken): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(done, ms);
    const listener = token?.onCancellationRequested(done);
    function done(): void {
      clearTimeout(timer);
      listener?.dispose();
      resolve();
    }
  });
}

/**
 * The language server: a thin adapter from LSP to the engine. Documents sync incrementally;
 * diagnostics are pulled when the client can pull them and pushed otherwise (Neovim, Helix).
 */
export function startServer(connection: Connection, options: ServerOptions = {}): void {
  const debounceMs = options.debounceMs ?? DEBOUNCE_MS;
  const serverVersion = options.version ?? '0.0.0-dev';
  const documents = new TextDocuments(TextDocument);
  const configs = new ConfigService();

  let capabilities: ClientCapabilities = {};
  let pull = false;
  let folders: string[] = [];
  let globalSettings: Settings = { ...DEFAULT_SETTINGS };
  const settingsCache = new Map<string, Promise<Settings>>();

  /** Bumped whenever settings or configuration files change: cached analyses become stale. */
  let generation = 0;
  const analyses = new Map<string, { version: number; generation: number; settings: string; analysis: Analysis }>();
  // One parse cache per open document: after an edit, a large document re-parses only the chunks it touched.
  const parseCaches = new Map<string, ParseCache>();
  /** Per open document, the rules whose crash was written to the output already. */
  const reportedCrashes = new Map<string, Set<string>>();
  /** A pending lint per document: cancels it. */
  const timers = new Map<string, () => void>();
  const lastChange = new Map<string, number>();
  /** With `run: onSave`, the diagnostics of the last save (or open), returned until the next save. */
  const savedDiagnostics = new Map<string, Diagnostic[]>();
  /** Closed files whose diagnostics Lint Workspace pushed. */
  const workspaceLinted = new Set<string>();

  const configProblems = new Map<string, string>();
  const publishedConfigFiles = new Set<string>();
  const shownMessages = new Set<string>();

  const can = {
    configuration: () => Boolean(capabilities.workspace?.configuration),
    related: () => Boolean(capabilities.textDocument?.publishDiagnostics?.relatedInformation ?? pull),
    versionedEdits: () => Boolean(capabilities.workspace?.workspaceEdit?.documentChanges),
    refresh: () => Boolean(capabilities.workspace?.diagnostics?.refreshSupport),
    resolveEdits: () => Boolean(capabilities.textDocument?.codeAction?.resolveSupport?.properties.includes('edit')),
  };

  const log = (message: string): void => connection.console.log(message);

  /** Runs a handler; an unexpected exception is logged and answered with an error, never a crash. */
  function guard<P, R>(name: string, handler: (params: P, token: CancellationToken) => R | Promise<R>) {
    return async (params: P, token: CancellationToken): Promise<R> => {
      try {
        return await handler(params, token);
      } catch (error) {
        if (error instanceof ResponseError) throw error;
        connection.console.error(`${name} failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
        throw new ResponseError(ErrorCodes.InternalError, `${name} failed: ${error instanceof Error ? error.message : String(error)}`);
      }
    };
  }

  function guardNotification<P>(name: string, handler: (params: P) => void | Promise<void>) {
    return (params: P): void => {
      Promise.resolve()
        .then(() => handler(params))
        .catch((error: unknown) => connection.console.error(`${name} failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`));
    };
  }

  // ---- settings and configuration -------------------------------------------------------------

  function settingsFor(uri: string | null): Promise<Settings> {
    if (!can.configuration()) return Promise.resolve(globalSettings);
    const key = uri ?? '';
    let settings = settingsCache.get(key);
    if (!settings) {
      const request = uri ? { scopeUri: uri, section: 'pressroom' } : { section: 'pressroom' };
      settings = connection.workspace.getConfiguration(request).then(
        (value: unknown) => normaliseSettings(value),
        () => globalSettings,
      );
      settingsCache.set(key, settings);
    }
    return settings;
  }

  function folderFor(uri: string): string | null {
    const file = filePathOf(uri);
    if (file) {
      const containing = folders.filter((f) => file === f || file.startsWith(f.endsWith(path.sep) ? f : f + path.sep));
      if (containing.length) return containing.sort((a, b) => b.length - a.length)[0];
    }
    return folders[0] ?? null;
  }

  function stripSource(message: string, file: string): string {
    return message.startsWith(`${file}: `) ? message.slice(file.length + 2) : message;
  }

  function publishConfigFile(file: string): void {
    const uri = pathToFileURL(file).href;
    const message = configProblems.get(file);
    if (message === undefined) {
      if (publishedConfigFiles.delete(file)) void connection.sendDiagnostics({ uri, diagnostics: [] });
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
    const diagnostic: Diagnostic = {
      range: { start: document.positionAt(span.start), end: document.positionAt(span.end) },
      severity: DiagnosticSeverity.Error,
      source: SOURCE,
      message: `${stripSource(message, file)} (Pressroom uses its defaults for this folder until this is fixed.)`,
    };
    publishedConfigFiles.add(file);
    void connection.sendDiagnostics({ uri, diagnostics: [diagnostic] });
  }

  /** A configuration problem: one diagnostic on the file at fault and one message, never a crash. */
  function noteProblem(problem: ConfigProblem): void {
    if (problem.file) {
      if (configProblems.get(problem.file) !== problem.message) {
        configProblems.set(problem.file, problem.message);
        publishConfigFile(problem.file);
      }
    }
    if (!shownMessages.has(problem.message)) {
      shownMessages.add(problem.message);
      const where = problem.file ? '' : ' Check the pressroom.* settings.';
      void connection.window.showErrorMessage(`Pressroom configuration error: ${problem.message}.${where} Linting continues with the defaults.`);
      connection.console.error(`configuration error: ${problem.message}`);
    }
  }

  /**
   * After configuration files change on disk: re-check the ones at fault and the ones changed
   * (a deleted file is no longer at fault). Problems in files they extend are noted when the
   * documents that use them are linted again.
   */
  function recheckConfigFiles(changed: string[]): void {
    const candidates = new Set([...configProblems.keys(), ...changed.filter((f) => path.basename(f) !== 'package.json')]);
    for (const file of candidates) {
      const previous = configProblems.get(file);
      let problem: string | undefined;
      if (existsSync(file)) {
        try {
          loadConfigFile(file);
        } catch (error) {
          if (error instanceof ConfigError && error.source === file) problem = error.message;
        }
      }
      if (problem === previous) continue;
      if (previous) shownMessages.delete(previous);
      if (problem) configProblems.set(file, problem);
      else configProblems.delete(file);
      publishConfigFile(file);
    }
  }

  // ---- analysis ---------------------------------------------------------------------------------

  function analyse(document: TextDocument, settings: Settings): Analysis {
    const settingsKey = JSON.stringify(settings);
    const cached = analyses.get(document.uri);
    if (cached && cached.version === document.version && cached.generation === generation && cached.settings === settingsKey) return cached.analysis;
    const analysis = analyseNow(document, settings);
    if (documents.get(document.uri) === document) analyses.set(document.uri, { version: document.version, generation, settings: settingsKey, analysis });
    return analysis;
  }

  function analyseNow(document: TextDocument, settings: Settings): Analysis {
    if (!settings.enable) return { linted: null, reason: 'disabled', diagnostics: [], release: null };
    const text = document.getText();
    const filePath = filePathOf(document.uri);
    const included = inclusion(filePath, text, folders, settings);
    if (!included && settings.detect === 'include-only') return { linted: null, reason: 'not included', diagnostics: [], release: null };
    const answer = configs.configFor(filePath, folderFor(document.uri), settings);
    if (answer.problem) noteProblem(answer.problem);
    // An included file is a release whatever the classifier thinks: every rule runs on it.
    const config: ResolvedConfig = included ? { ...answer.config, releaseDetection: 'always' } : answer.config;
    let parseCache = parseCaches.get(document.uri);
    if (!parseCache && documents.get(document.uri) === document) parseCaches.set(document.uri, (parseCache = new ParseCache()));
    const result = lint(text, config, { parseCache });
    for (const crash of result.crashes) {
      // Once per rule and document in the output, not on every keystroke; the diagnostic stays.
      const reported = reportedCrashes.get(document.uri) ?? new Set<string>();
      reportedCrashes.set(document.uri, reported);
      if (reported.has(crash.ruleId)) continue;
      reported.add(crash.ruleId);
      connection.console.error(`rule ${crash.ruleId} crashed on ${document.uri}: ${crash.error instanceof Error ? (crash.error.stack ?? crash.error.message) : String(crash.error)}`);
    }
    if (!included && !result.release.isPressRelease) return { linted: null, reason: 'not a release', diagnostics: [], release: result.release };
    const related = can.related();
    const diagnostics = result.findings.map((finding) => toDiagnostic(finding, document, related));
    return { linted: { document, result, config }, reason: included ?? 'detected', diagnostics, release: result.release };
  }

  async function lintedFor(uri: string): Promise<Linted | null> {
    const document = documents.get(uri);
    if (!document) return null;
    return analyse(document, await settingsFor(uri)).linted;
  }

  // ---- push diagnostics ------------------------------------------------------------------------

  async function validate(uri: string): Promise<void> {
    const document = documents.get(uri);
    if (!document) return;
    const version = document.version;
    const settings = await settingsFor(uri);
    const current = documents.get(uri);
    // A newer change arrived while the settings were fetched: its own run is scheduled.
    if (!current || current.version !== version) return;
    const analysis = analyse(current, settings);
    if (settings.run === 'onSave') savedDiagnostics.set(uri, analysis.diagnostics);
    void connection.sendDiagnostics({ uri, version, diagnostics: analysis.diagnostics });
  }

  function schedule(uri: string, delay: number): void {
    timers.get(uri)?.();
    const run = (): void => {
      timers.delete(uri);
      validate(uri).catch((error: unknown) => connection.console.error(`linting ${uri} failed: ${String(error)}`));
    };
    // No debounce means at once, after the messages already read: a zero timeout waits a millisecond.
    if (delay <= 0) {
      const immediate = setImmediate(run);
      timers.set(uri, () => clearImmediate(immediate));
    } else {
      const timeout = setTimeout(run, delay);
      timers.set(uri, () => clearTimeout(timeout));
    }
  }

  function revalidateAll(): void {
    generation++;
    analyses.clear();
    savedDiagnostics.clear();
    if (pull) {
      if (can.refresh()) connection.languages.diagnostics.refresh().catch(() => undefined);
      return;
    }
    for (const document of documents.all()) schedule(document.uri, 0);
  }

  // ---- lifecycle -------------------------------------------------------------------------------

  connection.onInitialize((params: InitializeParams): InitializeResult => {
    capabilities = params.capabilities ?? {};
    pull = Boolean(capabilities.textDocument?.diagnostic);
    const options = isRecord(params.initializationOptions) ? params.initializationOptions : {};
    if (options.diagnosticMode === 'push') pull = false;
    // `{ settings: {...} }`, or `{ pressroom: {...} }` as Helix passes its `config` table.
    if (options.settings !== undefined) globalSettings = normaliseSettings(options.settings);
    else if (isRecord(options.pressroom)) globalSettings = normaliseSettings(options);
    if (params.workspaceFolders?.length) folders = params.workspaceFolders.map((f) => filePathOf(f.uri)).filter((f): f is string => Boolean(f));
    else if (params.rootUri) folders = [filePathOf(params.rootUri)].filter((f): f is string => Boolean(f));
    else if (params.rootPath) folders = [params.rootPath];

    const result: InitializeResult = {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental, save: { includeText: false } },
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, FIX_ALL_KIND], resolveProvider: true },
        documentSymbolProvider: { label: 'Press release' },
        hoverProvider: true,
        executeCommandProvider: { commands: [FIX_ALL_COMMAND, INSERT_MISSING_PARTS_COMMAND] },
      },
      serverInfo: { name: 'pressroom-language-server', version: serverVersion },
    };
    if (pull) result.capabilities.diagnosticProvider = { identifier: SOURCE, interFileDependencies: false, workspaceDiagnostics: false };
    if (capabilities.workspace?.workspaceFolders) result.capabilities.workspace = { workspaceFolders: { supported: true, changeNotifications: true } };
    return result;
  });

  connection.onInitialized(() => {
    if (capabilities.workspace?.didChangeConfiguration?.dynamicRegistration) {
      void connection.client.register(DidChangeConfigurationNotification.type, { section: 'pressroom' });
    }
    if (capabilities.workspace?.didChangeWatchedFiles?.dynamicRegistration) {
      void connection.client.register(DidChangeWatchedFilesNotification.type, {
        watchers: CONFIG_FILE_NAMES.map((name) => ({ globPattern: `**/${name}` })),
      });
    }
    if (capabilities.workspace?.workspaceFolders) {
      connection.workspace.onDidChangeWorkspaceFolders((event) => {
        const removed = new Set(event.removed.map((f) => filePathOf(f.uri)));
        folders = [...folders.filter((f) => !removed.has(f)), ...event.added.map((f) => filePathOf(f.uri)).filter((f): f is string => Boolean(f))];
        revalidateAll();
      });
    }
    log(`Pressroom language server ${serverVersion} started (${pull ? 'pull' : 'push'} diagnostics).`);
  });

  connection.onDidChangeConfiguration(
    guardNotification('didChangeConfiguration', (params) => {
      settingsCache.clear();
      if (!can.configuration()) globalSettings = normaliseSettings(params?.settings);
      revalidateAll();
    }),
  );

  connection.onDidChangeWatchedFiles(
    guardNotification('didChangeWatchedFiles', (params) => {
      const changed = (params?.changes ?? []).map((c) => filePathOf(c.uri)).filter((f): f is string => Boolean(f) && CONFIG_FILE_NAMES.includes(path.basename(f!)));
      if (changed.length === 0) return;
      configs.clear();
      recheckConfigFiles(changed);
      log(`Configuration changed (${changed.map((f) => path.basename(f)).join(', ')}): linting open documents again.`);
      revalidateAll();
    }),
  );

  // ---- documents -------------------------------------------------------------------------------

  // TextDocuments reports an open as a content change too: that one is linted at once, not debounced.
  const justOpened = new Set<string>();

  documents.onDidOpen(
    guardNotification('didOpen', async ({ document }) => {
      justOpened.add(document.uri);
      if (workspaceLinted.delete(document.uri) && pull) void connection.sendDiagnostics({ uri: document.uri, diagnostics: [] });
      if (!pull) schedule(document.uri, 0);
    }),
  );

  documents.onDidChangeContent(
    guardNotification('didChange', async ({ document }) => {
      if (justOpened.delete(document.uri)) return;
      lastChange.set(document.uri, Date.now());
      if (pull) return;
      const settings = await settingsFor(document.uri);
      if (settings.run === 'onType') schedule(document.uri, debounceMs);
    }),
  );

  documents.onDidSave(
    guardNotification('didSave', async ({ document }) => {
      const settings = await settingsFor(document.uri);
      if (settings.run !== 'onSave') return;
      savedDiagnostics.delete(document.uri);
      if (!pull) schedule(document.uri, 0);
      else if (can.refresh()) await connection.languages.diagnostics.refresh();
    }),
  );

  documents.onDidClose(
    guardNotification('didClose', ({ document }) => {
      timers.get(document.uri)?.();
      timers.delete(document.uri);
      lastChange.delete(document.uri);
      analyses.delete(document.uri);
      parseCaches.delete(document.uri);
      reportedCrashes.delete(document.uri);
      savedDiagnostics.delete(document.uri);
      settingsCache.delete(document.uri);
      void connection.sendDiagnostics({ uri: document.uri, diagnostics: [] });
    }),
  );

  // ---- pull diagnostics ------------------------------------------------------------------------

  connection.languages.diagnostics.on(
    guard('textDocument/diagnostic', async (params, token): Promise<DocumentDiagnosticReport> => {
      const uri = documentUri(params);
      const empty: DocumentDiagnosticReport = { kind: DocumentDiagnosticReportKind.Full, items: [] };
      // Debounce: answer once the typing has paused; a newer request cancels this one.
      for (;;) {
        const since = Date.now() - (lastChange.get(uri) ?? 0);
        if (since >= debounceMs || token.isCancellationRequested) break;
        await sleep(debounceMs - since, token);
      }
      if (token.isCancellationRequested) throw new ResponseError(LSPErrorCodes.RequestCancelled, 'Superseded by a newer request.');
      const settings = await settingsFor(uri);
      const document = documents.get(uri);
      if (!document) return empty;
      if (settings.run === 'onSave') {
        const saved = savedDiagnostics.get(uri);
        if (saved) return { kind: DocumentDiagnosticReportKind.Full, items: saved };
      }
      const analysis = analyse(document, settings);
      if (settings.run === 'onSave') savedDiagnostics.set(uri, analysis.diagnostics);
      return { kind: DocumentDiagnosticReportKind.Full, items: analysis.diagnostics };
    }),
  );

  // ---- features --------------------------------------------------------------------------------

  connection.onCodeAction(
    guard('textDocument/codeAction', async (params) => {
      const uri = documentUri(params);
      const context = isRecord(params.context) ? params.context : { diagnostics: [] };
      const diagnostics = Array.isArray(context.diagnostics) ? context.diagnostics : [];
      const only = Array.isArray(context.only) ? context.only.filter((k): k is string => typeof k === 'string') : undefined;
      const linted = await lintedFor(uri);
      if (!linted) return [];
      return codeActions(linted, diagnostics, { only, versioned: can.versionedEdits(), lazy: can.resolveEdits() });
    }),
  );

  connection.onCodeActionResolve(
    guard('codeAction/resolve', async (action: CodeAction) => {
      const data = (isRecord(action) ? action.data : undefined) as Partial<FixAllData> | undefined;
      if (!isRecord(data) || typeof data.uri !== 'string' || typeof data.rules !== 'string') return action;
      const linted = await lintedFor(data.uri);
      // The document changed since the action was offered: resolve to no edit rather than a wrong one.
      if (!linted || linted.document.version !== data.version) return action;
      return { ...action, edit: workspaceEdit(linted.document, fixAllEdits(linted, data.rules), can.versionedEdits()) };
    }),
  );

  connection.onDocumentSymbol(
    guard('textDocument/documentSymbol', async (params) => {
      const linted = await lintedFor(documentUri(params));
      return linted ? releaseSymbols(linted.document, linted.result.release) : [];
    }),
  );

  connection.onHover(
    guard('textDocument/hover', async (params) => {
      const uri = documentUri(params);
      const position = positionParam(params);
      const linted = await lintedFor(uri);
      if (!linted) return null;
      return releaseHover(linted.document, linted.result.release, linted.config, linted.document.offsetAt(position));
    }),
  );

  connection.onExecuteCommand(
    guard('workspace/executeCommand', async (params) => {
      const command = isRecord(params) ? params.command : undefined;
      if (command !== FIX_ALL_COMMAND && command !== INSERT_MISSING_PARTS_COMMAND) {
        throw new ResponseError(ErrorCodes.InvalidParams, `unknown command ${JSON.stringify(command)}`);
      }
      const uri = Array.isArray(params.arguments) ? params.arguments[0] : undefined;
      if (typeof uri !== 'string') throw new ResponseError(ErrorCodes.InvalidParams, `${command} takes a document URI as its argument`);
      const linted = await lintedFor(uri);
      if (!linted) return { applied: false, reason: 'This document is not linted as a press release.' };
      const edits = fixAllEdits(linted, command === FIX_ALL_COMMAND ? '*' : 'require-*');
      if (edits.length === 0) return { applied: false, reason: command === FIX_ALL_COMMAND ? 'Nothing to fix.' : 'No part is missing.' };
      const label = command === FIX_ALL_COMMAND ? 'Fix all pressroom problems' : 'Insert missing parts';
      const response = await connection.workspace.applyEdit({ label, edit: workspaceEdit(linted.document, edits, can.versionedEdits()) });
      return { applied: response.applied, ...(response.failureReason ? { reason: response.failureReason } : {}) };
    }),
  );

  connection.onRequest(
    PARTS_REQUEST,
    guard(PARTS_REQUEST, async (params: unknown): Promise<PartsResult> => {
      const uri = documentUri(params);
      const document = documents.get(uri);
      if (!document) return { linted: false, reason: 'not open', parts: [] };
      const analysis = analyse(document, await settingsFor(uri));
      return { linted: Boolean(analysis.linted), reason: analysis.reason, parts: analysis.linted ? partStatus(document, analysis.linted.result.release, analysis.linted.config) : [] };
    }),
  );

  connection.onRequest(
    NEW_RELEASE_REQUEST,
    guard(NEW_RELEASE_REQUEST, async (params: unknown): Promise<NewReleaseResult> => {
      const request = (isRecord(params) ? params : {}) as NewReleaseParams;
      const uri = typeof request.uri === 'string' ? request.uri : null;
      const settings = await settingsFor(uri);
      const file = uri ? filePathOf(uri) : null;
      const folder = uri ? folderFor(uri) : (folders[0] ?? null);
      const answer = configs.configFor(file ? path.join(file, '.new.release.md') : null, folder, settings);
      if (answer.problem) noteProblem(answer.problem);
      return { text: newReleaseText(answer.config, parseToday(request.today)), datelineStyle: answer.config.datelineStyle };
    }),
  );

  connection.onRequest(
    LINT_FILES_REQUEST,
    guard(LINT_FILES_REQUEST, async (params: unknown, token): Promise<LintFilesResult> => {
      const uris = isRecord(params) && Array.isArray((params as unknown as LintFilesParams).uris) ? (params as unknown as LintFilesParams).uris : null;
      if (!uris || !uris.every((u) => typeof u === 'string')) throw new ResponseError(ErrorCodes.InvalidParams, 'params.uris must be an array of URIs');
      const outcome: LintFilesResult = { linted: 0, skipped: 0, problems: 0 };
      for (const uri of uris) {
        if (token.isCancellationRequested) break;
        const file = filePathOf(uri);
        if (!file || documents.get(uri)) {
          outcome.skipped++;
          continue;
        }
        let text: string;
        try {
          text = await readFile(file, 'utf8');
        } catch {
          outcome.skipped++;
          continue;
        }
        const document = TextDocument.create(uri, 'markdown', 0, text);
        const analysis = analyseNow(document, await settingsFor(uri));
        if (!analysis.linted) {
          outcome.skipped++;
          if (workspaceLinted.delete(uri)) void connection.sendDiagnostics({ uri, diagnostics: [] });
          continue;
        }
        outcome.linted++;
        outcome.problems += analysis.diagnostics.length;
        workspaceLinted.add(uri);
        void connection.sendDiagnostics({ uri, diagnostics: analysis.diagnostics });
      }
      return outcome;
    }),
  );

  documents.listen(connection);
  connection.listen();
}
