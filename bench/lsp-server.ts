/**
 * The language server as server/src/server.ts starts it over stdio (large documents linted on the
 * lint thread, dist/server.js as a worker, named by PRESSROOM_LINT_WORKER), with the debounce taken from
 * PRESSROOM_DEBOUNCE_MS (default 0) so that `npm run bench` measures the server's own processing
 * time from a change to its diagnostics. The shipped dist/server.js always waits DEBOUNCE_MS
 * (server/src/lsp/session.ts) after the last change; there is no setting for it.
 */
import { createConnection, ProposedFeatures, StreamMessageReader, StreamMessageWriter } from 'vscode-languageserver/node';
import { startServer } from '../server/src/lsp/session';
import { LintThread } from '../server/src/node/lint-thread';

const debounceMs = Number(process.env.PRESSROOM_DEBOUNCE_MS ?? 0);
// The shipped server's lint thread for large documents: dist/server.js as a worker, which the bench names.
const worker = process.env.PRESSROOM_LINT_WORKER;
const lintRunner = new LintThread({ script: worker ? { file: worker, eval: false } : null });
const connection = createConnection(ProposedFeatures.all, new StreamMessageReader(process.stdin), new StreamMessageWriter(process.stdout));
startServer(connection, { version: 'bench', debounceMs, lintRunner });
