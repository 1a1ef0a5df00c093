import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  createProtocolConnection,
  StreamMessageReader,
  StreamMessageWriter,
  type ClientCapabilities,
  type ProtocolConnection,
  type PublishDiagnosticsParams,
  type ShowMessageParams,
  type TextEdit,
  type WorkspaceEdit,
} from 'vscode-languageserver-protocol/node';
import { TextDocument } from 'vscode-languageserver-textdocument';

export const ROOT = path.resolve(__dirname, '..', '..');

/**
 * The server under test: the source through tsx by default (always current), or the esbuild bundle
 * with PRESSROOM_LSP_BUNDLE=1 (what the extension and the bin run).
 */
function serverCommand(): string[] {
  if (process.env.PRESSROOM_LSP_BUNDLE === '1') return [path.join(ROOT, 'dist', 'server.js'), '--stdio'];
  return ['--import', 'tsx', path.join(ROOT, 'server', 'src', 'server.ts'), '--stdio'];
}

export interface StartOptions {
  /** Advertise pull diagnostics (VS Code); false is a push-only client (Neovim, Helix). */
  pull: boolean;
  workspace?: string;
  /** What `workspace/configuration` answers for the `pressroom` section; undefined: no configuration capability. */
  settings?: Record<string, unknown>;
  initializationOptions?: unknown;
  /** Advertise codeAction/resolve for edits (VS Code does): fix-all edits are computed on resolve. */
  resolveEdits?: boolean;
}

export interface TestServer {
  connection: ProtocolConnection;
  child: ChildProcessWithoutNullStreams;
  published: PublishDiagnosticsParams[];
  messages: ShowMessageParams[];
  appliedEdits: WorkspaceEdit[];
  refreshes: number;
  stderr: () => string;
  /** Resolves with the first publication for `uri` (after `since`, an index into `published`) that passes `accept`. */
  nextDiagnostics(uri: string, accept?: (p: PublishDiagnosticsParams) => boolean, timeoutMs?: number, since?: number): Promise<PublishDiagnosticsParams>;
  open(uri: string, text: string, version?: number): void;
  close(): Promise<void>;
}

export function fileUri(file: string): string {
  return pathToFileURL(file).href;
}

export async function startTestServer(options: StartOptions): Promise<TestServer> {
  const child = spawn(process.execPath, serverCommand(), { cwd: ROOT, stdio: 'pipe', env: { ...process.env, NODE_OPTIONS: '' } });
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const connection = createProtocolConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
  const published: PublishDiagnosticsParams[] = [];
  const messages: ShowMessageParams[] = [];
  const appliedEdits: WorkspaceEdit[] = [];
  const waiters: (() => void)[] = [];
  const server: TestServer = {
    connection,
    child,
    published,
    messages,
    appliedEdits,
    refreshes: 0,
    stderr: () => stderr,
    nextDiagnostics(uri, accept = () => true, timeoutMs = 5000, since = 0) {
      return new Promise((resolve, reject) => {
        const check = (): boolean => {
          const found = published.slice(since).find((p) => p.uri === uri && accept(p));
          if (found) resolve(found);
          return Boolean(found);
        };
        if (check()) return;
        const timer = setTimeout(
          () =>
            reject(
              new Error(
                `no matching diagnostics for ${uri} within ${timeoutMs} ms; got ${JSON.stringify(published.map((p) => [p.uri, p.version, p.diagnostics.length]))}\n${stderr}`,
              ),
            ),
          timeoutMs,
        );
        waiters.push(() => {
          if (check()) clearTimeout(timer);
        });
      });
    },
    open(uri, text, version = 1) {
      void connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version, text } });
    },
    async close() {
      try {
        await Promise.race([connection.sendRequest('shutdown'), new Promise((r) => setTimeout(r, 2000))]);
        void connection.sendNotification('exit');
      } catch {
        // Already gone.
      }
      await new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        const timer = setTimeout(() => {
          child.kill();
          resolve();
        }, 2000);
        child.on('exit', () => {
          clearTimeout(timer);
          resolve();
        });
      });
      connection.dispose();
    },
  };

  connection.onNotification('textDocument/publishDiagnostics', (params: PublishDiagnosticsParams) => {
    published.push(params);
    for (const waiter of [...waiters]) waiter();
  });
  connection.onNotification('window/showMessage', (params: ShowMessageParams) => {
    messages.push(params);
  });
  connection.onRequest('window/showMessageRequest', (params: ShowMessageParams) => {
    messages.push(params);
    return null;
  });
  connection.onNotification('window/logMessage', () => undefined);
  connection.onRequest('workspace/configuration', (params: { items: unknown[] }) => params.items.map(() => options.settings ?? null));
  connection.onRequest('client/registerCapability', () => null);
  connection.onRequest('workspace/diagnostic/refresh', () => {
    server.refreshes++;
    return null;
  });
  connection.onRequest('workspace/applyEdit', (params: { edit: WorkspaceEdit }) => {
    appliedEdits.push(params.edit);
    return { applied: true };
  });
  connection.listen();

  const capabilities: ClientCapabilities = {
    textDocument: {
      synchronization: { didSave: true, dynamicRegistration: false },
      publishDiagnostics: { relatedInformation: true, versionSupport: true, codeDescriptionSupport: true },
      codeAction: {
        codeActionLiteralSupport: { codeActionKind: { valueSet: ['quickfix', 'source', 'source.fixAll'] } },
        isPreferredSupport: true,
        ...(options.resolveEdits ? { dataSupport: true, resolveSupport: { properties: ['edit'] } } : {}),
      },
      documentSymbol: { hierarchicalDocumentSymbolSupport: true },
      hover: { contentFormat: ['markdown', 'plaintext'] },
      ...(options.pull ? { diagnostic: { dynamicRegistration: false, relatedDocumentSupport: false } } : {}),
    },
    workspace: {
      configuration: options.settings !== undefined,
      didChangeConfiguration: { dynamicRegistration: true },
      didChangeWatchedFiles: { dynamicRegistration: true },
      workspaceEdit: { documentChanges: true },
      applyEdit: true,
      ...(options.pull ? { diagnostics: { refreshSupport: true } } : {}),
    },
  };
  const workspace = options.workspace;
  await connection.sendRequest('initialize', {
    processId: process.pid,
    rootUri: workspace ? fileUri(workspace) : null,
    workspaceFolders: workspace ? [{ uri: fileUri(workspace), name: path.basename(workspace) }] : null,
    capabilities,
    initializationOptions: options.initializationOptions,
  });
  void connection.sendNotification('initialized', {});
  return server;
}

/** Applies LSP text edits to a text (as a client would). */
export function applyEdits(text: string, edits: TextEdit[]): string {
  return TextDocument.applyEdits(TextDocument.create('file:///x.md', 'markdown', 0, text), edits);
}

/** The edits a workspace edit makes to one document, whichever form it takes. */
export function editsFor(edit: WorkspaceEdit, uri: string): TextEdit[] {
  if (edit.changes?.[uri]) return edit.changes[uri];
  const edits: TextEdit[] = [];
  for (const change of edit.documentChanges ?? []) {
    if ('textDocument' in change && change.textDocument.uri === uri) edits.push(...(change.edits as TextEdit[]));
  }
  return edits;
}
