import path from 'node:path';
import {
  CodeActionKind,
  DidChangeConfigurationNotification,
  DidChangeWatchedFilesNotification,
  ErrorCodes,
  ResponseError,
  TextDocumentSyncKind,
  type CancellationToken,
  type Connection,
  type InitializeParams,
  type InitializeResult,
} from 'vscode-languageserver';
import { codeActionsFor, completions, documentSymbols, executeCommand, hover, lintFiles, newRelease, partsOf, pullDiagnostics, resolveCodeAction, validate } from './handlers';
import { filePathOf, isRecord } from './params';
import { CONFIG_FILE_NAMES, FIX_ALL_COMMAND, FIX_ALL_KIND, INSERT_MISSING_PARTS_COMMAND, LINT_FILES_REQUEST, NEW_RELEASE_REQUEST, PARTS_REQUEST, SOURCE } from './protocol';
import type { LintRunner } from './lint-runner';
import { normaliseSettings } from './settings';
import { Workspace } from './workspace';

/** Diagnostics follow the last keystroke by this much, plus the lint itself (a few milliseconds). */
export const DEBOUNCE_MS = 150;

export interface ServerOptions {
  version?: string;
  debounceMs?: number;
  /** Where lints run: in place by default; the Node server lints large documents on a thread. */
  lintRunner?: LintRunner;
}

export interface Server {
  /** Configuration files changed (the paths): they are read again and every open document linted again. */
  configurationFilesChanged(files: readonly string[]): void;
}

const describe = (error: unknown, stack = false): string => (error instanceof Error ? (stack ? (error.stack ?? error.message) : error.message) : String(error));

/**
 * The language server: a thin adapter from LSP to the engine, wired here; what it knows lives in
 * `Workspace`, what it answers in `handlers.ts`. Documents sync incrementally; diagnostics are
 * pulled when the client can pull them and pushed otherwise (Neovim, Helix).
 */
