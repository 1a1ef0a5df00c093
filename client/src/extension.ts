/**
 * The Pressroom extension on the desktop: the language server runs in a Node process of its own.
 */
import type * as vscode from 'vscode';
import { LanguageClient, TransportKind, type ServerOptions } from 'vscode-languageclient/node';
import { activateOn, type PressroomApi } from './activate';

export { deactivate } from './activate';

export function activate(context: vscode.ExtensionContext): Promise<PressroomApi> {
  return activateOn(
    {
      documentSelector: [
        { language: 'markdown', scheme: 'file' },
        { language: 'markdown', scheme: 'untitled' },
      ],
      createClient(context, clientOptions) {
        const module = context.asAbsolutePath('dist/server.js');
        const serverOptions: ServerOptions = {
          run: { module, transport: TransportKind.ipc },
          debug: { module, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6019'] } },
        };
        return new LanguageClient('pressroom', 'Pressroom', serverOptions, clientOptions);
      },
    },
    context,
  );
}
