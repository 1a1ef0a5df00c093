/**
 * The Pressroom language server in a web worker (vscode.dev, github.dev, code-server's browser
 * extension host): the same session and engine as the desktop's, over the worker's messages. The
 * workspace's configuration files come from the client (`pressroom/configurationFiles`).
 */
import { BrowserMessageReader, BrowserMessageWriter, createConnection, ProposedFeatures } from 'vscode-languageserver/browser';
import { filePathOf } from '../lsp/params';
import { CONFIGURATION_FILES_NOTIFICATION, type ConfigurationFilesParams } from '../lsp/protocol';
import { startServer } from '../lsp/session';
import { replaceFiles } from './files';

declare const PRESSROOM_VERSION: string;

// A worker has no setImmediate; the debouncer's "at once" is the next task here.
const scope = globalThis as unknown as { setImmediate?: unknown; clearImmediate?: unknown };
scope.setImmediate ??= (run: () => void) => setTimeout(run, 0);
scope.clearImmediate ??= (handle: ReturnType<typeof setTimeout>) => clearTimeout(handle);

const port = globalThis as unknown as ConstructorParameters<typeof BrowserMessageReader>[0];
const connection = createConnection(ProposedFeatures.all, new BrowserMessageReader(port), new BrowserMessageWriter(port));
const server = startServer(connection, { version: PRESSROOM_VERSION });

connection.onNotification(CONFIGURATION_FILES_NOTIFICATION, (params: ConfigurationFilesParams) => {
  const files = (Array.isArray(params?.files) ? params.files : []).flatMap((file) => {
    const path = typeof file?.uri === 'string' && typeof file.text === 'string' ? filePathOf(file.uri) : null;
    return path ? [{ path, uri: file.uri, text: file.text }] : [];
  });
  replaceFiles(files);
  server.configurationFilesChanged(files.map((file) => file.path));
});