export function startServer(connection: Connection, options: ServerOptions = {}): Server {
  const serverVersion = options.version ?? '0.0.0-dev';
  const ws = new Workspace(connection, options.debounceMs ?? DEBOUNCE_MS, options.lintRunner);
  connection.onShutdown(() => ws.lintRunner.dispose());
  const { documents } = ws;

  /** Runs a handler; an unexpected exception is logged and answered with an error, never a crash. */
  function guard<P, R>(name: string, handler: (params: P, token: CancellationToken) => R | Promise<R>) {
    return async (params: P, token: CancellationToken): Promise<R> => {
      try {
        return await handler(params, token);
      } catch (error) {
        if (error instanceof ResponseError) throw error;
        connection.console.error(`${name} failed: ${describe(error, true)}`);
        throw new ResponseError(ErrorCodes.InternalError, `${name} failed: ${describe(error)}`);
      }
    };
  }

  function guardNotification<P>(name: string, handler: (params: P) => void | Promise<void>) {
    return (params: P): void => {
      Promise.resolve()
        .then(() => handler(params))
        .catch((error: unknown) => connection.console.error(`${name} failed: ${describe(error, true)}`));
    };
  }

  /** Push mode: lints the document once it has been quiet for `delay`. */
  function schedule(uri: string, delay: number): void {
    ws.debouncer.schedule(uri, delay, () => validate(ws, uri).catch((error: unknown) => connection.console.error(`linting ${uri} failed: ${String(error)}`)));
  }

  function revalidateAll(settings: boolean): void {
    ws.invalidate(settings);
    if (ws.pull) {
      if (ws.can.refresh()) connection.languages.diagnostics.refresh().catch(() => undefined);
      return;
    }
    for (const document of documents.all()) schedule(document.uri, 0);
  }

  // ---- lifecycle -------------------------------------------------------------------------------

  connection.onInitialize((params: InitializeParams): InitializeResult => {
    ws.capabilities = params.capabilities ?? {};
    ws.pull = Boolean(ws.capabilities.textDocument?.diagnostic);
    const init = isRecord(params.initializationOptions) ? params.initializationOptions : {};
    if (init.diagnosticMode === 'push') ws.pull = false;
    // `{ settings: {...} }`, or `{ pressroom: {...} }` as Helix passes its `config` table.
    if (init.settings !== undefined) ws.globalSettings = normaliseSettings(init.settings);
    else if (isRecord(init.pressroom)) ws.globalSettings = normaliseSettings(init);
    if (params.workspaceFolders?.length) ws.folders = params.workspaceFolders.map((f) => filePathOf(f.uri)).filter((f): f is string => Boolean(f));
    else if (params.rootUri) ws.folders = [filePathOf(params.rootUri)].filter((f): f is string => Boolean(f));
    else if (params.rootPath) ws.folders = [params.rootPath];

    const result: InitializeResult = {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental, save: { includeText: false } },
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, FIX_ALL_KIND], resolveProvider: true },
        documentSymbolProvider: { label: 'Press release' },
        hoverProvider: true,
        completionProvider: { resolveProvider: false },
        executeCommandProvider: { commands: [FIX_ALL_COMMAND, INSERT_MISSING_PARTS_COMMAND] },
      },
      serverInfo: { name: 'pressroom-language-server', version: serverVersion },
    };
    if (ws.pull) result.capabilities.diagnosticProvider = { identifier: SOURCE, interFileDependencies: false, workspaceDiagnostics: false };
    if (ws.capabilities.workspace?.workspaceFolders) result.capabilities.workspace = { workspaceFolders: { supported: true, changeNotifications: true } };
    return result;
  });

  connection.onInitialized(() => {
    const workspace = ws.capabilities.workspace;
    if (workspace?.didChangeConfiguration?.dynamicRegistration) {
      void connection.client.register(DidChangeConfigurationNotification.type, { section: 'pressroom' });
    }
    if (workspace?.didChangeWatchedFiles?.dynamicRegistration) {
      void connection.client.register(DidChangeWatchedFilesNotification.type, { watchers: CONFIG_FILE_NAMES.map((name) => ({ globPattern: `**/${name}` })) });
    }
    if (workspace?.workspaceFolders) {
      connection.workspace.onDidChangeWorkspaceFolders((event) => {
        const removed = new Set(event.removed.map((f) => filePathOf(f.uri)));
        ws.folders = [...ws.folders.filter((f) => !removed.has(f)), ...event.added.map((f) => filePathOf(f.uri)).filter((f): f is string => Boolean(f))];
        revalidateAll(false);
      });
    }
    connection.console.log(`Pressroom language server ${serverVersion} started (${ws.pull ? 'pull' : 'push'} diagnostics).`);
  });

  connection.onDidChangeConfiguration(
    guardNotification('didChangeConfiguration', (params) => {
      if (!ws.can.configuration()) ws.globalSettings = normaliseSettings(params?.settings);
      revalidateAll(true);
    }),
  );

  connection.onDidChangeWatchedFiles(
    guardNotification('didChangeWatchedFiles', (params) => {
      const changed = (params?.changes ?? []).map((c) => filePathOf(c.uri)).filter((f): f is string => Boolean(f) && CONFIG_FILE_NAMES.includes(path.basename(f!)));
      if (changed.length > 0) configurationFilesChanged(changed);
    }),
  );

  function configurationFilesChanged(changed: readonly string[]): void {
    ws.configs.clear();
    ws.problems.recheck(changed);
    connection.console.log(`Configuration changed (${changed.map((f) => path.basename(f)).join(', ')}): linting open documents again.`);
    revalidateAll(false);
  }

  // ---- documents -------------------------------------------------------------------------------

  // TextDocuments reports an open as a content change too: that one is linted at once, not debounced.
  const justOpened = new Set<string>();

  documents.onDidOpen(
    guardNotification('didOpen', ({ document }) => {
      justOpened.add(document.uri);
      if (ws.workspaceLinted.delete(document.uri) && ws.pull) void connection.sendDiagnostics({ uri: document.uri, diagnostics: [] });
      if (!ws.pull) schedule(document.uri, 0);
    }),
  );

  documents.onDidChangeContent(
    guardNotification('didChange', async ({ document }) => {
      if (justOpened.delete(document.uri)) return;
      // Pull: the quiet period holds back the diagnostic request; push: it ends in a lint.
      if (ws.pull) return ws.debouncer.schedule(document.uri, ws.debounceMs);
      const settings = await ws.settingsFor(document.uri);
      if (settings.run === 'onType') schedule(document.uri, ws.debounceMs);
    }),
  );

  documents.onDidSave(
    guardNotification('didSave', async ({ document }) => {
      const settings = await ws.settingsFor(document.uri);
      if (settings.run !== 'onSave') return;
      ws.open.get(document.uri).savedDiagnostics = null;
      if (!ws.pull) schedule(document.uri, 0);
      else if (ws.can.refresh()) await connection.languages.diagnostics.refresh();
    }),
  );

  documents.onDidClose(
    guardNotification('didClose', ({ document }) => {
      justOpened.delete(document.uri);
      ws.closed(document.uri);
      void connection.sendDiagnostics({ uri: document.uri, diagnostics: [] });
    }),
  );

  // ---- requests --------------------------------------------------------------------------------

  connection.languages.diagnostics.on(guard('textDocument/diagnostic', (params, token) => pullDiagnostics(ws, params, token)));
  connection.onCodeAction(guard('textDocument/codeAction', (params) => codeActionsFor(ws, params)));
  connection.onCodeActionResolve(guard('codeAction/resolve', (action) => resolveCodeAction(ws, action)));
  connection.onDocumentSymbol(guard('textDocument/documentSymbol', (params) => documentSymbols(ws, params)));
  connection.onHover(guard('textDocument/hover', (params) => hover(ws, params)));
  connection.onCompletion(guard('textDocument/completion', (params) => completions(ws, params)));
  connection.onExecuteCommand(guard('workspace/executeCommand', (params) => executeCommand(ws, params)));
  connection.onRequest(
    PARTS_REQUEST,
    guard(PARTS_REQUEST, (params: unknown) => partsOf(ws, params)),
  );
  connection.onRequest(
    NEW_RELEASE_REQUEST,
    guard(NEW_RELEASE_REQUEST, (params: unknown) => newRelease(ws, params)),
  );
  connection.onRequest(
    LINT_FILES_REQUEST,
    guard(LINT_FILES_REQUEST, (params: unknown, token) => lintFiles(ws, params, token)),
  );

  documents.listen(connection);
  connection.listen();
  return { configurationFilesChanged };
}
