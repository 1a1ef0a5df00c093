/**
 * The Pressroom extension on the web (vscode.dev, github.dev): the language server runs in a web
 * worker, and the workspace's configuration files reach it through this client (`workspace.fs`).
 */
import * as vscode from 'vscode';
import type { BaseLanguageClient } from 'vscode-languageclient';
import { LanguageClient, type ServerOptions } from 'vscode-languageclient/browser';
import { CONFIG_FILE_NAMES, CONFIGURATION_FILES_NOTIFICATION, type ConfigurationFilesParams } from '../../server/src/lsp/protocol';
import { activateOn, type PressroomApi } from './activate';

export { deactivate } from './activate';

const CONFIG_GLOB = `**/{${CONFIG_FILE_NAMES.join(',')}}`;
/** A workspace of this many configuration files is a monorepo's worth; more are not read. */
const MAX_CONFIG_FILES = 500;

async function configurationFiles(): Promise<ConfigurationFilesParams> {
  const found = await vscode.workspace.findFiles(CONFIG_GLOB, '**/node_modules/**', MAX_CONFIG_FILES);
  const decoder = new TextDecoder();
  const files = await Promise.all(
    found.map(async (uri) => {
      try {
        return [{ uri: uri.toString(), text: decoder.decode(await vscode.workspace.fs.readFile(uri)) }];
      } catch {
        return [];
      }
    }),
  );
  return { files: files.flat() };
}

let watcher: vscode.FileSystemWatcher | undefined;

/** The web extension host's Worker (the project's TypeScript knows Node's globals, not the DOM's). */
type ServerWorker = Exclude<ServerOptions, () => unknown>;
const { Worker } = globalThis as unknown as { Worker: new (url: string) => ServerWorker };

/**
 * The server's web worker. vscode.dev serves extensions over https, and a worker starts from its URL;
 * hosts that serve them from `vscode-remote:` (code-server, Codespaces in a browser) refuse such
 * workers, so there the script is read through the workspace file system and started from a blob.
 */
async function startServerWorker(extensionUri: vscode.Uri): Promise<ServerWorker> {
  const script = vscode.Uri.joinPath(extensionUri, 'dist', 'web', 'server.js');
  try {
    return new Worker(script.toString(true));
  } catch {
    const bytes = await vscode.workspace.fs.readFile(script);
    return new Worker(URL.createObjectURL(new Blob([bytes], { type: 'text/javascript' })));
  }
}

export function activate(context: vscode.ExtensionContext): Promise<PressroomApi> {
  return activateOn(
    {
      documentSelector: [{ language: 'markdown' }],
      async createClient(context, clientOptions) {
        return new LanguageClient('pressroom', 'Pressroom', await startServerWorker(context.extensionUri), clientOptions);
      },
      async started(context, client: BaseLanguageClient) {
        const send = async (): Promise<void> => client.sendNotification(CONFIGURATION_FILES_NOTIFICATION, await configurationFiles());
        await send();
        if (!watcher) {
          watcher = vscode.workspace.createFileSystemWatcher(CONFIG_GLOB);
          let timer: ReturnType<typeof setTimeout> | undefined;
          const changed = (): void => {
            clearTimeout(timer);
            timer = setTimeout(() => void send().catch(() => undefined), 300);
          };
          context.subscriptions.push(watcher, watcher.onDidChange(changed), watcher.onDidCreate(changed), watcher.onDidDelete(changed));
        }
      },
    },
    context,
  );
}
