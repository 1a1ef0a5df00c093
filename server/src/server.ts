/**
 * pressroom-language-server: the Pressroom linter over the Language Server Protocol.
 * `pressroom-language-server --stdio` (the default), `--node-ipc` or `--socket=<port>`.
 * Started as a worker thread, the same script is the server's lint thread (node/lint-thread.ts):
 * one bundle, not a second copy of the engine.
 */
import { isMainThread } from 'node:worker_threads';
import { createConnection, ProposedFeatures, StreamMessageReader, StreamMessageWriter, type Connection } from 'vscode-languageserver/node';
import { startServer } from './lsp/session';
import { LintThread } from './node/lint-thread';
import { serveLintRequests } from './node/lint-worker';
import { GuardedReader } from './lsp/transport';

declare const PRESSROOM_VERSION: string;
const version = typeof PRESSROOM_VERSION === 'string' ? PRESSROOM_VERSION : '0.0.0-dev';

const args = process.argv.slice(2);
if (!isMainThread) {
  serveLintRequests();
} else if (args.includes('--version') || args.includes('-v')) {
  process.stdout.write(`${version}\n`);
} else if (args.includes('--help') || args.includes('-h')) {
  process.stdout.write(
    [
      'pressroom-language-server — lints press releases in any editor that speaks LSP',
      '',
      'Usage: pressroom-language-server [--stdio | --node-ipc | --socket=<port>]',
      '',
      'With no option the server talks over standard input and output (--stdio).',
      'Settings come from the client (workspace/configuration, section "pressroom") or from',
      'initializationOptions.settings; project configuration from .pressroomrc.json(c) or package.json#pressroom.',
      '',
    ].join('\n'),
  );
} else {
  const otherTransport = args.some((a) => a === '--node-ipc' || a.startsWith('--socket') || a.startsWith('--pipe'));
  let connection: Connection;
  if (otherTransport) {
    connection = createConnection(ProposedFeatures.all);
  } else {
    // Standard input and output, the default: malformed messages get error responses.
    const writer = new StreamMessageWriter(process.stdout);
    const reader = new GuardedReader(new StreamMessageReader(process.stdin), writer, (message) => process.stderr.write(`pressroom-language-server: ${message}\n`));
    connection = createConnection(ProposedFeatures.all, reader, writer);
  }
  // A bug must cost one answer, not the editor's linter: log it and keep serving.
  process.on('uncaughtException', (error) => connection.console.error(`uncaught exception: ${error.stack ?? error.message}`));
  process.on('unhandledRejection', (reason) => connection.console.error(`unhandled rejection: ${String(reason)}`));
  // Large documents are linted on a thread of their own: the server answers meanwhile.
  startServer(connection, { version, lintRunner: new LintThread() });
}
